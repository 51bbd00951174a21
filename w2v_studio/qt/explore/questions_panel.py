"""Questions panel: neighbours, analogy, similarity, odd-one-out and word arithmetic as tables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.core.engine.vocab_tags import main_tag, pos_groups
from w2v_studio.core.explore.word_selection import split_words
from w2v_studio.qt.shell.i18n import Retranslating

if TYPE_CHECKING:
    from w2v_studio.core.vectors.word_vectors import Neighbour, WordVectors
    from w2v_studio.qt.shell.state import AppState

KINDS = ("neighbours", "analogy", "similarity", "odd", "arithmetic")


class QuestionsPanel(Retranslating, QWidget):
    """Ask the vectors a question; the answer is a table. Clicking a row emits
    ``word_activated`` (the page centres the map there); each answer emits ``answered`` with
    its words (the page rings them on the map). Unknown words show the vectors layer's
    suggestions as links that replace the word and ask again."""

    word_activated = Signal(str)
    pair_requested = Signal(str, str)  # double-click on a neighbour: (query word, neighbour)
    answered = Signal(list)
    stability_requested = Signal(str)  # "How stable?" on a word's neighbours

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.query_word = ""  # the word of the last neighbours question
        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem("", k)
        self.forms = QStackedWidget()
        self.nb_word = QLineEdit()
        self.topn = QSpinBox(minimum=1, maximum=1000, value=20)
        self.pos_filter = QComboBox()  # neighbours of one part of speech (models with tags)
        self.an_a, self.an_b, self.an_c = QLineEdit(), QLineEdit(), QLineEdit()
        self.an_method = QComboBox()
        self.an_method.addItem("3CosAdd", "3cosadd")
        self.an_method.addItem("3CosMul", "3cosmul")
        self.sim_a, self.sim_b = QLineEdit(), QLineEdit()
        self.odd_words = QLineEdit()
        self.ar_pos, self.ar_neg = QLineEdit(), QLineEdit()
        self.form_layouts: list[QFormLayout] = []
        self._build_forms()
        self.ask_button = QPushButton()
        self.ask_button.setDefault(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        self.hint.setStyleSheet(
            "QLabel { background:#fff4d6; border:1px solid #e3c46f; border-radius:4px;"
            " padding:5px; color:#4d3b05; }"
        )
        self.hint.linkActivated.connect(self._use_suggestion)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(self._row_clicked)
        self.table.cellDoubleClicked.connect(self._row_double_clicked)

        top = QHBoxLayout()
        self.kind_label = QLabel()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.forms)
        lay.addWidget(self.ask_button)
        lay.addWidget(self.hint)
        lay.addWidget(self.summary)
        self.stable_button = QPushButton()
        self.stable_button.setVisible(False)
        self.stable_button.clicked.connect(
            lambda: self.stability_requested.emit(self.query_word)
        )
        lay.addWidget(self.stable_button)
        lay.addWidget(self.table, 1)

        self.kind.currentIndexChanged.connect(self.forms.setCurrentIndex)
        self.ask_button.clicked.connect(self.ask)
        for edit in (
            self.nb_word,
            self.an_c,
            self.sim_b,
            self.odd_words,
            self.ar_neg,
            self.ar_pos,
            self.an_a,
            self.an_b,
            self.sim_a,
        ):
            edit.returnPressed.connect(self.ask)
        self._last_unknown_edit: QLineEdit | None = None
        state.model_changed.connect(self._tags_changed)
        self._tags_changed()
        self.retranslate()

    def _build_forms(self) -> None:
        rows: list[list[QWidget]] = [
            [self.nb_word, self.topn, self.pos_filter],
            [self.an_a, self.an_b, self.an_c, self.an_method],
            [self.sim_a, self.sim_b],
            [self.odd_words],
            [self.ar_pos, self.ar_neg],
        ]
        for widgets in rows:
            page = QWidget()
            form = QFormLayout(page)
            form.setContentsMargins(0, 0, 0, 0)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for w in widgets:
                form.addRow(QLabel(), w)
            self.form_layouts.append(form)
            self.forms.addWidget(page)

    # ------------------------------------------------------------------ i18n
    def retranslate(self) -> None:
        names = [
            self.tr("Nearest neighbours"),
            self.tr("Analogy a : b :: c : ?"),
            self.tr("Similarity of two words"),
            self.tr("Odd one out"),
            self.tr("Word arithmetic (+ / −)"),
        ]
        for i, name in enumerate(names):
            self.kind.setItemText(i, name)
        self.kind_label.setText(self.tr("Question:"))
        self.stable_button.setText(self.tr("How stable are these neighbours?"))
        self.stable_button.setToolTip(self.tr(
            "Train the model's settings again a few times (other seeds) and count in how "
            "many runs each neighbour comes back: neighbours in small corpora can be chance."))
        labels = [
            [self.tr("Word:"), self.tr("How many:"), self.tr("Part of speech:")],
            [self.tr("a:"), self.tr("b:"), self.tr("c:"), self.tr("Method:")],
            [self.tr("First word:"), self.tr("Second word:")],
            [self.tr("Words:")],
            [self.tr("Plus (+):"), self.tr("Minus (−):")],
        ]
        for form, texts in zip(self.form_layouts, labels, strict=True):
            for row, text in enumerate(texts):
                form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.an_a.setPlaceholderText(self.tr("e.g. man"))
        self.an_b.setPlaceholderText(self.tr("e.g. king"))
        self.an_c.setPlaceholderText(self.tr("e.g. woman"))
        self.odd_words.setPlaceholderText(self.tr("three or more words, e.g. apple pear car"))
        self.ar_pos.setPlaceholderText(self.tr("e.g. king woman"))
        self.ar_neg.setPlaceholderText(self.tr("e.g. man"))
        self.ask_button.setText(self.tr("Ask"))
        self.pos_filter.setItemText(0, self.tr("all parts of speech"))
        self._set_headers(self._headers_kind)

    _headers_kind = "neighbours"

    def _set_headers(self, kind: str) -> None:
        self._headers_kind = kind
        score = self.tr("Score") if kind == "3cosmul" else self.tr("Cosine")
        heads = [self.tr("Rank"), self.tr("Word"), score, self.tr("Count")]
        if kind == "similarity":
            heads = [
                self.tr("First word"),
                self.tr("Second word"),
                self.tr("Cosine"),
                self.tr("Rank"),
            ]
        elif self._tags() is not None:
            heads.append(self.tr("POS"))
        self.table.setColumnCount(len(heads))
        self.table.setHorizontalHeaderLabels(heads)


    # ------------------------------------------------------------------ asking
    @property
    def vectors(self) -> WordVectors | None:
        return self.state.vectors

    def ask(self) -> None:
        """Answer the question of the current form."""
        kind = self.kind.currentData()
        handlers: dict[str, Callable[[], None]] = {
            "neighbours": lambda: self.ask_neighbours(
                self.nb_word.text().strip(), self.topn.value()
            ),
            "analogy": lambda: self.ask_analogy(
                self.an_a.text().strip(),
                self.an_b.text().strip(),
                self.an_c.text().strip(),
                self.an_method.currentData(),
            ),
            "similarity": lambda: self.ask_similarity(
                self.sim_a.text().strip(), self.sim_b.text().strip()
            ),
            "odd": lambda: self.ask_odd_one_out(split_words(self.odd_words.text())),
            "arithmetic": lambda: self.ask_arithmetic(
                split_words(self.ar_pos.text()), split_words(self.ar_neg.text())
            ),
        }
        handlers[kind]()

    def _guard(self, fn: Callable[[], None], edits: list[QLineEdit]) -> None:
        from w2v_studio.core.vectors.word_vectors import UnknownWordError

        self.hint.setVisible(False)
        if self.vectors is None:
            self._show_hint(self.tr("Train or open a model first: there are no vectors to ask."))
            return
        try:
            fn()
        except UnknownWordError as e:
            self._last_unknown_edit = next(
                (w for w in edits if e.word in split_words(w.text())), None
            )
            self._unknown = e.word
            links = ", ".join(f'<a href="{escape(s)}">{escape(s)}</a>' for s in e.suggestions)
            text = self.tr("“{0}” is not in the vocabulary.").format(escape(e.word))
            if links:
                text += " " + self.tr("Did you mean: {0}?").format(links)
            else:
                text += " " + self.tr(
                    "No similar spelling was found; words are case-sensitive, and words "
                    "rarer than the model's minimum count are left out."
                )
            self._show_hint(text)
        except ValueError as e:
            self._show_hint(escape(str(e)))

    def clear_results(self) -> None:
        """Forget the answers shown: they belonged to the model that was replaced."""
        self.query_word = ""
        self.stable_button.setVisible(False)
        self.table.setRowCount(0)
        self.summary.setText("")
        self.hint.setText("")
        self.hint.setVisible(False)

    def _show_hint(self, html: str) -> None:
        self.stable_button.setVisible(False)
        self.hint.setText(html)
        self.hint.setVisible(True)
        self.table.setRowCount(0)
        self.summary.setText("")

    def _use_suggestion(self, word: str) -> None:
        edit = self._last_unknown_edit
        if edit is not None:
            words = [word if w == self._unknown else w for w in split_words(edit.text())]
            edit.setText(" ".join(words))
        self.ask()

    def ask_neighbours(self, word: str, topn: int = 20) -> None:
        self.kind.setCurrentIndex(KINDS.index("neighbours"))
        self.nb_word.setText(word)
        if not word:
            self._show_hint(self.tr("Type a word."))
            return

        def run() -> None:
            res = self._neighbours(word, topn)
            self.query_word = word
            self._fill(res, "neighbours")
            self.stable_button.setVisible(True)
            self.summary.setText(
                self.tr(
                    "Nearest neighbours of “{0}”. Double-click a row for "
                    "the lines where both words occur."
                ).format(word)
                + (self.tr(" “{0}” is not in the vocabulary: its vector is built from "
                           "n-grams (the pieces of the word it shares with known words)."
                           ).format(word) if self.vectors.built_from_ngrams(word) else "")
                + (self.tr(" Only words tagged {0}.").format(self.pos_filter.currentData())
                   if self.pos_filter.currentData() and self._tags() is not None else "")
            )

        self._guard(run, [self.nb_word])

    def _neighbours(self, word: str, topn: int) -> list[Neighbour]:
        """The ``topn`` nearest words, of the chosen part of speech when one is chosen (more
        candidates are asked for and those with another tag dropped)."""
        wv, tag, tags = self.vectors, self.pos_filter.currentData(), self._tags()
        if not tag or tags is None:
            return wv.neighbours(word, topn=topn)
        candidates = wv.neighbours(word, topn=min(len(wv), max(50 * topn, 1000)))
        kept = [nb for nb in candidates if main_tag(tags.get(nb.word)) == tag][:topn]
        return [replace(nb, rank=i) for i, nb in enumerate(kept, 1)]

    # ------------------------------------------------------------------ parts of speech
    def _tags(self) -> dict[str, str] | None:
        return getattr(self.vectors, "tags", None)

    def _tags_changed(self) -> None:
        """Offer the tags of the new model (the most frequent first), or hide the filter."""
        tags = self._tags()
        self.pos_filter.blockSignals(True)
        self.pos_filter.clear()
        self.pos_filter.addItem(self.tr("all parts of speech"), None)
        names, _ = pos_groups(list(tags), tags, len(tags)) if tags else ([], [])
        for name in names:
            self.pos_filter.addItem(name, name)
        self.pos_filter.blockSignals(False)
        self.form_layouts[0].setRowVisible(self.pos_filter, tags is not None)
        self._set_headers(self._headers_kind)

    def ask_analogy(self, a: str, b: str, c: str, method: str = "3cosadd", topn: int = 10) -> None:
        self.kind.setCurrentIndex(KINDS.index("analogy"))
        self.an_a.setText(a), self.an_b.setText(b), self.an_c.setText(c)
        self.an_method.setCurrentIndex(max(0, self.an_method.findData(method)))
        if not (a and b and c):
            self._show_hint(self.tr("Fill in a, b and c."))
            return

        def run() -> None:
            res = self.vectors.analogy(a, b, c, method=method, topn=topn)
            self._fill(res, method)
            self.summary.setText(self.tr("{0} : {1} :: {2} : ?").format(a, b, c))

        self._guard(run, [self.an_a, self.an_b, self.an_c])

    def ask_similarity(self, w1: str, w2: str) -> None:
        self.kind.setCurrentIndex(KINDS.index("similarity"))
        self.sim_a.setText(w1), self.sim_b.setText(w2)
        if not (w1 and w2):
            self._show_hint(self.tr("Type two words."))
            return

        def run() -> None:
            sim = self.vectors.similarity(w1, w2)
            rank = self.vectors.rank(w1, w2)
            self._set_headers("similarity")
            self._set_rows([[w1, w2, f"{sim:.4f}", f"{rank:,}"]], words=[w1, w2])
            self.summary.setText(
                self.tr("“{1}” is neighbour number {2:,} of “{0}”.").format(w1, w2, rank)
            )
            self.answered.emit([w1, w2])

        self._guard(run, [self.sim_a, self.sim_b])

    def ask_odd_one_out(self, words: list[str]) -> None:
        self.kind.setCurrentIndex(KINDS.index("odd"))
        self.odd_words.setText(" ".join(words))
        if len(words) < 3:
            self._show_hint(self.tr("Type at least three words."))
            return

        def run() -> None:
            res = self.vectors.odd_one_out(words)
            self._fill(list(res.ranking), "odd")
            self.summary.setText(
                self.tr(
                    "The odd one out is “{0}” (last row: least similar to the group's average)."
                ).format(res.word)
            )

        self._guard(run, [self.odd_words])

    def ask_arithmetic(self, positive: list[str], negative: list[str], topn: int = 20) -> None:
        self.kind.setCurrentIndex(KINDS.index("arithmetic"))
        self.ar_pos.setText(" ".join(positive)), self.ar_neg.setText(" ".join(negative))
        if not positive:
            self._show_hint(self.tr("Type at least one word to add."))
            return

        def run() -> None:
            res = self.vectors.neighbours(positive, negative, topn=topn)
            self._fill(res, "arithmetic")
            expr = " + ".join(positive) + "".join(f" − {w}" for w in negative)
            self.summary.setText(expr + " ≈ ?")

        self._guard(run, [self.ar_pos, self.ar_neg])

    # ------------------------------------------------------------------ table
    def _fill(self, res: list[Neighbour], kind: str) -> None:
        self._set_headers(kind)
        rows = [
            [
                str(nb.rank),
                nb.word,
                f"{nb.similarity:.4f}",
                "" if nb.count is None else f"{nb.count:,}",
            ]
            for nb in res
        ]
        tags = self._tags()
        if tags is not None:
            for row, nb in zip(rows, res, strict=True):
                row.append(tags.get(nb.word, ""))
        self._set_rows(rows, words=[nb.word for nb in res])
        if kind == "odd" and rows:
            for col in range(4):
                self.table.item(len(rows) - 1, col).setBackground(Qt.GlobalColor.yellow)
        self.answered.emit([nb.word for nb in res])

    def _set_rows(self, rows: list[list[str]], words: list[str]) -> None:
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        self._row_words = words
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c in (0, 2, 3) and self._headers_kind != "similarity":
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def result_words(self) -> list[str]:
        """The words of the table, top to bottom (column "Word")."""
        col = 0 if self._headers_kind == "similarity" else 1
        return [self.table.item(r, col).text() for r in range(self.table.rowCount())]

    def _row_clicked(self, row: int, col: int) -> None:
        if self._headers_kind == "similarity":
            word = self.table.item(row, 1 if col == 1 else 0).text()
        else:
            word = self.table.item(row, 1).text()
        self.word_activated.emit(word)

    def _row_double_clicked(self, row: int, _col: int) -> None:
        if self._headers_kind == "neighbours" and self.query_word:
            self.pair_requested.emit(self.query_word, self.table.item(row, 1).text())
