"""The word sets of the map's semantic axes: x from one set to another, y optional.

Each end takes words separated by spaces or commas; the axis runs from the mean of the first
set to the mean of the second (the Embedding Projector's custom projection, whatlies' axes).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from w2v_studio.core.analysis.axes import Axis
from w2v_studio.qt.shell.i18n import Retranslating

_SPLIT = re.compile(r"[\s,，、]+")


def words_of(text: str) -> list[str]:
    return [w for w in _SPLIT.split(text.strip()) if w]


class AxesInputs(Retranslating, QWidget):
    """``x from [..] to [..]``, ``y from [..] to [..]``; ``changed`` when a set is edited."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.x_from, self.x_to, self.y_from, self.y_to = (QLineEdit() for _ in range(4))
        self.x_label, self.y_label = QLabel(), QLabel()
        self.to_labels = (QLabel(), QLabel())
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (label, a, b, to) in enumerate(((self.x_label, self.x_from, self.x_to,
                                                   self.to_labels[0]),
                                                  (self.y_label, self.y_from, self.y_to,
                                                   self.to_labels[1]))):  # fmt: skip
            grid.addWidget(label, row, 0)
            grid.addWidget(a, row, 1)
            grid.addWidget(to, row, 2)
            grid.addWidget(b, row, 3)
            a.editingFinished.connect(self.changed)
            b.editingFinished.connect(self.changed)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.x_label.setText(self.tr("Horizontal axis from"))
        self.y_label.setText(self.tr("Vertical axis from"))
        for label in self.to_labels:
            label.setText(self.tr("to"))
        self.x_from.setPlaceholderText(self.tr("e.g. he man his"))
        self.x_to.setPlaceholderText(self.tr("e.g. she woman her"))
        self.y_from.setPlaceholderText(self.tr("optional, e.g. bad awful"))
        self.y_to.setPlaceholderText(self.tr("optional, e.g. good great"))


    def axes(self) -> tuple[Axis | None, Axis | None]:
        """(x, y): an axis for each row that has words (None for an empty row)."""
        out: list[Axis | None] = []
        for a, b in ((self.x_from, self.x_to), (self.y_from, self.y_to)):
            neg, pos = words_of(a.text()), words_of(b.text())
            out.append(Axis(pos, neg) if pos or neg else None)
        return out[0], out[1]

    def set_axes(self, x: tuple[str, str], y: tuple[str, str] = ("", "")) -> None:
        """Fill the rows: ``(from words, to words)`` for x and y."""
        for (a, b), (f, t) in zip(((self.x_from, self.x_to), (self.y_from, self.y_to)), (x, y),
                                  strict=True):  # fmt: skip
            a.setText(f)
            b.setText(t)
