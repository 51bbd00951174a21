"""Corpus page: files and encodings, language guess, tokenizer and options, preview, tokenizing."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.qt.corpus import jobs as corpus_jobs
from w2v_studio.qt.corpus.options_form import OptionsForm, plugin_text
from w2v_studio.qt.corpus.stats import CorpusStats
from w2v_studio.qt.shell.messages import MessageBar
from w2v_studio.qt.shell.state import AppState
from w2v_studio.qt.shell.welcome import WelcomePanel
from w2v_studio.qt.shell.worker import CallThread


def human_size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "B" else f"{n:,.1f} {unit}"
        n /= 1024
    return str(n)


class CorpusPage(QWidget):
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

        self.welcome = WelcomePanel(self)
        self.welcome.open_files.connect(self.open_files_dialog)
        self.welcome.open_folder.connect(self.open_folder_dialog)
        self.welcome.corpus_chosen.connect(self._on_example)
        self.messages = MessageBar(self)

        # ---- files
        self.files_box = QGroupBox(self)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.open_files_dialog)
        self.folder_button = QPushButton(self)
        self.folder_button.clicked.connect(self.open_folder_dialog)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._remove_selected)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        self.table = QTableWidget(0, 5, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.column_edit = QLineEdit(self)
        self.column_edit.editingFinished.connect(self._rescan)
        self.field_edit = QLineEdit(self)
        self.field_edit.editingFinished.connect(self._rescan)
        self.column_label = QLabel(self)
        self.field_label = QLabel(self)
        self.language_label = QLabel(self)
        self.language_label.setWordWrap(True)
        self.use_suggested = QPushButton(self)
        self.use_suggested.setVisible(False)
        self.use_suggested.clicked.connect(self._use_suggested)
        fb = QVBoxLayout(self.files_box)
        row = QHBoxLayout()
        for b in (self.add_button, self.folder_button, self.remove_button, self.clear_button):
            row.addWidget(b)
        row.addStretch(1)
        fb.addLayout(row)
        fb.addWidget(self.table, 1)
        crow = QHBoxLayout()
        crow.addWidget(self.column_label)
        crow.addWidget(self.column_edit)
        crow.addWidget(self.field_label)
        crow.addWidget(self.field_edit)
        fb.addLayout(crow)
        lrow = QHBoxLayout()
        lrow.addWidget(self.language_label, 1)
        lrow.addWidget(self.use_suggested)
        fb.addLayout(lrow)

        # ---- tokenizer
        self.tok_box = QGroupBox(self)
        self.tok_combo = QComboBox(self)
        self.tok_combo.setObjectName("tokenizer")
        self.tok_combo.currentIndexChanged.connect(self._on_tokenizer)
        self.tok_status = QLabel(self)
        self.tok_status.setWordWrap(True)
        self.options = OptionsForm(self)
        self.options.changed.connect(self._on_options)
        tl = QFormLayout(self.tok_box)
        self.tok_label = QLabel(self)
        tl.addRow(self.tok_label, self.tok_combo)
        tl.addRow(self.tok_status)
        tl.addRow(self.options)

        # ---- preview
        self.preview_box = QGroupBox(self)
        self.sentence = QLineEdit(self)
        self.sentence.textChanged.connect(lambda _: self._preview_timer.start())
        self.preview_table = QTableWidget(0, 2, self)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(True)
        hh = self.preview_table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        pv = QVBoxLayout(self.preview_box)
        pv.addWidget(self.sentence)
        pv.addWidget(self.preview_table, 1)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(300)
        self._preview_timer.timeout.connect(self.refresh_preview)

        # ---- tokenize + results
        self.tokenize_button = QPushButton(self)
        self.tokenize_button.setObjectName("tokenize")
        self.tokenize_button.clicked.connect(self.tokenize)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_tokenize)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.stats = CorpusStats(self)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.files_box, 3)
        lv.addWidget(self.tok_box, 2)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.preview_box, 2)
        trow = QHBoxLayout()
        trow.addWidget(self.tokenize_button)
        trow.addWidget(self.progress, 1)
        trow.addWidget(self.cancel_button)
        rv.addLayout(trow)
        rv.addWidget(self.stats, 3)
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
        self.retranslate()
        self._load_plugins()

    # ----------------------------------------------------------------- text
    def retranslate(self) -> None:
        self.files_box.setTitle(self.tr("Corpus files"))
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----------------------------------------------------------------- plugins
    def _load_plugins(self) -> None:
        def work(report, cancel):
            from w2v_studio.tokenizers.registry import list_plugins, unavailable_reason

            plugins = list_plugins()
            return plugins, {p.id: p.error or unavailable_reason(p.id) for p in plugins}

        t = self._start(work, self._on_plugins)
        t.failed.connect(
            lambda e: self.messages.set_message(
                "plugins", "error", self.tr("The tokenizer list could not be read: {0}").format(e)
            )
        )

    def _on_plugins(self, result: tuple[list[Any], dict[str, str | None]]) -> None:
        self._plugins, self._reasons = result
        self.tok_combo.blockSignals(True)
        self.tok_combo.clear()
        for p in self._plugins:
            self.tok_combo.addItem(p.name, p.id)
        self.tok_combo.blockSignals(False)
        self._update_tok_items()
        wanted = self._pending_tokenizer or ("whitespace", {})
        self._pending_tokenizer = None
        self.set_tokenizer(*wanted)

    def _update_tok_items(self) -> None:
        model = self.tok_combo.model()
        for i in range(self.tok_combo.count()):
            pid = self.tok_combo.itemData(i)
            info = next((p for p in self._plugins if p.id == pid), None)
            reason = self._reasons.get(pid)
            langs = ", ".join(info.languages) if info and info.languages else ""
            text = f"{plugin_text(info.name) if info else pid}" + (f"  [{langs}]" if langs else "")
            if reason:
                text += "  — " + self.tr("unavailable")
            self.tok_combo.setItemText(i, text)
            item = model.item(i)
            item.setEnabled(reason is None)
            item.setToolTip(reason or "")
            if reason:
                item.setForeground(QColor("#999999"))

    def set_tokenizer(self, tokenizer: str, options: dict[str, Any]) -> None:
        if not self._plugins:
            self._pending_tokenizer = (tokenizer, dict(options))
            return
        idx = self.tok_combo.findData(tokenizer)
        if idx < 0:
            self.messages.set_message(
                "tokenizer",
                "warning",
                self.tr("The tokenizer '{0}' is not installed; choose another one.").format(
                    tokenizer
                ),
            )
            return
        self.tok_combo.blockSignals(True)
        self.tok_combo.setCurrentIndex(idx)
        self.tok_combo.blockSignals(False)
        self._show_tokenizer(options)

    def tokenizer_id(self) -> str:
        return self.tok_combo.currentData() or "whitespace"

    def tokenizer_options(self) -> dict[str, Any]:
        return self.options.values()

    def _on_tokenizer(self, _index: int) -> None:
        self._show_tokenizer({})

    def _show_tokenizer(self, options: dict[str, Any]) -> None:
        pid = self.tokenizer_id()
        info = next((p for p in self._plugins if p.id == pid), None)
        self.options.set_schema(info.options if info else (), options)
        reason = self._reasons.get(pid)
        if reason:
            self.tok_status.setText(self.tr("Not available here: {0}").format(reason))
            self.tok_status.setStyleSheet("color: #a33;")
        else:
            self.tok_status.setText("")
        self.messages.clear_message("tokenizer")
        self._tokenizer_changed()

    def _on_options(self) -> None:
        self._tokenizer_changed()

    def _tokenizer_changed(self) -> None:
        self.stats.clear()
        self.tokenizer_changed.emit(self.tokenizer_id(), self.tokenizer_options())
        self.corpus_changed.emit()
        self._preview_timer.start()

    # ----------------------------------------------------------------- files
    def open_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open corpus files"),
            "",
            self.tr("Text files (*.txt *.csv *.tsv *.jsonl *.gz *.bz2 *.xz);;All files (*)"),
        )
        if paths:
            self.add_paths([Path(p) for p in paths])

    def open_folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of text files"))
        if path:
            self.add_paths([Path(path)])

    def add_paths(self, paths: list[Path | str]) -> None:
        for p in paths:
            s = str(Path(p).resolve())
            if s not in self._paths:
                self._paths.append(s)
                self.recent_added.emit(s)
        self._rescan()

    def paths(self) -> list[str]:
        return list(self._paths)

    def encoding_overrides(self) -> dict[str, str]:
        return dict(self._encodings)

    def column(self) -> str | None:
        return self.column_edit.text().strip() or None

    def json_field(self) -> str | None:
        return self.field_edit.text().strip() or None

    def clear(self) -> None:
        self._paths.clear()
        self._encodings.clear()
        self._scan = None
        self.table.setRowCount(0)
        self.stats.clear()
        self.messages.clear_all()
        self.stack.setCurrentIndex(0)
        self.corpus_changed.emit()

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        files = [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]
        # A folder's files are listed one by one; remove the file or the folder it came from.
        for f in files:
            self._paths = [p for p in self._paths if p != f and not f.startswith(p + "/")]
        if not self._paths:
            self.clear()
        else:
            self._rescan()

    def apply_project(self, project: Any) -> None:
        self._paths = [str(p) for p in project.corpus_files]
        self._encodings = dict(project.encodings)
        self.column_edit.setText(project.column or "")
        self.field_edit.setText(project.field or "")
        self.set_tokenizer(project.tokenizer, project.tokenizer_options)
        if self._paths:
            self._rescan()
        else:
            self.clear()

    def _on_example(self, path: str, column: object) -> None:
        self.column_edit.setText(str(column) if column else "")
        self.add_paths([Path(path)])

    def _rescan(self) -> None:
        if self._closed:
            return
        self.stats.clear()
        self.corpus_changed.emit()
        if not self._paths:
            return
        self.stack.setCurrentIndex(1)
        if self._scan_thread is not None:
            self._scan_thread.stop()
        paths, enc = list(self._paths), dict(self._encodings)
        column, field = self.column(), self.json_field()
        self.language_label.setText(self.tr("Reading the files…"))

        def work(report, cancel):
            return corpus_jobs.scan(paths, enc, column, field, report, cancel)

        t = self._start(work, self._on_scanned)
        t.failed.connect(self._on_scan_failed)
        self._scan_thread = t

    def _on_scan_failed(self, e: BaseException) -> None:
        self._scan = None
        self.messages.set_message("files", "error", str(e))
        self.language_label.setText("")

    def _on_scanned(self, result: corpus_jobs.ScanResult) -> None:
        from w2v_studio.core.corpus.encoding import SUPPORTED_ENCODINGS

        self._scan = result
        self.messages.clear_message("files")
        self.table.setRowCount(len(result.files))
        for row, f in enumerate(result.files):
            name = QTableWidgetItem(Path(f.path).name)
            name.setData(Qt.ItemDataRole.UserRole, f.path)
            name.setToolTip(f.path)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(self._kind_name(f.kind)))
            combo = QComboBox(self.table)
            for codec, label in SUPPORTED_ENCODINGS:
                combo.addItem(label, codec)
            if combo.findData(f.encoding) < 0:
                combo.addItem(f.encoding_label, f.encoding)
            combo.setCurrentIndex(combo.findData(f.encoding))
            combo.setToolTip(
                self.tr(
                    "Detected: {0} (confidence {1:.0%}). Change it if the "
                    "preview shows broken characters."
                ).format(f.encoding_label, f.confidence)
            )
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, p=f.path: self._set_encoding(p, c.currentData())
            )
            self.table.setCellWidget(row, 2, combo)
            size = QTableWidgetItem(human_size(f.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 3, size)
            lines = QTableWidgetItem("?" if f.lines is None else f"{f.lines:,}")
            lines.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 4, lines)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._update_language_label()
        if result.suggested and self.tokenizer_id() == "whitespace":
            self._use_suggested()
        self._preview_timer.start()

    def _kind_name(self, kind: str) -> str:
        names = {
            "text": self.tr("text"),
            "csv": self.tr("CSV"),
            "tsv": self.tr("TSV"),
            "jsonl": self.tr("JSON Lines"),
        }
        return names.get(kind, kind)

    def _set_encoding(self, path: str, codec: str) -> None:
        self._encodings[path] = codec
        self._rescan()

    def _update_language_label(self) -> None:
        names = {"ko": self.tr("Korean"), "zh": self.tr("Chinese"), "en": self.tr("English")}
        r = self._scan
        if r is None or r.language is None:
            self.language_label.setText(
                self.tr("Language: not recognised") if r is not None else ""
            )
            self.use_suggested.setVisible(False)
            return
        text = self.tr("Language (guessed from the script): {0}").format(names[r.language])
        if r.suggested:
            text += " — " + self.tr("suggested tokenizer: {0}").format(r.suggested)
        self.language_label.setText(text)
        self.use_suggested.setVisible(bool(r.suggested) and r.suggested != self.tokenizer_id())

    def _use_suggested(self) -> None:
        if self._scan and self._scan.suggested:
            self.set_tokenizer(self._scan.suggested, {})
            self._update_language_label()

    # ----------------------------------------------------------------- preview
    def refresh_preview(self) -> None:
        if self._closed:
            return
        if self._preview_thread is not None:
            self._preview_again = True
            return
        pid = self.tokenizer_id()
        if self._reasons.get(pid) or not self._plugins:
            self.preview_table.setRowCount(0)
            return
        options = self.tokenizer_options()
        texts = [self.sentence.text()] if self.sentence.text().strip() else []
        texts += [line[:160] for line in (self._scan.head if self._scan else ())][:6]

        def work(report, cancel):
            return [(t, corpus_jobs.preview(pid, options, t)) for t in texts]

        t = self._start(work, self._on_preview)
        t.failed.connect(
            lambda e: self.messages.set_message(
                "tokenizer", "error", self.tr("The tokenizer failed on the preview: {0}").format(e)
            )
        )
        t.finished.connect(self._after_preview)
        self._preview_thread = t

    def _after_preview(self) -> None:
        self._preview_thread = None
        if self._preview_again:
            self._preview_again = False
            self.refresh_preview()

    def _on_preview(self, rows: list[tuple[str, list[Any]]]) -> None:
        self.messages.clear_message("tokenizer")
        self.preview_table.setRowCount(len(rows))
        for i, (text, tokens) in enumerate(rows):
            shown = "  ".join(f"{t.text}/{t.tag}" if t.tag else t.text for t in tokens)
            self.preview_table.setItem(i, 0, QTableWidgetItem(text))
            item = QTableWidgetItem(shown)
            item.setToolTip(shown)
            self.preview_table.setItem(i, 1, item)
        self.preview_table.resizeRowsToContents()

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
        self.tokenize_failed.emit()

    def _on_tok_cancelled(self) -> None:
        self.messages.set_message("tokenize", "info", self.tr("Tokenizing was cancelled."))
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
        self.tokenized_ready.emit(result.tokenized, desc)

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
        self.welcome.shutdown()
        for t in list(self._threads):
            t.stop()
        for t in list(self._threads):
            t.wait(30_000)
