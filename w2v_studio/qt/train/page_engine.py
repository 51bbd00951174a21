"""The Train page's engine part: which devices exist, loading the kernels in the background, and
the events of a run (one process or several).

A part of :class:`~w2v_studio.qt.train.page.TrainPage` (mixed into it); its strings are
translated in the page's context.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.qt.shell.worker import CallThread, lower_priority

_BACKGROUND: set[CallThread] = set()


def _detached(thread: CallThread) -> CallThread:
    """A thread that outlives the page that started it: it is kept until it has finished, and
    the process waits for it before exiting, so closing the window during the start-up imports
    never destroys a running QThread (which aborts the process)."""
    _BACKGROUND.add(thread)
    thread.finished.connect(lambda: _BACKGROUND.discard(thread))
    return thread


@atexit.register
def _wait_background(ms: int = 30_000) -> None:
    for thread in list(_BACKGROUND):
        thread.wait(ms)


def training_events(config: TrainConfig, sentences: Iterable[list[str]], tokenized: Any,
                    init: Any, cancel: threading.Event) -> Iterator[Any]:
    """The run's events (in the worker thread): doc2vec, or ``config.processes`` processes
    (their ranks are spawned, fresh interpreters that never import Qt), or this process."""
    if config.method == "doc2vec":  # a vector per line too (Explore > Documents)
        from w2v_studio.core.engine.doc2vec import train_sentences

        return train_sentences(config, sentences, cancel=cancel, init=init, tokenized=tokenized)
    if config.processes > 1:
        from w2v_studio.core.engine.torchrun import across_processes

        return across_processes(config, sentences, config.processes, cancel=cancel)
    from w2v_studio.core.engine.trainer import train

    return train(config, sentences, cancel=cancel, init=init)


class EnginePart:
    """Devices found (in a thread: it may import torch) and the kernels' warm-up."""

    def _detect_devices(self) -> None:
        """Ask core.device in a thread (it may import torch, which takes seconds)."""

        def work(report, cancel):
            from w2v_studio.core.engine.device import available_devices

            return available_devices()

        t = _detached(CallThread(work))
        t.succeeded.connect(self._on_devices)
        t.finished.connect(self._warm_up)  # after it, found or not: one import at a time
        self._device_thread = t
        t.start()

    def _warm_up(self) -> None:
        """Load the engine's compiled kernels in a low-priority thread (see core.warmup)."""
        if self._warm_thread is not None:
            return

        def work(report, cancel):
            lower_priority()
            from w2v_studio.core.engine.warmup import warm_up

            return warm_up()

        t = _detached(CallThread(work))  # a failure shows again, plainly, in a real run
        self._warm_thread = t
        t.start()

    def engine_ready(self) -> bool:
        """True once the background warm-up has loaded the kernels (or given up)."""
        t = self._warm_thread
        return t is not None and t.isFinished()

    def _on_devices(self, devices: list[Any]) -> None:
        self._devices = devices
        self.form.set_devices(devices)
        self._update_device_label()

    def _update_device_label(self) -> None:
        if self._devices is None:
            self.device_label.setText(self.tr("Looking for graphics cards…"))
            return
        parts = []
        for d in self._devices:
            if d.available:
                parts.append(self.tr("{0}: available").format(d.label))
            else:
                reason = QCoreApplication.translate("Devices", d.reason or "")
                parts.append(self.tr("{0}: not available ({1})").format(d.label, reason))
        self.device_label.setText(self.tr("Devices found: {0}").format("; ".join(parts)))
