"""Explore page: the word map with its controls, and the questions/concordance/compare tabs."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from w2v_studio.core.explore.layout_cache import default_layout_cache, layout_key
from w2v_studio.core.explore.projection import (
    ProjectionCancelled,
    ProjectionError,
    ProjectionSettings,
    pca_2d,
)
from w2v_studio.core.explore.projection_process import ProjectionProcess
from w2v_studio.core.explore.word_selection import (
    Selection,
    SelectionError,
    WordChoice,
    select_words,
)
from w2v_studio.qt.explore.colours import MapColours
from w2v_studio.qt.explore.compare_view import CompareView
from w2v_studio.qt.explore.concordance_view import ConcordanceView
from w2v_studio.qt.explore.controls import MapToolbar, PlacementControls
from w2v_studio.qt.explore.documents_view import DocumentsView
from w2v_studio.qt.explore.map_view import MapView
from w2v_studio.qt.explore.questions_panel import QuestionsPanel
from w2v_studio.qt.shell.i18n import Retranslating
from w2v_studio.qt.shell.messages import MessageBar
from w2v_studio.qt.shell.wheel_guard import guard_wheel
from w2v_studio.qt.shell.worker import CallThread

if TYPE_CHECKING:
    from w2v_studio.qt.shell.state import AppState

PCA_IN_GUI_THREAD = 60_000  # PCA of up to this many words runs at once (well under a second)


class ExplorePage(Retranslating, QWidget):
    """Place words on a 2-D map and ask questions about them.

    ``placed`` is emitted after every new map (t-SNE/UMAP arrive later than PCA).
    """

    placed = Signal()
    clustered = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.layouts = default_layout_cache()
        self._thread_key = ""
        self.placed_words: list[str] = []
        self.placed_idx = np.zeros(0, np.int64)
        self.xy = np.zeros((0, 2), np.float32)
        self.method = "pca"
        self._generation = 0
        self._thread: CallThread | None = None

        self.messages = MessageBar(self)
        self.messages.setObjectName("exploreMessages")
        self.controls = PlacementControls(self)
        self.toolbar = MapToolbar(self)
        self.map = MapView(self)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.colours = MapColours(self)
        self.colours.clustered.connect(self.clustered)
        self.status = QLabel()
        self.status.setWordWrap(True)  # a long sentence wraps instead of widening the window
        self.questions = QuestionsPanel(state, self)
        self.concordance = ConcordanceView(state, self)
        self.compare = CompareView(state, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.questions, "")
        self.tabs.addTab(self.concordance, "")
        self.tabs.addTab(self.compare, "")
        self.documents = DocumentsView(state, self)  # doc2vec models: their documents
        self.tabs.addTab(self.documents, "")

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.controls)
        ll.addWidget(self.toolbar)
        ll.addWidget(self.map, 1)
        ll.addWidget(self.legend)
        ll.addWidget(self.status)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addWidget(self.messages)
        lay.addWidget(self.splitter, 1)

        self.controls.place_requested.connect(lambda: self.place())
        self.controls.cancel_requested.connect(self.cancel)
        self.controls.colour_changed.connect(self.recolour)
        self.toolbar.find_requested.connect(self.find_word)
        self.toolbar.only_neighbours_toggled.connect(self.show_only_neighbours)
        self.toolbar.fit_requested.connect(self.map.auto_range)
        self.map.word_clicked.connect(self.select_word)
        self.questions.word_activated.connect(self.centre_word)
        self.questions.answered.connect(self.map.highlight)
        self.questions.pair_requested.connect(self.show_pair)
        self.compare.word_activated.connect(self.centre_word)
        state.model_changed.connect(self.model_changed)
        app = QCoreApplication.instance()
        if app is not None:  # worker threads must end before the page is destroyed
            app.aboutToQuit.connect(self.shutdown)
        self.retranslate()
        if state.vectors is not None:
            self.model_changed()
        guard_wheel(self)  # the wheel scrolls the page, not the settings

    # ------------------------------------------------------------------ i18n
    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Questions"))
        self.tabs.setTabText(1, self.tr("Concordance"))
        self.tabs.setTabText(2, self.tr("Compare"))
        self.tabs.setTabText(3, self.tr("Documents"))
        self.colours.update_legend()
        self._update_status()


    # ------------------------------------------------------------------ model
    def model_changed(self) -> None:
        self.cancel()
        self.messages.clear_all()
        self.questions.clear_results()
        self.compare.clear_results()
        self.map.set_points([], np.zeros((0, 2)))
        self.placed_words, self.placed_idx = [], np.zeros(0, np.int64)
        self._elapsed = None
        if self.state.vectors is None:
            self.messages.set_message(
                "model",
                "info",
                self.tr("Train a model or open one (File > Open) to explore its words."),
            )
        else:
            self._warm_up(self.state.vectors)
            # placing (PCA + scatter) takes a few hundred ms on the GUI thread: do it when the
            # page is shown, not while training hands over a model behind another page
            self._place_when_shown = not self.isVisible()
            if not self._place_when_shown:
                self.place()
        self._update_status()

    def showEvent(self, ev) -> None:
        super().showEvent(ev)
        if getattr(self, "_place_when_shown", False):
            self._place_when_shown = False
            self.place()

    def _warm_up(self, wv) -> None:
        """Compute the unit-length vectors in a thread now, so the first question is fast."""
        self._join_warm_up()
        t = CallThread(lambda _r, _c: wv.unit.shape, self)
        self._warm = t
        t.start()

    def _join_warm_up(self) -> None:
        t = getattr(self, "_warm", None)
        if t is not None:
            t.wait()
        self._warm = None

    # ------------------------------------------------------------------ placing words
    def place(
        self, choice: WordChoice | None = None, settings: ProjectionSettings | None = None
    ) -> bool:
        """Select words and project them; PCA returns with the map drawn, t-SNE/UMAP later.

        Returns False (with a message shown) when the words cannot be chosen."""
        from w2v_studio.core.vectors.word_vectors import UnknownWordError

        wv = self.state.vectors
        self._place_when_shown = False
        if wv is None:
            return False
        if choice is not None:
            self.controls.set_choice(choice)
        if settings is not None:
            self.controls.set_method(settings.method)
        choice = self.controls.choice()
        settings = settings or self.controls.settings()
        self.cancel()
        self.messages.clear_message("words")
        try:
            sel = select_words(wv, choice)
        except UnknownWordError as e:
            hint = ", ".join(e.suggestions)
            text = self.tr("“{0}” is not in the vocabulary.").format(e.word)
            if hint:
                text += " " + self.tr("Did you mean: {0}?").format(hint)
            self.messages.set_message("words", "error", text)
            return False
        except SelectionError as e:
            self.messages.set_message("words", "error", str(e))
            return False
        if sel.unknown:
            self.messages.set_message(
                "words",
                "warning",
                self.tr("Not in the vocabulary, left out: {0}").format(", ".join(sel.unknown[:20])),
            )
        vectors = wv.vectors[sel.indices]
        self._generation += 1
        gen = self._generation
        self._pending = sel
        self._t0 = time.perf_counter()
        if self.controls.on_axes():
            return self._place_on_axes(gen, sel)
        if settings.method == "pca" and len(sel.indices) <= PCA_IN_GUI_THREAD:
            self._show(gen, sel, pca_2d(vectors, normalize=settings.normalize), "pca")
            return True
        key = layout_key([wv.words[i] for i in sel.indices.tolist()], vectors, settings)
        cached = self.layouts.get(key)
        if cached is not None and len(cached) == len(sel.indices):  # same words, same settings
            self._show(gen, sel, cached, settings.method)
            return True

        def work(report, cancel: threading.Event) -> np.ndarray:
            if settings.method == "pca":
                return pca_2d(vectors, normalize=settings.normalize)
            job = ProjectionProcess(vectors, settings)
            job.start()
            return job.wait(cancel, progress=report)

        t = CallThread(work, self, cancel_types=(ProjectionCancelled,))
        self._thread_key = key
        t.progress.connect(self.controls.set_progress)
        t.succeeded.connect(self._projected)
        t.failed.connect(self._projection_failed)
        t.cancelled.connect(self._projection_cancelled)
        self._thread = t
        self._thread_gen, self._thread_method = gen, settings.method
        self.controls.set_busy(True)
        self.status.setText(
            self.tr("Computing {0} for {1:,} words… (Cancel stops it)").format(
                self._method_name(settings.method), len(sel.indices)
            )
        )
        t.start()
        return True

    def _place_on_axes(self, gen: int, sel: Selection) -> bool:
        """Each word at its cosine with the x (and y) direction between two word sets."""
        from w2v_studio.core.analysis.axes import AxisError, axis_projection

        x, y = self.controls.axes.axes()
        if x is None:
            self.messages.set_message("projection", "info", self.tr(
                "Type the words at both ends of the horizontal axis (for example he / she), "
                "then press Place words."))  # fmt: skip
            return False
        wv = self.state.vectors
        words = [wv.words[i] for i in sel.indices.tolist()]
        try:
            xy = axis_projection(wv, words, x, y)
        except AxisError as e:
            self.messages.set_message("projection", "error", str(e))
            return False
        self._show(gen, sel, xy, "axes")
        self.map.set_axis_titles(x.label, y.label if y is not None else None)
        return True

    def _projected(self, xy: np.ndarray) -> None:
        if self.sender() is not self._thread:
            return
        self.controls.set_busy(False)
        self._thread = None
        self.layouts.put(self._thread_key, xy)
        self._show(self._thread_gen, self._pending, xy, self._thread_method)

    def _projection_failed(self, e: BaseException) -> None:
        if self.sender() is not self._thread:
            return
        self.controls.set_busy(False)
        self._thread = None
        if isinstance(e, ProjectionError):
            text, details = self.tr("The map could not be computed: {0}").format(e), None
        else:  # a numerical failure inside t-SNE/UMAP (e.g. eigenvalues that do not converge)
            text = self.tr(
                "The map could not be computed with {0} for these words. Try PCA, or place "
                "fewer or other words."
            ).format(self._method_name(self._thread_method))
            details = str(e)
        self.messages.set_message("projection", "error", text, details=details)
        self._update_status()

    def _projection_cancelled(self) -> None:
        self.controls.set_busy(False)
        self._update_status()

    def cancel(self) -> None:
        """Stop a running t-SNE/UMAP (its process is terminated) and any clustering."""
        t = self._thread
        if t is not None and t.isRunning():
            t.stop()
            t.wait(10000)
        self._thread = None
        self.colours.stop()
        self.controls.set_busy(False)

    def shutdown(self) -> None:
        """Stop every worker (call before the page is destroyed)."""
        self.cancel()
        self._join_warm_up()
        self.concordance.stop()
        self.compare.stop()
        self.documents.shutdown()

    def closeEvent(self, ev) -> None:
        self.shutdown()
        super().closeEvent(ev)

    def _show(self, gen: int, sel: Selection, xy: np.ndarray, method: str) -> None:
        if gen != self._generation:
            return
        self.map.set_axis_titles(None, None)  # named again by the semantic axes only
        wv = self.state.vectors
        self.messages.clear_message("projection")
        self.messages.clear_message("model")
        self.placed_idx = sel.indices
        self.placed_words = [wv.words[i] for i in sel.indices.tolist()]
        self.xy = np.asarray(xy, np.float32)
        self.method = method
        counts = wv.counts[sel.indices] if wv.counts is not None else None
        self._elapsed = time.perf_counter() - self._t0
        self.toolbar.only.blockSignals(True)
        self.toolbar.only.setChecked(False)
        self.toolbar.only.blockSignals(False)
        self.map.set_points(self.placed_words, self.xy, counts, self.colours.bands())
        self.recolour()
        if sel.centre:
            self.map.select(sel.centre)
        self._update_status()
        self.placed.emit()

    # ------------------------------------------------------------------ colours
    def recolour(self) -> None:
        """Colour by frequency band at once, or by k-means cluster (computed in a thread)."""
        self.colours.recolour()

    # ------------------------------------------------------------------ words
    def select_word(self, word: str) -> None:
        """A word was clicked on the map: its neighbours, its lines, and the comparison."""
        asks = self.questions.kind.currentData() == "neighbours"
        self.map.select(word, labels=not asks)  # the neighbours' highlight updates the labels
        if asks:
            self.questions.ask_neighbours(word, self.questions.topn.value())
        if self.concordance.has_corpus():
            self.concordance.show_word(word)
        if self.compare.other is not None:
            self.compare.compare(word)
        self._update_status()

    def centre_word(self, word: str) -> bool:
        """Centre the map on ``word`` (a table row was clicked); says so when it is not placed."""
        self.messages.clear_message("find")
        if self.map.select(word):
            self.map.centre_on_index(self.map.selected, zoom=0.45)
            if self.concordance.has_corpus():
                self.concordance.show_word(word)
            return True
        self.messages.set_message(
            "find",
            "info",
            self.tr(
                "“{0}” is not on the map. Choose “Neighbours of a word” to place it with its "
                "neighbours."
            ).format(word),
        )
        return False

    def find_word(self, text: str) -> None:
        from w2v_studio.core.vectors.word_vectors import UnknownWordError

        if not text or self.state.vectors is None:
            return
        if text in self.map._index:
            self.centre_word(text)
            return
        try:
            self.state.vectors.id(text)
        except UnknownWordError as e:
            hint = ", ".join(e.suggestions)
            msg = self.tr("“{0}” is not in the vocabulary.").format(text)
            self.messages.set_message(
                "find",
                "warning",
                msg + (" " + self.tr("Did you mean: {0}?").format(hint) if hint else ""),
            )
            return
        self.centre_word(text)

    def show_pair(self, word: str, partner: str) -> None:
        self.tabs.setCurrentWidget(self.concordance)
        self.concordance.show_pair(word, partner)

    def show_only_neighbours(self, on: bool) -> None:
        """Hide all but the selected word and its nearest placed neighbours (by cosine)."""
        self.messages.clear_message("only")
        if not on:
            self.map.show_only(None)
            return
        sel = self.map.selected
        if sel is None:
            self.messages.set_message(
                "only", "info", self.tr("Click a word on the map first, then tick this box.")
            )
            self.toolbar.only.blockSignals(True)
            self.toolbar.only.setChecked(False)
            self.toolbar.only.blockSignals(False)
            return
        unit = self.state.vectors.unit[self.placed_idx]
        sims = unit @ unit[sel]
        sims[sel] = np.inf
        k = min(self.toolbar.only_k.value() + 1, len(sims))
        keep = np.argsort(-sims, kind="stable")[:k]
        self.map.show_only([self.placed_words[i] for i in keep.tolist()])

    # ------------------------------------------------------------------ status
    @staticmethod
    def _method_name(method: str) -> str:
        return {"pca": "PCA", "tsne": "t-SNE", "umap": "UMAP",
                "axes": QCoreApplication.translate("ExplorePage", "semantic axes")}.get(
            method, method)  # fmt: skip

    def _update_status(self) -> None:
        wv = self.state.vectors
        if wv is None or not self.placed_words:
            self.status.setText("")
            return
        text = self.tr("{0:,} of {1:,} words placed with {2} in {3:.2f} s.").format(
            len(self.placed_words),
            len(wv),
            self._method_name(self.method),
            getattr(self, "_elapsed", 0.0) or 0.0,
        )
        text += " " + self.tr("Hover a point for its count; click it to select.")
        self.status.setText(text)
