"""Tokenizing results: tokens, types, types kept by min_count, top words, needed memory/time."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.qt.corpus import jobs as corpus_jobs
from w2v_studio.qt.corpus.frequency_list import FrequencyList
from w2v_studio.qt.corpus.time_estimate import MeasuredEstimate
from w2v_studio.qt.shell.formatting import fmt_seconds

TOP_ROWS = 200


def _mb(n: int) -> str:
    return f"{n / 1e6:,.0f} MB" if n >= 1e6 else f"{n / 1e3:,.0f} KB"


class CorpusStats(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: corpus_jobs.CountResult | None = None
        self._train: TrainConfig = TrainConfig()  # the Train page's settings: min_count, estimate
        self._names: list[tuple[QLabel, str]] = []
        self.values: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        keys = ("lines", "tokens", "types", "kept", "memory", "time")
        for i, key in enumerate(keys):
            name = QLabel(self)
            value = QLabel("–", self)
            value.setObjectName(f"corpus_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._names.append((name, key))
            self.values[key] = value
            self.labels[key] = name
            grid.addWidget(name, i // 2, (i % 2) * 2)
            grid.addWidget(value, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.words = FrequencyList(self)  # every word, searchable
        self.timing = MeasuredEstimate(self)  # the training time measured on this computer
        self.timing.measured.connect(lambda _probe: self._refresh())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666;")
        v = QVBoxLayout(self)
        v.addLayout(grid)
        v.addWidget(self.words, 1)
        v.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("After tokenizing"))
        names = {
            "lines": self.tr("Lines"),
            "tokens": self.tr("Tokens"),
            "types": self.tr("Different words (types)"),
            "kept": (
                self.tr("Types kept (min count {0}, at most {1})").format(
                    self._train.min_count, f"{self._train.max_final_vocab:,}"
                )
                if self._train.max_final_vocab
                else self.tr("Types kept (min count {0})").format(self._train.min_count)
            ),
            "memory": self.tr("Memory for training"),
            "time": self.tr("Training time (rough)"),
        }
        for label, key in self._names:
            label.setText(names[key] + ":")
        self.words.retranslate()
        self.note.setText(
            self.tr(
                "Estimates for the settings on the Train page; the time is a rough guide "
                "for this computer's CPU."
            )
            if self.result
            else self.tr("Press Tokenize to see how many words the corpus has.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh()
        super().changeEvent(event)

    def clear(self) -> None:
        self.result = None
        self.timing.set_corpus(None)
        for v in self.values.values():
            v.setText("–")
        self.words.clear()
        self.retranslate()

    def show_result(self, result: corpus_jobs.CountResult) -> None:
        self.result = result
        self.timing.set_corpus(result.encoded)  # opened by the job, not on the GUI thread
        if result.counts is not None:
            self.words.set_words(result.words, result.counts)
        else:
            self.words.set_words([w for w, _ in result.top], np.array([c for _, c in result.top]))
        self._refresh()

    def set_min_count(self, n: int) -> None:
        self.set_training_settings(self._train.with_changes(min_count=n))

    def set_training_settings(self, config: TrainConfig) -> None:
        """The Train page's settings (a TrainConfig): min_count, the word cap and the estimate."""
        self._train = config
        self._refresh()

    def _refresh(self) -> None:
        self.retranslate()
        r = self.result
        if r is None:
            return
        kept = r.types_at_least(self._train.min_count)
        cap = self._train.max_final_vocab
        if cap:
            kept = min(kept, cap)
        self.values["lines"].setText(f"{r.lines:,}")
        self.values["tokens"].setText(f"{r.tokens:,}")
        self.values["types"].setText(f"{r.types:,}")
        self.values["kept"].setText(f"{kept:,}")
        memory, seconds = corpus_jobs.estimate(kept, r.tokens, self._train)
        self.values["memory"].setText(self.tr("about {0}").format(_mb(memory)))
        probe = self.timing.probe_for(self._train)
        if probe is not None:
            seconds = probe.seconds_for(r.tokens, self._train.epochs)
            self.labels["time"].setText(self.tr("Training time (measured here)") + ":")
        self.values["time"].setText(self.tr("about {0}").format(fmt_seconds(seconds)))

    def top_words(self, n: int = TOP_ROWS) -> list[tuple[str, int]]:
        """The first ``n`` rows of the frequency list as shown (word, count)."""
        return self.words.rows(n)
