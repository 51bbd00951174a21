"""Collocations: the phrases of the corpus ("new_york", "서울_대학교") in a searchable, sortable
table with their counts and scores, and a preview of the corpus with them joined.

The phrases are found off the GUI thread (``core.corpus.phrases.find_phrases`` in a
``CallThread``); the search box is the frequency list's (substring, or ``re:`` and a pattern).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.core.corpus.phrases import (
    PhraseProgress,
    PhrasesCancelled,
    PhraseSettings,
    find_phrases,
)
from w2v_studio.core.corpus.phrases_table import Collocation
from w2v_studio.qt.shell.column_table import ColumnTable, connect_search
from w2v_studio.qt.shell.messages import MessageBar
from w2v_studio.qt.shell.worker import CallThread, stop_thread

Index = QModelIndex | QPersistentModelIndex
Source = Callable[[], Iterable[Sequence[str]]]
PREVIEW_LINES = 40


@dataclass
class Found:
    """What a run hands back to the GUI thread: the table and the first lines joined."""

    table: list[Collocation]
    preview: list[str]
    words: int


def _run(source: Source, settings: PhraseSettings, report, cancel) -> Found:
    with tempfile.TemporaryDirectory(prefix="w2v-studio-phrases-") as work:
        result = find_phrases(source(), settings, Path(work), progress=report, cancel=cancel)
        preview = [" ".join(line) for line in islice(result.corpus, PREVIEW_LINES)]
        return Found(result.table, preview, result.corpus.tokens)


class PhrasesView(QWidget):
    """Settings and Find, the collocation table (search, sort by any column) and a preview."""

    found = Signal(object)  # Found

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: Source | None = None
        self._thread: CallThread | None = None
        self.messages = MessageBar(self)
        self._build_settings()
        self._build_table()
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("phrases_preview")
        self.preview.setReadOnly(True)
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.preview_label = QLabel(self)
        preview_box = QWidget(self)
        pv = QVBoxLayout(preview_box)
        pv.setContentsMargins(0, 0, 0, 0)
        pv.addWidget(self.preview_label)
        pv.addWidget(self.preview, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self._table_box)
        split.addWidget(preview_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.messages)
        lay.addLayout(self._settings)
        lay.addWidget(self.progress)
        lay.addWidget(split, 1)
        self.retranslate()
        self.set_source(None)

    def _build_settings(self) -> None:
        self.min_count = QSpinBox(self)
        self.min_count.setRange(1, 10_000_000)
        self.min_count.setValue(5)
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setDecimals(3)
        self.threshold.setRange(-1.0, 1e6)
        self.threshold.setValue(10.0)
        self.scoring = QComboBox(self)
        self.scoring.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scoring.setMinimumContentsLength(12)  # long names elide instead of widening the page
        self.scoring.addItem("", "default")
        self.scoring.addItem("", "npmi")
        self.scoring.currentIndexChanged.connect(self._on_scoring)
        self.passes = QSpinBox(self)
        self.passes.setRange(1, 4)
        self.find_button = QPushButton(self)
        self.find_button.setObjectName("find_phrases")
        self.find_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self)
        self.stop_button.clicked.connect(self.stop)
        form = QGridLayout()  # two fields a row: the table keeps the height
        self._labels = [QLabel(self) for _ in range(4)]
        fields = (self.scoring, self.threshold, self.min_count, self.passes)
        for i, (label, field) in enumerate(zip(self._labels, fields, strict=True)):
            form.addWidget(label, i // 2, (i % 2) * 2)
            form.addWidget(field, i // 2, (i % 2) * 2 + 1)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.stop_button)
        self._settings = QHBoxLayout()
        self._settings.addLayout(form, 1)
        self._settings.addLayout(buttons)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)

    def _build_table(self) -> None:
        self.model = ColumnTable(5, self)  # phrase, count, count of each word, score
        self.search = QLineEdit(self)
        self.search.setObjectName("find_phrase")
        self.search.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.view.setObjectName("collocations")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.view.verticalHeader().setVisible(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.matches = QLabel(self)
        self._show_matches = connect_search(self.search, self.model, self.matches, self._describe)
        self.matches.setStyleSheet("color: #666;")
        self._table_box = QWidget(self)
        lay = QVBoxLayout(self._table_box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.matches)

    def retranslate(self) -> None:
        self.model.headers = [self.tr("Phrase"), self.tr("Count"), self.tr("First word"),
                              self.tr("Last word"), self.tr("Score")]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self.scoring.setItemText(0, self.tr("Mikolov (word2vec)"))
        self.scoring.setItemText(1, self.tr("Normalized PMI (-1 to 1)"))
        self.scoring.setToolTip(self.tr(
            "How a word pair is scored. Mikolov: how much more often the two words follow each "
            "other than chance, scaled by the vocabulary size (threshold about 10). Normalized "
            "PMI: 1 when they only ever occur together, 0 for chance (threshold about 0.5)."))
        texts = [self.tr("Scoring"), self.tr("Join pairs scoring above"),
                 self.tr("Pairs seen at least"), self.tr("Passes")]
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.passes.setToolTip(self.tr(
            "A second pass joins phrases of the first into longer ones: new_york + city."))
        self.find_button.setText(self.tr("Find collocations"))
        self.stop_button.setText(self.tr("Stop"))
        self.search.setPlaceholderText(
            self.tr("Find a phrase (part of it, or re: and a regular expression)"))
        self.preview_label.setText(self.tr("Preview: the first lines with the phrases joined"))
        self.preview.setPlaceholderText(self.tr("Press Find collocations to see them here."))
        self._show_matches()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        self.shutdown()  # a running thread must not outlive its widget
        super().closeEvent(event)

    # ------------------------------------------------------------------ input and run
    def set_source(self, source: Source | None) -> None:
        """Where the token lists come from (read again at each Find); None: no corpus yet."""
        self._source = source
        self._update_buttons()
        if source is None:
            self.messages.set_message("source", "info", self.tr(
                "Choose and tokenize a corpus first: the collocations are found in its tokens."))
        else:
            self.messages.clear_message("source")

    def settings(self) -> PhraseSettings:
        return PhraseSettings(min_count=self.min_count.value(),
                              threshold=self.threshold.value(),
                              scoring=self.scoring.currentData(), passes=self.passes.value())

    def start(self) -> None:
        if self._source is None or self._thread is not None:
            return
        try:
            settings = self.settings()
        except ValueError as e:
            self.messages.set_message("run", "error", self.tr("Check the settings: {0}")
                                      .format(str(e)))
            return
        self.messages.clear_message("run")
        source = self._source
        thread = CallThread(lambda report, cancel: _run(source, settings, report, cancel),
                            self, cancel_types=(PhrasesCancelled,))
        thread.progress.connect(self._on_progress)
        thread.succeeded.connect(self._on_found)
        thread.failed.connect(self._on_failed)
        thread.cancelled.connect(self._on_cancelled)
        thread.finished.connect(self._on_finished)
        self._thread = thread
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._update_buttons()
        thread.start()

    def is_running(self) -> bool:
        return self._thread is not None

    def stop(self) -> None:
        stop_thread(self._thread)

    def shutdown(self) -> None:
        """Stop a run and wait for it (before the window closes)."""
        stop_thread(self._thread, wait=True)

    def _on_progress(self, p: PhraseProgress) -> None:
        if p.stage == "reading":
            self.progress.setRange(0, 0)
            self.progress.setFormat(self.tr("Reading: {0} words").format(f"{p.words:,}"))
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(p.fraction * 1000))
            self.progress.setFormat(self.tr("Finding phrases: %p%"))

    def _on_found(self, found: Found) -> None:
        t = found.table
        self.model.set_columns(
            [np.asarray([r.phrase for r in t], dtype=object),
             np.asarray([r.count for r in t], np.int64),
             np.asarray([r.count_a for r in t], np.int64),
             np.asarray([r.count_b for r in t], np.int64),
             np.asarray([r.score for r in t], np.float64)],
            [None, None, None, None, lambda v: f"{v:.4g}"],
        )  # fmt: skip
        self.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.preview.setPlainText("\n".join(found.preview))
        self._show_matches()
        if not found.table:
            self.messages.set_message("run", "info", self.tr(
                "No pair of words scores above the threshold in {0} words. Lower the threshold "
                "or the minimum count.").format(f"{found.words:,}"))
        self.found.emit(found)

    def _on_failed(self, e: BaseException) -> None:
        self.messages.set_message("run", "error", self.tr(
            "Finding collocations failed: {0}").format(str(e) or type(e).__name__))

    def _on_cancelled(self) -> None:
        self.messages.set_message("run", "info", self.tr("Stopped: the table was not changed."))

    def _on_finished(self) -> None:
        self._thread = None
        self.progress.setVisible(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self._thread is not None
        self.find_button.setEnabled(self._source is not None and not running)
        self.stop_button.setEnabled(running)

    def _on_scoring(self) -> None:
        npmi = self.scoring.currentData() == "npmi"
        self.threshold.setRange(-1.0, 1.0 if npmi else 1e6)
        self.threshold.setSingleStep(0.05 if npmi else 1.0)
        self.threshold.setValue(0.5 if npmi else 10.0)

    # ------------------------------------------------------------------ table
    def rows(self) -> list[tuple[str, int, float]]:
        """(phrase, count, score) of the rows shown, in the order shown."""
        m = self.model
        return [(m.value(r, 0), m.value(r, 1), m.value(r, 4)) for r in range(m.rowCount())]

    def _describe(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("{0} phrases").format(f"{total:,}")
        return self.tr("{0} of {1} phrases match").format(f"{shown:,}", f"{total:,}")
