"""Orthogonal Procrustes alignment of one set of vectors onto another (as HistWords does).

HistWords' ``smart_procrustes_align_gensim``: keep the words both models know, scale their
vectors to length 1, take the SVD ``u s vt`` of ``B^T A`` and rotate B by ``R = u vt``. R is
orthogonal, so lengths and cosines inside B do not change; only B's axes turn to match A's.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from w2v_studio.core.vectors.word_vectors import WordVectors


class AlignmentError(ValueError):
    """Two models that cannot be aligned (different sizes, too few shared words)."""


@dataclass
class Alignment:
    """The rotation that maps B's vectors into A's space, and how well it fits."""

    rotation: np.ndarray  # (D, D) orthogonal; b @ rotation ~ a
    words: list[str]  # words the rotation was fitted on (shared vocabulary or anchors)
    mean_cosine_before: float  # mean cosine of a word with itself across the models
    mean_cosine_after: float
    warnings: list[str] = field(default_factory=list)


def procrustes_rotation(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The orthogonal R minimising ||b R - a|| for paired rows (rows are not rescaled here).

    >>> r = procrustes_rotation(np.eye(2), np.array([[0.0, 1.0], [-1.0, 0.0]]))
    >>> np.round(np.array([[0.0, 1.0], [-1.0, 0.0]]) @ r, 6).tolist()
    [[1.0, 0.0], [0.0, 1.0]]
    """
    u, _, vt = np.linalg.svd(b.T.astype(np.float64) @ a.astype(np.float64))
    return u @ vt


def shared_words(a: WordVectors, b: WordVectors, min_count: int = 1) -> list[str]:
    """Words in both, in A's order; with counts, only those seen ``min_count`` times in both."""
    out = []
    for w in a.words:
        j = b.index.get(w)
        if j is None:
            continue
        ca, cb = a.count(w), b.counts[j] if b.counts is not None else None
        if min_count > 1 and ((ca is not None and ca < min_count)
                              or (cb is not None and cb < min_count)):
            continue
        out.append(w)
    return out


def fit_alignment(base: WordVectors, other: WordVectors,
                  anchors: Sequence[str] | None = None) -> Alignment:
    """Fit the rotation of ``other`` onto ``base`` on their shared words (or on ``anchors``)."""
    if base.dim != other.dim:
        raise AlignmentError(f"the models have different vector sizes ({base.dim} and "
                             f"{other.dim}); only models of the same size can be aligned. "
                             "Train them with the same --dim.")
    warnings: list[str] = []
    words = shared_words(base, other)
    if anchors:
        known = set(words)
        missing = [w for w in anchors if w not in known]
        if missing:
            warnings.append(f"{len(missing)} anchor word(s) are not in both models and were "
                            f"left out: {', '.join(missing[:10])}")
        words = [w for w in dict.fromkeys(anchors) if w in known]
    if len(words) < 2:
        raise AlignmentError(f"only {len(words)} word(s) are shared by the two models; "
                             "alignment needs many shared words. Were they trained on text "
                             "in the same language and with the same tokenizer?")
    if len(words) < base.dim:
        warnings.append(f"only {len(words)} words to fit a rotation of {base.dim} dimensions: "
                        "the alignment is underdetermined; use more shared or anchor words")
    ua = base.unit[[base.index[w] for w in words]]
    ub = other.unit[[other.index[w] for w in words]]
    r = procrustes_rotation(ua, ub)
    before = float(np.mean(np.sum(ua * ub, axis=1)))
    after = float(np.mean(np.sum(ua * (ub @ r), axis=1)))
    return Alignment(r, words, before, after, warnings)


def rotate(wv: WordVectors, rotation: np.ndarray) -> WordVectors:
    """A copy of ``wv`` with every vector rotated."""
    vectors = (wv.vectors.astype(np.float64) @ rotation).astype(np.float32)
    return WordVectors(wv.words, vectors, wv.counts, warnings=wv.warnings, source=wv.source)


def align(base: WordVectors, other: WordVectors,
          anchors: Sequence[str] | None = None) -> tuple[WordVectors, Alignment]:
    """``other`` rotated into ``base``'s space, and the fitted :class:`Alignment`."""
    fit = fit_alignment(base, other, anchors)
    return rotate(other, fit.rotation), fit


def save_aligned(other_path: str | os.PathLike, other: WordVectors, fit: Alignment,
                 base_path: str | os.PathLike, out: str | os.PathLike) -> Path:
    """Write ``other`` rotated by ``fit`` as a native model folder at ``out``.

    A native model keeps its settings and training state (its output weights are rotated
    too, so it can still be trained further); vectors from a file become a model folder.
    """
    from w2v_studio.core.vectors.io.load import detect_format

    note = {"model": str(Path(base_path).resolve()), "fitted_on_words": len(fit.words),
            "mean_cosine_before": round(fit.mean_cosine_before, 6),
            "mean_cosine_after": round(fit.mean_cosine_after, 6)}
    if detect_format(other_path) == "native":
        from w2v_studio.core.engine.model import TrainedModel

        model = rotate_model(TrainedModel.load(other_path), fit.rotation)
    else:
        model = model_from_vectors(rotate(other, fit.rotation), str(other_path))
    model.corpus_info = {**model.corpus_info, "aligned_to": note}
    return model.save(out)


def rotate_model(model, rotation: np.ndarray):
    """Rotate a ``TrainedModel``'s input and output weights in place (their dot products, so
    further training, are unchanged) and return it."""
    model.input_vectors = (model.input_vectors.astype(np.float64) @ rotation).astype(np.float32)
    if model.output_vectors is not None:
        model.output_vectors = (model.output_vectors.astype(np.float64)
                                @ rotation).astype(np.float32)
    if getattr(model, "ngram_vectors", None) is not None:  # fastText: words are row means
        model.ngram_vectors = (model.ngram_vectors.astype(np.float64)
                               @ rotation).astype(np.float32)
    return model


def model_from_vectors(wv: WordVectors, source: str, **config):
    """A finished native model holding ``wv`` (no output weights), for vectors from a file."""
    from w2v_studio.core.engine.config import TrainConfig
    from w2v_studio.core.engine.model import TrainedModel
    from w2v_studio.core.engine.vocab import Vocab

    counts = wv.counts if wv.counts is not None else np.zeros(len(wv), dtype=np.int64)
    vocab = Vocab(list(wv.words), counts)
    cfg = TrainConfig(**{"dim": wv.dim, "min_count": 1, **config})
    return TrainedModel(vocab=vocab, config=cfg, input_vectors=wv.vectors, status="finished",
                        corpus_info={"converted_from": source})
