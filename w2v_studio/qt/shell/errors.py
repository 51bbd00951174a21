"""Errors in plain words: what failed, with which file, and what to do; never a class name.

``plain_error`` is for the File-menu actions (models, vectors, projects); ``reportable``
replaces a programming error (AttributeError, KeyError, ...) raised in a worker thread with
an ``UnexpectedProblem`` whose text every page can show; ``unexpected_error`` is the message
of the global exception hook. Tracebacks go to the error log and to folded details
(``MessageBar.set_message(..., details=...)``).
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class PlainError:
    """An error as the window shows it: a plain message and, for surprises, the details."""

    text: str
    details: str | None = None


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
        text = QCoreApplication.translate(
            "Errors",
            "an unexpected problem stopped it (a fault in Word2Vec Studio or a plugin, or "
            "input it did not expect). Your work is still open: try again",
        )
        if self.log is not None:
            text += QCoreApplication.translate(
                "Errors", ", and if it happens again, report the details written to {0}"
            ).format(self.log)
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
    where = (
        str(path)
        if path is not None
        else getattr(e, "filename", None) or QCoreApplication.translate("Errors", "The file")
    )
    text = str(e).strip()
    if (
        text
        and type(e).__module__.startswith("w2v_studio.")
        and not isinstance(e, UnexpectedProblem)
    ):
        if path is None or str(path) in text or Path(str(path)).name in text:
            return PlainError(text)
        return PlainError(
            QCoreApplication.translate("Errors", "{0} could not {1}: {2}").format(
                where, doing, text
            )
        )
    if isinstance(e, OSError):
        reason = e.strerror or QCoreApplication.translate("Errors", "the system refused it")
        return PlainError(
            QCoreApplication.translate(
                "Errors",
                "{0} could not {1}: {2}. Check that it exists, that you may read and write "
                "there and that the disk has room, then try again.",
            ).format(where, doing, reason.lower() if reason[:1].isupper() else reason)
        )
    if isinstance(e, UnicodeDecodeError):
        return PlainError(
            QCoreApplication.translate(
                "Errors",
                "{0} could not {1}: it is not a text file in UTF-8 (byte {2}). Choose a file "
                "written by Word2Vec Studio or saved as UTF-8 text.",
            ).format(where, doing, e.start)
        )
    if isinstance(e, MemoryError):
        return PlainError(
            QCoreApplication.translate(
                "Errors",
                "{0} could not {1}: the computer ran out of memory. Close other programs or "
                "use a smaller file, then try again.",
            ).format(where, doing)
        )
    problem = e if isinstance(e, UnexpectedProblem) else UnexpectedProblem(e)
    head = QCoreApplication.translate(
        "Errors",
        "{0} could not {1}. The file may be damaged or not meant for Word2Vec Studio: check "
        "that it is the right one.",
    ).format(where, doing)
    return PlainError(f"{head} {_capital(str(problem))}", problem.details)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def unexpected_error(details: str, log: Path | None) -> PlainError:
    """The message for an error no code path expected (the global exception hook)."""
    text = QCoreApplication.translate(
        "Errors",
        "Something went wrong inside Word2Vec Studio. Your work is still open: save it, "
        "then try again.",
    )
    if log is not None:
        text += " " + QCoreApplication.translate(
            "Errors", "The details were written to {0}; please report them if it happens again."
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
