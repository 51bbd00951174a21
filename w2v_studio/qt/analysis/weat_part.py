"""WEAT on the current model: four word sets typed, loaded from text files, or taken from the
shipped lists of Caliskan et al. (2017); the effect size and permutation p-value."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.core.analysis.word_sets import (
    WordSet,
    WordSetError,
    read_word_set,
    shipped_word_sets,
)
from w2v_studio.qt.analysis.common import AnalysisPart
from w2v_studio.qt.shell.file_dialogs import open_file

if TYPE_CHECKING:
    from w2v_studio.core.analysis.weat import WeatResult
    from w2v_studio.qt.shell.state import AppState

ROLES = ("X", "Y", "A", "B")


class WordSetBox(QWidget):
    """A name, the words (typed: spaces, commas or new lines between them) and Load…."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = QLabel()
        self.name = QLineEdit()
        self.words = QPlainTextEdit()
        self.load = QPushButton()
        head = QHBoxLayout()
        head.addWidget(self.role)
        head.addWidget(self.name, 1)
        head.addWidget(self.load)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(head)
        lay.addWidget(self.words)

    def word_set(self) -> WordSet:
        return WordSet.parse(self.words.toPlainText(), name=self.name.text().strip())

    def set_word_set(self, ws: WordSet) -> None:
        self.name.setText(ws.name)
        self.words.setPlainText("\n".join(ws.words))


class WeatPart(AnalysisPart):
    """Run WEAT on ``state.vectors``; ``result`` holds the last result."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.result: WeatResult | None = None
        self.boxes = {r: WordSetBox(self) for r in ROLES}
        self.example_label, self.examples = QLabel(), QComboBox()
        self._shipped = {ws.name: ws for ws in shipped_word_sets("en")}
        tests = sorted({n for name in self._shipped for n in name.split(" ")[1].split("-")},
                       key=int)
        self.examples.addItem("")
        for t in tests:
            self.examples.addItem(f"WEAT {t}", t)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        grid = QGridLayout()
        for i, r in enumerate(ROLES):
            grid.addWidget(self.boxes[r], i // 2, i % 2)
        top = QHBoxLayout()
        top.addWidget(self.example_label)
        top.addWidget(self.examples)
        top.addStretch(1)
        top.addWidget(self.run_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.messages)
        lay.addLayout(top)
        lay.addLayout(grid, 1)
        lay.addWidget(self.result_label)
        for r, box in self.boxes.items():
            box.load.clicked.connect(lambda _=False, r=r: self._load(r))
        self.examples.currentIndexChanged.connect(self._example)
        self.run_button.clicked.connect(self.run)
        self.retranslate()

    def retranslate(self) -> None:
        roles = {"X": self.tr("Targets X"), "Y": self.tr("Targets Y"),
                 "A": self.tr("Attributes A"), "B": self.tr("Attributes B")}
        for r, box in self.boxes.items():
            box.role.setText(roles[r])
            box.load.setText(self.tr("Load…"))
            box.words.setPlaceholderText(self.tr("Words, one per line or separated by spaces"))
        self.example_label.setText(self.tr("Original English lists (Caliskan et al. 2017):"))
        self.run_button.setText(self.tr("Run WEAT"))
        self.run_button.setToolTip(self.tr("Is X closer to A (and Y to B) than the other way "
                                           "round in the current model?"))
        self._show()

    def _load(self, role: str) -> None:
        path = open_file(self, self.tr("Open a word list"),
                         self.tr("Text files (*.txt);;All files (*)"))
        if path is None:
            return
        try:
            self.boxes[role].set_word_set(read_word_set(path))
        except WordSetError as e:
            self.error(str(e))

    def _example(self) -> None:
        test = self.examples.currentData()
        if not test:
            return
        for ws in self._shipped.values():  # names such as "WEAT 1-2 A: pleasant"
            _, numbers, role = ws.name.split(" ")[:3]
            if test in numbers.split("-") and role.rstrip(":") in ROLES:
                self.boxes[role.rstrip(":")].set_word_set(ws)

    def run(self) -> None:
        wv = self.state.vectors
        if wv is None:
            self.error(self.tr("Open or train a model first."))
            return
        sets = {r: b.word_set() for r, b in self.boxes.items()}
        if any(not ws.words for ws in sets.values()):
            self.error(self.tr("Fill in all four word sets."))
            return

        def work(report, cancel):
            from w2v_studio.core.analysis.weat import weat

            return weat(wv, sets["X"].words, sets["Y"].words, sets["A"].words, sets["B"].words)

        self.start(work, self._done)

    def _done(self, result: WeatResult) -> None:
        self.result = result
        self._show()

    def _show(self) -> None:
        r = self.result
        if r is None:
            self.result_label.setText("")
            return
        how = self.tr("exact") if r.exact else self.tr("{0} random partitions").format(
            f"{r.permutations:,}")
        text = self.tr("Effect size d = {0:.3f}, p = {1:.4g} ({2}).").format(
            r.effect_size, r.p_value, how)
        if r.missing:
            lost = "; ".join(f"{k}: {', '.join(v)}" for k, v in r.missing.items())
            text += " " + self.tr("Not in the model, left out: {0}").format(lost)
        self.result_label.setText(text)
