"""Tokenizer layer (no Qt): the Tokenizer protocol, the registry and the built-in whitespace one."""

from w2v_studio.tokenizers.base import Token, Tokenizer, WhitespaceTokenizer

__all__ = ["Token", "Tokenizer", "WhitespaceTokenizer"]
