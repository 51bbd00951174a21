"""Train page: settings, presets, one Start/Stop button, live loss curve, summary and log."""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.core.engine.config import PRESETS, TrainConfig
from w2v_studio.core.vectors.word_vectors import WordVectors
from w2v_studio.qt.shell.i18n import Retranslating
from w2v_studio.qt.shell.messages import MessageBar
from w2v_studio.qt.shell.state import AppState
from w2v_studio.qt.shell.wheel_guard import guard_wheel
from w2v_studio.qt.shell.worker import CallThread, TrainThread
from w2v_studio.qt.train.form import TrainForm
from w2v_studio.qt.train.loss_plot import LossPlot
from w2v_studio.qt.train.page_checks import SettingsChecksPart
from w2v_studio.qt.train.page_engine import EnginePart, training_events
from w2v_studio.qt.train.page_events import RunEventsPart

PRESET_LABELS = {
    "gensim": QT_TRANSLATE_NOOP("TrainPage", "gensim defaults"),
    "word2vec_c": QT_TRANSLATE_NOOP("TrainPage", "word2vec C defaults"),
    "small_corpus": QT_TRANSLATE_NOOP("TrainPage", "small corpus"),
    "quality": QT_TRANSLATE_NOOP("TrainPage", "quality (slower)"),
}
# Reasons reported by core.device, translated for display.
DEVICE_REASONS = (
    QT_TRANSLATE_NOOP("Devices", "PyTorch is not installed"),
    QT_TRANSLATE_NOOP("Devices", "no NVIDIA GPU found"),
    QT_TRANSLATE_NOOP("Devices", "not an Apple Silicon Mac"),
    QT_TRANSLATE_NOOP("Devices", "MPS unavailable"),
    QT_TRANSLATE_NOOP("Devices", "this PyTorch build has no CUDA support or no GPU is visible"),
)




class TrainPage(Retranslating, EnginePart, RunEventsPart, SettingsChecksPart, QWidget):
    """Start/Stop a run on the corpus handed in with ``set_corpus``.

    Signals: ``explore_requested`` (the summary's Explore button), ``tokenize_requested``
    (Start was pressed before the corpus was tokenized), ``save_requested``,
    ``run_finished(object)`` with the ``TrainedModel`` (finished or partial).
    """

    explore_requested = Signal()
    tokenize_requested = Signal()
    save_requested = Signal()
    run_finished = Signal(object)
    running_changed = Signal(bool)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._sentences: Iterable[list[str]] | None = None
        self._tokenized: Any = None
        self._corpus_text = ""
        self._thread: TrainThread | None = None
        self._device_thread: CallThread | None = None
        self._warm_thread: CallThread | None = None
        self._stopping = False
        self._has_run = False
        self._pending_start = False
        self._epochs = 1
        self._last_progress_log = 0.0
        self.last_event: object | None = None
        self.model = None  # the model of the last run (finished or partial)
        self._summary_fn: Callable[[], str] | None = None
        self._summary_level: str | None = None

        settings = self._build_settings()
        self._build_run_controls()
        self._build_figures()
        self._build_summary()
        self._build_log()
        self._build_layout(settings)
        self.retranslate()
        self._sync_preset()
        self._detect_devices()
        guard_wheel(self)  # the wheel scrolls the page, not the settings

    def _build_settings(self) -> QScrollArea:
        """Presets, the settings form and the devices found, in a scroll area."""
        self.preset_label = QLabel(self)
        self.preset_combo = QComboBox(self)
        self.preset_combo.addItem("", "")
        for key in PRESETS:
            self.preset_combo.addItem(key, key)
        self.preset_combo.activated.connect(self._on_preset)
        self.form = TrainForm(self)
        self.form.changed.connect(self._on_settings_changed)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        row = QHBoxLayout()
        row.addWidget(self.preset_label)
        row.addWidget(self.preset_combo, 1)
        lv.addLayout(row)
        lv.addWidget(self.form)
        self.device_label = QLabel(self)
        self.device_label.setObjectName("devices")
        self.device_label.setWordWrap(True)
        self.device_label.setStyleSheet("color: #555;")
        lv.addWidget(self.device_label)
        self._devices: list[Any] | None = None
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setMinimumWidth(340)
        return scroll

    def _build_run_controls(self) -> None:
        """Messages, the corpus in use, Start/Stop, Continue and the progress bar."""
        self.messages = MessageBar(self)
        self.corpus_label = QLabel(self)
        self.corpus_label.setWordWrap(True)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("start_stop")
        self.start_button.setMinimumWidth(150)
        self.start_button.clicked.connect(self.toggle)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.continue_box = QCheckBox(self)
        self.continue_box.setObjectName("continue_training")
        self.continue_box.setEnabled(False)
        self.state.model_changed.connect(self._update_continue)
        self.state.model_saved.connect(self._update_continue)
        top = self._run_row = QHBoxLayout()
        top.addWidget(self.start_button)
        top.addWidget(self.continue_box)
        top.addWidget(self.progress, 1)

    def _build_figures(self) -> None:
        """Epoch, speed, learning rate, loss, elapsed and left; the live loss curve."""
        self._stat_names: list[tuple[QLabel, str]] = []
        self.stats: dict[str, QLabel] = {}
        grid = self._stats_grid = QGridLayout()
        names = (
            ("epoch", QT_TRANSLATE_NOOP("TrainPage", "Epoch")),
            ("speed", QT_TRANSLATE_NOOP("TrainPage", "Words/s")),
            ("lr", QT_TRANSLATE_NOOP("TrainPage", "Learning rate")),
            ("loss", QT_TRANSLATE_NOOP("TrainPage", "Loss")),
            ("elapsed", QT_TRANSLATE_NOOP("TrainPage", "Elapsed")),
            ("eta", QT_TRANSLATE_NOOP("TrainPage", "Time left")),
        )
        for i, (key, text) in enumerate(names):
            name = QLabel(self)
            value = QLabel("–", self)
            value.setObjectName(f"stat_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setMinimumWidth(90)
            self._stat_names.append((name, text))
            self.stats[key] = value
            grid.addWidget(name, i // 3, (i % 3) * 2)
            grid.addWidget(value, i // 3, (i % 3) * 2 + 1)
        self.plot = LossPlot(self)

    def _build_summary(self) -> None:
        """The outcome of the last run with Save and Explore."""
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explore_button = QPushButton(self)
        self.explore_button.clicked.connect(self.explore_requested)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_requested)
        srow = QHBoxLayout()
        srow.addWidget(self.summary, 1)
        srow.addWidget(self.save_button)
        srow.addWidget(self.explore_button)
        self.summary_box = QWidget(self)
        self.summary_box.setLayout(srow)
        self.summary_box.setVisible(False)

    def _build_log(self) -> None:
        """A log of the run, a line per event worth keeping."""
        self.log_label = QLabel(self)
        self.log = QPlainTextEdit(self)
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(2000)
        self._log_lines: list[tuple[str, Callable[[], str]]] = []
        self.log.setMaximumHeight(130)

    def _build_layout(self, settings: QWidget) -> None:
        """Settings on the left; the run, its figures, summary and log on the right."""
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.addWidget(self.messages)
        rv.addWidget(self.corpus_label)
        rv.addLayout(self._run_row)
        rv.addLayout(self._stats_grid)
        rv.addWidget(self.plot, 1)
        rv.addWidget(self.summary_box)
        rv.addWidget(self.log_label)
        rv.addWidget(self.log)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(settings)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([380, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)

    # ----------------------------------------------------------------- text
    def retranslate(self) -> None:
        self.preset_label.setText(self.tr("Preset:"))
        self.preset_combo.setItemText(0, self.tr("custom"))
        for i in range(1, self.preset_combo.count()):
            key = self.preset_combo.itemData(i)
            self.preset_combo.setItemText(i, self.tr(PRESET_LABELS.get(key, key)))
        self.preset_combo.setToolTip(
            self.tr("Ready-made settings: choose one, then change what you like.")
        )
        for label, text in self._stat_names:
            label.setText(QCoreApplication.translate("TrainPage", text) + ":")
        self.explore_button.setText(self.tr("Explore this model"))
        self.save_button.setText(self.tr("Save model…"))
        self.continue_box.setText(self.tr("Continue the current model"))
        self.continue_box.setToolTip(
            self.tr(
                "Train the current model further (a stopped run, a finished one or an opened "
                "model folder) instead of starting from random vectors. Its vocabulary, vector "
                "size and objective are kept; the other settings apply to the new epochs."
            )
        )
        self._warn_slow_softmax()
        self.log_label.setText(self.tr("Log"))
        if getattr(self, "_log_lines", None):
            self._relog()
        self._update_button()
        self._update_corpus_label()
        self._update_device_label()
        if self._summary_fn is not None:
            self._set_summary(self._summary_fn, self._summary_level)
        self.start_button.setToolTip(self.tr("Start training (F5); press again to stop."))


    def continuable(self) -> Any:
        """The model Start would continue (a trained model with output weights), or None."""
        m = self.state.model
        return m if m is not None and getattr(m, "output_vectors", None) is not None else None

    def _update_continue(self) -> None:
        model = self.continuable()
        self.continue_box.setEnabled(model is not None and not self.is_running())
        if model is None:
            self.continue_box.setChecked(False)

    def _update_button(self) -> None:
        self._update_continue()
        if self._stopping:
            self.start_button.setText(self.tr("Stopping…"))
            self.start_button.setEnabled(False)
        elif self.is_running():
            self.start_button.setText(self.tr("Stop"))
            self.start_button.setEnabled(True)
        else:
            self.start_button.setText(self.tr("Start training"))
            self.start_button.setEnabled(True)

    def _update_corpus_label(self) -> None:
        if self._sentences is None:
            self.corpus_label.setText(
                self.tr(
                    "No tokenized corpus yet: add files on the Corpus page, or press "
                    "Start to tokenize them first."
                )
            )
        else:
            text = self._corpus_text() if callable(self._corpus_text) else self._corpus_text
            self.corpus_label.setText(self.tr("Corpus: {0}").format(text))

    # ----------------------------------------------------------------- corpus
    def set_corpus(
        self,
        sentences: Iterable[list[str]] | None,
        tokenized: Any = None,
        description: str | Callable[[], str] = "",
    ) -> None:
        """Hand in a restartable iterable of token lists (and the TokenizedCorpus if any)."""
        self._sentences = sentences
        self._tokenized = tokenized
        self._corpus_text = description
        self.messages.clear_message("corpus")
        self._update_corpus_label()
        self._warn_slow_softmax()
        if sentences is not None and self._pending_start:
            self._pending_start = False
            self.start()

    def cancel_pending_start(self) -> None:
        self._pending_start = False

    def set_tokenizer(self, tokenizer: str, options: dict[str, Any]) -> None:
        self.form.set_tokenizer(tokenizer, options)

    # ----------------------------------------------------------------- running
    def is_running(self) -> bool:
        return self._thread is not None

    def toggle(self) -> None:
        if self.is_running():
            self.stop()
        else:
            self.start()

    def start(self) -> bool:
        """Start a run; returns False (with a message in the page) when it cannot."""
        if self.is_running():
            return False
        config = self._checked_config()
        if config is None:
            return False
        base = self.continuable() if self.continue_box.isChecked() else None
        if not self._processes_ok(config, base is not None):  # before tokenizing, not after
            return False
        if self._sentences is None:
            self._pending_start = True
            self.messages.set_message(
                "corpus",
                "info",
                self.tr("Tokenizing the corpus first; training starts when it is done."),
            )
            self.tokenize_requested.emit()
            return False
        if not self._memory_ok(config):
            return False
        guard = getattr(self.window(), "unsaved", None)  # the main window's question, if any
        if (
            base is None
            and guard is not None
            and not guard.confirm(self.tr("starting a new run"), project=False)
        ):
            return False
        self.messages.clear_message("stale")
        self.messages.clear_message("run")
        self.messages.clear_message("nan")
        self.plot.reset(config.epochs)
        self.log.clear()
        self._log_lines.clear()
        self.summary_box.setVisible(False)
        self.progress.setValue(0)
        for v in self.stats.values():
            v.setText("–")
        self._epochs = config.epochs
        self._stopping = False
        sentences, tokenized = self._sentences, self._tokenized

        def make_events(cancel):
            # copied in the worker thread: the model shown now stays as it is until the end
            init = copy.deepcopy(base) if base is not None else None
            return training_events(config, sentences, tokenized, init, cancel)

        self._thread = TrainThread(make_events, self)
        self._thread.prepare = WordVectors.from_model
        self._thread.event.connect(self._on_event)
        self._thread.finished.connect(self._on_thread_done)
        if base is not None:
            self._log(
                lambda: self.tr(
                    "Continuing the current model: {0} words, {1} dimensions, {2}, {3} epochs "
                    "done; {4} more epochs"
                ).format(
                    f"{len(base.words):,}",
                    base.dim,
                    base.config.objective,
                    base.epochs_done,
                    config.epochs,
                )
            )
        else:
            self._log(
                lambda: self.tr("Starting: {0}, {1}, {2} dimensions, {3} epochs").format(
                    config.architecture, config.objective, config.dim, config.epochs
                )
            )
        self._thread.start()
        self._update_button()
        self.running_changed.emit(True)
        return True

    def stop(self) -> None:
        """Ask the engine to stop; it yields ``Cancelled`` with the partial model."""
        if self._thread is not None and not self._stopping:
            self._stopping = True
            self._thread.stop()
            self._log(lambda: self.tr("Stopping after the current batch…"))
            self._update_button()

    def wait(self, ms: int = 30_000) -> bool:
        """Block until the worker threads end (used when the window closes)."""
        for t in (self._device_thread, self._warm_thread):
            if t is not None:
                t.wait(ms)
        return self._thread.wait(ms) if self._thread is not None else True

    # ----------------------------------------------------------------- settings
    def _on_preset(self, index: int) -> None:
        key = self.preset_combo.itemData(index)
        if key:
            self.form.apply_preset(key)

    def _sync_preset(self) -> None:
        key = self.form.matching_preset() or ""
        self.preset_combo.setCurrentIndex(max(self.preset_combo.findData(key), 0))

    def _on_settings_changed(self) -> None:
        self._sync_preset()
        config = self._checked_config()
        if config is not None:
            self._warn_slow_softmax(config)
        if self._has_run and not self.is_running():
            self.messages.set_message(
                "stale", "info", self.tr("Settings changed; press Start to train again.")
            )

    def config(self) -> TrainConfig:
        return self.form.config()

    def set_config(self, config: TrainConfig) -> None:
        self.form.set_config(config)

    def _log(self, line: Callable[[], str]) -> None:
        """Add a log line; ``line`` renders it, again after a language switch."""
        stamp = time.strftime("%H:%M:%S ")
        self._log_lines.append((stamp, line))
        del self._log_lines[: -self.log.maximumBlockCount()]
        self.log.appendPlainText(stamp + line())

    def _relog(self) -> None:
        """Write the log again in the current language."""
        self.log.setPlainText("\n".join(stamp + line() for stamp, line in self._log_lines))
        self.log.moveCursor(QTextCursor.MoveOperation.End)
