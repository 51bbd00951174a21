"""Semantic axes: place words by their cosine with "one word set minus another" (x) and a
second pair (y), as the Embedding Projector's custom projection and whatlies do."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.core.analysis.word_sets import WordSet
from w2v_studio.qt.analysis.common import AnalysisPart

if TYPE_CHECKING:
    from w2v_studio.qt.shell.state import AppState

MAX_LABELS = 300


class AxesPart(AnalysisPart):
    """Four word fields (x+, x−, y+, y−), the words to place, and the map."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.coords: np.ndarray | None = None
        self.placed: list[str] = []
        self.fields = {k: QLineEdit() for k in ("x+", "x-", "y+", "y-", "words")}
        self.labels = {k: QLabel() for k in self.fields}
        self.count_label, self.count = QLabel(), QSpinBox()
        self.count.setRange(2, 5000)
        self.count.setValue(100)
        self.plot = pg.PlotWidget(background="w")
        self.scatter = pg.ScatterPlotItem(size=6, pen=None, brush=pg.mkBrush("#0072B2"))
        self.plot.addItem(self.scatter)
        for side in ("bottom", "left"):  # cosines: no "(x0.001)" SI scaling
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self._texts: list[pg.TextItem] = []
        grid = QGridLayout()
        for i, key in enumerate(("x+", "x-", "y+", "y-")):
            grid.addWidget(self.labels[key], i // 2, (i % 2) * 2)
            grid.addWidget(self.fields[key], i // 2, (i % 2) * 2 + 1)
        grid.addWidget(self.labels["words"], 2, 0)
        grid.addWidget(self.fields["words"], 2, 1)
        grid.addWidget(self.count_label, 2, 2)
        grid.addWidget(self.count, 2, 3)
        grid.addWidget(self.run_button, 3, 3)
        lay = QVBoxLayout(self)
        lay.addWidget(self.messages)
        lay.addLayout(grid)
        lay.addWidget(self.plot, 1)
        self.run_button.clicked.connect(self.run)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"x+": self.tr("x axis: towards"), "x-": self.tr("away from"),
                 "y+": self.tr("y axis: towards"), "y-": self.tr("away from"),
                 "words": self.tr("Words to place")}
        for k, t in texts.items():
            self.labels[k].setText(t)
        self.fields["words"].setPlaceholderText(self.tr("empty: the most frequent words"))
        self.count_label.setText(self.tr("Most frequent:"))
        self.run_button.setText(self.tr("Place words"))

    def _words(self, key: str) -> list[str]:
        return WordSet.parse(self.fields[key].text()).words

    def run(self) -> None:
        from w2v_studio.core.analysis.axes import Axis, AxisError, axis_projection

        wv = self.state.vectors
        if wv is None:
            self.error(self.tr("Open or train a model first."))
            return
        if not self._words("x+") and not self._words("x-"):
            self.error(self.tr("Give words for the x axis."))
            return
        words = self._words("words") or wv.most_frequent(self.count.value())
        unknown = [w for w in words if w not in wv]
        words = [w for w in words if w in wv]
        y = Axis(self._words("y+"), self._words("y-"))
        try:
            xy = axis_projection(wv, words, Axis(self._words("x+"), self._words("x-")),
                                 y if (y.positive or y.negative) else None)
        except AxisError as e:
            self.error(str(e))
            return
        self.messages.clear_message("run")
        if unknown:
            self.messages.set_message("run", "warning", self.tr(
                "Not in the model, left out: {0}").format(", ".join(unknown[:20])))
        self.coords, self.placed = xy, words
        self._draw()

    def _draw(self) -> None:
        for t in self._texts:
            self.plot.removeItem(t)
        self._texts = []
        self.scatter.setData(pos=self.coords, data=list(range(len(self.placed))))
        for w, (x, y) in list(zip(self.placed, self.coords.tolist(), strict=True))[:MAX_LABELS]:
            t = pg.TextItem(w, color="#333333", anchor=(0, 1))
            t.setPos(x, y)
            self.plot.addItem(t)
            self._texts.append(t)
        self.plot.setLabel("bottom", " \u2212 ".join(filter(None, [
            self.fields["x+"].text(), self.fields["x-"].text()])))
        self.plot.setLabel("left", " \u2212 ".join(filter(None, [
            self.fields["y+"].text(), self.fields["y-"].text()])))
