"""Korean tokenizer plugin: Kiwi (kiwipiepy): lemmas, typo tolerance, user words; no Java."""

from __future__ import annotations

import importlib.util

from w2v_studio.tokenizers.korean import korean_options
from w2v_studio.tokenizers.options import OptionSpec
from w2v_studio.tokenizers.plugin_api import TokenizerPlugin


def _available() -> str | None:
    if importlib.util.find_spec("kiwipiepy") is None:
        return "Python package kiwipiepy is not installed: pip install kiwipiepy"
    return None


def _create(**options):
    from .tokenizer import KiwiTokenizer

    return KiwiTokenizer(**options)


PLUGIN = TokenizerPlugin(
    version="2",  # 2: SW/SY marks are punctuation
    id="kiwi",
    name="Korean: Kiwi (lemmas, typo tolerance)",
    languages=("ko",),
    create=_create,
    available=_available,
    options=korean_options(
        "Verbs and adjectives as dictionary forms (Kiwi's lemmas: 먹었다 -> 먹다)",
        "Kiwi user words: one 'word<TAB>TAG<TAB>score' per line (TAG e.g. NNP)",
    )
    + (
        OptionSpec(
            "typos",
            "choice",
            "none",
            "Correct common typos while analysing (slower)",
            "Typo tolerance",
            ("none", "basic", "continual", "basic_with_continual"),
        ),
    ),  # fmt: skip
)
