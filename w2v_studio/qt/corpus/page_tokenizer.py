"""The Corpus page's tokenizer part: the plugin list, options, and the live preview.

A part of :class:`~w2v_studio.qt.corpus.page.CorpusPage` (mixed into it); its strings are
translated in the page's context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from w2v_studio.qt.corpus import jobs as corpus_jobs
from w2v_studio.qt.corpus.options_form import OptionsForm, plugin_text


class TokenizerPart:
    """Which tokenizer, with which options, and what it makes of a few lines."""

    def _build_tokenizer_box(self) -> None:
        """The tokenizer list, its status and its options form."""
        self.tok_box = QGroupBox(self)
        self.tok_combo = QComboBox(self)
        self.tok_combo.setObjectName("tokenizer")
        self.tok_combo.currentIndexChanged.connect(self._on_tokenizer)
        # chosen by the user (not by a project or the language guess): kept for new corpora
        self.tok_combo.activated.connect(lambda _i: setattr(self, "tokenizer_chosen", True))
        self.tokenizer_chosen = False
        self.tok_status = QLabel(self)
        self.tok_status.setWordWrap(True)
        self.options = OptionsForm(self)
        self.options.changed.connect(self._on_options)
        tl = QFormLayout(self.tok_box)
        self.tok_label = QLabel(self)
        tl.addRow(self.tok_label, self.tok_combo)
        tl.addRow(self.tok_status)
        tl.addRow(self.options)

    def _build_preview_box(self) -> None:
        """A sentence to try and the tokens of the first lines, updated as you type."""
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
        self._pick_up_cached()

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
            # word joiners keep "word/TAG" on one line when the cell wraps
            shown = "  ".join(f"{t.text}\u2060/\u2060{t.tag}" if t.tag else t.text for t in tokens)
            self.preview_table.setItem(i, 0, QTableWidgetItem(text))
            item = QTableWidgetItem(shown)
            item.setToolTip(shown)
            self.preview_table.setItem(i, 1, item)
        self.preview_table.resizeRowsToContents()

