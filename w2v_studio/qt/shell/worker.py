"""Worker threads: the training generator and blocking calls, reported through Qt signals."""

from __future__ import annotations

import os
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal

from w2v_studio.core.engine.events import Failed
from w2v_studio.qt.shell.errors import reportable, write_error_log


class TrainThread(QThread):
    """Runs ``train(config, sentences, cancel=..., init=...)`` and emits each event.

    Widgets are never touched here: every event crosses to the GUI thread as a queued signal.
    ``stop()`` sets the engine's cooperative cancel flag; the engine then yields ``Cancelled``
    with the partial model.
    """

    event = Signal(object)

    def __init__(
        self,
        make_events: Callable[[threading.Event], Iterator[Any]],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._make_events = make_events
        self.cancel = threading.Event()
        # Called in this thread with the final model (e.g. to build the query vectors), so
        # that the GUI thread only has to show the result; read ``prepared`` on the event.
        self.prepare: Callable[[Any], Any] | None = None
        self.prepared: Any = None

    def stop(self) -> None:
        self.cancel.set()

    def run(self) -> None:
        lower_priority()  # the engine's threads, started from this one, inherit it
        try:
            for ev in self._make_events(self.cancel):
                model = getattr(ev, "model", None)
                if model is not None and self.prepare is not None:
                    self.prepared = self.prepare(model)  # heavy work off the GUI thread
                self.event.emit(ev)
        except MemoryError:
            self.event.emit(
                Failed(
                    "The computer ran out of memory. Use fewer vector dimensions, a higher "
                    "min_count or a smaller corpus, then press Start again."
                )
            )
        except Exception as e:  # the engine raised instead of yielding Failed
            self.event.emit(Failed(_plain(e)))
            traceback.print_exc()


class CallThread(QThread):
    """Runs ``fn(report, cancel)`` in a thread; ``report(value)`` emits ``progress`` at most
    ``rate`` times per second (values reported in between are dropped); the result comes with
    ``succeeded``."""

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception (programming errors as ``UnexpectedProblem``)
    cancelled = Signal()

    def __init__(
        self,
        fn: Callable[[Callable[[Any], None], threading.Event], Any],
        parent=None,
        rate: float = 10.0,
        cancel_types: Iterable[type[BaseException]] = (),
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._min_gap = 1.0 / rate
        self._last = 0.0
        self._cancel_types = tuple(cancel_types)
        self.cancel = threading.Event()

    def stop(self) -> None:
        self.cancel.set()

    def _report(self, value: Any) -> None:
        now = time.monotonic()
        if now - self._last >= self._min_gap:
            self._last = now
            self.progress.emit(value)

    def run(self) -> None:
        try:
            result = self._fn(self._report, self.cancel)
        except Exception as e:
            if isinstance(e, self._cancel_types) or self.cancel.is_set():
                self.cancelled.emit()
            else:  # a programming error's text means nothing to a user: plain words instead
                self.failed.emit(reportable(e))
            return
        if self.cancel.is_set() and result is None:
            self.cancelled.emit()
        else:
            self.succeeded.emit(result)


def lower_priority(niceness: int = 5) -> None:
    """Make this thread (and threads it starts) yield the CPU to the GUI thread.

    On Linux a thread has its own nice value, inherited by the threads it creates; the GUI
    thread keeps the normal priority, so it is scheduled first when it needs to draw.
    Elsewhere this does nothing.
    """
    if not hasattr(os, "setpriority") or not sys.platform.startswith("linux"):
        return
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, max(os.getpriority(os.PRIO_PROCESS, tid), niceness))
    except OSError:
        pass


def _plain(e: BaseException) -> str:
    """What the Train page shows when the engine raised: plain words, never a class name."""
    text = str(e).strip()
    if text and type(e).__module__.startswith("w2v_studio."):  # our errors say what to do
        return QCoreApplication.translate("TrainThread", "Training stopped: {0}").format(text)
    if isinstance(e, OSError):
        return QCoreApplication.translate(
            "TrainThread",
            "Training stopped: {0} could not be read or written ({1}). Check that it exists "
            "and that the disk has room, then press Start again.",
        ).format(e.filename or QCoreApplication.translate("TrainThread", "a file"), e.strerror)
    log = write_error_log("".join(traceback.format_exception(type(e), e, e.__traceback__)))
    message = QCoreApplication.translate(
        "TrainThread",
        "Training stopped because of an unexpected problem. Your settings and corpus are "
        "kept: press Start to try again.",
    )
    if log is not None:
        message += " " + QCoreApplication.translate(
            "TrainThread", "The details were written to {0}."
        ).format(log)
    return message


def stop_thread(thread: QThread | None, wait: bool = False) -> None:
    """Ask a worker thread (if any) to stop; with ``wait``, until it has (window closing)."""
    if thread is not None:
        thread.stop()
        if wait:
            thread.wait()
