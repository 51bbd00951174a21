"""Concordance tab: keyword-in-context lines of a word, or of a word pair within the window,
shown in the original text of the corpus (the hit's span highlighted)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.core.explore.concordance import Concordance, ConcordanceCancelled, ConcordanceResult
from w2v_studio.core.explore.kwic import SourceKwic, make_analyzer, sort_source, source_kwic
from w2v_studio.qt.explore.corpus_link import CorpusLinkBar
from w2v_studio.qt.explore.kwic_table import KwicDelegate, KwicModel
from w2v_studio.qt.shell.i18n import Retranslating
from w2v_studio.qt.shell.worker import CallThread

if TYPE_CHECKING:
    from w2v_studio.qt.shell.state import AppState

SORTS = ("position", "left", "right")
WIDTH = 80  # characters of context kept on each side (the columns elide what does not fit)


class ConcordanceView(Retranslating, QWidget):
    """``show_word(word)`` / ``show_pair(word, partner)`` search off the GUI thread."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._conc: Concordance | None = None
        self._analyzer: Any = None
        self._thread: CallThread | None = None
        self._message: str | None = None
        self.result: ConcordanceResult | None = None
        self.rows: list[SourceKwic] = []
        self.word = QLineEdit()
        self.partner = QLineEdit()
        self.window = QSpinBox(minimum=1, maximum=50, value=5)
        self.sort = QComboBox()
        for s in SORTS:
            self.sort.addItem("", s)
        self.go = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.link_bar = CorpusLinkBar(state, self)
        self.model = KwicModel(self)
        self.table = self._make_table()
        self.tokens_button = QPushButton(checkable=True)
        self.export_button = QPushButton()
        self.tokens_label = QLabel()
        self.tokens_label.setWordWrap(True)
        self.tokens_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout()
        self.go.clicked.connect(self.search)
        self.word.returnPressed.connect(self.search)
        self.partner.returnPressed.connect(self.search)
        self.sort.currentIndexChanged.connect(self._resort)
        self.tokens_button.toggled.connect(self._show_tokens)
        self.export_button.clicked.connect(self.ask_export)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_tokens())
        self.link_bar.changed.connect(self._corpus_changed)
        state.model_changed.connect(self._model_changed)
        self._model_changed()
        self.retranslate()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.setItemDelegate(KwicDelegate(table))
        table.setShowGrid(False)
        hh = table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)  # as wide as the hits
        hh.setMinimumSectionSize(8)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionsClickable(True)
        hh.sectionClicked.connect(self._header_clicked)
        return table

    def _layout(self) -> None:
        self.word_label, self.partner_label = QLabel(), QLabel()
        self.window_label, self.sort_label = QLabel(), QLabel()
        row1 = QHBoxLayout()
        for w, stretch in ((self.word_label, 0), (self.word, 2), (self.partner_label, 0),
                           (self.partner, 2)):  # fmt: skip
            row1.addWidget(w, stretch)
        row2 = QHBoxLayout()
        for w, stretch in ((self.window_label, 0), (self.window, 0), (self.sort_label, 0),
                           (self.sort, 1), (self.go, 0)):  # fmt: skip
            row2.addWidget(w, stretch)
        row3 = QHBoxLayout()
        row3.addWidget(self.tokens_label, 1)
        row3.addStretch(0)  # the buttons keep their size while the tokens are hidden
        row3.addWidget(self.tokens_button)
        row3.addWidget(self.export_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addWidget(self.link_bar)
        lay.addWidget(self.status)
        lay.addWidget(self.table, 1)
        lay.addLayout(row3)

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
        self.tokens_button.setText(self.tr("Show tokens"))
        self.tokens_button.setToolTip(self.tr("Show the tokens of the selected line"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.model.headers = [self.tr("Left context"), "", self.tr("Right context"),
                              self.tr("Line")]  # fmt: skip
        self.model.tokens_note = self.tr(
            "The corpus files could not be read: the tokens are shown instead of the text."
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._show_status()
        self._show_tokens()


    # ------------------------------------------------------------------ corpus
    def _model_changed(self) -> None:
        self._stop_search()
        self.result, self.rows, self._message = None, [], None
        self._resort()  # empty, the hit column named "Word" again
        if self.state.model is not None:
            self.window.setValue(int(self.state.model.config.window))
        self._show_status()
        self.link_bar.refresh()  # says (now or from a thread) where the corpus is

    def _corpus_changed(self) -> None:
        """The corpus was found (or tokenized again, or relocated): search the word asked."""
        self._conc, self._analyzer = None, None
        self._show_status()
        if self.link_bar.tokens_path() is not None and self.word.text().strip():
            self.search()

    def has_corpus(self) -> bool:
        """A corpus is there, or linked (being looked for, to tokenize again or to locate:
        the word asked is searched once it is ready)."""
        return self.link_bar.tokens_path() is not None or self.link_bar.link is not None

    def _concordance(self) -> Concordance:
        if self._conc is None:
            path = self.link_bar.tokens_path()
            assert path is not None
            lower = bool(getattr(getattr(self.state.model, "config", None), "lowercase", False))
            self._conc = Concordance(path, ignore_case=lower)
        return self._conc

    def _kwic_inputs(self) -> tuple[Any, Any, Any]:
        """(open sources, analyzer, locate) for the search thread."""
        bar = self.link_bar
        link = bar.link
        if self._analyzer is None and link is not None and bar.sources_readable():
            self._analyzer = make_analyzer(link.tokenizer, link.tokenizer_options,
                                           in_process=False)  # fmt: skip
        locate = getattr(bar.tokenized, "locate", None)
        return bar.open_corpus, self._analyzer, locate if callable(locate) else None

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
        self._message = None
        if not word or " " in word or " " in partner:
            self._message = self.tr("Type one word (a single token) to see its lines.")
            self._show_status()
            return
        if self.link_bar.tokens_path() is None:
            self._show_status()  # the link bar says what to do; searched when it is ready
            return
        conc, window = self._concordance(), self.window.value()
        open_corpus, analyze, locate = self._kwic_inputs()
        self._stop_search()

        def work(_report, cancel: threading.Event) -> tuple[ConcordanceResult, list[SourceKwic]]:
            if partner:
                res = conc.search_pair(word, partner, window=window, cancel=cancel)
            else:
                res = conc.search(word, cancel=cancel)
            rows = source_kwic(res.lines, conc.line_tokens, open_corpus(), analyze=analyze,
                               locate=locate, width=WIDTH, cancel=cancel)  # fmt: skip
            return res, rows

        t = CallThread(work, self, cancel_types=(ConcordanceCancelled,))
        t.succeeded.connect(self._done)
        t.failed.connect(self._failed)
        self._thread = t
        self._message = self.tr("Searching the corpus…")
        self._show_status()
        t.start()

    def stop(self) -> None:
        """Stop the search and any corpus job (tokenizing again, relocating): closing."""
        self._stop_search()
        self.link_bar.stop()

    def _stop_search(self) -> None:
        t = self._thread
        if t is not None and t.isRunning():
            t.stop()
            t.wait(5000)
        self._thread = None

    def _done(self, found: tuple[ConcordanceResult, list[SourceKwic]]) -> None:
        if self.sender() is not self._thread:
            return
        self.result, self.rows = found
        self._message = None
        self._resort()
        self._show_status()

    def _failed(self, e: BaseException) -> None:
        if self.sender() is self._thread:
            self._message = self.tr("The corpus could not be searched: {0}").format(e)
            self._show_status()

    def _resort(self) -> None:
        self.model.set_lines(sort_source(self.rows, self.sort.currentData()))
        self._fit_hit_column()
        self._show_tokens()

    def _fit_hit_column(self) -> None:
        """The hit column exactly as wide as the widest hit (no header text, which would need
        more room), so that the contexts touch it and each line reads as one text."""
        font = QFont(self.table.font())
        font.setBold(True)
        fm = QFontMetrics(font)
        width = max((fm.horizontalAdvance(k.hit) for k in self.model.lines), default=0)
        self.table.horizontalHeader().resizeSection(1, max(width, 12))

    def _header_clicked(self, section: int) -> None:
        if section in (0, 2):
            self.sort.setCurrentIndex(SORTS.index("left" if section == 0 else "right"))

    # ------------------------------------------------------------------ tokens, export
    def selected_row(self) -> SourceKwic | None:
        i = self.table.currentIndex().row()
        if 0 <= i < len(self.model.lines):
            return self.model.lines[i]
        return self.model.lines[0] if self.model.lines else None

    def tokens_text(self, row: SourceKwic, around: int = 40) -> str:
        """The tokens of a row's line (``around`` on each side of the hit), the hit in brackets."""
        try:
            toks = self._concordance().line_tokens(row.line)
        except (OSError, IndexError):
            return ""
        a, b = max(0, row.position - around), min(len(toks), row.position + around + 1)
        shown = [f"[{t}]" if i == row.position else t for i, t in enumerate(toks[a:b], a)]
        return ("… " if a > 0 else "") + " ".join(shown) + (" …" if b < len(toks) else "")

    def _show_tokens(self) -> None:
        row = self.selected_row() if self.tokens_button.isChecked() else None
        self.tokens_label.setVisible(row is not None)
        if row is not None:
            self.tokens_label.setText(self.tr("Tokens: {0}").format(self.tokens_text(row)))
        self.export_button.setEnabled(bool(self.model.lines))

    def ask_export(self) -> None:
        from w2v_studio.qt.shell.file_dialogs import save_file

        name = f"concordance-{self.word.text().strip() or 'word'}.csv"
        path = save_file(self, self.tr("Export the concordance"), name, "CSV (*.csv)")
        if path is not None:
            self.export_csv(path)

    def export_csv(self, path: str | Path) -> bool:
        """Write the rows as shown (sorted) to a CSV file; says in the tab when it fails."""
        from w2v_studio.core.explore.kwic import write_kwic_csv

        try:
            write_kwic_csv(path, self.model.lines)
        except OSError as e:
            self._message = self.tr(
                "The concordance could not be written to {0} ({1}). Choose another folder."
            ).format(path, e.strerror or e)
            self._show_status()
            return False
        self._message = self.tr("{0:,} lines written to {1}").format(len(self.model.lines), path)
        self._show_status()
        return True

    # ------------------------------------------------------------------ status
    def _show_status(self, text: str | None = None) -> None:
        text = text or self._message or self._status_text()
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _status_text(self) -> str:
        if self.link_bar.link is not None and self.link_bar.tokens_path() is None:
            return ""  # the bar says what happened to the corpus and what to do
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
        """(left, hit, right) of the rows as shown."""
        return [(k.left, k.hit, k.right) for k in self.model.lines]
