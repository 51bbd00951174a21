"""The Train page's checks before a run: settings that cannot be used, a run that would not
fit in memory, several processes where the run cannot use them, and full softmax over a large
vocabulary.

A part of :class:`~w2v_studio.qt.train.page.TrainPage` (mixed into it); its strings are
translated in the page's context.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from w2v_studio.core.engine.config import TrainConfig

SOFTMAX_WARN_WORDS = 5_000  # vocabulary size above which full softmax gets a warning
# Reasons reported by core.engine.process_rules, translated for display (tests check that
# these are exactly its REASONS).
PROCESS_REASONS = (
    QT_TRANSLATE_NOOP("ProcessRules", "The number of processes must be at least 1."),
    QT_TRANSLATE_NOOP(
        "ProcessRules",
        "fastText models cannot be trained in several processes yet: their word-piece rows are "
        "not merged across processes. Use one process and more CPU threads.",
    ),
    QT_TRANSLATE_NOOP(
        "ProcessRules",
        "doc2vec models cannot be trained in several processes yet: their document vectors are "
        "not merged across processes. Use one process and more CPU threads.",
    ),
    QT_TRANSLATE_NOOP(
        "ProcessRules",
        "Continuing a model cannot use several processes yet. Use one process, or train a new "
        "model.",
    ),
)


class SettingsChecksPart:
    """Checks of the form's settings against the corpus counts, shown in the page."""

    def _kept_words(self, config: TrainConfig) -> int | None:
        """Vocabulary words a run would keep (from the tokenized corpus' counts), or None
        when the corpus has not been counted yet."""
        counts = getattr(self._sentences, "counts", None)
        if counts is None:
            return None
        kept = int((np.asarray(counts) >= config.min_count).sum())
        return min(kept, config.max_final_vocab) if config.max_final_vocab else kept

    def _memory_ok(self, config: TrainConfig) -> bool:
        """False (with the estimate in the page) when the run would need more memory than
        this computer has."""
        from w2v_studio.core.engine.memory_estimate import memory_problem

        kept = self._kept_words(config)
        problem = memory_problem(config, kept) if kept is not None else None
        if problem:
            self.messages.set_message("settings", "error", problem)
        return problem is None

    def _processes_ok(self, config: TrainConfig, continuing: bool) -> bool:
        """False (with the reason in the page) when the run asks for several processes and
        cannot use them (fastText, doc2vec, continuing a model)."""
        from w2v_studio.core.engine.process_rules import processes_problem

        problem = processes_problem(config, continuing)
        if problem:
            reason = QCoreApplication.translate("ProcessRules", problem)
            self.messages.set_message(
                "settings",
                "error",
                self.tr("Processes is set to {0}. {1}").format(config.processes, reason),
            )
        return problem is None

    def _checked_config(self) -> TrainConfig | None:
        """The form's settings, or None with a message in the page saying what is wrong."""
        try:
            config = self.form.config()
        except (TypeError, ValueError) as e:
            self.messages.set_message(
                "settings",
                "error",
                self.tr(
                    "These settings cannot be used: {0}. Change them and press Start again."
                ).format(e),
            )
            return None
        self.messages.clear_message("settings")
        return config

    def _warn_slow_softmax(self, config: TrainConfig | None = None) -> None:
        """Full softmax costs a pass over the vocabulary per example: say so before a run when
        the corpus's vocabulary makes that slow."""
        if config is None:
            try:
                config = self.form.config()
            except (TypeError, ValueError):
                return
        words = self._kept_words(config) if config.objective == "softmax" else None
        if words is None or words <= SOFTMAX_WARN_WORDS:
            self.messages.clear_message("softmax")
            return
        slower = max(2, round(words / (config.negative + 1)))
        self.messages.set_message(
            "softmax",
            "warning",
            self.tr(
                "Full softmax scores all {0} vocabulary words for every example: about {1}× "
                "slower than negative sampling here. Choose negative sampling or hierarchical "
                "softmax, or set Maximum words to a few thousand."
            ).format(f"{words:,}", f"{slower:,}"),
        )
