"""Find the tokenized corpus of the current model (for the concordance) and its line origins."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from w2v_studio.qt.shell.state import AppState


def tokens_file_of(state: AppState) -> Path | None:
    """Where the tokenized corpus of the current model is (``tokens.txt``), if known."""
    candidates: list[Any] = []
    tok = state.tokenized
    if tok is not None:
        candidates += [getattr(tok, "tokens_path", None), getattr(tok, "path", None)]
    model = state.model
    if model is not None:
        info = getattr(model, "corpus_info", {}) or {}
        for key, value in info.items():
            if isinstance(value, str) and any(k in key for k in ("token", "cache")):
                candidates.append(value)
    for c in candidates:
        if not c:
            continue
        p = Path(c)
        if p.is_dir():
            p = p / "tokens.txt"
        if p.is_file():
            return p
    return None


def source_mapper(state: AppState) -> Callable[[int], str] | None:
    """line number -> "file:line" using the tokenized corpus' index, when it offers one.

    A model reopened from its folder has no ``state.tokenized``: the cache folder named in
    its ``corpus_info`` is loaded then (``TokenizedCorpus.load``), when it is still there.
    """
    tok = state.tokenized
    if tok is None:
        tokens = tokens_file_of(state)
        if tokens is not None and (tokens.parent / "meta.json").is_file():
            try:
                from w2v_studio.tokenizers.tokenized import TokenizedCorpus

                tok = TokenizedCorpus.load(tokens.parent)
            except Exception:  # an old or partial cache: show output line numbers instead
                tok = None
    for name in ("locate", "source_of"):
        fn = getattr(tok, name, None)
        if callable(fn):

            def mapped(line: int, fn=fn) -> str:
                try:
                    where = fn(line)
                except Exception:
                    return ""
                if isinstance(where, tuple) and len(where) == 2:
                    return f"{Path(str(where[0])).name}:{where[1]}"
                return str(where)

            return mapped
    return None
