"""Open any vectors the user points at: a native model folder or a file, sniffed by content."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np

from w2v_studio.core.vectors.io.errors import VectorFormatError
from w2v_studio.core.vectors.io.raw import ProgressCallback, RawVectors
from w2v_studio.core.vectors.io.text_reader import parse_header, split_line

if TYPE_CHECKING:
    from w2v_studio.core.vectors.word_vectors import WordVectors

InputFormat = Literal["auto", "native", "npy", "word2vec-binary", "word2vec-text", "glove"]

_COMPRESSED = {b"\x1f\x8b": "gzip", b"BZ": "bzip2", b"\xfd7zXZ": "xz", b"PK": "zip"}


def detect_format(path: str | os.PathLike) -> InputFormat:
    """Say which reader fits ``path`` by looking at it (not at its name, except ``.npy``).

    >>> detect_format("GoogleNews-vectors-negative300.bin")  # doctest: +SKIP
    'word2vec-binary'
    """
    p = Path(path)
    if p.is_dir():
        if (p / "model.json").is_file():
            return "native"
        if (p / "vectors.npy").is_file():
            return "npy"
        raise VectorFormatError(
            f"{p} is a folder but not a Word2Vec Studio model (no model.json in it). "
            f"Choose the model folder, or a vector file (.bin, .txt, .vec, .npy).",
            str(p),
        )
    if not p.is_file():
        raise VectorFormatError(f"{p} does not exist.", str(p))
    if p.suffix.lower() == ".npy":
        return "npy"
    with open(p, "rb") as f:
        first = f.readline(1 << 20)
        sample = f.read(1 << 16)
    for magic, name in _COMPRESSED.items():
        if first.startswith(magic):
            raise VectorFormatError(
                f"{p} is a {name}-compressed file; decompress it first, then open the result.",
                str(p),
                1,
            )
    if not first.strip():
        raise VectorFormatError(f"{p}: the file is empty or starts with an empty line.", str(p), 1)
    header = parse_header(first)
    if header is None:
        try:  # GloVe: no header, the first line is already a vector
            split_line(first.decode("utf-8", errors="replace").rstrip("\r\n "), None, str(p), 1)
        except VectorFormatError as e:
            raise VectorFormatError(
                f"{p} is not a vector file this program knows: line 1 is neither a "
                f"'COUNT DIM' header nor 'word number number ...'.",
                str(p),
                1,
            ) from e
        return "glove"
    return _text_or_binary(p, sample, header)


def _text_or_binary(p: Path, sample: bytes, header: tuple[int, int]) -> InputFormat:
    """After a ``COUNT DIM`` header: text when line 2 is a word and numbers, else binary.

    A text line with another number of values than the header says is an error here (it used
    to be read as binary, giving words such as '-0.6233').
    """
    count, dim = header
    line = sample.split(b"\n", 1)[0]
    if len(line) < len(sample) or len(sample) < (1 << 16):
        try:
            text = line.decode("utf-8").rstrip("\r\n ")
            _, numbers = split_line(text, None, str(p), 2)
        except (UnicodeDecodeError, VectorFormatError):
            numbers = None
        if numbers is not None and len(numbers) == dim:
            return "word2vec-text"
        if numbers is not None:
            raise VectorFormatError(
                f"{p}: the header (line 1) says each vector has {dim:,} numbers, but line 2 has "
                f"{len(numbers)}. Correct the header to '{count} {len(numbers)}', or check "
                f"that the file was not damaged.",
                str(p),
                2,
            )
    return "word2vec-binary"


def read_raw(
    path: str | os.PathLike,
    *,
    format: InputFormat = "auto",
    limit: int | None = None,
    progress: ProgressCallback | None = None,
) -> RawVectors:
    """Read vectors from any supported file or folder into :class:`RawVectors`."""
    fmt = detect_format(path) if format == "auto" else format
    if fmt == "native":
        return _read_native(path, limit)
    if fmt == "npy":
        from w2v_studio.core.vectors.io.npy_format import read_npy

        return read_npy(path, limit=limit)
    if fmt == "word2vec-binary":
        from w2v_studio.core.vectors.io.binary_reader import read_binary

        return read_binary(path, limit=limit, progress=progress)
    from w2v_studio.core.vectors.io.text_reader import read_text

    return read_text(path, limit=limit, progress=progress)


def load_vectors(
    path: str | os.PathLike,
    *,
    format: InputFormat = "auto",
    limit: int | None = None,
    progress: ProgressCallback | None = None,
    vocab: str | os.PathLike | None = None,
) -> WordVectors:
    """Open a native model folder or a vector file (word2vec text/binary, GloVe, fastText .vec).

    Parameters
    ----------
    path : model folder (with ``model.json``) or vector file; the format is sniffed.
    format : force a reader instead of sniffing.
    limit : keep only the first ``limit`` vectors (the most frequent in word2vec files).
    progress : ``progress(done, total)`` while reading big files.
    vocab : optional ``word count`` file (``-save-vocab``) giving corpus counts.

    Examples
    --------
    >>> wv = load_vectors("GoogleNews-vectors-negative300.bin", limit=100_000)  # doctest: +SKIP
    >>> wv.neighbours("king", topn=3)[0].word  # doctest: +SKIP
    'kings'
    """
    from w2v_studio.core.vectors.word_vectors import WordVectors

    raw = read_raw(path, format=format, limit=limit, progress=progress)
    counts = raw.counts
    warnings = list(raw.warnings)
    if vocab is not None:
        counts, note = _counts_from_vocab(raw.words, vocab)
        if note:
            warnings.append(note)
    wv = WordVectors(raw.words, raw.vectors, counts, warnings=tuple(warnings), source=str(path),
                     oov=raw.oov)
    if raw.format == "native":
        wv.tags = _native_tags(path)
    return wv


def _native_tags(path: str | os.PathLike) -> dict[str, str] | None:
    """The parts of speech of a model folder (``vocab_tags.json``), None when it has none."""
    from w2v_studio.core.engine.model_check import read_meta
    from w2v_studio.core.engine.vocab_tags import read_vocab_tags

    files = read_meta(Path(path)).files
    return read_vocab_tags(files["vocab_tags"]) if "vocab_tags" in files else None


def _read_native(path: str | os.PathLike, limit: int | None) -> RawVectors:
    from w2v_studio.core.engine.model import ModelFormatError, TrainedModel

    try:
        model = TrainedModel.load(path)
    except ModelFormatError as e:
        raise VectorFormatError(str(e), str(path)) from e
    n = len(model.vocab.words) if limit is None else min(limit, len(model.vocab.words))
    vectors, oov = model.input_vectors, None
    if model.ngram_vectors is not None:  # fastText: words averaged with their n-grams
        from w2v_studio.core.engine.subword import model_vectors

        vectors, oov = model_vectors(model)
    vectors = np.ascontiguousarray(vectors[:n], dtype=np.float32)
    return RawVectors(
        list(model.vocab.words[:n]), vectors, model.vocab.counts[:n].copy(), (), "native",
        oov
    )


def _counts_from_vocab(words: list[str], vocab: str | os.PathLike) -> tuple[np.ndarray, str]:
    from w2v_studio.core.vectors.io.vocab_file import read_vocab

    vwords, vcounts = read_vocab(vocab)
    if vcounts is None:
        raise VectorFormatError(f"{vocab}: this vocabulary file has no counts.", str(vocab))
    lookup = dict(zip(vwords, vcounts.tolist(), strict=True))
    counts = np.array([lookup.get(w, 0) for w in words], dtype=np.int64)
    missing = sum(1 for w in words if w not in lookup)
    note = f"{vocab}: {missing:,} word(s) have no count there (shown as 0)." if missing else ""
    return counts, note
