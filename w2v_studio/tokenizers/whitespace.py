"""The built-in whitespace tokenizer as a plugin: for text that is already segmented."""

from __future__ import annotations

from w2v_studio.tokenizers.base import WhitespaceTokenizer
from w2v_studio.tokenizers.options import OptionSpec
from w2v_studio.tokenizers.plugin_api import TokenizerPlugin


def _create(lowercase: bool = False) -> WhitespaceTokenizer:
    return WhitespaceTokenizer(lowercase=lowercase)


PLUGIN = TokenizerPlugin(
    id="whitespace",
    name="Whitespace (text already segmented)",
    languages=("*",),
    create=_create,
    options=(OptionSpec("lowercase", "bool", False, "Fold upper case to lower case"),),
    description="Splits at spaces and tabs only: use it for text that is already segmented.",
)
