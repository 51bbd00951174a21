"""The training time shown on the Corpus page, measured on this computer: a one-second probe
run with the Train page's settings on the first lines of the tokenized corpus
(``core.engine.speed_probe``), in a background thread, again when a setting that changes the
speed changes. Until a probe has answered, the page shows the rough formula's guess."""

from __future__ import annotations

import dataclasses
import json
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.qt.shell.worker import CallThread, lower_priority

# settings that do not change the speed of a run (epochs scale the time; the rest is schedule)
_SPEED_NEUTRAL = ("epochs", "alpha", "min_alpha", "seed", "tokenizer", "tokenizer_options")


def speed_key(config: TrainConfig) -> str:
    d = {k: v for k, v in dataclasses.asdict(config).items() if k not in _SPEED_NEUTRAL}
    return json.dumps(d, sort_keys=True, default=str)


class MeasuredEstimate(QObject):
    """``measured(probe)`` brings a SpeedProbe for the settings last asked about."""

    measured = Signal(object)
    DELAY_MS = 800  # settings are often changed in a row: probe once they rest

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._corpus: Any = None
        self._sample: Any = None
        self._probes: dict[str, Any] = {}
        self._config: TrainConfig | None = None
        self._thread: CallThread | None = None
        self._cancel = threading.Event()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self._probe)

    def set_corpus(self, encoded: Any) -> None:
        """The tokenized corpus as ids (``EncodedCorpus``), or None: forget the old probes."""
        self.cancel()
        if self._sample is not None:
            self._sample.close()
        self._corpus, self._sample, self._probes = encoded, None, {}

    def probe_for(self, config: TrainConfig) -> Any:
        """The measured speed for these settings, or None (a probe is then scheduled)."""
        self._config = config
        found = self._probes.get(speed_key(config))
        if found is None and self._corpus is not None:
            self._timer.start()
        return found

    def cancel(self) -> None:
        """Stop a running probe (a real run is starting: it must have the CPU)."""
        self._timer.stop()
        self._cancel.set()

    def _probe(self) -> None:
        if self._thread is not None or self._corpus is None or self._config is None:
            if self._thread is not None:
                self._timer.start()  # one probe at a time: try again when it is done
            return
        config, corpus = self._config, self._corpus
        self._cancel = cancel = threading.Event()

        def work(_report, _stop) -> Any:
            from w2v_studio.core.engine.speed_probe import ProbeSample

            lower_priority()
            if self._sample is None or self._sample.corpus is not corpus:
                self._sample = ProbeSample(corpus)
            return speed_key(config), self._sample.measure(config, cancel=cancel)

        t = CallThread(work, self)
        t.succeeded.connect(self._done)
        t.finished.connect(self._finished)
        self._thread = t
        t.start()

    def _done(self, result: tuple[str, Any]) -> None:
        key, probe = result
        self._probes[key] = probe
        if self._config is not None and speed_key(self._config) == key:
            self.measured.emit(probe)

    def _finished(self) -> None:
        self._thread = None

    def shutdown(self) -> None:
        self.cancel()
        if self._thread is not None:
            self._thread.wait()
        if self._sample is not None:
            self._sample.close()
            self._sample = None
