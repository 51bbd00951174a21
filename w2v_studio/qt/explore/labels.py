"""Which map labels to show: selection and highlights first, then frequent words, no overlaps."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

LABEL_OFFSET_PX = 5  # gap between a point and its label
CELL_PX = 64  # width of the grid cells used to find overlapping labels


def pick_labels(
    xy: np.ndarray,
    words: list[str],
    visible: np.ndarray,
    order: np.ndarray,
    first: list[int],
    x_range: tuple[float, float],
    y_range: tuple[float, float],
    size_px: tuple[float, float],
    text_width: Callable[[str], float],
    line_h: float,
    max_labels: int,
    fit: bool = True,
    forced: int = 0,
) -> tuple[list[int], set[int]]:
    """Points to label in the view ``x_range`` × ``y_range`` drawn at ``size_px`` pixels.

    The first ``forced`` points of ``first`` (the selection) are always labelled; then the rest
    of ``first`` (highlighted words) and the points in ``order`` (most frequent first) inside
    the view, skipping any label that would overlap one already placed (overlaps are found
    through a grid of 64-pixel cells). With ``fit`` a label
    that would stick out of the right edge goes to the left of its point, and one that fits
    on neither side (or above/below) is left out, so no label is clipped. Returns the chosen
    points and those whose label goes on the left.

    >>> xy = np.array([[0.0, 0.0], [0.01, 0.0], [1.0, 1.0]])
    >>> pick_labels(xy, ["a", "b", "c"], np.ones(3, bool), np.arange(3), [], (-.1, .9),
    ...             (-.1, .9), (100, 100), lambda w: 10 * len(w), 12, 10)
    ([0], set())
    """
    left: set[int] = set()
    if not len(words):
        return [], left
    (x0, x1), (y0, y1) = x_range, y_range
    width_px, height_px = max(size_px[0], 1.0), max(size_px[1], 1.0)
    xs, ys = xy[:, 0], xy[:, 1]
    inside = visible & (xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1)
    rest = order[inside[order]][: max_labels * 6]
    sx, sy = width_px / max(x1 - x0, 1e-12), height_px / max(y1 - y0, 1e-12)
    cand = list(first) + rest.tolist()
    cxs = ((xs[cand] - x0) * sx).tolist()
    pys = ((y1 - ys[cand]) * sy - line_h / 2).tolist()
    grid: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
    chosen: list[int] = []
    seen: set[int] = set()
    n_first = forced
    for k, i in enumerate(cand):
        if i in seen or len(chosen) >= max_labels:
            continue
        seen.add(i)
        cx, py = cxs[k], pys[k]
        w = text_width(words[i]) + LABEL_OFFSET_PX
        box = (cx + LABEL_OFFSET_PX, py, cx + w, py + line_h)
        if fit and box[2] > width_px:
            if cx - w >= 0:
                box = (cx - w, py, cx - LABEL_OFFSET_PX, py + line_h)
                left.add(i)
            elif k >= n_first:
                continue
        if fit and k >= n_first and (py < 0 or py + line_h > height_px):
            continue
        cells = [
            (gx, gy)
            for gx in range(int(box[0] // CELL_PX), int(box[2] // CELL_PX) + 1)
            for gy in range(int(box[1] // line_h), int(box[3] // line_h) + 1)
        ]
        if k >= n_first and any(
            b[0] < box[2] and box[0] < b[2] and b[1] < box[3] and box[1] < b[3]
            for c in cells
            for b in grid.get(c, ())
        ):
            continue  # frequent-word labels never overlap; the selection always shows
        for c in cells:
            grid.setdefault(c, []).append(box)
        chosen.append(i)
    return chosen, left
