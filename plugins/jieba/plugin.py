"""Chinese tokenizer plugin: jieba word segmentation (accurate or search mode)."""

from __future__ import annotations

import importlib.util

from w2v_studio.tokenizers.options import OptionSpec
from w2v_studio.tokenizers.plugin_api import TokenizerPlugin


def _available() -> str | None:
    if importlib.util.find_spec("jieba") is None:
        return "Python package jieba is not installed: pip install jieba"
    return None


def _create(**options):
    from .tokenizer import JiebaTokenizer

    return JiebaTokenizer(**options)


PLUGIN = TokenizerPlugin(
    id="jieba",
    name="Chinese: jieba",
    languages=("zh",),
    create=_create,
    available=_available,
    options=(
        OptionSpec(
            "mode",
            "choice",
            "accurate",
            "accurate: one segmentation (for training); search: also the shorter words "
            "inside long ones",
            "Mode",
            ("accurate", "search"),
        ),
        OptionSpec(
            "hmm", "bool", True, "Guess unknown words with jieba's HMM", "HMM for new words"
        ),
        OptionSpec(
            "user_dict",
            "path",
            "",
            "jieba user dictionary: one 'word [freq] [tag]' per line",
            "User dictionary",
        ),
        OptionSpec(
            "stopwords", "path", "", "Words to leave out: one per line (UTF-8)", "Stop-word list"
        ),
        OptionSpec(
            "char_level",
            "bool",
            False,
            "One token per Chinese character instead of words (Latin words and numbers stay whole)",
            "Character tokens",
        ),
        OptionSpec(
            "halfwidth",
            "bool",
            True,
            "Fold full-width letters, digits and signs (Ａ１！) to half-width (A1!)",
            "Full-width to half-width",
        ),
        OptionSpec("lowercase", "bool", False, "Fold Latin upper case to lower case"),
        OptionSpec("keep_punctuation", "bool", False, "Keep punctuation and symbols as tokens"),
    ),  # fmt: skip
    description="Full mode is not offered: it emits overlapping words, which skews training.",
)
