"""Compare tab: the same word's neighbours in the current model and in a second one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.qt.shell.i18n import Retranslating
from w2v_studio.qt.shell.model_dialog import choose_model
from w2v_studio.qt.shell.worker import CallThread

if TYPE_CHECKING:
    from w2v_studio.core.vectors.word_vectors import Neighbour, WordVectors
    from w2v_studio.qt.shell.state import AppState

SHARED_BG = QColor("#dff0d8")


class CompareView(Retranslating, QWidget):
    """Open a second model (``load_vectors`` in a thread), then ``compare(word)`` fills two
    tables side by side; words found in both lists are bold on a green background."""

    word_activated = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.other: WordVectors | None = None
        self.other_name = ""
        self.other_path: Path | None = None  # its folder or file (None: not read from disk)
        self.shared: set[str] = set()
        self._thread: CallThread | None = None
        self.open_button = QPushButton()
        self.other_label = QLabel()
        self.other_label.setWordWrap(True)
        self.word = QLineEdit()
        self.topn = QSpinBox(minimum=1, maximum=200, value=20)
        self.go = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.left_title, self.right_title = QLabel(), QLabel()
        self.left, self.right = self._table(), self._table()
        self.word_label, self.topn_label = QLabel(), QLabel()

        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.other_label, 1)
        row = QHBoxLayout()
        row.addWidget(self.word_label)
        row.addWidget(self.word, 1)
        row.addWidget(self.topn_label)
        row.addWidget(self.topn)
        row.addWidget(self.go)
        grid = QGridLayout()
        grid.addWidget(self.left_title, 0, 0)
        grid.addWidget(self.right_title, 0, 1)
        grid.addWidget(self.left, 1, 0)
        grid.addWidget(self.right, 1, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addLayout(row)
        lay.addWidget(self.status)
        lay.addLayout(grid, 1)
        self.open_button.clicked.connect(self.choose_file)
        self.go.clicked.connect(lambda: self.compare(self.word.text().strip()))
        self.word.returnPressed.connect(lambda: self.compare(self.word.text().strip()))
        self.retranslate()

    def clear_results(self) -> None:
        """Forget both neighbour lists: the current model was replaced (the second stays)."""
        for table in (self.left, self.right):
            table.setRowCount(0)
        self.status.setText("")

    def _table(self) -> QTableWidget:
        t = QTableWidget(0, 3)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.verticalHeader().setVisible(False)
        t.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        t.cellClicked.connect(lambda r, _c, t=t: self.word_activated.emit(t.item(r, 1).text()))
        return t

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open second model…"))
        self.word_label.setText(self.tr("Word:"))
        self.topn_label.setText(self.tr("Neighbours:"))
        self.go.setText(self.tr("Compare"))
        self.left_title.setText(self.tr("Current model"))
        self.right_title.setText(self.other_name or self.tr("Second model"))
        if self.other is None:
            self.other_label.setText(
                self.tr(
                    "Open another model or vector file (for example "
                    "skip-gram against CBOW, or window 2 against 5)."
                )
            )
        for t in (self.left, self.right):
            t.setHorizontalHeaderLabels([self.tr("Rank"), self.tr("Word"), self.tr("Cosine")])


    # ------------------------------------------------------------------ second model
    def choose_file(self) -> None:
        p = choose_model(self, self.tr("Open second model (its model.json) or word vectors"))
        if p is not None:
            self.load(p)

    def load(self, path: Path) -> None:
        """Read a model folder or vector file off the GUI thread."""
        from w2v_studio.core.vectors.io.load import load_vectors

        self.other_label.setText(self.tr("Reading {0}…").format(path.name))
        self.stop()
        t = CallThread(lambda _report, _cancel: load_vectors(path), self)
        self._loading, self._loading_path = path.name, Path(path)
        t.succeeded.connect(self._loaded)
        t.failed.connect(self._failed)
        self._thread = t
        t.start()

    def _loaded(self, wv: WordVectors) -> None:
        self.set_other(wv, self._loading, self._loading_path)

    def _failed(self, e: BaseException) -> None:
        self.other_label.setText(self.tr("Could not open it: {0}").format(e))

    def stop(self) -> None:
        if self._thread is not None and self._thread.isRunning():
            self._thread.wait(30000)
        self._thread = None

    def set_other(self, vectors: WordVectors, name: str, path: Path | None = None) -> None:
        self.other = vectors
        self.other_name = name
        self.other_path = path
        self.other_label.setText(
            self.tr("{0}: {1:,} words, {2} dimensions").format(name, len(vectors), vectors.dim)
        )
        self.retranslate()
        if self.word.text().strip():
            self.compare(self.word.text().strip())

    def clear_other(self) -> None:
        """No second model (a project without one was opened)."""
        self.stop()
        self.other, self.other_name, self.other_path = None, "", None
        self.clear_results()
        self.retranslate()

    # ------------------------------------------------------------------ comparing
    def compare(self, word: str) -> None:
        from w2v_studio.core.vectors.word_vectors import UnknownWordError

        self.word.setText(word)
        if not word:
            return
        current = self.state.vectors
        if current is None:
            self.status.setText(self.tr("Train or open a model first."))
            return
        topn = self.topn.value()
        lists: list[list[Neighbour] | None] = []
        notes: list[str] = []
        for wv in (current, self.other):
            if wv is None:
                lists.append(None)
                continue
            try:
                lists.append(wv.neighbours(word, topn=topn))
            except UnknownWordError as e:
                lists.append(None)
                hint = ", ".join(e.suggestions[:5])
                notes.append(
                    self.tr("“{0}” is not in {1}.").format(word, self._name(wv))
                    + (" " + self.tr("Did you mean: {0}?").format(hint) if hint else "")
                )
        a = {nb.word for nb in lists[0]} if lists[0] else set()
        b = {nb.word for nb in lists[1]} if lists[1] else set()
        self.shared = a & b
        self._fill(self.left, lists[0])
        self._fill(self.right, lists[1])
        if self.other is None:
            notes.append(self.tr("Open a second model to compare with."))
        elif lists[0] is not None and lists[1] is not None:
            notes.insert(
                0,
                self.tr("{0} of {1} neighbours are in both lists (green).").format(
                    len(self.shared), topn
                ),
            )
        self.status.setText(" ".join(notes))

    def _name(self, wv: WordVectors) -> str:
        return self.other_name if wv is self.other else self.tr("the current model")

    def _fill(self, table: QTableWidget, res: list[Neighbour] | None) -> None:
        table.setRowCount(0 if res is None else len(res))
        bold = QFont()
        bold.setBold(True)
        for r, nb in enumerate(res or []):
            cells = [str(nb.rank), nb.word, f"{nb.similarity:.3f}"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c != 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if nb.word in self.shared:
                    item.setBackground(QBrush(SHARED_BG))
                    item.setFont(bold)
                    item.setToolTip(self.tr("in both lists"))
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def column_words(self, side: int) -> list[str]:
        t = self.left if side == 0 else self.right
        return [t.item(r, 1).text() for r in range(t.rowCount())]
