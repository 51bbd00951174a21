"""A word's path across aligned models (slices): its position in each, on a 2-D map shared with
its neighbours, as in Hamilton et al.'s HistWords figures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from w2v_studio.core.vectors.word_vectors import WordVectors


@dataclass
class WordPath:
    """``path[i]`` is the word in model i (None where that model lacks it); ``context`` are
    the neighbours' points (from the model each was found in) for orientation."""

    word: str
    path: list[tuple[float, float] | None]
    context: list[tuple[str, int, float, float]]  # (neighbour, model index, x, y)


def word_path(models: Sequence[WordVectors], word: str, topn: int = 5) -> WordPath:
    """Project the word's unit vector in each (already aligned) model, and its ``topn``
    neighbours in each, with one PCA (SVD of the centred points) onto two dimensions."""
    rows: list[np.ndarray] = []
    where: list[int | None] = []
    context: list[tuple[str, int]] = []
    for wv in models:
        if word not in wv:
            where.append(None)
            continue
        where.append(len(rows))
        rows.append(wv.vector(word, unit=True))
    if not rows:
        raise KeyError(word)
    for i, wv in enumerate(models):
        if word in wv:
            for nb in wv.neighbours(word, topn=topn):
                context.append((nb.word, i))
                rows.append(wv.vector(nb.word, unit=True))
    pts = np.asarray(rows, dtype=np.float64)
    centred = pts - pts.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    xy = centred @ vt[:2].T if vt.shape[0] >= 2 else np.pad(centred @ vt.T, ((0, 0), (0, 1)))
    path = [None if j is None else (float(xy[j, 0]), float(xy[j, 1])) for j in where]
    first = sum(j is not None for j in where)
    ctx = [(w, i, float(xy[first + k, 0]), float(xy[first + k, 1]))
           for k, (w, i) in enumerate(context)]
    return WordPath(word, path, ctx)
