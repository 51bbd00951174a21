"""Keyword-in-context lines for a word or a word pair, read from the tokenized corpus cache."""

from __future__ import annotations

import mmap
import os
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

SortKey = Literal["position", "left", "right"]


class ConcordanceCancelled(Exception):
    """The search was stopped (a newer query replaced it)."""


@dataclass(frozen=True)
class KwicLine:
    """One occurrence: the tokens before it, the keyword as written, the tokens after it."""

    line: int  # 0-based line of tokens.txt (= the tokenized corpus line)
    position: int  # token index of the keyword in that line
    left: tuple[str, ...]
    keyword: str
    right: tuple[str, ...]
    other: str | None = None  # pair concordance: the partner word found within the window
    distance: int = 0  # pair concordance: partner's offset in tokens (negative = to the left)

    @property
    def left_text(self) -> str:
        return " ".join(self.left)

    @property
    def right_text(self) -> str:
        return " ".join(self.right)


@dataclass(frozen=True)
class ConcordanceResult:
    word: str
    total: int  # every occurrence in the corpus (lines may hold several)
    lines: list[KwicLine]  # at most ``limit`` of them, in corpus order
    partner: str | None = None
    window: int = 0

    @property
    def truncated(self) -> bool:
        return self.total > len(self.lines)


def _pattern(word: str, ignore_case: bool) -> re.Pattern[bytes]:
    if not word or any(c.isspace() for c in word):
        raise ValueError(f"a concordance word is one token without spaces, not {word!r}")
    body = re.escape(word.encode("utf-8"))
    return re.compile(
        rb"(?<![^ \n])" + body + rb"(?![^ \r\n])", re.IGNORECASE if ignore_case else 0
    )


class Concordance:
    """Searches a tokenized corpus (``tokens.txt``: one line per input line, tokens separated
    by single spaces) through a memory map: no index to build, nothing loaded in memory
    but the line starts (8 bytes per line), so it scales to corpora of hundreds of MB.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "tokens.txt"
    >>> _ = p.write_text("the cat sat\\na dog and a cat\\n", encoding="utf-8")
    >>> res = Concordance(p).search("cat", width=2)
    >>> res.total, [(k.left_text, k.keyword, k.right_text) for k in res.lines]
    (2, [('the', 'cat', 'sat'), ('and a', 'cat', '')])
    """

    def __init__(
        self,
        tokens_path: str | os.PathLike,
        *,
        ignore_case: bool = False,
        source_of: Callable[[int], str] | None = None,
    ) -> None:
        self.path = Path(tokens_path)
        if not self.path.is_file():
            raise FileNotFoundError(f"tokenized corpus not found: {self.path}")
        self.ignore_case = ignore_case
        self.source_of = source_of  # line number -> "file.txt:12" (where the line came from)
        self._starts: np.ndarray | None = None
        self._lock = threading.Lock()

    def _map(self) -> mmap.mmap | bytes:
        size = self.path.stat().st_size
        if size == 0:
            return b""
        with open(self.path, "rb") as f:
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)

    def line_starts(self) -> np.ndarray:
        """Byte offset where each line starts (computed once, then cached)."""
        with self._lock:
            if self._starts is None:
                data = self._map()
                buf = np.frombuffer(data, dtype=np.uint8) if len(data) else np.zeros(0, np.uint8)
                nl = np.flatnonzero(buf == 10)
                del buf
                starts = np.concatenate([[0], nl + 1]).astype(np.int64)
                if len(starts) > 1 and starts[-1] >= len(data):
                    starts = starts[:-1]  # trailing newline does not start a line
                self._starts = starts
                if isinstance(data, mmap.mmap):
                    data.close()
            return self._starts

    @property
    def n_lines(self) -> int:
        return len(self.line_starts())

    def _matches(self, word: str, cancel: threading.Event | None
                 ) -> Iterator[tuple[int, bytes | mmap.mmap]]:
        """(line number, the mapped file) of each whole-token occurrence of ``word``."""
        starts = self.line_starts()
        data = self._map()
        try:
            for i, m in enumerate(_pattern(word, self.ignore_case).finditer(data)):
                if cancel is not None and i % 1024 == 0 and cancel.is_set():
                    raise ConcordanceCancelled()
                yield int(np.searchsorted(starts, m.start(), side="right") - 1), data
        finally:
            if isinstance(data, mmap.mmap):
                data.close()

    def line_tokens(self, line: int, data: bytes | mmap.mmap | None = None) -> list[str]:
        """The tokens of a line; from ``data`` (the mapped file, while searching) or the file."""
        starts = self.line_starts()
        if data is not None:
            end = int(starts[line + 1]) if line + 1 < len(starts) else len(data)
            return data[int(starts[line]): end].decode("utf-8", errors="replace").split()
        with open(self.path, "rb") as f:
            f.seek(int(starts[line]))
            return f.readline().decode("utf-8", errors="replace").split()

    def _same(self, a: str, b: str) -> bool:
        return a.casefold() == b.casefold() if self.ignore_case else a == b

    def search(
        self, word: str, *, width: int = 8, limit: int = 1000, cancel: threading.Event | None = None
    ) -> ConcordanceResult:
        """Every occurrence of ``word`` (counted) and the first ``limit`` as KWIC lines."""
        total = 0
        out: list[KwicLine] = []
        seen_lines: set[int] = set()
        for line, data in self._matches(word, cancel):
            total += 1
            if len(out) >= limit or line in seen_lines:
                continue
            seen_lines.add(line)  # several hits on a line: one KWIC row each, read once
            toks = self.line_tokens(line, data)
            for pos, tok in enumerate(toks):
                if self._same(tok, word) and len(out) < limit:
                    out.append(_kwic(line, toks, pos, width))
        return ConcordanceResult(word, total, out)

    def search_pair(
        self,
        word: str,
        partner: str,
        *,
        window: int = 5,
        width: int = 8,
        limit: int = 1000,
        cancel: threading.Event | None = None,
    ) -> ConcordanceResult:
        """Occurrences of ``word`` with ``partner`` at most ``window`` tokens away."""
        if window < 1:
            raise ValueError(f"window must be at least 1 (got {window})")
        total = 0
        out: list[KwicLine] = []
        done: set[int] = set()
        for line, data in self._matches(word, cancel):
            if line in done:
                continue
            done.add(line)
            toks = self.line_tokens(line, data)
            where = [i for i, t in enumerate(toks) if self._same(t, partner)]
            if not where:
                continue
            for pos, tok in enumerate(toks):
                if not self._same(tok, word):
                    continue
                near = [j for j in where if j != pos and abs(j - pos) <= window]
                if not near:
                    continue
                total += 1
                if len(out) < limit:
                    j = min(near, key=lambda j: abs(j - pos))
                    out.append(_kwic(line, toks, pos, width, toks[j], j - pos))
        return ConcordanceResult(word, total, out, partner, window)


def _kwic(line: int, toks: list[str], pos: int, width: int, other: str | None = None,
          distance: int = 0) -> KwicLine:
    """The KWIC row of ``toks[pos]``: ``width`` tokens on each side."""
    return KwicLine(line, pos, tuple(toks[max(0, pos - width): pos]), toks[pos],
                    tuple(toks[pos + 1: pos + 1 + width]), other, distance)


def sort_lines(lines: list[KwicLine], key: SortKey) -> list[KwicLine]:
    """Sort KWIC lines as concordancers do: by the words nearest the keyword outwards.

    >>> a = KwicLine(0, 1, ("x", "b"), "k", ("z",)); b = KwicLine(1, 1, ("y", "a"), "k", ("y",))
    >>> [k.line for k in sort_lines([a, b], "left")], [k.line for k in sort_lines([a, b], "right")]
    ([1, 0], [1, 0])
    """
    if key == "left":
        return sorted(lines, key=lambda k: (tuple(reversed(k.left)), k.line, k.position))
    if key == "right":
        return sorted(lines, key=lambda k: (k.right, k.line, k.position))
    return sorted(lines, key=lambda k: (k.line, k.position))
