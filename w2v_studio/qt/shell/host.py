"""What the File-menu helpers (models, projects) need of the window that hosts them.

A protocol, so that ``model_io`` and ``projects`` need not import ``main_window``, which
creates them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QTabWidget, QWidget

    from w2v_studio.qt.shell.messages import MessageBar
    from w2v_studio.qt.shell.state import AppState


class WindowHost(Protocol):
    """The main window as its File-menu helpers see it."""

    state: AppState
    messages: MessageBar
    tabs: QTabWidget
    explore_page: QWidget

    def add_recent(self, kind: str, path: str | Path) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)
