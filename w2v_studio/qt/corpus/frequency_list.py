"""The corpus's frequency list: every word with its rank and count, searchable and sortable.

A table model over whole columns (``qt.shell.column_table``: no widget item per row, sorting
and searching in numpy), so a vocabulary of hundreds of thousands of words shows at once; the
search box filters by substring (or a regular expression when it starts with ``re:``).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.qt.shell.column_table import ColumnTable, connect_search


class FrequencyList(QWidget):
    """Search box, the list, and how many words match."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ColumnTable(3, self)  # rank, word, count
        self.search = QLineEdit(self)
        self.search.setObjectName("find_word")
        self.search.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.view.setObjectName("top_words")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.matches = QLabel(self)
        self.matches.setStyleSheet("color: #666;")
        self._show_matches = connect_search(self.search, self.model, self.matches, self._describe)
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
        """``words`` most frequent first, with their ``counts``."""
        counts = np.asarray(counts, np.int64)
        ranks = np.arange(1, counts.size + 1)
        self.model.set_columns([ranks, np.asarray(words, dtype=object), counts],
                               [None, None, lambda c: f"{c:,}"], search_column=1)  # fmt: skip
        self._show_matches()

    def clear(self) -> None:
        self.set_words([], np.zeros(0, np.int64))

    def rows(self, n: int | None = None) -> list[tuple[str, int]]:
        """(word, count) of the rows shown, in the order shown (the first ``n``)."""
        shown = self.model.rowCount()
        total = shown if n is None else min(n, shown)
        return [(self.model.value(r, 1), int(self.model.value(r, 2))) for r in range(total)]

    def _describe(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("{0} different words").format(f"{total:,}")
        return self.tr("{0} of {1} words match").format(f"{shown:,}", f"{total:,}")
