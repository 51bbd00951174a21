"""Korean tokenizer plugin: python-mecab-ko with mecab-ko-dic (fastest; no Java)."""

from __future__ import annotations

import importlib.util

from w2v_studio.tokenizers.korean import korean_options
from w2v_studio.tokenizers.plugin_api import TokenizerPlugin


def _available() -> str | None:
    if importlib.util.find_spec("mecab") is None or importlib.util.find_spec("_mecab") is None:
        return "Python package python-mecab-ko is not installed: pip install python-mecab-ko"
    return None


def _create(**options):
    from .tokenizer import MecabTokenizer

    return MecabTokenizer(**options)


PLUGIN = TokenizerPlugin(
    id="mecab",
    name="Korean: Mecab (fast, no Java)",
    languages=("ko",),
    create=_create,
    available=_available,
    options=korean_options(
        "Verbs and adjectives as dictionary forms (갔다 -> 가다), rebuilt from Mecab's analysis",
        "Mecab user dictionary: a compiled .dic, or a mecab-ko-dic .csv "
        "(word,,,,NNP,*,F,reading,*,*,*,*), compiled on first use",
    ),
    version="2",  # 2: SW/SY marks are punctuation
)
