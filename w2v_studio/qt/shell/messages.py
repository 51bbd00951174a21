"""MessageBar: inline error / warning / info messages shown inside a page (never dialogs).

``MessageBar.set_message(..., details=...)`` adds a "Show details" link that unfolds technical
details (a traceback) under the plain message; ``qt.shell.errors.plain_error`` turns an
exception into such a message.
"""

from __future__ import annotations

from html import escape
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

Level = Literal["error", "warning", "info"]

_STYLE = {
    "error": "background:#fde2e1; border:1px solid #e0a09c; color:#5c1a16;",
    "warning": "background:#fff4d6; border:1px solid #e3c46f; color:#4d3b05;",
    "info": "background:#e3eefc; border:1px solid #9dbbe6; color:#17325c;",
}
_ORDER = {"error": 0, "warning": 1, "info": 2}
DETAIL_LINES = 24  # unfolded details show at most this many last lines (the log has all)


class MessageBar(QWidget):
    """A stack of keyed messages; each key shows at most one message.

    Pages call ``set_message("tokenizer", "error", text)`` and ``clear_message("tokenizer")``;
    tests read ``visible_text()`` or ``level_of(key)``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._messages: dict[str, tuple[Level, str]] = {}
        self._details: dict[str, str] = {}
        self._unfolded: set[str] = set()
        self._labels: dict[str, QLabel] = {}
        self._rows: dict[str, QWidget] = {}  # the label and its close button
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.setVisible(False)

    def set_message(self, key: str, level: Level, text: str, details: str | None = None) -> None:
        """Show (or replace) the message called ``key``; ``details`` (technical text) stays
        folded under a "Show details" link."""
        self._messages[key] = (level, text)
        self._unfolded.discard(key)
        if details:
            self._details[key] = details
        else:
            self._details.pop(key, None)
        label = self._labels.get(key)
        if label is None:
            label = QLabel(self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByMouse
            )
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.linkActivated.connect(lambda _link, k=key: self.toggle_details(k))
            self._labels[key] = label
            self._rows[key] = self._row(key, label)
        self._show_text(key)
        label.setStyleSheet(f"QLabel {{ {_STYLE[level]} border-radius:4px; padding:6px; }}")
        label.setAccessibleName(f"{level} message")
        self._relayout()

    def _row(self, key: str, label: QLabel) -> QWidget:
        """The message with a small × that closes it (the user has read it)."""
        row = QWidget(self)
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(label, 1)
        close = QToolButton(row)
        close.setObjectName("close_message")
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close this message"))
        close.clicked.connect(lambda: self.clear_message(key))
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def close_button(self, key: str) -> QToolButton | None:
        row = self._rows.get(key)
        return row.findChild(QToolButton, "close_message") if row is not None else None

    def toggle_details(self, key: str) -> None:
        """Unfold (or fold again) the details of message ``key``."""
        if key in self._details:
            self._unfolded ^= {key}
            self._show_text(key)

    def details_of(self, key: str) -> str | None:
        return self._details.get(key)

    def details_shown(self, key: str) -> bool:
        return key in self._unfolded

    def shown_text(self, key: str) -> str:
        """What the label of message ``key`` shows now (rich text when it has details)."""
        label = self._labels.get(key)
        return label.text() if label is not None else ""

    def _show_text(self, key: str) -> None:
        label, text = self._labels[key], self._messages[key][1]
        details = self._details.get(key)
        if details is None:
            label.setTextFormat(Qt.TextFormat.AutoText)
            label.setText(text)
            return
        label.setTextFormat(Qt.TextFormat.RichText)
        html = escape(text).replace("\n", "<br>")
        if key in self._unfolded:
            link = self.tr("Hide details")
            lines = details.rstrip().splitlines()
            if len(lines) > DETAIL_LINES:  # the end of a traceback says the most
                lines = ["…", *lines[-DETAIL_LINES:]]
            html += f' <a href="details">{link}</a><pre>{escape(chr(10).join(lines))}</pre>'
        else:
            link = self.tr("Show details")
            html += f' <a href="details">{link}</a>'
        label.setText(html)

    def clear_message(self, key: str) -> None:
        if key in self._messages:
            del self._messages[key]
            self._details.pop(key, None)
            self._unfolded.discard(key)
            self._labels.pop(key)
            row = self._rows.pop(key)
            self._layout.removeWidget(row)
            row.deleteLater()
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
        return "\n".join(self._messages[k][1] for k in self._sorted_keys())

    def _sorted_keys(self) -> list[str]:
        return sorted(self._messages, key=lambda k: _ORDER[self._messages[k][0]])

    def _relayout(self) -> None:
        for row in self._rows.values():
            self._layout.removeWidget(row)
        for key in self._sorted_keys():
            self._layout.addWidget(self._rows[key])
            self._rows[key].show()
        self.setVisible(bool(self._messages))
