"""Meaning change: pick models (or a slices folder), rank words by how far they moved between
the first and the last, and see a word's neighbours model by model (aligned)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.qt.analysis.common import AnalysisPart, fill_table
from w2v_studio.qt.shell.file_dialogs import open_folder

if TYPE_CHECKING:
    from w2v_studio.core.analysis.shift import ShiftResult
    from w2v_studio.core.vectors.word_vectors import WordVectors


def slice_models(folder: Path) -> list[Path]:
    """The model folders listed by a ``w2v-studio slices`` index.json, in order."""
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    return [folder / s["path"] for s in index.get("slices", [])]


class ShiftPart(AnalysisPart):
    """Models in order (first = reference); Compare ranks the words of first vs last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.models: list[WordVectors] = []  # aligned onto the first, after Compare
        self.result: ShiftResult | None = None
        self.paths = QListWidget()
        self.paths.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.paths.setMaximumHeight(110)
        self.add_model, self.add_slices, self.remove = QPushButton(), QPushButton(), QPushButton()
        self.min_count_label, self.min_count = QLabel(), QSpinBox()
        self.min_count.setRange(1, 1_000_000)
        self.min_count.setValue(5)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.neighbours_label = QLabel()
        self.neighbours = QTableWidget(0, 0)
        self.neighbours.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.path_plot = pg.PlotWidget(background="w")
        self.path_plot.hideAxis("bottom")
        self.path_plot.hideAxis("left")
        self.path_plot.getViewBox().setDefaultPadding(0.25)  # room for the labels
        self.path_line = pg.PlotDataItem(pen=pg.mkPen("#D55E00", width=2), symbol="o",
                                         symbolBrush="#D55E00", symbolSize=9)
        self.context_dots = pg.ScatterPlotItem(size=5, pen=None, brush=pg.mkBrush("#999999"))
        self.path_plot.addItem(self.context_dots)
        self.path_plot.addItem(self.path_line)
        self._path_labels: list[pg.TextItem] = []
        self._layout()
        self.add_model.clicked.connect(self._browse_model)
        self.add_slices.clicked.connect(self._browse_slices)
        self.remove.clicked.connect(self._remove)
        self.run_button.clicked.connect(self.compare)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.retranslate()

    def _layout(self) -> None:
        buttons = QVBoxLayout()
        for b in (self.add_model, self.add_slices, self.remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.paths, 1)
        top.addLayout(buttons)
        opts = QGridLayout()
        opts.addWidget(self.min_count_label, 0, 0)
        opts.addWidget(self.min_count, 0, 1)
        opts.addWidget(self.run_button, 0, 2)
        opts.setColumnStretch(3, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.messages)
        lay.addLayout(top)
        lay.addLayout(opts)
        lay.addWidget(self.table, 3)
        lay.addWidget(self.neighbours_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.neighbours, 1)
        bottom.addWidget(self.path_plot, 1)
        lay.addLayout(bottom, 2)

    def retranslate(self) -> None:
        self.add_model.setText(self.tr("Add model…"))
        self.add_slices.setText(self.tr("Add slices folder…"))
        self.remove.setText(self.tr("Remove"))
        self.min_count_label.setText(self.tr("Only words seen at least"))
        self.min_count.setSuffix(self.tr(" times"))
        self.run_button.setText(self.tr("Compare first and last"))
        self.paths.setToolTip(self.tr("Models in order (for example one per decade). The "
                                      "others are aligned onto the first by orthogonal "
                                      "Procrustes on their shared words."))
        self.neighbours_label.setText(self.tr("Neighbours of the selected word, model by model, "
                                              "and its path across the models"))
        if self.result is not None:
            self._show(self.result)
        else:
            fill_table(self.table, self._headers(), [])

    def _headers(self) -> list[str]:
        return [self.tr("Word"), self.tr("Cosine distance"), self.tr("Neighbourhood change")]

    # --------------------------------------------------------------- inputs
    def add_paths(self, paths: list[Path]) -> None:
        for p in paths:
            self.paths.addItem(str(p))

    def _browse_model(self) -> None:
        path = open_folder(self, self.tr("Choose a model folder"))
        if path is not None:
            self.add_paths([path])

    def _browse_slices(self) -> None:
        path = open_folder(self, self.tr("Choose a slices folder"))
        if path is None:
            return
        try:
            self.add_paths(slice_models(Path(path)))
        except (OSError, ValueError, KeyError, TypeError):
            self.error(self.tr("{0} has no readable index.json: choose a folder written by "
                               "'w2v-studio slices'.").format(path))

    def _remove(self) -> None:
        for item in self.paths.selectedItems():
            self.paths.takeItem(self.paths.row(item))

    # --------------------------------------------------------------- work
    def compare(self) -> None:
        paths = [self.paths.item(i).text() for i in range(self.paths.count())]
        if len(paths) < 2:
            self.error(self.tr("Add at least two models to compare."))
            return
        min_count = self.min_count.value()

        def work(report, cancel):
            from w2v_studio.core.analysis.shift import rank_shift
            from w2v_studio.core.analysis.slices import align_sequence
            from w2v_studio.core.vectors.io.load import load_vectors

            models = [load_vectors(p) for p in paths]
            aligned, _ = align_sequence(models)
            return aligned, rank_shift(aligned[0], aligned[-1], min_count=min_count)

        self.start(work, self._done)

    def _done(self, value) -> None:
        self.models, self.result = value
        self._show(self.result)

    def _show(self, result: ShiftResult) -> None:
        rows = [[s.word, s.cosine_distance, s.local_distance] for s in result.shifts[:500]]
        fill_table(self.table, self._headers(), rows)
        if rows:
            self.table.selectRow(0)

    def _show_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or self.result is None or row >= len(self.result.shifts):
            return
        word = self.result.shifts[row].word
        self.show_neighbours(word)

    def show_neighbours(self, word: str, topn: int = 10) -> None:
        columns = []
        for wv in self.models:
            columns.append([n.word for n in wv.neighbours(word, topn=topn)] if word in wv
                           else [])
        rows = [[col[i] if i < len(col) else "" for col in columns] for i in range(topn)]
        names = [Path(self.paths.item(i).text()).name for i in range(self.paths.count())]
        fill_table(self.neighbours, names[: len(columns)], rows)
        self._draw_path(word, names)

    def _draw_path(self, word: str, names: list[str]) -> None:
        from w2v_studio.core.analysis.trajectory import word_path

        for t in self._path_labels:
            self.path_plot.removeItem(t)
        self._path_labels = []
        wp = word_path(self.models, word, topn=5)
        points = [(i, p) for i, p in enumerate(wp.path) if p is not None]
        self.path_line.setData([p[0] for _, p in points], [p[1] for _, p in points])
        self.context_dots.setData(pos=[(x, y) for _, _, x, y in wp.context])
        labels = [(f"{word} ({names[i] if i < len(names) else i})", x, y, "#D55E00")
                  for i, (x, y) in points]
        labels += [(w, x, y, "#666666") for w, _, x, y in wp.context]
        for text, x, y, colour in labels:
            item = pg.TextItem(text, color=colour, anchor=(0, 1))
            item.setPos(x, y)
            self.path_plot.addItem(item)
            self._path_labels.append(item)
