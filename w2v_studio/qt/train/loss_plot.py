"""Live loss curve: one PlotDataItem fed from a growing buffer on a timer; epochs as lines.

The view ranges are set by hand, not by pyqtgraph's auto-range: x spans the whole run from the
start, and y moves in round steps only when the curve leaves it. Every range change makes the
axes lay out and draw their ticks again (tens of milliseconds of Python on the GUI thread),
so during a run that happens a few times instead of at every new point.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from w2v_studio.qt.shell.i18n import Retranslating


class LossPlot(Retranslating, QWidget):
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
        self.plot.disableAutoRange()
        self._epochs = 1
        self._y_range: tuple[float, float] | None = None
        self.plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
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
        self.plot.setToolTip(
            self.tr(
                "Mean loss of the examples trained since the previous point (dashed lines: ends "
                "of epochs). It is measured while the vectors change, so in the last epochs it "
                "can level off or rise a little while the vectors still improve: judge them on "
                "the Evaluate page."
            )
        )


    def reset(self, epochs: int | None = None) -> None:
        """Clear the curve; ``epochs`` (when given) fixes the x axis to the whole run."""
        self._n = 0
        if epochs is not None:
            self._epochs = max(1, int(epochs))
        self._y_range = None
        self.plot.setRange(xRange=(0, self._epochs), yRange=(0, 1), padding=0)
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
        x, y = self._x[: self._n], self._y[: self._n]
        self.curve.setData(x, y)
        if self._n:
            new = y_range_for(float(y.min()), float(y.max()), self._y_range)
            if new != self._y_range:
                self._y_range = new
                self.plot.setYRange(*new, padding=0)

    def y_range(self) -> tuple[float, float] | None:
        return self._y_range

    def fit(self) -> None:
        """After a run: the y range fitted closely to the whole curve (no room for falling)."""
        self._flush()
        if self._n:
            y = self._y[: self._n]
            self._y_range = y_range_for(float(y.min()), float(y.max()), None, room_below=0.1)
            self.plot.setYRange(*self._y_range, padding=0)


def _nice_step(span: float) -> float:
    """A round step (1, 2 or 5 × 10^k) giving about five intervals over ``span``."""
    raw = max(span, 1e-12) / 5
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def y_range_for(
    lo: float, hi: float, current: tuple[float, float] | None, room_below: float = 0.4
) -> tuple[float, float]:
    """The y range to show values in [lo, hi]: kept while it holds them and they fill at least
    a third of it, otherwise a new range with round ends and some room above and below."""
    if current is not None:
        c_lo, c_hi = current
        if c_lo <= lo and hi <= c_hi and (hi - lo) >= (c_hi - c_lo) / 3:
            return current
    span = hi - lo if hi > lo else max(abs(hi), 1.0) * 0.1
    step = _nice_step(span * 1.2) / 2  # ends on half the tick step: round, not wasteful
    new_lo = math.floor((lo - room_below * span) / step) * step  # losses fall: room below
    new_hi = math.ceil((hi + 0.1 * span) / step) * step
    if lo >= 0:
        new_lo = max(new_lo, 0.0)  # a loss is never negative
    return (round(new_lo, 12), round(new_hi, 12))
