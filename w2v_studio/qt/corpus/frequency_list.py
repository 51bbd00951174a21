"""The corpus's frequency list: every word with its rank and count, searchable and sortable.

A table model over two arrays (no widget item per row), so a vocabulary of hundreds of
thousands of words shows at once; the search box filters by substring (or a regular
expression when it starts with ``re:``).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class FrequencyModel(QAbstractTableModel):
    """Rows: rank (1 = most frequent), word, count."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.counts = np.zeros(0, np.int64)
        self.headers = ["", "", ""]

    def set_words(self, words: list[str], counts: np.ndarray) -> None:
        """``words`` most frequent first, with their ``counts``."""
        self.beginResetModel()
        self.words, self.counts = list(words), np.asarray(counts, np.int64)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's names)
        return 0 if parent.isValid() else len(self.words)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            if c == 0:
                return r + 1
            if c == 1:
                return self.words[r]
            return int(self.counts[r])
        if role == Qt.ItemDataRole.TextAlignmentRole and c != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class WordFilter(QSortFilterProxyModel):
    """Keeps rows whose word contains the search text (``re:`` starts a regular expression)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._regex: re.Pattern[str] | None = None
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_search(self, text: str) -> bool:
        """Filter by ``text``; False when it is a regular expression that does not compile."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
        self._needle, self._regex, ok = text.strip().casefold(), None, True
        if text.startswith("re:"):
            try:
                self._regex = re.compile(text[3:], re.IGNORECASE)
            except re.error:
                ok = False
                self._needle = "\0"  # nothing matches a broken pattern
        if hasattr(self, "endFilterChange"):
            self.endFilterChange()
        else:
            self.invalidateFilter()
        return ok

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802 (Qt's name)
        if not self._needle and self._regex is None:
            return True
        word = self.sourceModel().words[row]
        if self._regex is not None:
            return self._regex.search(word) is not None
        return self._needle in word.casefold()


class FrequencyList(QWidget):
    """Search box, the list, and how many words match."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FrequencyModel(self)
        self.proxy = WordFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("find_word")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.view = QTableView(self)
        self.view.setObjectName("top_words")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.matches = QLabel(self)
        self.matches.setStyleSheet("color: #666;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.matches)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.headers = [self.tr("Rank"), self.tr("Word"), self.tr("Count")]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self.search.setPlaceholderText(
            self.tr("Find a word (part of it, or re: and a regular expression)")
        )
        self._show_matches()

    def set_words(self, words: list[str], counts: np.ndarray) -> None:
        self.model.set_words(words, counts)
        self._show_matches()

    def clear(self) -> None:
        self.set_words([], np.zeros(0, np.int64))

    def rows(self, n: int | None = None) -> list[tuple[str, int]]:
        """(word, count) of the rows shown, in the order shown (the first ``n``)."""
        total = self.proxy.rowCount() if n is None else min(n, self.proxy.rowCount())
        return [
            (self.proxy.index(r, 1).data(), int(self.proxy.index(r, 2).data()))
            for r in range(total)
        ]

    def _on_search(self, text: str) -> None:
        ok = self.proxy.set_search(text)
        self.search.setStyleSheet("" if ok else "background: #fde2e1;")
        self._show_matches()

    def _show_matches(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if not total:
            self.matches.setText("")
        elif shown == total:
            self.matches.setText(self.tr("{0} different words").format(f"{total:,}"))
        else:
            text = self.tr("{0} of {1} words match").format(f"{shown:,}", f"{total:,}")
            self.matches.setText(text)
