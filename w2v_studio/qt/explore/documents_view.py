"""Documents tab: the map of a doc2vec model's documents and the most similar documents to a
document (a click on the map or in the table) or to a typed text, each with its original text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.core.analysis.slices import unique_names
from w2v_studio.qt.explore.map_style import PALETTE
from w2v_studio.qt.explore.map_view import MapView
from w2v_studio.qt.shell.i18n import Retranslating
from w2v_studio.qt.shell.worker import CallThread

if TYPE_CHECKING:
    from w2v_studio.core.vectors.doc_vectors import DocVectors, SimilarDocument
    from w2v_studio.qt.shell.state import AppState

SNIPPET = 160  # characters of a document's text in the table and the map's tooltip
MAP_LIMIT = 50_000  # documents drawn on the map (more are sampled evenly)


class DocumentMap(MapView):
    """The word map's scatter with documents: labels are tags, tooltips their text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_labels=40)
        self.texts: list[str] = []

    def tooltip_for(self, i: int) -> str:
        text = self.texts[i] if i < len(self.texts) else ""
        return f"{self.words[i]}\n{_snippet(text)}"


def _snippet(text: str) -> str:
    one = " ".join(text.split())
    return one if len(one) <= SNIPPET else one[: SNIPPET - 1] + "…"


def _legend(files: list[str]) -> str:
    """Each file's colour on the map (as many as the palette has; the others repeat them);
    nothing for documents of one file, or without files (lines of the Train page's corpus)."""
    if len(files) < 2:
        return ""
    spans = [f'<span style="color:{PALETTE[i % len(PALETTE)]}">&#9632;</span>&nbsp;'
             f"{html.escape(Path(f).name)}" for i, f in enumerate(files[:12])]
    more = f" … (+{len(files) - 12})" if len(files) > 12 else ""
    return "&nbsp;&nbsp; ".join(spans) + more


@dataclass
class _Prepared:
    """A model's documents with the ones the map shows and their 2-D places."""

    docs: DocVectors
    shown: np.ndarray  # document indexes, at most MAP_LIMIT
    xy: np.ndarray


def _prepare(docs: DocVectors) -> _Prepared:
    """In a thread: the map's documents (all, or MAP_LIMIT evenly spaced) and their places."""
    n = len(docs)
    shown = np.arange(n) if n <= MAP_LIMIT else \
        np.unique(np.linspace(0, n - 1, MAP_LIMIT).astype(np.int64))
    return _Prepared(docs, shown, docs.map_coordinates(shown))


def _labels(tags: list[str]) -> list[str]:
    """The tags, made unique (the map finds a point by its label)."""
    return unique_names(tags, "{name} ({n})")


class DocumentsView(Retranslating, QWidget):
    """Opens the documents of the current model (in a thread) when it has them."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.docs: DocVectors | None = None
        self.results: list[SimilarDocument] = []
        self._threads: list[CallThread] = []
        self._generation = 0
        self._typed = False  # the text box shows the typed text, not a document's
        self._point: dict[int, int] = {}  # document index -> its point on the map
        self._shown: list[int] = []  # point on the map -> document index
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.map = DocumentMap(self)
        self.legend = QLabel()  # the colour of each file's documents
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.query = QLineEdit()
        self.topn = QSpinBox(minimum=1, maximum=500, value=10)
        self.go = QPushButton()
        self.topn_label = QLabel()
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.text_title = QLabel()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self._layout()
        self.go.clicked.connect(self.search_text)
        self.query.returnPressed.connect(self.search_text)
        self.map.word_clicked.connect(self._map_clicked)
        self.table.cellClicked.connect(self._row_clicked)
        state.model_changed.connect(self.model_changed)
        state.model_saved.connect(self._saved)
        self.retranslate()
        self.model_changed()

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.topn_label)
        row.addWidget(self.topn)
        row.addWidget(self.go)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(row)
        ll.addWidget(self.table, 2)
        ll.addWidget(self.text_title)
        ll.addWidget(self.text, 1)
        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.map, 1)
        ul.addWidget(self.legend)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.status)
        lay.addWidget(split, 1)

    def retranslate(self) -> None:
        self.query.setPlaceholderText(self.tr("Type a text to find the most similar documents"))
        self.topn_label.setText(self.tr("Documents:"))
        self.go.setText(self.tr("Find similar"))
        self.go.setToolTip(self.tr("The text is cut into words with the model's tokenizer and "
                                   "its vector is learnt with the word vectors kept fixed"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rank"), self.tr("Similarity"), self.tr("Document"), self.tr("Text")])
        self._show_text(self.text.toPlainText(), self._typed)
        self._update_status()


    # ------------------------------------------------------------------ model
    def model_changed(self) -> None:
        from w2v_studio.core.engine.doc2vec_model import DocModel
        from w2v_studio.core.vectors.doc_vectors import DocVectors

        self._generation += 1
        self._show(None)
        model, folder = self.state.model, self.state.model_dir
        if isinstance(model, DocModel) and len(model.doc_vectors):
            docs = DocVectors(model, in_thread=True)
            self._loading = True
            self._run(lambda _r, _c: _prepare(docs), self._show)
        elif folder is not None and self._has_documents(folder):
            self._loading = True
            self._run(lambda _r, _c: _prepare(DocVectors.load(folder, in_thread=True)),
                      self._show)
        self._update_status()

    def _saved(self) -> None:
        if self.docs is None and self.state.model_dir is not None:
            self.model_changed()

    @staticmethod
    def _has_documents(folder: Path) -> bool:
        from w2v_studio.core.engine.doc2vec_model import has_documents

        return has_documents(folder)

    def _run(self, fn, done) -> None:
        generation = self._generation
        t = CallThread(fn, self)
        t.succeeded.connect(lambda v: done(v) if generation == self._generation else None)
        t.failed.connect(lambda e: self._failed(e) if generation == self._generation else None)
        t.finished.connect(lambda: self._threads.remove(t) if t in self._threads else None)
        self._threads.append(t)
        t.start()

    def _failed(self, e: BaseException) -> None:
        self._loading = False
        self._message = str(e)
        self._update_status()

    def _show(self, prepared: _Prepared | None) -> None:
        docs = prepared.docs if prepared is not None else None
        self.docs, self._loading, self._message = docs, False, ""
        self._point = {}
        self.results = []
        self.table.setRowCount(0)
        self.text.setPlainText("")
        for w in (self.query, self.go, self.topn):
            w.setEnabled(docs is not None)
        self.legend.setText("")
        if docs is None:
            self.map.set_points([], np.zeros((0, 2)))
        else:
            m, shown = docs.model, prepared.shown.tolist()
            self._shown, self._point = shown, {i: k for k, i in enumerate(shown)}
            files = [m.doc_sources[i].rpartition(":")[0] if m.doc_settings.unit == "line"
                     else m.doc_sources[i] for i in shown]
            ids = {f: i for i, f in enumerate(dict.fromkeys(files))}
            self.map.texts = [m.doc_texts[i] for i in shown]
            self.map.set_points(_labels([m.doc_tags[i] for i in shown]), prepared.xy,
                                groups=np.array([ids[f] for f in files], np.int32))
            self.map.auto_range()
            self.legend.setText(_legend(list(ids)))
        self._update_status()

    def _update_status(self) -> None:
        if getattr(self, "_loading", False):
            text = self.tr("Reading the documents of the model…")
        elif getattr(self, "_message", ""):
            text = self._message
        elif self.docs is None:
            text = self.tr("This model has no document vectors. Train one with the method "
                           "doc2vec (on the Train page, or 'w2v-studio train CORPUS --method "
                           "doc2vec') to see its documents here.")
        else:
            m = self.docs.model
            text = self.tr("{0:,} documents ({1}); click one on the map or in the table to "
                           "see the most similar ones, or type a text.").format(
                len(self.docs), "PV-DM" if m.doc_settings.mode == "dm" else "PV-DBOW")
            if len(self._point) < len(self.docs):
                text += " " + self.tr("The map shows {0:,} of them, evenly spaced.").format(
                    len(self._point))
        self.status.setText(text)

    # ------------------------------------------------------------------ queries
    def similar_to_document(self, index: int) -> None:
        """Show document ``index``'s text and the documents most similar to it."""
        if self.docs is None:
            return
        self._select(index, centre=False)
        self._show_text(self.docs.document(index).text)
        self._fill(self.docs.similar_to_document(index, self.topn.value()))

    def search_text(self) -> None:
        """The documents most similar to the typed text (tokenized and inferred in a thread)."""
        text = self.query.text().strip()
        if self.docs is None or not text:
            return
        docs, n = self.docs, self.topn.value()
        self._show_text(text, typed=True)
        self.status.setText(self.tr("Finding the documents most similar to the text…"))
        self._run(lambda _r, _c: docs.similar_to_text(text, n), self._text_found)

    def _text_found(self, results: list[SimilarDocument]) -> None:
        self._update_status()
        self._fill(results)
        self.map.highlight([self.map.words[self._point[d.index]] for d in results
                            if d.index in self._point])

    def _fill(self, results: list[SimilarDocument]) -> None:
        self.results = results
        self.table.setRowCount(len(results))
        for r, d in enumerate(results):
            cells = [str(d.rank), f"{d.similarity:.3f}", d.tag, _snippet(d.text)]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c == 3:
                    item.setToolTip(d.text)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _show_text(self, text: str, typed: bool = False) -> None:
        self._typed = typed
        self.text.setPlainText(text)
        self.text_title.setText(self.tr("Your text") if typed else self.tr("Original text"))

    def _select(self, index: int, centre: bool) -> None:
        """Mark document ``index`` on the map (when the map shows it)."""
        if index in self._point:
            self.map.select(self.map.words[self._point[index]], centre=centre)

    def _map_clicked(self, label: str) -> None:
        k = self.map.index_of(label)
        if k is not None:
            self.similar_to_document(self._shown[k])

    def _row_clicked(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.results):
            d = self.results[row]
            self._show_text(d.text)
            self._select(d.index, centre=True)

    def shutdown(self) -> None:
        """Wait for the threads (the page is closing)."""
        self._generation += 1
        for t in list(self._threads):
            t.wait()
