"""Semantic axes: place words by their cosine with "one word set minus another" directions
(the Embedding Projector's custom projection, whatlies' ``project``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from w2v_studio.core.vectors.word_vectors import WordVectors


class AxisError(ValueError):
    """An axis whose word sets the model does not know."""


@dataclass
class Axis:
    """A direction: mean of ``positive`` minus mean of ``negative`` (either may be empty)."""

    positive: Sequence[str]
    negative: Sequence[str] = ()

    @property
    def label(self) -> str:
        pos, neg = " + ".join(self.positive[:3]), " + ".join(self.negative[:3])
        return f"{pos} \u2212 {neg}" if neg else pos

    def direction(self, wv: WordVectors) -> np.ndarray:
        """The unit direction in ``wv``'s space (raises AxisError when nothing is known)."""
        def mean(words: Sequence[str]) -> np.ndarray:
            rows = [wv.index[w] for w in words if w in wv]
            if words and not rows:
                raise AxisError(f"none of {', '.join(words[:5])} is in the model; choose "
                                "words it knows for this axis")
            return wv.unit[rows].mean(axis=0) if rows else np.zeros(wv.dim, np.float32)

        d = mean(self.positive) - mean(self.negative)
        norm = float(np.linalg.norm(d))
        if norm == 0:
            raise AxisError(f"the axis {self.label} has no direction (both ends are the same)")
        return (d / norm).astype(np.float32)


def axis_projection(wv: WordVectors, words: Sequence[str], x: Axis,
                    y: Axis | None = None) -> np.ndarray:
    """(n, 2) float32: each word's cosine with the x axis and with the y axis (0 without y).

    >>> xy = axis_projection(wv, ["nurse", "engineer"], Axis(["she"], ["he"]))  # doctest: +SKIP
    """
    missing = [w for w in words if w not in wv]
    if missing:
        raise AxisError(f"not in the model: {', '.join(missing[:10])}")
    u = wv.unit[[wv.index[w] for w in words]]
    xs = u @ x.direction(wv)
    ys = u @ y.direction(wv) if y is not None else np.zeros(len(words), np.float32)
    return np.stack([xs, ys], axis=1).astype(np.float32)
