"""Reader for the binary word2vec format: a text header, then ``word<space>`` + D float32 each."""

from __future__ import annotations

import os
import sys
from typing import BinaryIO

from w2v_studio.core.vectors.io.errors import VectorFormatError
from w2v_studio.core.vectors.io.raw import (
    Collector,
    ProgressCallback,
    RawVectors,
    check_finite,
    check_header_size,
)
from w2v_studio.core.vectors.io.text_reader import parse_header

_CHUNK = 8 * 1024 * 1024  # bytes read at once
_MAX_WORD = 10_000  # longer "words" mean the file is not what the header claims


def read_binary(
    path: str | os.PathLike,
    *,
    limit: int | None = None,
    progress: ProgressCallback | None = None,
) -> RawVectors:
    """Read a binary word2vec file (GoogleNews-style) in large blocks, with numpy.

    Records may be separated by a newline (word2vec.c writes one) or not (gensim); both work.

    Parameters
    ----------
    path : file to read.
    limit : read only the first ``limit`` vectors (the rest of the file is not touched).
    progress : called as ``progress(done, total)`` after each block.

    Raises
    ------
    VectorFormatError
        Missing header, a header the file is too small for, a truncated record (its number
        and word are named), or NaN/infinity in a vector (its word is named).

    Examples
    --------
    >>> raw = read_binary("GoogleNews-vectors-negative300.bin", limit=200_000)  # doctest: +SKIP
    >>> raw.vectors.shape  # doctest: +SKIP
    (200000, 300)
    """
    spath = str(path)
    with open(path, "rb") as f:
        header = parse_header(f.readline())
        if header is None:
            raise VectorFormatError(
                f"{spath}, line 1: a binary word2vec file starts with a line 'COUNT DIM'; "
                f"this one does not.",
                spath,
                1,
            )
        declared, dim = header
        want = declared if limit is None else min(declared, limit)
        remaining = os.fstat(f.fileno()).st_size - f.tell()
        # an upper bound on the records the file can hold, so claim() never grows the matrix
        col = Collector(check_header_size(spath, declared, want, dim, remaining, True), dim)
        done = _read_records(f, col, want, declared, spath, progress)
    if progress is not None:
        progress(done, want)
    if sys.byteorder == "big":
        col.vectors.byteswap(inplace=True)  # the file is little-endian
    n = len(col.words)
    unit = "vector" if col.duplicates else "record"  # duplicates shift rows from records
    check_finite(col.vectors[:n], col.words, range(1, n + 1), unit, spath)
    return col.finish("word2vec-binary", spath)


def _read_records(
    f: BinaryIO,
    col: Collector,
    want: int,
    declared: int,
    spath: str,
    progress: ProgressCallback | None,
) -> int:
    """Copy ``want`` records (word, space, 4 x DIM bytes) into ``col``; returns how many."""
    nbytes = 4 * col.dim
    out = memoryview(col.vectors).cast("B")
    buf = b""
    view = memoryview(buf)
    pos = done = 0
    eof = False
    while done < want:
        # make sure the buffer holds one whole record (word + space + vector) from pos
        space = buf.find(b" ", pos)
        while (space < 0 or len(buf) - space - 1 < nbytes) and not eof:
            more = f.read(_CHUNK)
            eof = len(more) < _CHUNK
            buf = buf[pos:] + more
            view = memoryview(buf)
            pos = 0
            space = buf.find(b" ", pos)
        if space < 0 or len(buf) - space - 1 < nbytes:
            word = buf[pos : pos + 60].split(b" ")[0].strip()
            raise VectorFormatError(
                f"{spath}: record {done + 1:,} (word {col.decode(word)!r}) is truncated: the "
                f"header says {declared:,} vectors of {col.dim} numbers, but the file ends "
                f"here. It was probably cut short while copying.",
                spath,
                done + 1,
            )
        if space - pos > _MAX_WORD:
            raise VectorFormatError(
                f"{spath}: record {done + 1:,} has no word ending within {_MAX_WORD:,} bytes; "
                f"the file is damaged or is not a binary word2vec file of dimension {col.dim}.",
                spath,
                done + 1,
            )
        row = col.claim(col.decode(buf[pos:space].lstrip(b"\n")))
        start = space + 1
        if row is not None:  # copy the raw bytes straight into the matrix
            out[row * nbytes : (row + 1) * nbytes] = view[start : start + nbytes]
        pos = start + nbytes
        done += 1
        if progress is not None and done % 65536 == 0:
            progress(done, want)
    out.release()
    return done
