"""The concordance table: original lines cut around the hit (left context right-aligned, the hit
highlighted, right context, file:line), the whole line with its hit as a tooltip."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from w2v_studio.core.explore.kwic import SourceKwic

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
HIT_BACKGROUND = QColor(255, 224, 138)  # a soft yellow marker, readable in light and dark text
TOOLTIP_CHARS = 300  # characters of the line on each side of the hit in the tooltip


class KwicDelegate(QStyledItemDelegate):
    """Draws the three text columns as one line: the left context flush against the hit
    (right-aligned, cut on the left), the hit on its marker, the right context flush after it
    (cut on the right); no gap between them, so a Korean word reads whole (어제 서울|에서)."""

    PAD = 4  # pixels kept at the outer edges only

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        if index.column() > 2:  # file:line
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        opt.backgroundBrush = QBrush()  # the hit's marker is drawn behind the text only
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        col, r = index.column(), opt.rect
        fm = QFontMetrics(opt.font)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        v = Qt.AlignmentFlag.AlignVCenter
        space = fm.horizontalAdvance(" ")  # spaces at the hit's side are kept as a gap
        if col == 0:
            body = text.rstrip(" ")
            rect = r.adjusted(self.PAD, 0, -space * (len(text) - len(body)), 0)
            shown = fm.elidedText(body, Qt.TextElideMode.ElideLeft, rect.width())
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | v), shown)
        elif col == 2:
            body = text.lstrip(" ")
            rect = r.adjusted(space * (len(text) - len(body)), 0, -self.PAD, 0)
            shown = fm.elidedText(body, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | v), shown)
        else:
            w = fm.horizontalAdvance(text)
            mark = QRect(r.center().x() - w // 2, r.top() + 1, w, r.height() - 2)
            painter.fillRect(mark, HIT_BACKGROUND)
            painter.setPen(QColor(0, 0, 0))
            painter.drawText(mark, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()


def line_html(row: SourceKwic, around: int = TOOLTIP_CHARS) -> str:
    """The row's line as HTML with the hit marked (long lines cut ``around`` the hit).

    >>> line_html(SourceKwic("a.txt", 3, "어제 서울에서", 3, 5, "어제 ", "서울", "에서"))
    '<p>어제 <span style="background:#ffe08a"><b>서울</b></span>에서</p>'
    """
    t, s, e = row.text, row.start, row.end
    a, b = max(0, s - around), min(len(t), e + around)
    left = ("…" if a > 0 else "") + html.escape(t[a:s])
    right = html.escape(t[e:b]) + ("…" if b < len(t) else "")
    hit = f'<span style="background:{HIT_BACKGROUND.name()}"><b>{html.escape(t[s:e])}</b></span>'
    return f"<p>{left}{hit}{right}</p>"


class KwicModel(QAbstractTableModel):
    """Left context (right-aligned) | hit | right context | file:line."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[SourceKwic] = []
        self.headers = ["", "", "", ""]
        self.tokens_note = ""  # "not the original text" note added to tooltips

    def set_lines(self, lines: list[SourceKwic]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        k = self.lines[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (k.left, k.hit, k.right, where_text(k))[col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == 0:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col == 1:
                return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and col == 1:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            note = "" if k.original else f"<p><i>{html.escape(self.tokens_note)}</i></p>"
            return f"<p>{html.escape(where_text(k))}</p>{line_html(k)}{note}"
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def where_text(k: SourceKwic) -> str:
    """``file.txt:12`` (the output line number when the file is not known)."""
    return f"{Path(k.file).name}:{k.lineno}" if k.file else f"#{k.line + 1}"
