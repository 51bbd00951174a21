"""Evaluate page: similarity and analogy files against the current model, tables and a chart."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.core.evaluate.common import EvaluationCancelled
from w2v_studio.core.evaluate.files import (
    FileOutcome,
    evaluate_files,
    sniff_kind,
    write_results_csv,
)
from w2v_studio.core.evaluate.lookup import model_tokenizer
from w2v_studio.core.evaluate.similarity import SimilarityResult
from w2v_studio.qt.evaluate import workspace as page_workspace
from w2v_studio.qt.evaluate.result_view import FileResultView
from w2v_studio.qt.evaluate.tables import RAW, ResultTables
from w2v_studio.qt.shell.file_dialogs import open_files, save_file
from w2v_studio.qt.shell.i18n import Retranslating
from w2v_studio.qt.shell.messages import MessageBar
from w2v_studio.qt.shell.wheel_guard import guard_wheel
from w2v_studio.qt.shell.worker import CallThread

if TYPE_CHECKING:
    from w2v_studio.qt.shell.state import AppState

KIND_COLOUR = {"similarity": "#0072B2", "analogy": "#E69F00"}


class EvaluatePage(Retranslating, QWidget):
    """Pick files, press Run; ``finished`` is emitted with the list of ``FileOutcome``."""

    finished = Signal(list)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.outcomes: list[FileOutcome] = []
        self.tables = ResultTables(self)
        self._thread: CallThread | None = None
        self.messages = MessageBar(self)
        self._build_files()
        self._build_settings()
        self._build_run_controls()
        self._build_chart()
        self._build_layout()
        self._connect()
        self.retranslate()
        guard_wheel(self)  # the wheel scrolls the page, not the settings

    def _build_files(self) -> None:
        """The evaluation files to run, with Add and Remove."""
        self.files_label = QLabel()
        self.files = QListWidget()
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.sets_button = QPushButton()

    def _build_settings(self) -> None:
        """Analogy method, how many frequent words take part, case folding."""
        self.method_label, self.restrict_label = QLabel(), QLabel()
        self.method = QComboBox()
        self.method.addItem("3CosAdd", "3cosadd")
        self.method.addItem("3CosMul", "3cosmul")
        self.restrict = QSpinBox(minimum=0, maximum=100_000_000, value=300_000)
        self.restrict.setGroupSeparatorShown(True)
        self.restrict.setSingleStep(10_000)
        self.case = QCheckBox()
        self.lookup = QCheckBox()

    def _build_run_controls(self) -> None:
        """Run, Cancel, the progress bar and Export."""
        self.run_button, self.cancel_button = QPushButton(), QPushButton()
        self.cancel_button.setEnabled(False)
        self.export_button = QPushButton()
        self.export_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)

    def _build_chart(self) -> None:
        """A bar per file or section, and the result tables in tabs."""
        self.results = QTabWidget()
        self.chart = pg.PlotWidget(background="w")
        self.chart.setMinimumHeight(160)
        # room for the file names below the bars (pyqtgraph's default height clips them)
        self.chart.getAxis("bottom").setHeight(2 * QFontMetrics(self.font()).height() + 8)
        self.chart.setMouseEnabled(x=False, y=False)
        self.chart.hideButtons()
        self.chart.setMenuEnabled(False)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6)
        self.chart.addItem(self.bars)
        self.bar_labels: list[pg.TextItem] = []
        self.chart.setYRange(0, 1)
        self.chart_label = QLabel()
        self.chart_label.setWordWrap(True)

    def _build_layout(self) -> None:
        """Files and settings on the left; the chart and the tables on the right."""
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        for w in (self.files_label, self.files):
            ll.addWidget(w, 1 if w is self.files else 0)
        ll.addLayout(_row(self.add_button, self.remove_button))
        ll.addWidget(self.sets_button)
        for w in (self.method_label, self.method, self.restrict_label, self.restrict, self.case,
                  self.lookup):  # fmt: skip
            ll.addWidget(w)
        ll.addLayout(_row(self.run_button, self.cancel_button))
        ll.addWidget(self.progress)
        ll.addWidget(self.export_button)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.chart_label)
        charts = QSplitter(Qt.Orientation.Vertical)
        charts.addWidget(self.chart)
        charts.addWidget(self.results)
        charts.setSizes([220, 560])
        rl.addWidget(charts, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        lay = QVBoxLayout(self)
        lay.addWidget(self.messages)
        lay.addWidget(split, 1)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.sets_button.clicked.connect(self.open_standard_sets)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button.clicked.connect(self.choose_csv)
        self.state.model_changed.connect(self._model_changed)
        app = QCoreApplication.instance()
        if app is not None:  # worker threads must end before the page is destroyed
            app.aboutToQuit.connect(self.shutdown)

    # ------------------------------------------------------------------ i18n
    def retranslate(self) -> None:
        self.files_label.setText(self.tr("Evaluation files (similarity and analogy):"))
        self.add_button.setText(self.tr("Add files…"))
        self.remove_button.setText(self.tr("Remove"))
        self.method_label.setText(self.tr("Analogy method:"))
        self.restrict_label.setText(self.tr("Search only the most frequent words (0 = all):"))
        self.case.setText(self.tr("Ignore upper/lower case"))
        self.sets_button.setText(self.tr("Get standard sets…"))
        self.lookup.setText(self.tr("Look test words up through the model's tokenizer"))
        self.lookup.setToolTip(self.tr(
            "A test word that is not in the vocabulary is tokenized with the tokenizer the "
            "model was trained with and its first token is used (자동차를 → 자동차)."))
        self.run_button.setText(self.tr("Run"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.export_button.setText(self.tr("Export results as CSV…"))
        self.chart_label.setText(
            self.tr(
                "Bars: Spearman correlation for similarity files "
                "(blue), accuracy for analogy files (orange)."
            )
        )
        for i in range(self.files.count()):
            self._label_item(self.files.item(i))
        if self.outcomes:
            self._show(self.outcomes)


    def _model_changed(self) -> None:
        self.cancel()
        self.outcomes = []
        self._show([])  # the tables, bars, their value labels and the file names go
        self.export_button.setEnabled(False)

    # ------------------------------------------------------------------ files
    def choose_files(self) -> None:
        self.add_files(open_files(
            self,
            self.tr("Choose evaluation files"),
            self.tr("Evaluation files (*.txt *.tsv *.csv);;All files (*)"),
        ))

    def add_files(self, paths: list[Path]) -> None:
        present = set(self.paths())
        for p in paths:
            if str(p) in present:
                continue
            item = QListWidgetItem()
            item.setData(RAW, str(p))
            try:
                item.setData(Qt.ItemDataRole.UserRole + 1, sniff_kind(p))
            except ValueError as e:
                item.setData(Qt.ItemDataRole.UserRole + 1, None)
                item.setToolTip(str(e))
            self._label_item(item)
            self.files.addItem(item)

    def _label_item(self, item: QListWidgetItem) -> None:
        kind = item.data(Qt.ItemDataRole.UserRole + 1)
        name = Path(item.data(RAW)).name
        kinds = {
            "similarity": self.tr("similarity"),
            "analogy": self.tr("analogy"),
            None: self.tr("not an evaluation file"),
        }
        item.setText(f"{name}  ({kinds[kind]})")

    def paths(self) -> list[str]:
        return [self.files.item(i).data(RAW) for i in range(self.files.count())]

    def remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    # ------------------------------------------------------------------ running
    def run(self) -> None:
        self.messages.clear_all()
        wv = self.state.vectors
        if wv is None:
            self.messages.set_message(
                "run",
                "error",
                self.tr("Train or open a model first: there are no vectors to evaluate."),
            )
            return
        paths = self.paths()
        if not paths:
            self.messages.set_message(
                "run", "error", self.tr("Add at least one similarity or analogy file first.")
            )
            return
        opts = dict(
            method=self.method.currentData(),
            restrict_vocab=self.restrict.value() or None,
            case_insensitive=self.case.isChecked(),
            lookup=self.lookup.isChecked(),
        )
        n_files = len(paths)
        info = getattr(self.state.model, "corpus_info", None)
        problem: list[str] = []

        def work(report, cancel: threading.Event) -> list[FileOutcome]:
            def progress(i: int, done: int, total: int) -> None:
                report((i + done / max(total, 1)) / n_files)

            tokenizer, why = model_tokenizer(info, in_thread=True)
            if tokenizer is None and opts["lookup"]:
                problem.append(why)
            return evaluate_files(wv, paths, progress=progress, cancel=cancel,
                                  tokenizer=tokenizer, **opts)  # fmt: skip

        self._lookup_problem = problem

        self.cancel()
        t = CallThread(work, self, cancel_types=(EvaluationCancelled,))
        t.progress.connect(self._progress)
        t.succeeded.connect(self._done)
        t.failed.connect(self._failed)
        t.cancelled.connect(self._cancelled)
        self._thread = t
        self._busy(True)
        t.start()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.run_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def _progress(self, fraction: float) -> None:
        self.progress.setValue(int(1000 * fraction))

    def cancel(self) -> None:
        t = self._thread
        if t is not None and t.isRunning():
            t.stop()
            t.wait(30000)
        self._thread = None
        self._busy(False)

    def shutdown(self) -> None:
        self.cancel()

    def _failed(self, e: BaseException) -> None:
        self._busy(False)
        self.messages.set_message("run", "error", self.tr("The evaluation stopped: {0}").format(e))

    def _cancelled(self) -> None:
        self._busy(False)
        self.messages.set_message("run", "info", self.tr("Evaluation cancelled."))

    def _done(self, outcomes: list[FileOutcome]) -> None:
        if self.sender() is not self._thread:
            return
        self._thread = None
        self._busy(False)
        self.outcomes = outcomes
        self._show(outcomes)
        self.export_button.setEnabled(True)
        for why in getattr(self, "_lookup_problem", []):
            self.messages.set_message("lookup", "warning", self.tr(
                "Test words were not looked up through the model's tokenizer: {0}").format(why))
        self.finished.emit(outcomes)

    # ------------------------------------------------------------------ results
    def _show(self, outcomes: list[FileOutcome]) -> None:
        current = self.results.currentIndex()
        old = [self.results.widget(i) for i in range(self.results.count())]
        self.results.clear()
        for w in old:
            w.deleteLater()
        heights, colours, names = [], [], []
        for o in outcomes:
            name = Path(o.path).name
            if o.result is None:
                self.messages.set_message(f"file:{o.path}", "error", o.error or "")
                continue
            self.results.addTab(FileResultView(o.result, self.tables), name)
            if isinstance(o.result, SimilarityResult):
                value = o.result.spearman
            else:
                value = o.result.overall.accuracy
            heights.append(0.0 if np.isnan(value) else value)
            colours.append(pg.mkBrush(KIND_COLOUR[o.kind]))
            names.append(name)
        x = np.arange(len(heights), dtype=float)
        self.bars.setOpts(x=x, height=heights, width=0.6, brushes=colours)
        for item in self.bar_labels:
            self.chart.removeItem(item)
        self.bar_labels = []
        for xi, h in zip(x.tolist(), heights, strict=True):
            label = pg.TextItem(f"{h:.3f}", color="#202020", anchor=(0.5, 1.0))
            label.setPos(xi, max(h, 0.0))
            self.chart.addItem(label)
            self.bar_labels.append(label)
        self.chart.getAxis("bottom").setTicks([list(zip(x.tolist(), names, strict=True))])
        low = min([0.0, *heights])
        self.chart.setYRange(low, max([1.0, *heights]))
        self.chart.setXRange(-0.6, max(len(heights) - 0.4, 0.6))
        if 0 <= current < self.results.count():
            self.results.setCurrentIndex(current)

    # ------------------------------------------------------------------ standard sets
    def open_standard_sets(self) -> None:
        from w2v_studio.qt.evaluate.sets_dialog import StandardSetsDialog

        dialog = StandardSetsDialog(self)
        dialog.fetched.connect(self.add_files)
        dialog.exec()

    # ------------------------------------------------------------------ project
    def workspace(self) -> dict:
        """The evaluation files, settings and last results as plain JSON-able data."""
        return page_workspace.snapshot(self)

    def restore_workspace(self, data: dict) -> None:
        """Put back what :meth:`workspace` returned (a bad part is named in the page)."""
        page_workspace.restore(self, data)

    # ------------------------------------------------------------------ export
    def choose_csv(self) -> None:
        path = save_file(self, self.tr("Export results"), "evaluation.csv", self.tr("CSV (*.csv)"))
        if path:
            self.export_csv(path)

    def export_csv(self, path: Path) -> Path | None:
        try:
            out = write_results_csv(path, self.outcomes)
        except OSError as e:
            self.messages.set_message(
                "export", "error", self.tr("Could not write {0}: {1}").format(path, e.strerror or e)
            )
            return None
        self.messages.set_message("export", "info", self.tr("Results saved to {0}").format(out))
        return out


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    return row
