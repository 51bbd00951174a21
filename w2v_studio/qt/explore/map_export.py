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


DEFAULT_WIDTH = 2400  # px: sharp on a printed page or a slide
Legend = list[tuple[str, str]]  # (colour "#rrggbb", text) per colour group


def export_map_image(
    view: MapView, path: Path, width: int | None = DEFAULT_WIDTH, legend: Legend = ()
) -> Path:
    """PNG (``width`` pixels wide) or SVG of the current view, by the file's suffix, with the
    colour legend underneath; written atomically."""
    suffix = path.suffix.lower()
    if suffix == ".svg":
        with atomic_write(path, "w") as f:
            f.write(map_svg(view, legend))
        return path
    if suffix != ".png":
        raise ValueError(f"{path.name}: the map can be saved as .png or .svg")
    from pyqtgraph.exporters import ImageExporter
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QBrush

    with atomic_path(path, suffix) as tmp:  # the exporter picks the format by the suffix
        exp = ImageExporter(view.plot.plotItem)
        if width:
            exp.parameters()["width"] = int(width)
        labels = list(view._shown.values())
        fills = [t.fill for t in labels]
        for t in labels:  # their backdrop, offset in screen pixels, covers dots when scaled
            t.fill = QBrush(Qt.BrushStyle.NoBrush)
        try:
            exp.export(str(tmp))
        finally:
            for t, fill in zip(labels, fills, strict=True):
                t.fill = fill
        if legend:
            _add_png_legend(tmp, legend, view.label_font.family())
    return path


def _legend_rows(widths: list[float], room: float) -> list[list[int]]:
    """Legend item indices per row, filled left to right within ``room`` pixels."""
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, w in enumerate(widths):
        if rows[-1] and used + w > room:
            rows.append([])
            used = 0.0
        rows[-1].append(i)
        used += w
    return rows


def _text_px(text: str, size: float) -> float:
    """Rough width of a text in px: CJK and Hangul a full em, other characters 0.6 em."""
    return sum(size if ord(c) > 0x2E80 else 0.6 * size for c in text)


def _add_png_legend(path: Path, legend: Legend, family: str) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

    image = QImage(str(path))
    font = QFont(family)
    font.setPixelSize(max(12, image.width() // 90))
    metrics = QFontMetricsF(font)
    line, pad = metrics.height() * 1.5, metrics.height()
    widths = [metrics.horizontalAdvance(t) + line * 1.6 for _, t in legend]
    rows = _legend_rows(widths, image.width() - 2 * pad)
    out = QImage(image.width(), int(image.height() + len(rows) * line + pad), image.format())
    out.fill(QColor("white"))
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.setFont(font)
    y = image.height() + pad / 2
    for row in rows:
        x = pad
        for i in row:
            colour, text = legend[i]
            box = metrics.height() * 0.8
            painter.fillRect(QRectF(x, y + (line - box) / 2, box, box), QColor(colour))
            painter.setPen(QColor("#202020"))
            painter.drawText(QRectF(x + box * 1.5, y, widths[i], line),
                             Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip
            x += widths[i]
        y += line
    painter.end()
    out.save(str(path), "PNG")


def map_svg(view: MapView, legend: Legend = ()) -> str:
    """The current view as SVG: one circle per visible point in view, the labels shown, and
    the colour legend underneath.

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
    size = view.label_font.pointSizeF() * 96 / 72
    line = size * 1.6
    widths = [_text_px(t, size) + line * 1.6 for _, t in legend]
    rows = _legend_rows(widths, w - 2 * size) if legend else []
    total = h + (len(rows) * line + size if rows else 0)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{total:.0f}" '
        f'viewBox="0 0 {w} {total:.0f}">',
        f'<rect width="{w}" height="{total:.0f}" fill="white"/>',
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
    out.append("</g>")
    out += _svg_legend(legend, rows, widths, h + size / 2, size, line, family)
    out.append("</svg>")
    return "\n".join(out)


def _svg_legend(legend: Legend, rows: list[list[int]], widths: list[float], top: float,
                size: float, line: float, family: str) -> list[str]:
    out = [f'<g font-family="{family}, Noto Sans CJK SC, Noto Sans CJK KR, sans-serif" '
           f'font-size="{size:.1f}px" fill="#202020" dominant-baseline="central">']
    y = top
    for row in rows:
        x = size
        for i in row:
            colour, text = legend[i]
            box = size * 0.8
            out.append(f'<rect x="{x:.1f}" y="{y + (line - box) / 2:.1f}" width="{box:.1f}" '
                       f'height="{box:.1f}" fill="{colour}"/>')
            tx, ty = x + box * 1.5, y + line / 2
            out.append(f'<text x="{tx:.1f}" y="{ty:.1f}">{escape(text)}</text>')
            x += widths[i]
        y += line
    out.append("</g>")
    return out
