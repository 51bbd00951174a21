"""'Get standard sets…': choose published evaluation sets, read their citations, download them
(checked, into the cache folder) and add them to the Evaluate page."""

from __future__ import annotations

import html
import os
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.core.evaluate.common import EvaluationFileError
from w2v_studio.core.evaluate.standard_sets import (
    STANDARD_SETS,
    StandardSet,
    fetch_set,
    sets_folder,
)
from w2v_studio.core.workspace.downloads import DownloadCancelled, DownloadError
from w2v_studio.qt.shell.messages import MessageBar
from w2v_studio.qt.shell.worker import CallThread


class StandardSetsDialog(QDialog):
    """Tick sets and press 'Download and add'; ``fetched`` carries the converted files."""

    fetched = Signal(list)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        sets: Sequence[StandardSet] = STANDARD_SETS,
        cache_dir: str | os.PathLike | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Standard evaluation sets"))
        self.sets = list(sets)
        self.cache_dir = cache_dir
        self._thread: CallThread | None = None
        self.messages = MessageBar(self)
        intro = QLabel(self.tr(
            "Published word-similarity and analogy sets, downloaded from their public "
            "repositories into the cache folder ({0}) and checked against their known "
            "checksums. Cite the paper of each set you report results on.").format(
            sets_folder(cache_dir)))  # fmt: skip
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.sets), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Set"), self.tr("Language"),
                                              self.tr("Kind"), self.tr("In the cache"),
                                              self.tr("Licence")])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self._fill()
        self.citation = QTextBrowser()
        self.citation.setOpenExternalLinks(True)
        self.citation.setMinimumHeight(110)
        self.citation.setMaximumHeight(150)
        self.table.currentCellChanged.connect(lambda r, *_: self.show_citation(r))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        buttons = QDialogButtonBox()
        self.get_button = QPushButton(self.tr("Download and add"))
        buttons.addButton(self.get_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.get_button.clicked.connect(self.download_checked)
        self.close_button.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        for w in (self.messages, intro, self.table, QLabel(self.tr("Citation:")), self.citation,
                  self.progress, buttons):  # fmt: skip
            lay.addWidget(w, 1 if w is self.table else 0)
        self.resize(820, 560)
        self.table.setCurrentCell(0, 0)
        self.show_citation(0)

    def _fill(self) -> None:
        languages = {"ko": self.tr("Korean"), "zh": self.tr("Chinese"), "en": self.tr("English")}
        kinds = {"similarity": self.tr("similarity"), "analogy": self.tr("analogy")}
        for r, s in enumerate(self.sets):
            name = QTableWidgetItem(s.name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Unchecked)
            name.setData(Qt.ItemDataRole.UserRole, s.id)
            self.table.setItem(r, 0, name)
            cached = (sets_folder(self.cache_dir) / s.file_name).is_file()
            for c, text in enumerate((languages.get(s.language, s.language), kinds[s.kind],
                                      self.tr("yes") if cached else "", s.license), start=1):
                self.table.setItem(r, c, QTableWidgetItem(text))  # fmt: skip
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def show_citation(self, row: int) -> None:
        if not 0 <= row < len(self.sets):
            return
        s = self.sets[row]
        url = html.escape(s.url)
        self.citation.setHtml(
            f"<b>{html.escape(s.name)}</b><br>{html.escape(s.citation)}<br>"
            + self.tr("Source: {0}").format(f'<a href="{url}">{url}</a>') + "<br>"
            + self.tr("Licence: {0}").format(html.escape(s.license))
        )

    def checked(self) -> list[StandardSet]:
        return [s for r, s in enumerate(self.sets)
                if self.table.item(r, 0).checkState() == Qt.CheckState.Checked]  # fmt: skip

    def set_checked(self, ids: Sequence[str]) -> None:
        for r, s in enumerate(self.sets):
            state = Qt.CheckState.Checked if s.id in ids else Qt.CheckState.Unchecked
            self.table.item(r, 0).setCheckState(state)

    def download_checked(self) -> None:
        chosen = self.checked()
        if not chosen:
            self.messages.set_message("get", "error", self.tr("Tick at least one set first."))
            return
        self.messages.clear_all()
        cache = self.cache_dir

        def work(report, cancel: threading.Event) -> tuple[list[Path], list[str]]:
            done: list[Path] = []
            errors: list[str] = []
            for i, s in enumerate(chosen):
                def progress(got: int, total: int | None, i: int = i) -> None:
                    report((i + (got / total if total else 0.0)) / len(chosen))

                try:
                    done.append(fetch_set(s, cache, on_progress=progress, cancel=cancel))
                except (DownloadError, EvaluationFileError, OSError) as e:
                    errors.append(f"{s.name}: {e}")
            return done, errors

        t = CallThread(work, self, cancel_types=(DownloadCancelled,))
        t.progress.connect(lambda f: self.progress.setValue(int(1000 * f)))
        t.succeeded.connect(self._done)
        t.failed.connect(lambda e: self._finish([], [str(e)]))
        t.cancelled.connect(lambda: self._finish([], []))
        self._thread = t
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.get_button.setEnabled(False)
        t.start()

    def _done(self, result: tuple[list[Path], list[str]]) -> None:
        self._finish(*result)

    def _finish(self, done: list[Path], errors: list[str]) -> None:
        self._thread = None
        self.progress.setVisible(False)
        self.get_button.setEnabled(True)
        if errors:
            self.messages.set_message("get", "error", "\n".join(errors))
        if done:
            self._fill()  # the 'In the cache' column
            self.set_checked([s.id for s in self.sets if sets_folder(self.cache_dir) / s.file_name
                              in done])  # fmt: skip
            self.fetched.emit(done)
            self.messages.set_message("done", "info", self.tr(
                "{0} set(s) added to the evaluation files.").format(len(done)))  # fmt: skip

    def reject(self) -> None:
        t = self._thread
        if t is not None and t.isRunning():
            t.stop()
            t.wait(30000)
        super().reject()
