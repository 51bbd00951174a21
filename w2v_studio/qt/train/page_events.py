"""The Train page's run events: progress figures, the loss curve, the outcome and the log.

A part of :class:`~w2v_studio.qt.train.page.TrainPage` (mixed into it); its strings are
translated in the page's context.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

from w2v_studio.core.engine.events import (
    Cancelled,
    EpochEnd,
    Failed,
    Finished,
    Progress,
    Scanning,
    Started,
)
from w2v_studio.core.engine.vocab_tags import vocab_tags
from w2v_studio.core.vectors.word_vectors import WordVectors
from w2v_studio.qt.shell.formatting import fmt_seconds


class RunEventsPart:
    """Turns the trainer's events into figures, the curve, a summary and log lines."""

    def _on_event(self, ev: object) -> None:
        self.last_event = ev
        if isinstance(ev, Progress):
            self._on_progress(ev)
        elif isinstance(ev, EpochEnd):
            self.plot.mark_epoch(float(ev.epoch))
            self._log(
                lambda: self.tr("Epoch {0}/{1} done: loss {2:.4f}, {3} words in {4:.1f} s").format(
                    ev.epoch, ev.epochs, ev.loss, f"{ev.words:,}", ev.seconds
                )
            )
        elif isinstance(ev, Started):
            self._log(
                lambda: self.tr(
                    "Vocabulary: {0} words; corpus: {1} words per epoch; device: {2}"
                ).format(f"{ev.vocab_size:,}", f"{ev.corpus_words:,}", ev.device)
            )
        elif isinstance(ev, Finished):
            self._end_run(ev.model)
            self.progress.setValue(1000)
            self._set_summary(
                lambda: self.tr(
                    "Finished: {0} epochs in {1}, {2} words/s; {3} words in the vocabulary, "
                    "{4} dimensions; last epoch loss {5}."
                ).format(
                    ev.model.epochs_done,
                    fmt_seconds(ev.seconds),
                    f"{ev.words_per_sec:,.0f}",
                    f"{len(ev.model.words):,}",
                    ev.model.dim,
                    _last_loss(ev.model),
                )
            )
            self._log(lambda: self.tr("Finished."))
        elif isinstance(ev, Cancelled) and ev.model is not None:
            self._end_run(ev.model)

            def stopped() -> str:
                return self.tr(
                    "Stopped during epoch {0} ({1:.0%} of the run). The partial model is kept: "
                    "you can explore or save it, or press Start to train again."
                ).format(ev.epoch, ev.fraction)

            self._set_summary(stopped, message="info")
            self._log(lambda: self.tr("Stopped by the user; partial model kept."))
        elif isinstance(ev, Scanning):
            self.stats["epoch"].setText(self.tr("counting words: {0}").format(f"{ev.words:,}"))
            self.stats["elapsed"].setText(fmt_seconds(ev.elapsed_seconds))
        elif isinstance(ev, (Failed, Cancelled)) and self._stopping and ev.model is None:
            self.messages.set_message(
                "run", "info", self.tr("Stopped before training began: nothing was trained.")
            )
            self._log(lambda: self.tr("Stopped by the user."))
        elif isinstance(ev, Failed):
            self.messages.set_message("run", "error", ev.message)
            self._log(lambda: self.tr("Failed: {0}").format(ev.message))
            if ev.model is not None:
                self._end_run(ev.model)
                self._set_summary(
                    lambda: self.tr("The run failed; the last good vectors are kept.")
                )

    def _set_summary(self, fn: Callable[[], str], message: str | None = None) -> None:
        """Show a run's outcome; kept as a function so a language switch re-renders it."""
        self._summary_fn, self._summary_level = fn, message
        self.summary.setText(fn())
        if message is not None:
            self.messages.set_message("run", message, fn())

    def _on_progress(self, ev: Progress) -> None:
        self.progress.setValue(int(ev.fraction * 1000))
        self.stats["epoch"].setText(f"{ev.epoch}/{ev.epochs}")
        self.stats["speed"].setText(f"{ev.words_per_sec:,.0f}")
        self.stats["lr"].setText(f"{ev.learning_rate:.6f}")
        self.stats["elapsed"].setText(fmt_seconds(ev.elapsed_seconds))
        self.stats["eta"].setText(fmt_seconds(ev.eta_seconds))
        if math.isfinite(ev.loss):
            self.stats["loss"].setText(f"{ev.loss:.4f}")
            self.plot.append(ev.fraction * ev.epochs, ev.loss)
        elif ev.examples > 0:
            self.messages.set_message(
                "nan",
                "warning",
                self.tr(
                    "The loss is not a number: training has diverged. Stop, lower the "
                    "learning rate (for example to 0.01) and press Start again."
                ),
            )
        now = time.monotonic()
        if now - self._last_progress_log > 10:
            self._last_progress_log = now
            self._log(
                lambda: self.tr("{0:.0%} done, {1} words/s").format(
                    ev.fraction, f"{ev.words_per_sec:,.0f}"
                )
            )

    def _end_run(self, model: Any) -> None:
        if self._tokenized is not None:
            from w2v_studio.qt.explore.corpus_link import link_info_for

            model.corpus_info.update(link_info_for(self._tokenized, self))  # the model's corpus
            model.vocab_tags = vocab_tags(model.vocab.words, self._tokenized.tags())
        self.model = model
        self.plot.fit()
        self._has_run = True
        self.summary_box.setVisible(True)
        vectors = self._thread.prepared if self._thread is not None else None
        if vectors is None:
            vectors = WordVectors.from_model(model)
        vectors.tags = getattr(model, "vocab_tags", None)  # parts of speech, set after training
        self.state.set_model(model, vectors, None, self._tokenized)
        self.run_finished.emit(model)

    def _on_thread_done(self) -> None:
        thread, self._thread = self._thread, None
        self._stopping = False
        if thread is not None:
            thread.deleteLater()
        self._update_button()
        self.running_changed.emit(False)


def _last_loss(model: Any) -> str:
    losses = getattr(model, "epoch_losses", None) or []
    return f"{losses[-1]:.4f}" if losses else "–"
