"""The documents of a tokenized corpus (the Train page's): one per line, with where it came from.

Each non-empty line of ``tokens.txt`` is a document tagged ``file:line`` (the input file and its
line, from the corpus's line index); its text is the original line when the input is a plain
text file that still reads as it did (else the tokens, joined by spaces).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from w2v_studio.core.engine.doc2vec_model import TEXT_CHARS, Documents


def documents_from_tokenized(tc: Any, cancel: threading.Event | None = None) -> Documents:
    """The documents of a ``tokenizers.tokenized.TokenizedCorpus`` (``cancel``: stop early,
    returning the documents read so far)."""
    tokens: list[list[str]] = []
    where: list[tuple[str, int]] = []
    with open(tc.tokens_path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if cancel is not None and cancel.is_set():
                break
            toks = line.split()
            if toks:
                tokens.append(toks)
                where.append(tc.locate(i))
    originals = _original_lines({file for file, _ in where}, cancel)
    return Documents(
        tokens, [f"{Path(file).name}:{n}" for file, n in where],
        [f"{file}:{n}" for file, n in where],
        [originals.get((file, n)) or " ".join(t)[:TEXT_CHARS]
         for (file, n), t in zip(where, tokens, strict=True)])


def _original_lines(files: set[str], cancel: threading.Event | None
                    ) -> dict[tuple[str, int], str]:
    """(file, line) -> text of the plain text files among ``files`` that can still be read
    (a file that cannot is left out: its documents show their tokens)."""
    from w2v_studio.core.corpus.errors import CorpusError
    from w2v_studio.core.corpus.reader import Corpus, file_kind

    out: dict[tuple[str, int], str] = {}
    for file in sorted(files):
        if cancel is not None and cancel.is_set():
            break
        try:
            if file_kind(file) != "text":
                continue
            for line in Corpus(file, errors="replace").lines():
                key = (file, line.lineno)
                if len(out.get(key, "")) < TEXT_CHARS:  # the pieces of a very long line
                    out[key] = (out.get(key, "") + line.text)[:TEXT_CHARS]
        except (OSError, CorpusError, UnicodeError):
            continue
    return out
