"""MessageBar: inline error / warning / info messages shown inside a page (never dialogs)."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

Level = Literal["error", "warning", "info"]

_STYLE = {
    "error": "background:#fde2e1; border:1px solid #e0a09c; color:#5c1a16;",
    "warning": "background:#fff4d6; border:1px solid #e3c46f; color:#4d3b05;",
    "info": "background:#e3eefc; border:1px solid #9dbbe6; color:#17325c;",
}
_ORDER = {"error": 0, "warning": 1, "info": 2}


class MessageBar(QWidget):
    """A stack of keyed messages; each key shows at most one message.

    Pages call ``set_message("tokenizer", "error", text)`` and ``clear_message("tokenizer")``;
    tests read ``visible_text()`` or ``level_of(key)``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._messages: dict[str, tuple[Level, str]] = {}
        self._labels: dict[str, QLabel] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.setVisible(False)

    def set_message(self, key: str, level: Level, text: str) -> None:
        """Show (or replace) the message called ``key``."""
        self._messages[key] = (level, text)
        label = self._labels.get(key)
        if label is None:
            label = QLabel(self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            self._labels[key] = label
        label.setText(text)
        label.setStyleSheet(f"QLabel {{ {_STYLE[level]} border-radius:4px; padding:6px; }}")
        label.setAccessibleName(f"{level} message")
        self._relayout()

    def clear_message(self, key: str) -> None:
        if key in self._messages:
            del self._messages[key]
            label = self._labels.pop(key)
            self._layout.removeWidget(label)
            label.deleteLater()
            self._relayout()

    def clear_all(self) -> None:
        for key in list(self._messages):
            self.clear_message(key)

    def level_of(self, key: str) -> Level | None:
        item = self._messages.get(key)
        return item[0] if item else None

    def visible_text(self) -> str:
        """All messages currently shown, one per line (errors first)."""
        if not self.isVisibleTo(self.parentWidget() or self) and not self._messages:
            return ""
        return "\n".join(self._labels[k].text() for k in self._sorted_keys())

    def _sorted_keys(self) -> list[str]:
        return sorted(self._messages, key=lambda k: _ORDER[self._messages[k][0]])

    def _relayout(self) -> None:
        for label in self._labels.values():
            self._layout.removeWidget(label)
        for key in self._sorted_keys():
            self._layout.addWidget(self._labels[key])
            self._labels[key].show()
        self.setVisible(bool(self._messages))
