"""A table model over whole columns (arrays), searched and sorted in numpy: the frequency list
and the collocation table hold hundreds of thousands of rows, and Qt's proxy models would call
Python for every comparison of a sort (hundreds of thousands of calls on the GUI thread).

The view asks only for the rows it shows; sorting is one ``argsort`` per column (kept), and a
search is one pass over the text column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel, QLineEdit

Index = QModelIndex | QPersistentModelIndex
Format = Callable[[Any], Any] | None


class ColumnTable(QAbstractTableModel):
    """Columns of equal length; ``search_column`` is the one ``set_search`` looks in."""

    def __init__(self, headers: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = [""] * headers
        self.columns: list[np.ndarray] = [np.zeros(0) for _ in range(headers)]
        self.formats: list[Format] = [None] * headers
        self.search_column = 0
        self._sorted: dict[tuple[int, bool], np.ndarray] = {}
        self._sort = (0, True)  # column, ascending
        self._mask: np.ndarray | None = None  # rows matching the search (None: all)
        self.order = np.zeros(0, np.int64)  # source rows, in the order shown

    # ------------------------------------------------------------------ data
    def set_columns(self, columns: Sequence[Sequence[Any]], formats: Sequence[Format] = (),
                    search_column: int = 0) -> None:  # fmt: skip
        self.beginResetModel()
        self.columns = [c if isinstance(c, np.ndarray) else np.asarray(c, dtype=object)
                        for c in columns]  # fmt: skip
        self.formats = list(formats) or [None] * len(self.columns)
        self.search_column = search_column
        self._sorted, self._mask = {}, None
        self._reorder()
        self.endResetModel()

    def value(self, row: int, column: int) -> Any:
        """The value shown in ``row`` (of the table as shown) and ``column``."""
        v = self.columns[column][self.order[row]]
        return v.item() if isinstance(v, np.generic) else v

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's names)
        return 0 if parent.isValid() else int(self.order.size)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def total(self) -> int:
        return int(self.columns[0].size) if self.columns else 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            v = self.value(index.row(), c)
            fmt = self.formats[c]
            return fmt(v) if fmt is not None else v
        if role == Qt.ItemDataRole.UserRole:
            return self.value(index.row(), c)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[c].dtype != object:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    # ------------------------------------------------------------------ sort and search
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order == Qt.SortOrder.AscendingOrder)
        self._reorder()
        self.layoutChanged.emit()

    def set_search(self, text: str) -> bool:
        """Keep rows whose search column contains ``text`` (case folded), or matches the
        regular expression after ``re:``; False (nothing matches) for a broken expression."""
        ok = True
        words = self.columns[self.search_column] if self.columns else np.zeros(0, object)
        if not text.strip():
            mask = None
        elif text.startswith("re:"):
            try:
                pattern = re.compile(text[3:], re.IGNORECASE)
                mask = np.fromiter((pattern.search(w) is not None for w in words), bool,
                                   words.size)  # fmt: skip
            except re.error:
                ok, mask = False, np.zeros(words.size, bool)
        else:
            needle = text.strip().casefold()
            mask = np.fromiter((needle in w.casefold() for w in words), bool, words.size)
        self.beginResetModel()
        self._mask = mask
        self._reorder()
        self.endResetModel()
        return ok

    def _reorder(self) -> None:
        column, ascending = self._sort
        n = self.total()
        if column >= len(self.columns) or n == 0:
            self.order = np.zeros(0, np.int64)
            return
        key = (column, ascending)
        ids = self._sorted.get(key)
        if ids is None:
            col = self.columns[column]
            ids = np.argsort(col if col.dtype != object else col.astype(str), kind="stable")
            if not ascending:  # descending, ties still in their first order
                ids = np.argsort(-_ranks(col, ids), kind="stable")
            self._sorted[key] = ids
        self.order = ids if self._mask is None else ids[self._mask[ids]]


def _ranks(col: np.ndarray, ascending_ids: np.ndarray) -> np.ndarray:
    """Dense ranks of ``col`` (equal values share a rank) from its ascending order."""
    sorted_values = col[ascending_ids]
    new = np.ones(col.size, np.int64)
    new[1:] = sorted_values[1:] != sorted_values[:-1]
    ranks = np.empty(col.size, np.int64)
    ranks[ascending_ids] = np.cumsum(new)
    return ranks


def connect_search(
    search: QLineEdit, model: ColumnTable, matches: QLabel, describe: Callable[[int, int], str]
) -> Callable[[], None]:
    """Filter ``model`` as the user types in ``search`` (a broken ``re:`` pattern turns the box
    red) and keep ``matches`` saying ``describe(shown, total)``; returns that refresh."""

    def show() -> None:
        total = model.total()
        matches.setText(describe(model.rowCount(), total) if total else "")

    def typed(text: str) -> None:
        ok = model.set_search(text)
        search.setStyleSheet("" if ok else "background: #fde2e1;")
        show()

    search.textChanged.connect(typed)
    return show
