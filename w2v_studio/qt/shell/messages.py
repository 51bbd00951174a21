"""MessageBar: inline error / warning / info messages shown inside a page (never dialogs).

``MessageBar.set_message(..., details=...)`` adds a "Show details" link that unfolds technical
details (a traceback) under the plain message; ``plain_error`` (in ``errors``) turns an
exception into such a message.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
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
        self._details: dict[str, str] = {}
        self._unfolded: set[str] = set()
        self._labels: dict[str, QLabel] = {}
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
        self._show_text(key)
        label.setStyleSheet(f"QLabel {{ {_STYLE[level]} border-radius:4px; padding:6px; }}")
        label.setAccessibleName(f"{level} message")
        self._relayout()

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
            html += f' <a href="details">{link}</a><pre>{escape(details)}</pre>'
        else:
            html += f' <a href="details">{self.tr("Show details")}</a>'
        label.setText(html)

    def clear_message(self, key: str) -> None:
        if key in self._messages:
            del self._messages[key]
            self._details.pop(key, None)
            self._unfolded.discard(key)
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
        return "\n".join(self._messages[k][1] for k in self._sorted_keys())

    def _sorted_keys(self) -> list[str]:
        return sorted(self._messages, key=lambda k: _ORDER[self._messages[k][0]])

    def _relayout(self) -> None:
        for label in self._labels.values():
            self._layout.removeWidget(label)
        for key in self._sorted_keys():
            self._layout.addWidget(self._labels[key])
            self._labels[key].show()
        self.setVisible(bool(self._messages))


@dataclass(frozen=True)
class PlainError:
    """An error as the window shows it: a plain message and, for surprises, the details."""

    text: str
    details: str | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


# Exceptions that only a fault in the code raises: their text ("'NoneType' object has no
# attribute 'x'") means nothing to a user. (ValueError, RuntimeError and OSError usually
# carry a message written for people, so they keep theirs.)
PROGRAMMING_ERRORS: tuple[type[BaseException], ...] = (
    AttributeError, TypeError, KeyError, IndexError, NameError, AssertionError,
    ArithmeticError, NotImplementedError, RecursionError,
)  # fmt: skip


class UnexpectedProblem(Exception):
    """Stands in for a programming error raised in a worker thread: ``str()`` is a plain
    sentence naming the error log, ``details`` the traceback (also written to the log)."""

    def __init__(self, original: BaseException) -> None:
        self.original = original
        self.details = "".join(
            traceback.format_exception(type(original), original, original.__traceback__)
        )
        self.log = write_error_log(self.details)
        text = _tr(
            "an unexpected problem stopped it (a fault in Word2Vec Studio or a plugin, or "
            "input it did not expect). Your work is still open: try again"
        )
        if self.log is not None:
            text += _tr(", and if it happens again, report the details written to {0}").format(
                self.log
            )
        super().__init__(text + ".")


def reportable(e: BaseException) -> BaseException:
    """``e``, or an ``UnexpectedProblem`` in its place when it is a programming error."""
    if isinstance(e, PROGRAMMING_ERRORS) and not type(e).__module__.startswith("w2v_studio."):
        return UnexpectedProblem(e)
    return e


def plain_error(e: BaseException, path: str | Path | None, doing: str) -> PlainError:
    """Say in plain words what failed with which file and what to do; never a class name.

    ``doing`` completes "… could not …", e.g. "be opened as a model". Errors raised by
    Word2Vec Studio itself already carry such a message; file-system errors get their
    reason (permission, missing, full disk); anything else gets a generic message, and the
    traceback goes to ``details`` and to the error log.
    """
    where = str(path) if path is not None else getattr(e, "filename", None) or _tr("The file")
    text = str(e).strip()
    if text and type(e).__module__.startswith("w2v_studio.") and not isinstance(
        e, UnexpectedProblem
    ):
        if path is None or str(path) in text or Path(str(path)).name in text:
            return PlainError(text)
        return PlainError(_tr("{0} could not {1}: {2}").format(where, doing, text))
    if isinstance(e, OSError):
        reason = e.strerror or _tr("the system refused it")
        return PlainError(
            _tr(
                "{0} could not {1}: {2}. Check that it exists, that you may read and write "
                "there and that the disk has room, then try again."
            ).format(where, doing, reason.lower() if reason[:1].isupper() else reason)
        )
    if isinstance(e, UnicodeDecodeError):
        return PlainError(
            _tr(
                "{0} could not {1}: it is not a text file in UTF-8 (byte {2}). Choose a file "
                "written by Word2Vec Studio or saved as UTF-8 text."
            ).format(where, doing, e.start)
        )
    if isinstance(e, MemoryError):
        return PlainError(
            _tr(
                "{0} could not {1}: the computer ran out of memory. Close other programs or "
                "use a smaller file, then try again."
            ).format(where, doing)
        )
    problem = e if isinstance(e, UnexpectedProblem) else UnexpectedProblem(e)
    head = _tr(
        "{0} could not {1}. The file may be damaged or not meant for Word2Vec Studio: check "
        "that it is the right one."
    ).format(where, doing)
    return PlainError(f"{head} {_capital(str(problem))}", problem.details)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def unexpected_error(details: str, log: Path | None) -> PlainError:
    """The message for an error no code path expected (the global exception hook)."""
    text = _tr(
        "Something went wrong inside Word2Vec Studio. Your work is still open: save it, "
        "then try again."
    )
    if log is not None:
        text += " " + _tr(
            "The details were written to {0}; please report them if it happens again."
        ).format(log)
    return PlainError(text, details)


def error_log_path() -> Path:
    from w2v_studio.core.workspace.downloads import default_cache_dir

    return default_cache_dir() / "logs" / "errors.log"


def write_error_log(details: str) -> Path | None:
    """Append ``details`` to the app's error log; its path, or None when it cannot be written."""
    path = error_log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')}\n{details}\n")
    except OSError:
        return None
    return path
