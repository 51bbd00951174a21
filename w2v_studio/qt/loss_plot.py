"""Live loss curve: one PlotDataItem fed from a growing buffer on a timer; epochs as lines."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LossPlot(QWidget):
    """``append(x, loss)`` only writes to a buffer; a 15 Hz timer calls ``setData`` when the
    buffer changed. x is in epochs (fraction of the run × epochs), so epoch ends are integers.
    """

    def __init__(self, parent: QWidget | None = None, hz: float = 15.0) -> None:
        super().__init__(parent)
        self._x = np.zeros(1024, dtype=np.float64)
        self._y = np.zeros(1024, dtype=np.float64)
        self._n = 0
        self._dirty = False
        self._epoch_lines: list[pg.InfiniteLine] = []

        self.plot = pg.PlotWidget(self)
        self.plot.setBackground("w")
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMinimumHeight(160)
        self.curve = self.plot.plot([], [], pen=pg.mkPen("#1f6fd1", width=2))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

        self._timer = QTimer(self)
        self._timer.setInterval(int(1000 / hz))
        self._timer.timeout.connect(self._flush)
        self._timer.start()
        self.retranslate()

    def retranslate(self) -> None:
        self.plot.setLabel("left", self.tr("loss"))
        self.plot.setLabel("bottom", self.tr("epoch"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reset(self) -> None:
        self._n = 0
        self._dirty = True
        for line in self._epoch_lines:
            self.plot.removeItem(line)
        self._epoch_lines.clear()
        self._flush()

    def append(self, x: float, loss: float) -> None:
        """Add one point (ignored when the loss is NaN or infinite)."""
        if not math.isfinite(loss):
            return
        if self._n == len(self._x):
            self._x = np.concatenate([self._x, np.zeros_like(self._x)])
            self._y = np.concatenate([self._y, np.zeros_like(self._y)])
        self._x[self._n] = x
        self._y[self._n] = loss
        self._n += 1
        self._dirty = True

    def mark_epoch(self, x: float) -> None:
        """A dashed vertical line at the end of an epoch."""
        line = pg.InfiniteLine(
            pos=x, angle=90, pen=pg.mkPen("#999999", width=1, style=pg.QtCore.Qt.PenStyle.DashLine)
        )
        self.plot.addItem(line)
        self._epoch_lines.append(line)

    def point_count(self) -> int:
        """Points drawn on the curve (after the last timer tick)."""
        x, _ = self.curve.getData()
        return 0 if x is None else len(x)

    def values(self) -> np.ndarray:
        return self._y[: self._n].copy()

    def epoch_marks(self) -> list[float]:
        return [float(line.value()) for line in self._epoch_lines]

    def _flush(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        self.curve.setData(self._x[: self._n], self._y[: self._n])
