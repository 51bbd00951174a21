"""Table models of the per-question view: every analogy question or similarity pair of one
file (sortable, filtered to all / wrong / skipped) and the list of unknown words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from w2v_studio.core.evaluate.questions import AnalogyQuestion, PairQuestion, UnknownWord

RAW = Qt.ItemDataRole.UserRole  # the value behind a cell (sorting, tests)
STATUS = Qt.ItemDataRole.UserRole + 1  # correct / wrong / answered / skipped
_Index = QModelIndex | QPersistentModelIndex
_COLOURS = {"correct": QColor("#e3f4e3"), "wrong": QColor("#fbe9e7"), "skipped": QColor("#f0f0f0")}


_C = "QuestionsModel"  # the translation context of the strings below
_ANALOGY_HEADERS = [
    QT_TRANSLATE_NOOP("QuestionsModel", "Line"),
    QT_TRANSLATE_NOOP("QuestionsModel", "Section"),
    "a",
    "b",
    "c",
    QT_TRANSLATE_NOOP("QuestionsModel", "Expected d"),
    QT_TRANSLATE_NOOP("QuestionsModel", "Model's answer"),
    QT_TRANSLATE_NOOP("QuestionsModel", "Rank of d"),
    QT_TRANSLATE_NOOP("QuestionsModel", "Result"),
]
_PAIR_HEADERS = [
    QT_TRANSLATE_NOOP("QuestionsModel", "Line"),
    QT_TRANSLATE_NOOP("QuestionsModel", "Word 1"),
    QT_TRANSLATE_NOOP("QuestionsModel", "Word 2"),
    QT_TRANSLATE_NOOP("QuestionsModel", "Human score"),
    QT_TRANSLATE_NOOP("QuestionsModel", "Model cosine"),
    QT_TRANSLATE_NOOP("QuestionsModel", "Result"),
]
_UNKNOWN_HEADERS = [
    QT_TRANSLATE_NOOP("QuestionsModel", "Unknown word"),
    QT_TRANSLATE_NOOP("QuestionsModel", "Questions it blocked"),
]
_RESULTS = {
    "correct": QT_TRANSLATE_NOOP("QuestionsModel", "correct"),
    "wrong": QT_TRANSLATE_NOOP("QuestionsModel", "wrong"),
}
_SKIPPED = QT_TRANSLATE_NOOP("QuestionsModel", "skipped: unknown word {0}")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def result_text(q: AnalogyQuestion | PairQuestion) -> str:
    """'correct', 'wrong', '' (a scored pair) or 'skipped: unknown word X' in the UI language."""
    if q.unknown:
        return _tr(_SKIPPED).format(", ".join(q.unknown))
    return _tr(_RESULTS[q.status]) if q.status in _RESULTS else ""


class QuestionsModel(QAbstractTableModel):
    """One row per question; analogy and similarity files have their own columns."""

    def __init__(self, questions: Sequence[AnalogyQuestion | PairQuestion], parent=None) -> None:
        super().__init__(parent)
        self.questions = list(questions)
        self.analogy = bool(self.questions) and isinstance(self.questions[0], AnalogyQuestion)

    def headers(self) -> list[str]:
        return [_tr(h) for h in (_ANALOGY_HEADERS if self.analogy else _PAIR_HEADERS)]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.questions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def _values(self, q: AnalogyQuestion | PairQuestion) -> list[Any]:
        if isinstance(q, AnalogyQuestion):
            return [q.line, q.section, q.a, q.b, q.c, q.expected, q.answer, q.rank, q.status]
        return [q.line, q.word1, q.word2, q.human, q.model, q.status]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        q = self.questions[index.row()]
        col = index.column()
        value = self._values(q)[col]
        last = col == self.columnCount() - 1
        if role == Qt.ItemDataRole.ToolTipRole and last:
            return result_text(q)
        if role == Qt.ItemDataRole.DisplayRole:
            if last:
                return result_text(q)
            if isinstance(value, float):
                return f"{value:.4f}" if isinstance(q, PairQuestion) and col == 4 else f"{value:g}"
            return "" if value is None else (f"{value:,}" if isinstance(value, int) else value)
        if role == RAW:
            return value
        if role == STATUS:
            return q.status
        if role == Qt.ItemDataRole.BackgroundRole and last:
            return _COLOURS.get(q.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class QuestionFilter(QSortFilterProxyModel):
    """Shows all questions, only the wrong answers or only the skipped questions; sorts by the
    raw value (numbers as numbers, empty cells last)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.show: str = "all"
        self.setSortRole(RAW)

    def set_show(self, show: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self.show = show
            self.endFilterChange()
        else:
            self.show = show
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:  # noqa: N802
        if self.show == "all":
            return True
        status = self.sourceModel().index(row, 0, parent).data(STATUS)
        return status == self.show

    def lessThan(self, left: _Index, right: _Index) -> bool:  # noqa: N802
        a, b = left.data(RAW), right.data(RAW)
        if a is None or b is None:
            return b is None and a is not None
        if isinstance(a, int | float) and isinstance(b, int | float):
            return a < b
        return str(a) < str(b)


class UnknownModel(QAbstractTableModel):
    """The distinct unknown words and how many questions each blocked."""

    def __init__(self, words: Sequence[UnknownWord], parent=None) -> None:
        super().__init__(parent)
        self.words = list(words)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.words)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(_UNKNOWN_HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        u = self.words[index.row()]
        value = u.word if index.column() == 0 else u.questions
        if role == Qt.ItemDataRole.DisplayRole:
            return value if isinstance(value, str) else f"{value:,}"
        if role == RAW:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
