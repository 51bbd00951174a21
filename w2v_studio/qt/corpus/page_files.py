"""The Corpus page's files part: adding files and folders, scanning them, encodings, language.

A part of :class:`~w2v_studio.qt.corpus.page.CorpusPage` (mixed into it); its strings are
translated in the page's context.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from w2v_studio.qt.corpus import jobs as corpus_jobs
from w2v_studio.qt.shell.file_dialogs import open_files, open_folder
from w2v_studio.qt.shell.formatting import human_size


class CorpusFilesPart:
    """Files table, CSV column / JSON field, language guess and the suggested tokenizer."""

    def _build_files_box(self) -> None:
        """The files table with its buttons, CSV/JSON fields and the language guess."""
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
        self.replace_check = QCheckBox(self)  # undecodable bytes -> U+FFFD instead of an error
        self.replace_check.toggled.connect(self._rescan)
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
        fb.addWidget(self.replace_check)
        lrow = QHBoxLayout()
        lrow.addWidget(self.language_label, 1)
        lrow.addWidget(self.use_suggested)
        fb.addLayout(lrow)

    # ----------------------------------------------------------------- files
    def open_files_dialog(self) -> None:
        paths = open_files(
            self,
            self.tr("Open corpus files"),
            self.tr("Text files (*.txt *.csv *.tsv *.jsonl *.gz *.bz2 *.xz);;All files (*)"),
        )
        if paths:
            self.add_paths(paths)

    def open_folder_dialog(self) -> None:
        path = open_folder(self, self.tr("Open a folder of text files"))
        if path:
            self.add_paths([path])

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
        self.tokenizer_chosen = False  # a new corpus: its language decides again
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
        self.tokenizer_chosen = True  # the project's tokenizer was chosen by its author

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
        errors = "replace" if self.replace_check.isChecked() else "strict"
        self.language_label.setText(self.tr("Reading the files…"))

        def work(report, cancel):
            return corpus_jobs.scan(paths, enc, column, field, report, cancel, errors=errors)

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
        if result.replaced_note:
            self.messages.set_message("files", "warning", result.replaced_note)
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
        if result.suggested and not self.tokenizer_chosen:  # follow the language found
            self._use_suggested()
        self._preview_timer.start()
        self._pick_up_cached()

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

