"""English tokenizer plugin: a Unicode-aware word pattern (no extra library)."""

from __future__ import annotations

from w2v_studio.tokenizers.options import OptionSpec
from w2v_studio.tokenizers.plugin_api import TokenizerPlugin


def _create(**options):
    from .tokenizer import EnglishTokenizer

    return EnglishTokenizer(**options)


PLUGIN = TokenizerPlugin(
    id="english",
    name="English (word pattern)",
    languages=("en",),
    create=_create,
    options=(
        OptionSpec("lowercase", "bool", True, "Fold upper case to lower case"),
        OptionSpec("keep_numbers", "bool", True, "Keep numbers such as 1998 or 3.14 as tokens"),
        OptionSpec("keep_punctuation", "bool", False, "Keep punctuation marks as tokens"),
        OptionSpec(
            "split_hyphens",
            "bool",
            False,
            "Split hyphenated words (state-of-the-art -> state of the art)",
        ),
    ),  # fmt: skip
    description="Words are runs of letters and digits in any script, with inner apostrophes.",
)
