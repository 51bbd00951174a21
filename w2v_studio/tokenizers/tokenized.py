"""A tokenized corpus on disk: tokens.txt, the line index, stats and errors of the run."""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from w2v_studio.core.corpus.encoded import ENCODED_FILES, EncodedCorpus

TOKENS_FILE = "tokens.txt"
LINENOS_FILE = "linenos.npy"
META_FILE = "meta.json"


@dataclass(frozen=True)
class LineError:
    """A line that could not be tokenized: where it is and why."""

    path: str
    lineno: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}, line {self.lineno}: {self.message}"


@dataclass(frozen=True)
class TokenizeStats:
    """Counts of a tokenized corpus (``types``: distinct tokens)."""

    lines: int
    tokens: int
    types: int
    chars: int
    seconds: float


class TokenSentences:
    """Restartable iterable of token lists read from tokens.txt (empty lines skipped, long
    lines cut into pieces of ``max_sentence_length`` tokens)."""

    def __init__(self, path: Path, max_sentence_length: int = 10_000) -> None:
        if max_sentence_length < 1:
            raise ValueError(f"max_sentence_length must be at least 1, not {max_sentence_length}")
        self.path = path
        self.max_sentence_length = max_sentence_length

    def __iter__(self) -> Iterator[list[str]]:
        m = self.max_sentence_length
        with open(self.path, encoding="utf-8") as f:
            for line in f:
                toks = line.split()
                if not toks:
                    continue
                if len(toks) <= m:
                    yield toks
                else:
                    for i in range(0, len(toks), m):
                        yield toks[i : i + m]


@dataclass
class TokenizedCorpus:
    """The result of :func:`tokenize_corpus`: a folder holding ``tokens.txt`` (one output line
    per input line, tokens joined by single spaces, files in order), ``linenos.npy`` (input
    line number of each output line), and ``meta.json`` (files with their first output line,
    tokenizer, options, stats, errors).

    >>> tc = TokenizedCorpus.load("~/.cache/w2v-studio/tokenized/0123abcd")  # doctest: +SKIP
    >>> tc.locate(0), tc.stats.tokens  # doctest: +SKIP
    (('/data/reviews.txt', 1), 123456)
    """

    path: Path
    tokenizer: str
    options: dict[str, Any]
    files: list[str]
    file_starts: list[int]  # first output line of each file
    stats: TokenizeStats
    errors: list[LineError] = field(default_factory=list)
    from_cache: bool = False
    complete: bool = True
    _linenos: np.ndarray | None = field(default=None, repr=False)

    @property
    def tokens_path(self) -> Path:
        return self.path / TOKENS_FILE

    @property
    def lines(self) -> int:
        return self.stats.lines

    @property
    def tokens(self) -> int:
        return self.stats.tokens

    @property
    def types(self) -> int:
        return self.stats.types

    def sentences(self, max_sentence_length: int = 10_000) -> TokenSentences | EncodedCorpus:
        """Token lists for training, read again on each iteration: from the id files when
        they are there and whole (training then needs no per-word Python), else the text."""
        enc = self.encoded(max_sentence_length)
        return enc if enc is not None else TokenSentences(self.tokens_path, max_sentence_length)

    def encoded(self, max_sentence_length: int = 10_000) -> EncodedCorpus | None:
        """The corpus as lexicon ids (see ``core.encoded``), or None for a folder written
        before they existed, or whose id files do not match ``tokens.txt``'s counts."""
        if not all((self.path / name).is_file() for name in ENCODED_FILES):
            return None
        try:
            enc = EncodedCorpus.open(self.path, max_sentence_length)
        except (OSError, ValueError):
            return None
        ok = enc.line_lengths.size == self.stats.lines and enc.tokens == self.stats.tokens
        return enc if ok else None

    def tags(self) -> dict[str, str] | None:
        """Each word's most frequent part-of-speech tag (``tags.json``), or None without."""
        from w2v_studio.tokenizers.tags import read_tags

        return read_tags(self.path)

    def locate(self, line: int) -> tuple[str, int]:
        """(source file, 1-based line number) of 0-based output line ``line``."""
        if not 0 <= line < self.stats.lines:
            raise IndexError(f"line {line} is outside 0..{self.stats.lines - 1}")
        if self._linenos is None:
            self._linenos = np.load(self.path / LINENOS_FILE, allow_pickle=False)
        i = bisect.bisect_right(self.file_starts, line) - 1
        return self.files[i], int(self._linenos[line])

    def meta(self) -> dict[str, Any]:
        return {
            "tokenizer": self.tokenizer,
            "options": {k: list(v) if isinstance(v, tuple) else v for k, v in self.options.items()},
            "files": self.files,
            "file_starts": self.file_starts,
            "stats": asdict(self.stats),
            "errors": [asdict(e) for e in self.errors],
            "complete": self.complete,
        }

    @classmethod
    def load(cls, path: str | Path, from_cache: bool = True) -> TokenizedCorpus:
        """Open a tokenized corpus folder written by :func:`tokenize_corpus`."""
        path = Path(path).expanduser()
        meta = json.loads((path / META_FILE).read_text(encoding="utf-8"))
        return cls(
            path=path,
            tokenizer=meta["tokenizer"],
            options=meta["options"],
            files=meta["files"],
            file_starts=meta["file_starts"],
            stats=TokenizeStats(**meta["stats"]),
            errors=[LineError(**e) for e in meta["errors"]],
            from_cache=from_cache,
            complete=meta.get("complete", True),
        )
