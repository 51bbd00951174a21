"""Corpus page: files and encodings, language guess, tokenizer and options, preview, tokenizing."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.qt.corpus import jobs as corpus_jobs
from w2v_studio.qt.corpus.page_files import CorpusFilesPart
from w2v_studio.qt.corpus.page_tokenizer import TokenizerPart
from w2v_studio.qt.corpus.phrases_view import PhrasesView
from w2v_studio.qt.corpus.stats import CorpusStats
from w2v_studio.qt.shell.i18n import Retranslating
from w2v_studio.qt.shell.messages import MessageBar
from w2v_studio.qt.shell.state import AppState
from w2v_studio.qt.shell.welcome import WelcomePanel
from w2v_studio.qt.shell.wheel_guard import guard_wheel
from w2v_studio.qt.shell.worker import CallThread


class CorpusPage(Retranslating, CorpusFilesPart, TokenizerPart, QWidget):
    """Corpus page: files and encodings, tokenizer and its preview, tokenizing and its results."""


    tokenized_ready = Signal(object, object)  # TokenizedCorpus, description() -> str
    tokenize_failed = Signal()
    corpus_changed = Signal()
    tokenizer_changed = Signal(str, dict)
    recent_added = Signal(str)

    def __init__(
        self, state: AppState, parent: QWidget | None = None, cache_dir: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.cache_dir = cache_dir
        self._paths: list[str] = []
        self._encodings: dict[str, str] = {}
        self._scan: corpus_jobs.ScanResult | None = None
        self._plugins: list[Any] = []
        self._reasons: dict[str, str | None] = {}
        self._pending_tokenizer: tuple[str, dict[str, Any]] | None = None
        self._threads: set[CallThread] = set()
        self._scan_thread: CallThread | None = None
        self._tok_thread: CallThread | None = None
        self._preview_thread: CallThread | None = None
        self._preview_again = False
        self._closed = False
        self._want_cached = False  # take the tokenized corpus from the cache once it is known

        self._build_welcome()
        self._build_files_box()
        self._build_tokenizer_box()
        self._build_preview_box()
        self._build_actions()
        self._build_layout()
        self.retranslate()
        self._load_plugins()
        guard_wheel(self)  # the wheel scrolls the page, not the settings

    def _build_welcome(self) -> None:
        """The first-start panel and the message bar."""
        self.welcome = WelcomePanel(self)
        self.welcome.open_files.connect(self.open_files_dialog)
        self.welcome.open_folder.connect(self.open_folder_dialog)
        self.welcome.corpus_chosen.connect(self._on_example)
        self.messages = MessageBar(self)

    def _build_actions(self) -> None:
        """Tokenize and Cancel, the progress bar and the results."""
        self.tokenize_button = QPushButton(self)
        self.tokenize_button.setObjectName("tokenize")
        self.tokenize_button.clicked.connect(self.tokenize)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_tokenize)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.stats = CorpusStats(self)
        self.phrases = PhrasesView(self)  # collocations of the tokenized corpus
        self.corpus_changed.connect(lambda: self.phrases.set_source(None))

    def _build_layout(self) -> None:
        """Files and tokenizer on the left, preview and results on the right."""
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.files_box, 2)
        lv.addWidget(self.tok_box, 3)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.preview_box, 3)
        trow = QHBoxLayout()
        trow.addWidget(self.tokenize_button)
        trow.addWidget(self.progress, 1)
        trow.addWidget(self.cancel_button)
        rv.addLayout(trow)
        self.results = QTabWidget(self)
        self.results.addTab(self.stats, "")
        self.results.addTab(self.phrases, "")
        rv.addWidget(self.results, 3)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 560])
        editor = QWidget(self)
        ev = QVBoxLayout(editor)
        ev.setContentsMargins(0, 0, 0, 0)
        ev.addWidget(self.messages)
        ev.addWidget(split, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(editor)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.stack)

    # ----------------------------------------------------------------- text
    def retranslate(self) -> None:
        self.files_box.setTitle(self.tr("Corpus files"))
        self.results.setTabText(0, self.tr("Words"))
        self.results.setTabText(1, self.tr("Collocations"))
        self.add_button.setText(self.tr("Add files…"))
        self.folder_button.setText(self.tr("Add folder…"))
        self.remove_button.setText(self.tr("Remove"))
        self.clear_button.setText(self.tr("Clear"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Kind"),
                self.tr("Encoding"),
                self.tr("Size"),
                self.tr("Lines"),
            ]
        )
        self.column_label.setText(self.tr("Text column (CSV/TSV):"))
        self.replace_check.setText(self.tr("Replace unreadable bytes"))
        self.replace_check.setToolTip(self.tr("Read files with a few damaged bytes: each byte "
                                              "that cannot be decoded becomes \ufffd, and "
                                              "how many were replaced is shown."))  # fmt: skip
        self.field_label.setText(self.tr("Text field (JSON Lines):"))
        self.column_edit.setPlaceholderText(self.tr("automatic"))
        self.field_edit.setPlaceholderText(self.tr("automatic"))
        self.tok_box.setTitle(self.tr("Tokenizer"))
        self.tok_label.setText(self.tr("Tokenizer:"))
        self.preview_box.setTitle(self.tr("Preview"))
        self.sentence.setPlaceholderText(self.tr("Type a sentence to see how it is split…"))
        self.preview_table.setHorizontalHeaderLabels([self.tr("Text"), self.tr("Tokens")])
        self.tokenize_button.setText(self.tr("Tokenize"))
        self.tokenize_button.setToolTip(
            self.tr("Split the whole corpus into words (in background processes).")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.use_suggested.setText(self.tr("Use it"))
        self._update_language_label()
        self._update_tok_items()
        if self._scan is not None:
            for row, f in enumerate(self._scan.files):
                item = self.table.item(row, 1)
                if item is not None:
                    item.setText(self._kind_name(f.kind))
            self.table.resizeColumnToContents(1)
        self.options.retranslate()


    # ----------------------------------------------------------------- tokenize
    def tokenize(self) -> CallThread | None:
        """Tokenize the whole corpus in worker processes; emits ``tokenized_ready``."""
        if self._tok_thread is not None or self._closed:
            return None
        if self._scan is None:
            self.messages.set_message(
                "tokenize",
                "error",
                self.tr("There is no readable corpus yet: add text files first."),
            )
            self.tokenize_failed.emit()
            return None
        pid, options = self.tokenizer_id(), self.tokenizer_options()
        reason = self._reasons.get(pid)
        if reason:
            self.messages.set_message(
                "tokenize",
                "error",
                self.tr(
                    "The tokenizer '{0}' cannot run here: {1}. Choose another tokenizer "
                    "or install what it needs."
                ).format(pid, reason),
            )
            self.tokenize_failed.emit()
            return None
        corpus = self._scan.corpus
        self.messages.clear_message("tokenize")
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(True)
        self.tokenize_button.setEnabled(False)

        def work(report, cancel: threading.Event):
            return corpus_jobs.tokenize(corpus, pid, options, report, cancel, self.cache_dir)

        t = self._start(work, self._on_tokenized)
        t.progress.connect(self._on_tok_progress)
        t.failed.connect(self._on_tok_failed)
        t.cancelled.connect(self._on_tok_cancelled)
        t.finished.connect(self._after_tokenize)
        self._tok_thread = t
        return t

    def cancel_tokenize(self) -> None:
        if self._tok_thread is not None:
            self._tok_thread.stop()

    def _on_tok_progress(self, p: Any) -> None:
        if isinstance(p, tuple) and p and p[0] == "counting":
            self.progress.setRange(0, 0)
            self.progress.setFormat(self.tr("counting words…"))
            return
        frac = getattr(p, "fraction", None)
        if frac is not None:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(frac * 1000))
            self.progress.setFormat(f"{frac:.0%}")

    def _on_tok_failed(self, e: BaseException) -> None:
        self.messages.set_message("tokenize", "error", self.tr("Tokenizing failed: {0}").format(e))
        self._after_tokenize()  # the controls are usable again before anyone hears of the failure
        self.tokenize_failed.emit()

    def _on_tok_cancelled(self) -> None:
        self.messages.set_message("tokenize", "info", self.tr("Tokenizing was cancelled."))
        self._after_tokenize()
        self.tokenize_failed.emit()

    def _after_tokenize(self) -> None:
        self._tok_thread = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.tokenize_button.setEnabled(True)

    def _on_tokenized(self, result: corpus_jobs.CountResult) -> None:
        self.stats.show_result(result)
        n, pid = len(self._paths), self.tokenizer_id()

        def desc() -> str:  # re-rendered when the language changes
            return self.tr("{0} file(s), {1} lines, {2} tokens, tokenizer {3}").format(
                n, f"{result.lines:,}", f"{result.tokens:,}", pid
            )

        errors = getattr(result.tokenized, "errors", None)
        if errors:
            self.messages.set_message(
                "tokenize",
                "warning",
                self.tr(
                    "{0} line(s) could not be tokenized and were skipped; the first: {1}"
                ).format(len(errors), errors[0]),
            )
        self.phrases.set_source(result.tokenized.sentences)
        self.tokenized_ready.emit(result.tokenized, desc)

    def use_cached_tokens(self) -> None:
        """Once the files are read and the tokenizers listed, take the tokenized corpus from
        the tokenizer cache when it holds these files with this tokenizer (at once, with the
        progress bar), so the Train page has it; when it does not, Tokenize does the work."""
        self._want_cached = True
        self._pick_up_cached()

    def _pick_up_cached(self) -> None:
        if not self._want_cached or self._scan is None or not self._plugins or self._closed:
            return
        self._want_cached = False
        corpus, pid, options = self._scan.corpus, self.tokenizer_id(), self.tokenizer_options()
        cache_dir = self.cache_dir

        def work(report, cancel) -> bool:
            from w2v_studio.core.corpus.link import make_link
            from w2v_studio.tokenizers.cache import COMPLETE_MARKER, default_cache_dir

            key = make_link(corpus, None, pid, options, hash_files=False).cache_key
            root = Path(cache_dir) if cache_dir is not None else default_cache_dir()
            return key is not None and (root / key / COMPLETE_MARKER).is_file()

        def done(cached: bool) -> None:
            same = self._scan is not None and self._scan.corpus is corpus and (
                self.tokenizer_id(), self.tokenizer_options()) == (pid, options)
            if cached and same:  # nothing was changed while the cache was looked up
                self.tokenize()

        self._start(work, done)

    def set_min_count(self, n: int) -> None:
        self.stats.set_min_count(n)

    def set_training_settings(self, config: TrainConfig) -> None:
        """The Train page's settings: the words kept and the estimate follow them."""
        self.stats.set_training_settings(config)

    # ----------------------------------------------------------------- threads
    def _start(self, fn, on_done) -> CallThread:
        if self._closed:  # the window is closing: start nothing new
            raise RuntimeError("the corpus page is shut down")
        t = CallThread(fn, self)
        self._threads.add(t)
        t.succeeded.connect(on_done)
        t.finished.connect(lambda: self._threads.discard(t))
        t.start()
        return t

    def shutdown(self) -> None:
        """Cancel and wait for every worker (the window is closing)."""
        self._closed = True
        self._preview_timer.stop()
        self.stats.timing.shutdown()
        self.phrases.shutdown()
        self.welcome.shutdown()
        for t in list(self._threads):
            t.stop()
        for t in list(self._threads):
            t.wait(30_000)
