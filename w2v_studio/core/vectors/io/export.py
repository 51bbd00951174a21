"""Export vectors to every supported format, refusing words that would break the file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

from w2v_studio.core.vectors.io.errors import VectorFormatError

if TYPE_CHECKING:
    from w2v_studio.core.vectors.word_vectors import WordVectors

# fasttext-vec: fastText's .vec, the word2vec text format (a fastText model's words averaged
# with their n-grams); fasttext-bin (fasttext_bin.py) needs the model, not WordVectors
ExportFormat = Literal["word2vec-binary", "word2vec-text", "vocab", "tsv", "csv", "npy",
                       "fasttext-vec"]
EXPORT_FORMATS: tuple[str, ...] = get_args(ExportFormat)
BadWords = Literal["error", "skip"]


def bad_words(words: list[str]) -> list[int]:
    """Indices of words no export format can hold: empty, or containing any whitespace."""
    return [i for i, w in enumerate(words) if not w or any(ch.isspace() for ch in w)]


def export_vectors(
    wv: WordVectors,
    path: str | os.PathLike,
    format: ExportFormat,
    *,
    limit: int | None = None,
    bad: BadWords = "error",
) -> list[Path]:
    """Write the first ``limit`` vectors (most frequent first) of ``wv`` to ``path``.

    Every format refuses words that contain whitespace (space, tab, newline, ideographic space
    ...) or are empty, because word2vec, TSV and vocabulary files use whitespace as separator:
    with ``bad="error"`` (default) nothing is written and the error names the words; with
    ``bad="skip"`` they are left out. ``tsv`` and ``npy`` write two files: ``x.tsv`` +
    ``x.metadata.tsv`` / ``x.npy`` + ``x.vocab.txt``, or ``vectors.*`` + ``metadata.tsv`` /
    ``vocab.txt`` inside ``path`` when it is a folder name. Every file is written atomically.

    Returns the paths written.

    Examples
    --------
    >>> export_vectors(wv, "vectors.bin", "word2vec-binary", limit=50_000)  # doctest: +SKIP
    [PosixPath('vectors.bin')]
    """
    if format not in EXPORT_FORMATS:
        raise VectorFormatError(
            f"unknown export format {format!r}; choose one of {', '.join(EXPORT_FORMATS)}."
        )
    n = len(wv) if limit is None else max(0, min(limit, len(wv)))
    words = wv.words[:n]
    vectors = wv.vectors[:n]
    counts = None if wv.counts is None else wv.counts[:n]
    wrong = bad_words(words)
    if wrong and bad == "error":
        shown = ", ".join(f"{words[i]!r} (row {i + 1})" for i in wrong[:5])
        more = f" and {len(wrong) - 5:,} more" if len(wrong) > 5 else ""
        raise VectorFormatError(
            f"{len(wrong):,} word(s) contain spaces, tabs or line breaks (or are empty), which "
            f"would break a {format} file: {shown}{more}. Nothing was written. Leave them out "
            f"with --skip-bad-words (bad='skip')."
        )
    if wrong:
        keep = sorted(set(range(n)) - set(wrong))
        words = [words[i] for i in keep]
        vectors = vectors[keep]
        counts = None if counts is None else counts[keep]
    if format in ("word2vec-text", "fasttext-vec"):
        from w2v_studio.core.vectors.io.word2vec_writer import write_word2vec_text

        write_word2vec_text(path, words, vectors)
        return [Path(path)]
    if format == "word2vec-binary":
        from w2v_studio.core.vectors.io.word2vec_writer import write_word2vec_binary

        write_word2vec_binary(path, words, vectors)
        return [Path(path)]
    if format == "vocab":
        from w2v_studio.core.vectors.io.vocab_file import write_vocab

        if counts is None:
            raise VectorFormatError(
                "these vectors carry no word counts (they were imported from a file without "
                "them), so a vocabulary with counts cannot be written."
            )
        write_vocab(path, words, counts)
        return [Path(path)]
    if format == "tsv":
        from w2v_studio.core.vectors.io.tabular import write_projector_tsv

        return write_projector_tsv(path, words, vectors, counts)
    if format == "csv":
        from w2v_studio.core.vectors.io.tabular import write_csv

        return write_csv(path, words, vectors, counts)
    from w2v_studio.core.vectors.io.npy_format import write_npy

    return write_npy(path, words, vectors, counts)
