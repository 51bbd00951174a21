"""Reader for text vector files: word2vec text and fastText ``.vec`` (header), GloVe (none)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from w2v_studio.core.vectors.io.errors import VectorFormatError
from w2v_studio.core.vectors.io.raw import Collector, ProgressCallback, RawVectors

_BLOCK = 4096  # lines parsed by numpy at once


def parse_header(line: bytes) -> tuple[int, int] | None:
    """``b"3000000 300\\n"`` -> (3000000, 300); None when the line is not a count/dim header."""
    parts = line.split()
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    count, dim = int(parts[0]), int(parts[1])
    return (count, dim) if dim > 0 else None


def _is_number(s: str) -> bool:
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
        len(tokens) > dim + 1 and any(_is_number(t) for t in tokens[1 : len(tokens) - dim])
    ):
        raise VectorFormatError(
            f"{path}, line {line_no}: the vector has {len(tokens) - 1} numbers, but the file's "
            f"vectors have {dim} dimensions. The file is damaged or mixes two files.",
            path,
            line_no,
        )
    numbers = tokens[len(tokens) - dim :]
    for t in numbers:
        if not _is_number(t):
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
        Wrong number of values or a non-number on some line (named), or fewer vectors than the
        header declares.

    Examples
    --------
    >>> raw = read_text("glove.6B.50d.txt", limit=1000)  # doctest: +SKIP
    >>> raw.vectors.shape  # doctest: +SKIP
    (1000, 50)
    """
    spath = str(path)
    total_bytes = max(Path(path).stat().st_size, 1)
    with open(path, "rb") as f:
        first = f.readline()
        header = parse_header(first)
        if header is not None:
            declared, dim = header
            fmt = "word2vec-text"
            pending: list[tuple[int, bytes]] = []
            line_no = 1
        else:
            declared, dim, fmt = -1, None, "glove"
            pending = [(1, first)] if first.strip() else []
            line_no = 1
        want = declared if declared >= 0 else None
        if limit is not None:
            want = limit if want is None else min(want, limit)
        if dim is None and pending:
            dim = len(split_line(_decode_line(pending[0][1]), None, spath, 1)[1])
        if dim is None:
            raise VectorFormatError(f"{spath}: the file is empty.", spath, 1)
        col = Collector(want if want is not None else 1024, dim)
        words: list[tuple[int, bytes]] = []
        rests: list[str] = []
        done = 0

        def flush() -> None:
            nonlocal done
            _parse_block(col, words, rests, dim, spath)
            done += len(words)
            words.clear()
            rests.clear()
            if progress is not None:
                progress(done, want if want is not None else int(done * total_bytes / f.tell()))

        def lines():
            yield from pending
            yield from enumerate(f, start=line_no + 1)

        for n, raw in lines():
            if want is not None and done + len(words) >= want:
                break
            if not raw.strip():
                continue
            word, sep, rest = raw.rstrip(b"\r\n ").partition(b" ")
            words.append((n, word))
            rests.append(rest.decode("utf-8", errors="replace"))
            if len(words) >= _BLOCK:
                flush()
        if words:
            flush()
    if declared >= 0 and done < (want if want is not None else declared):
        raise VectorFormatError(
            f"{spath}: the header says {declared:,} vectors but the file ends after {done:,} "
            f"(at line {line_no + done + 1}); it was probably cut short while copying.",
            spath,
            line_no + done + 1,
        )
    return col.finish(fmt, spath)


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
        col.add_block([col.decode(raw_word) for _, raw_word in words], block)
        return
    for (n, raw_word), rest in zip(words, rests, strict=True):
        text = col.decode(raw_word) + " " + rest
        word, numbers = split_line(text, dim, path, n)
        col.add(word, np.array(numbers, dtype=np.float32))
