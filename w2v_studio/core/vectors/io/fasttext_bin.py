"""Writer of fastText's native ``.bin`` format (the file ``fasttext skipgram`` saves), read by
fastText and by ``gensim.models.fasttext.load_facebook_vectors``.

Layout (format version 12, little-endian): magic and version (int32); the arguments (dim, ws,
epoch, minCount, neg, wordNgrams, loss, model, bucket, minn, maxn, lrUpdateRate as int32, t as
float64); the dictionary (size, nwords, nlabels as int32, ntokens and pruneidx_size as int64,
then per word its UTF-8 bytes, a NUL, its count as int64 and its type as int8); the input
matrix (a quantised flag byte, rows and columns as int64, float32 rows: the words, then one per
hash bucket) and the output matrix the same way.

Readers rebuild each known word's vector from its n-grams of the word *as written in the
dictionary*. A jamo model (``subword="jamo"``) learnt n-grams of the decomposed word, so its
dictionary is written decomposed (``jamo.decompose``: 각 -> ㄱㅏㄱ): gensim then gives the same
vectors as this app for known and unknown words, when the query is decomposed the same way.
"""

from __future__ import annotations

import os
import struct
from typing import Any

import numpy as np

from w2v_studio.core.vectors.io.errors import VectorFormatError
from w2v_studio.core.workspace.atomic import atomic_write

MAGIC, VERSION = 793712314, 12
_LOSS = {"hierarchical": 1, "negative": 2, "softmax": 3}
_MODEL = {"cbow": 1, "skipgram": 2}
_ROWS = 65536  # rows written at once


def dictionary_words(model: Any) -> list[str]:
    """The words as the ``.bin`` holds them (decomposed into jamo for a jamo model)."""
    words = list(model.vocab.words)
    if any("\0" in w for w in words):
        raise VectorFormatError("a word of this model contains a NUL character, which ends a "
                                "word in a fastText .bin; export fasttext-vec instead.")
    if model.config.subword != "jamo":
        return words
    from w2v_studio.core.engine.jamo import decompose

    out = [decompose(w) for w in words]
    if len(set(out)) != len(out):
        raise VectorFormatError("two words of this jamo model are spelled the same once split "
                                "into jamo, which a fastText .bin cannot hold; export "
                                "fasttext-vec instead.")
    return out


def _header(model: Any, n_words: int) -> bytes:
    c = model.config
    args = struct.pack("<12i", model.dim, c.window, c.epochs, c.min_count, c.negative, 1,
                       _LOSS[c.objective], _MODEL[c.architecture], c.buckets, c.min_n, c.max_n,
                       100)
    return (struct.pack("<2i", MAGIC, VERSION) + args + struct.pack("<d", c.sample)
            + struct.pack("<3i", n_words, n_words, 0)
            + struct.pack("<2q", int(model.vocab.corpus_words), -1))


def _write_matrix(f: Any, parts: list[np.ndarray], dim: int) -> None:
    rows = sum(len(p) for p in parts)
    f.write(struct.pack("<?2q", False, rows, dim))
    for p in parts:
        for start in range(0, len(p), _ROWS):
            f.write(np.ascontiguousarray(p[start:start + _ROWS], dtype="<f4").tobytes())


def write_fasttext_bin(model: Any, path: str | os.PathLike) -> None:
    """Write a fastText ``TrainedModel`` (``config.method == "fasttext"``) as a ``.bin``."""
    if getattr(model, "ngram_vectors", None) is None:
        raise VectorFormatError("only a fastText model (trained with --method fasttext) has "
                                "the n-gram vectors a fastText .bin holds; export word2vec "
                                "formats, or fasttext-vec, for this model.")
    words = dictionary_words(model)
    dim = model.dim
    out = model.output_vectors
    if out is None:
        out = np.zeros((len(words), dim), np.float32)
    elif len(out) < len(words):  # hierarchical softmax: V-1 inner nodes, fastText keeps V rows
        out = np.vstack([out, np.zeros((len(words) - len(out), dim), np.float32)])
    with atomic_write(path, "wb") as f:
        f.write(_header(model, len(words)))
        counts = model.vocab.counts.tolist()
        f.write(b"".join(w.encode("utf-8") + b"\0" + struct.pack("<qb", int(n), 0)
                         for w, n in zip(words, counts, strict=True)))
        _write_matrix(f, [model.input_vectors, model.ngram_vectors], dim)
        _write_matrix(f, [out], dim)
