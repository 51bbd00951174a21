"""Save the word map: PNG through pyqtgraph's exporter, SVG written from the points and labels."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from w2v_studio.core.workspace.atomic import atomic_path, atomic_write
from w2v_studio.qt.explore.labels import LABEL_OFFSET_PX
from w2v_studio.qt.explore.map_style import PALETTE, POINT_SIZE

if TYPE_CHECKING:
    from w2v_studio.qt.explore.map_view import MapView


def export_map_image(view: MapView, path: Path, width: int | None = None) -> Path:
    """PNG or SVG of the current view, by the file's suffix; written atomically."""
    suffix = path.suffix.lower()
    if suffix == ".svg":
        with atomic_write(path, "w") as f:
            f.write(map_svg(view))
        return path
    if suffix != ".png":
        raise ValueError(f"{path.name}: the map can be saved as .png or .svg")
    from pyqtgraph.exporters import ImageExporter

    with atomic_path(path, suffix) as tmp:  # the exporter picks the format by the suffix
        exp = ImageExporter(view.plot.plotItem)
        if width:
            exp.parameters()["width"] = int(width)
        exp.export(str(tmp))
    return path


def map_svg(view: MapView) -> str:
    """The current view as SVG: one circle per visible point in view, the labels shown.

    pyqtgraph's own SVG exporter fails on Qt 6 paths, and would embed the scatter as bitmaps;
    this writes real vector shapes and text (CJK labels stay text)."""
    (x0, x1), (y0, y1) = view.vb.viewRange()
    w, h = max(int(view.vb.width()), 1), max(int(view.vb.height()), 1)
    sx, sy = w / max(x1 - x0, 1e-12), h / max(y1 - y0, 1e-12)
    xy = view.xy

    def px(i: int) -> tuple[float, float]:
        return (xy[i, 0] - x0) * sx, (y1 - xy[i, 1]) * sy

    xs, ys = xy[:, 0], xy[:, 1]
    inside = view.visible & (xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1)
    family = escape(view.label_font.family())
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">',
        f'<rect width="{w}" height="{h}" fill="white"/>',
        '<g stroke="none" opacity="0.9">',
    ]
    r = POINT_SIZE / 2
    for i in np.flatnonzero(inside).tolist():
        cx, cy = px(i)
        colour = PALETTE[int(view.groups[i]) % len(PALETTE)]
        out.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r}" fill="{colour}"/>')
    out.append("</g>")
    if view.selected is not None and inside[view.selected]:
        cx, cy = px(view.selected)
        out.append(
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="7" fill="none" '
            'stroke="#d00000" stroke-width="2.5"/>'
        )
    size = view.label_font.pointSizeF() * 96 / 72
    out.append(
        f'<g font-family="{family}, Noto Sans CJK SC, Noto Sans CJK KR, sans-serif" '
        f'font-size="{size:.1f}px" fill="#202020" dominant-baseline="central">'
    )
    for word in view.labelled:
        i = view.index_of(word)
        cx, cy = px(i)
        attrs = ' fill="#b00000"' if i == view.selected else ""
        x = cx + LABEL_OFFSET_PX
        if i in view._left:
            attrs += ' text-anchor="end"'
            x = cx - LABEL_OFFSET_PX
        out.append(f'<text x="{x:.1f}" y="{cy:.1f}"{attrs}>{escape(word)}</text>')
    out.append("</g></svg>")
    return "\n".join(out)
