"""What a tokenizer plugin provides: ``TokenizerPlugin`` (see plugins/README.md)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from w2v_studio.tokenizers.base import Tokenizer
from w2v_studio.tokenizers.options import OptionSpec


def _always_available() -> str | None:
    return None


@dataclass(frozen=True)
class TokenizerPlugin:
    """A tokenizer as the registry sees it: cheap to import, heavy work only in ``create``.

    Parameters
    ----------
    id : stable id used in settings files and on the command line (``"mecab"``).
    name : display name (``"Korean: Mecab (fast, no Java)"``).
    languages : ISO codes served, ``("*",)`` for any.
    create : ``create(**options) -> Tokenizer``; receives every option, validated, defaults
        filled in. Import heavy libraries inside it.
    options : the typed option schema.
    available : returns None when the plugin can run, else the reason in plain words.
    version : bump it when the output for the same input and options changes (cache key).
    aliases : other accepted option names, e.g. ``(("stem", "lemma"),)``.
    isolate : True when the tokenizer must run in its own process (a JVM: it breaks when
        forked or called from threads it does not know); previews then use a helper process.

    Example
    -------
    >>> from w2v_studio.tokenizers.base import WhitespaceTokenizer
    >>> p = TokenizerPlugin("ws", "Whitespace", ("*",), lambda **o: WhitespaceTokenizer())
    >>> p.create().tokenize("a b")
    ['a', 'b']
    """

    id: str
    name: str
    languages: tuple[str, ...]
    create: Callable[..., Tokenizer]
    options: tuple[OptionSpec, ...] = ()
    available: Callable[[], str | None] = _always_available
    version: str = "1"
    aliases: tuple[tuple[str, str], ...] = ()
    isolate: bool = False
    description: str = ""

    def make(self, options: dict[str, Any]) -> Tokenizer:
        """A tokenizer from options already validated (see ``registry.create_tokenizer``)."""
        return self.create(**options)
