"""Reader for text vector files: word2vec text and fastText ``.vec`` (header), GloVe (none)."""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from w2v_studio.core.vectors.io.errors import VectorFormatError
from w2v_studio.core.vectors.io.raw import (
    Collector,
    ProgressCallback,
    RawVectors,
    check_finite,
    check_header_size,
)

_BLOCK = 4096  # lines parsed by numpy at once


def parse_header(line: bytes) -> tuple[int, int] | None:
    """``b"3000000 300\\n"`` -> (3000000, 300); None when the line is not a count/dim header."""
    parts = line.split()
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    count, dim = int(parts[0]), int(parts[1])
    return (count, dim) if dim > 0 else None


def is_number(s: str) -> bool:
    """Whether ``s`` reads as a float (as the readers of vector and evaluation files need)."""
    try:
        float(s)
    except ValueError:
        return False
    return True


def split_line(text: str, dim: int | None, path: str, line_no: int) -> tuple[str, list[str]]:
    """Split one ``word v1 v2 ...`` line exactly, with an error naming the line when it is wrong.

    A word may contain spaces (GloVe 840B has such tokens) when the extra fields are not numbers.
    """
    tokens = [t for t in text.split(" ") if t]
    if len(tokens) < 2:
        raise VectorFormatError(
            f"{path}, line {line_no}: expected a word followed by numbers, found {text[:60]!r}.",
            path,
            line_no,
        )
    if dim is None:
        dim = len(tokens) - 1
    if len(tokens) < dim + 1 or (
        len(tokens) > dim + 1 and any(is_number(t) for t in tokens[1 : len(tokens) - dim])
    ):
        raise VectorFormatError(
            f"{path}, line {line_no}: the vector has {len(tokens) - 1} numbers, but the file's "
            f"vectors have {dim} dimensions. The file is damaged or mixes two files.",
            path,
            line_no,
        )
    numbers = tokens[len(tokens) - dim :]
    for t in numbers:
        if not is_number(t):
            raise VectorFormatError(
                f"{path}, line {line_no}: {t[:40]!r} is not a number "
                f"(word {' '.join(tokens[: len(tokens) - dim])!r}).",
                path,
                line_no,
            )
    return " ".join(tokens[: len(tokens) - dim]), numbers


def read_text(
    path: str | os.PathLike,
    *,
    limit: int | None = None,
    progress: ProgressCallback | None = None,
) -> RawVectors:
    """Read a text vector file; a first line ``COUNT DIM`` is a header, otherwise it is GloVe.

    Parameters
    ----------
    path : file to read (UTF-8; invalid bytes in words are replaced and counted in a warning).
    limit : read only the first ``limit`` vectors.
    progress : called as ``progress(done, total)`` every few thousand vectors.

    Raises
    ------
    VectorFormatError
        Wrong number of values, a non-number, NaN or infinity on some line (named), a header
        the file is too small for, or fewer vectors than the header declares.

    Examples
    --------
    >>> raw = read_text("glove.6B.50d.txt", limit=1000)  # doctest: +SKIP
    >>> raw.vectors.shape  # doctest: +SKIP
    (1000, 50)
    """
    spath = str(path)
    total_bytes = max(Path(path).stat().st_size, 1)
    with open(path, "rb") as f:
        start = _start(f, spath, limit, total_bytes)
        done = _read_lines(f, start, spath, progress, total_bytes)
    declared, want = start.declared, start.want
    if declared >= 0 and done < (want if want is not None else declared):
        raise VectorFormatError(
            f"{spath}: the header says {declared:,} vectors but the file ends after {done:,} "
            f"(at line {done + 2}); it was probably cut short while copying.",
            spath,
            done + 2,
        )
    return start.col.finish(start.fmt, spath)


@dataclass
class _Start:
    """What the first line says: the header (or none, for GloVe) and where vectors go."""

    declared: int  # vectors the header declares; -1 without a header
    want: int | None  # vectors to read; None: all
    fmt: str
    col: Collector
    pending: list[tuple[int, bytes]]  # GloVe: line 1 is already a vector


def _start(f: BinaryIO, spath: str, limit: int | None, total_bytes: int) -> _Start:
    first = f.readline()
    header = parse_header(first)
    if header is not None:
        declared, dim = header
        fmt, pending = "word2vec-text", []
    else:
        declared, dim, fmt = -1, None, "glove"
        pending = [(1, first)] if first.strip() else []
    want = declared if declared >= 0 else None
    if limit is not None:
        want = limit if want is None else min(want, limit)
    if dim is None and pending:
        dim = len(split_line(_decode_line(pending[0][1]), None, spath, 1)[1])
    if dim is None:
        raise VectorFormatError(f"{spath}: the file is empty.", spath, 1)
    rows = 1024 if want is None else want
    if want is not None and header is not None:
        rows = check_header_size(spath, declared, want, dim, total_bytes - f.tell(), False)
    col = Collector(min(rows, 1024) if header is None else rows, dim)
    return _Start(declared, want, fmt, col, pending)


def _read_lines(
    f: BinaryIO, start: _Start, spath: str, progress: ProgressCallback | None, total_bytes: int
) -> int:
    """Parse the vector lines in blocks; returns how many were read."""
    col, want = start.col, start.want
    words: list[tuple[int, bytes]] = []
    rests: list[str] = []
    done = 0

    def flush() -> None:
        nonlocal done
        _parse_block(col, words, rests, col.dim, spath)
        done += len(words)
        words.clear()
        rests.clear()
        if progress is not None:
            progress(done, want if want is not None else int(done * total_bytes / f.tell()))

    for n, raw in itertools.chain(start.pending, enumerate(f, start=2)):
        if want is not None and done + len(words) >= want:
            break
        if not raw.strip():
            continue
        word, _, rest = raw.rstrip(b"\r\n ").partition(b" ")
        words.append((n, word))
        rests.append(rest.decode("utf-8", errors="replace"))
        if len(words) >= _BLOCK:
            flush()
    if words:
        flush()
    return done


def _decode_line(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace").rstrip("\r\n ")


def _parse_block(
    col: Collector, words: list[tuple[int, bytes]], rests: list[str], dim: int, path: str
) -> None:
    """Parse many lines with one numpy call; on any mismatch redo them one by one to name it."""
    ok = all(r.count(" ") == dim - 1 for r in rests)
    values = None
    if ok:
        try:
            values = np.fromstring(" ".join(rests), dtype=np.float32, sep=" ")
        except ValueError:
            values = None
        if values is not None and values.size != len(rests) * dim:
            values = None
    if values is not None:
        block = values.reshape(len(rests), dim)
        names = [col.decode(raw_word) for _, raw_word in words]
        check_finite(block, names, [n for n, _ in words], "line", path)
        col.add_block(names, block)
        return
    for (n, raw_word), rest in zip(words, rests, strict=True):
        text = col.decode(raw_word) + " " + rest
        word, numbers = split_line(text, dim, path, n)
        row = np.array(numbers, dtype=np.float32)
        check_finite(row[None], [word], [n], "line", path)
        col.add(word, row)
