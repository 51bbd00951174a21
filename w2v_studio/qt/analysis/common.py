"""What the Analyse page's parts share: a message bar, one background job at a time."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QPushButton, QTableWidget, QTableWidgetItem, QWidget

from w2v_studio.qt.shell.i18n import Retranslating
from w2v_studio.qt.shell.messages import MessageBar
from w2v_studio.qt.shell.worker import CallThread

Work = Callable[[Callable[[Any], None], threading.Event], Any]


class AnalysisPart(Retranslating, QWidget):
    """A part with a Run button (``run_button``) whose work runs off the GUI thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messages = MessageBar(self)
        self.run_button = QPushButton()
        self._thread: CallThread | None = None
        self._on_done: Callable[[Any], None] | None = None

    # --------------------------------------------------------------- jobs
    def start(self, work: Work, on_done: Callable[[Any], None]) -> None:
        self.shutdown()
        self.messages.clear_message("run")
        t = CallThread(work, self)
        t.succeeded.connect(self._succeeded)
        t.failed.connect(self._failed)
        t.cancelled.connect(lambda: self._busy(False))
        self._thread, self._on_done = t, on_done
        self._busy(True)
        t.start()

    def busy(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def shutdown(self) -> None:
        t = self._thread
        if t is not None and t.isRunning():
            t.stop()
            t.wait(60000)
        self._thread = None
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        self.run_button.setEnabled(not busy)

    def _succeeded(self, result: Any) -> None:
        if self.sender() is not self._thread:
            return
        self._thread = None
        self._busy(False)
        if self._on_done is not None:
            self._on_done(result)

    def _failed(self, e: BaseException) -> None:
        self._thread = None
        self._busy(False)
        self.error(str(e))

    def error(self, text: str) -> None:
        self.messages.set_message("run", "error", text)

    # --------------------------------------------------------------- language

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[Any]]) -> None:
    """Replace a table's contents; floats shown with 3 decimals."""
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            text = f"{value:.3f}" if isinstance(value, float) else str(value)
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
