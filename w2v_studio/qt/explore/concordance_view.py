"""Concordance tab: keyword-in-context lines of a word, or of a word pair within the window."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.core.explore.concordance import (
    Concordance,
    ConcordanceCancelled,
    ConcordanceResult,
    KwicLine,
    sort_lines,
)
from w2v_studio.qt.explore.corpus_link import source_mapper, tokens_file_of
from w2v_studio.qt.shell.worker import CallThread

if TYPE_CHECKING:
    from w2v_studio.qt.shell.state import AppState

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
SORTS = ("position", "left", "right")


class ElideLeftDelegate(QStyledItemDelegate):
    """Left context: cut on the left, so the words next to the keyword stay visible."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class KwicModel(QAbstractTableModel):
    """Left context (right-aligned) | keyword | right context | where."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[KwicLine] = []
        self.source_of = None
        self.headers = ["", "", "", ""]

    def set_lines(self, lines: list[KwicLine]) -> None:
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
            if col == 0:
                return k.left_text
            if col == 1:
                return k.keyword
            if col == 2:
                return k.right_text
            where = self.source_of(k.line) if self.source_of else ""
            return where or f"#{k.line + 1}"
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
            extra = f"   [{k.other} {k.distance:+d}]" if k.other else ""
            return f"{k.left_text} [{k.keyword}] {k.right_text}{extra}"
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class ConcordanceView(QWidget):
    """``show_word(word)`` / ``show_pair(word, partner)`` search off the GUI thread."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._conc: Concordance | None = None
        self._conc_path: Path | None = None
        self._thread: CallThread | None = None
        self.result: ConcordanceResult | None = None
        self.word = QLineEdit()
        self.partner = QLineEdit()
        self.window = QSpinBox(minimum=1, maximum=50, value=5)
        self.sort = QComboBox()
        for s in SORTS:
            self.sort.addItem("", s)
        self.go = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = KwicModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(0, ElideLeftDelegate(self.table))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionsClickable(True)
        hh.sectionClicked.connect(self._header_clicked)

        self.word_label, self.partner_label = QLabel(), QLabel()
        self.window_label, self.sort_label = QLabel(), QLabel()
        row1 = QHBoxLayout()
        row1.addWidget(self.word_label)
        row1.addWidget(self.word, 2)
        row1.addWidget(self.partner_label)
        row1.addWidget(self.partner, 2)
        row2 = QHBoxLayout()
        row2.addWidget(self.window_label)
        row2.addWidget(self.window)
        row2.addWidget(self.sort_label)
        row2.addWidget(self.sort, 1)
        row2.addWidget(self.go)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addWidget(self.status)
        lay.addWidget(self.table, 1)
        self.go.clicked.connect(self.search)
        self.word.returnPressed.connect(self.search)
        self.partner.returnPressed.connect(self.search)
        self.sort.currentIndexChanged.connect(self._resort)
        state.model_changed.connect(self._model_changed)
        self._model_changed()
        self.retranslate()

    # ------------------------------------------------------------------ i18n
    def retranslate(self) -> None:
        self.word_label.setText(self.tr("Word:"))
        self.partner_label.setText(self.tr("With (optional):"))
        self.partner.setPlaceholderText(self.tr("a second word, e.g. a neighbour"))
        self.window_label.setText(self.tr("Within:"))
        self.window.setSuffix(self.tr(" words"))
        self.sort_label.setText(self.tr("Sort by:"))
        for i, text in enumerate(
            [self.tr("corpus order"), self.tr("left context"), self.tr("right context")]
        ):
            self.sort.setItemText(i, text)
        self.go.setText(self.tr("Show lines"))
        self.model.headers = [
            self.tr("Left context"),
            self.tr("Word"),
            self.tr("Right context"),
            self.tr("Line"),
        ]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._show_status()

    def changeEvent(self, ev: QEvent) -> None:
        if ev.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(ev)

    # ------------------------------------------------------------------ corpus
    def _model_changed(self) -> None:
        self._conc = None
        self._conc_path = tokens_file_of(self.state)
        self.result = None
        self.model.set_lines([])
        if self.state.model is not None:
            self.window.setValue(int(self.state.model.config.window))
        self._show_status()

    def has_corpus(self) -> bool:
        return self._conc_path is not None

    def _concordance(self) -> Concordance:
        if self._conc is None:
            assert self._conc_path is not None
            lower = bool(getattr(getattr(self.state.model, "config", None), "lowercase", False))
            self._conc = Concordance(
                self._conc_path, ignore_case=lower, source_of=source_mapper(self.state)
            )
            self.model.source_of = self._conc.source_of
        return self._conc

    # ------------------------------------------------------------------ searching
    def show_word(self, word: str) -> None:
        self.word.setText(word)
        self.partner.setText("")
        self.search()

    def show_pair(self, word: str, partner: str) -> None:
        self.word.setText(word)
        self.partner.setText(partner)
        self.search()

    def search(self) -> None:
        word, partner = self.word.text().strip(), self.partner.text().strip()
        if not word or " " in word or " " in partner:
            self._message = self.tr("Type one word (a single token) to see its lines.")
            self._show_status(self._message)
            return
        if not self.has_corpus():
            self._show_status()
            return
        conc = self._concordance()
        window = self.window.value()
        self.stop()

        def work(_report, cancel: threading.Event) -> ConcordanceResult:
            if partner:
                return conc.search_pair(word, partner, window=window, cancel=cancel)
            return conc.search(word, cancel=cancel)

        t = CallThread(work, self, cancel_types=(ConcordanceCancelled,))
        t.succeeded.connect(self._done)
        t.failed.connect(self._failed)
        self._thread = t
        self._show_status(self.tr("Searching the corpus…"))
        t.start()

    def stop(self) -> None:
        t = self._thread
        if t is not None and t.isRunning():
            t.stop()
            t.wait(5000)
        self._thread = None

    def _done(self, result: ConcordanceResult) -> None:
        if self.sender() is not self._thread:
            return
        self.result = result
        self._resort()
        self._show_status()

    def _failed(self, e: BaseException) -> None:
        if self.sender() is self._thread:
            self._show_status(self.tr("The corpus could not be searched: {0}").format(e))

    def _resort(self) -> None:
        if self.result is not None:
            self.model.set_lines(sort_lines(self.result.lines, self.sort.currentData()))

    def _header_clicked(self, section: int) -> None:
        if section in (0, 2):
            self.sort.setCurrentIndex(SORTS.index("left" if section == 0 else "right"))

    def _show_status(self, text: str | None = None) -> None:
        if text is None:
            text = self._status_text()
        self.status.setText(text)

    def _status_text(self) -> str:
        if self.state.vectors is not None and not self.has_corpus():
            return self.tr(
                "This model has no corpus attached (it was opened from a vector "
                "file, or its tokenized corpus was deleted), so its lines cannot be "
                "shown. Train it here, or open the model folder it was saved to."
            )
        r = self.result
        if r is None:
            return self.tr("Click a word on the map or in a table to see its lines.")
        if r.partner:
            text = self.tr("{0:,} times “{1}” with “{2}” within {3} words").format(
                r.total, r.word, r.partner, r.window
            )
        else:
            text = self.tr("{0:,} occurrences of “{1}”").format(r.total, r.word)
        if r.truncated:
            text += " " + self.tr("(showing the first {0:,})").format(len(r.lines))
        return text

    def row_texts(self) -> list[tuple[str, str, str]]:
        """(left, keyword, right) of the rows as shown."""
        return [(k.left_text, k.keyword, k.right_text) for k in self.model.lines]
