"""The training settings form, drawn from ``TrainConfig`` with plain-language tooltips."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.core.engine.config import PRESETS, TrainConfig

Kind = Literal["choice", "int", "float", "bool"]
CTX = "TrainForm"


@dataclass(frozen=True)
class Field:
    name: str  # TrainConfig attribute
    kind: Kind
    label: str  # English source text (translated at display time)
    tip: str
    choices: tuple[tuple[str, str], ...] = ()  # (stable id, English label)
    low: float = 0
    high: float = 1_000_000
    decimals: int = 0
    step: float = 1
    special: str = ""  # text shown for the minimum value (e.g. "no limit")


GROUPS: tuple[tuple[str, tuple[Field, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("TrainForm", "Model"),
        (
            Field(
                "architecture",
                "choice",
                QT_TRANSLATE_NOOP("TrainForm", "Architecture"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "Skip-gram predicts the words around each word (better for rare words); "
                    "CBOW predicts a word from the words around it (faster).",
                ),
                (
                    ("skipgram", QT_TRANSLATE_NOOP("TrainForm", "skip-gram")),
                    ("cbow", QT_TRANSLATE_NOOP("TrainForm", "CBOW")),
                ),
            ),
            Field(
                "objective",
                "choice",
                QT_TRANSLATE_NOOP("TrainForm", "Objective"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "How the model learns to predict: negative sampling (fast, the usual "
                    "choice), hierarchical softmax (good for rare words) or full softmax "
                    "(exact, slow with a large vocabulary).",
                ),
                (
                    ("negative", QT_TRANSLATE_NOOP("TrainForm", "negative sampling")),
                    ("hierarchical", QT_TRANSLATE_NOOP("TrainForm", "hierarchical softmax")),
                    ("softmax", QT_TRANSLATE_NOOP("TrainForm", "full softmax")),
                ),
            ),
            Field(
                "cbow_mode",
                "choice",
                QT_TRANSLATE_NOOP("TrainForm", "CBOW context"),
                QT_TRANSLATE_NOOP(
                    "TrainForm", "CBOW only: average the context word vectors, or add them up."
                ),
                (
                    ("mean", QT_TRANSLATE_NOOP("TrainForm", "average")),
                    ("sum", QT_TRANSLATE_NOOP("TrainForm", "sum")),
                ),
            ),
            Field(
                "cbow_mean_update",
                "choice",
                QT_TRANSLATE_NOOP("TrainForm", "CBOW update"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "CBOW average only: give each context word the whole error, as word2vec "
                    "and gensim do (learns faster), or the exact gradient of the average.",
                ),
                (
                    ("word2vec", QT_TRANSLATE_NOOP("TrainForm", "as word2vec")),
                    ("exact", QT_TRANSLATE_NOOP("TrainForm", "exact gradient")),
                ),
            ),
            Field(
                "dim",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Vector size"),
                QT_TRANSLATE_NOOP(
                    "TrainForm", "How many numbers describe each word; 50 to 300 is usual."
                ),
                low=1,
                high=2000,
            ),
            Field(
                "window",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Window"),
                QT_TRANSLATE_NOOP("TrainForm", "How many words on each side count as context."),
                low=1,
                high=100,
            ),
            Field(
                "dynamic_window",
                "bool",
                QT_TRANSLATE_NOOP("TrainForm", "Random window"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "Shrink the window at random for each word, as word2vec does, so that "
                    "nearer words count more.",
                ),
            ),
            Field(
                "negative",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Noise words"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "Negative sampling: how many random noise words the model learns to "
                    "tell apart from each real context word (5 to 20).",
                ),
                low=1,
                high=100,
            ),
            Field(
                "ns_exponent",
                "float",
                QT_TRANSLATE_NOOP("TrainForm", "Noise exponent"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "Noise words are drawn by frequency raised to this power; 0.75 gives "
                    "rarer words a little more chance.",
                ),
                low=-1,
                high=2,
                decimals=2,
                step=0.05,
            ),
            Field(
                "shared_negatives",
                "bool",
                QT_TRANSLATE_NOOP("TrainForm", "Share noise words"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "Skip-gram with noise words: the word pairs of one window share their "
                    "noise words, which makes training several times faster.",
                ),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("TrainForm", "Vocabulary"),
        (
            Field(
                "min_count",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Minimum count"),
                QT_TRANSLATE_NOOP("TrainForm", "Words seen fewer times than this are left out."),
                low=1,
                high=10**9,
            ),
            Field(
                "max_final_vocab",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Maximum words"),
                QT_TRANSLATE_NOOP(
                    "TrainForm", "Keep at most this many of the most frequent words."
                ),
                low=0,
                high=10**9,
                special=QT_TRANSLATE_NOOP("TrainForm", "no limit"),
            ),
            Field(
                "sample",
                "float",
                QT_TRANSLATE_NOOP("TrainForm", "Subsampling"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "Very frequent words (the, 의, 的) are skipped at random above this "
                    "share of the corpus, which speeds training and helps rarer words; "
                    "0 turns it off.",
                ),
                low=0,
                high=0.1,
                decimals=6,
                step=0.0001,
            ),
            Field(
                "lowercase",
                "bool",
                QT_TRANSLATE_NOOP("TrainForm", "Lowercase"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "Fold capital letters to small ones before counting (English; no "
                    "effect on Korean and Chinese).",
                ),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("TrainForm", "Training"),
        (
            Field(
                "epochs",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Epochs"),
                QT_TRANSLATE_NOOP("TrainForm", "How many times to go over the whole corpus."),
                low=1,
                high=1000,
            ),
            Field(
                "alpha",
                "float",
                QT_TRANSLATE_NOOP("TrainForm", "Learning rate"),
                QT_TRANSLATE_NOOP("TrainForm", "How big each learning step is at the start."),
                low=0.0001,
                high=1,
                decimals=4,
                step=0.005,
            ),
            Field(
                "min_alpha",
                "float",
                QT_TRANSLATE_NOOP("TrainForm", "Final learning rate"),
                QT_TRANSLATE_NOOP(
                    "TrainForm", "The learning rate falls steadily to this value by the end."
                ),
                low=0,
                high=1,
                decimals=6,
                step=0.0001,
            ),
            Field(
                "seed",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Random seed"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "The same seed and settings give the same vectors (with one thread).",
                ),
                low=0,
                high=2**31 - 1,
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("TrainForm", "Computer"),
        (
            Field(
                "device",
                "choice",
                QT_TRANSLATE_NOOP("TrainForm", "Device"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "Where to train: the processor (CPU) or a graphics card (CUDA, Apple "
                    "MPS). Auto picks a graphics card when there is one.",
                ),
                (
                    ("auto", QT_TRANSLATE_NOOP("TrainForm", "auto")),
                    ("cpu", QT_TRANSLATE_NOOP("TrainForm", "CPU")),
                ),
            ),
            Field(
                "threads",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "CPU threads"),
                QT_TRANSLATE_NOOP(
                    "TrainForm", "How many processor threads train at the same time."
                ),
                low=1,
                high=max(1, os.cpu_count() or 1),
            ),
            Field(
                "backend",
                "choice",
                QT_TRANSLATE_NOOP("TrainForm", "Engine"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "numba is fast on the CPU; torch is needed for a graphics card. Auto "
                    "picks for you.",
                ),
                (
                    ("auto", QT_TRANSLATE_NOOP("TrainForm", "auto")),
                    ("numba", QT_TRANSLATE_NOOP("TrainForm", "numba (CPU)")),
                    ("torch", QT_TRANSLATE_NOOP("TrainForm", "torch")),
                ),
            ),
            Field(
                "batch_words",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Words per batch"),
                QT_TRANSLATE_NOOP("TrainForm", "Words handed to a thread at a time (CPU)."),
                low=1,
                high=10**7,
            ),
            Field(
                "batch_size",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Examples per step"),
                QT_TRANSLATE_NOOP(
                    "TrainForm", "Training examples per step on a graphics card (torch engine)."
                ),
                low=1,
                high=10**7,
            ),
            Field(
                "max_sentence_length",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Longest line"),
                QT_TRANSLATE_NOOP(
                    "TrainForm", "Longer lines are cut into pieces of this many tokens."
                ),
                low=1,
                high=10**7,
            ),
        ),
    ),
)
FIELDS = {f.name: f for _, fields in GROUPS for f in fields}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class TrainForm(QWidget):
    """Editable ``TrainConfig``; ``changed`` fires on every edit by the user or a preset."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets: dict[str, QWidget] = {}
        self._labels: list[tuple[QLabel | QGroupBox, str]] = []
        self._extra: dict[str, Any] = {"tokenizer": "whitespace", "tokenizer_options": {}}
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for title, fields in GROUPS:
            box = QGroupBox(self)
            self._labels.append((box, title))
            layout.addWidget(box)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for f in fields:
                w = self._make(f)
                label = QLabel(box)
                label.setBuddy(w)
                self._labels.append((label, f.label))
                form.addRow(label, w)
                self._widgets[f.name] = w
        layout.addStretch(1)
        self.set_devices(None)
        self.set_config(TrainConfig())
        self.retranslate()

    # ----------------------------------------------------------------- building
    def _make(self, f: Field) -> QWidget:
        if f.kind == "choice":
            w = QComboBox(self)
            for key, _ in f.choices:
                w.addItem(key, key)
            w.currentIndexChanged.connect(self._on_edit)
        elif f.kind == "bool":
            w = QCheckBox(self)
            w.toggled.connect(self._on_edit)
        elif f.kind == "int":
            w = QSpinBox(self)
            w.setRange(int(f.low), int(min(f.high, 2**31 - 1)))
            w.setSingleStep(int(f.step))
            w.setGroupSeparatorShown(True)
            w.valueChanged.connect(self._on_edit)
        else:
            w = QDoubleSpinBox(self)
            w.setDecimals(f.decimals)
            w.setRange(f.low, f.high)
            w.setSingleStep(f.step)
            w.valueChanged.connect(self._on_edit)
        w.setObjectName(f.name)
        return w

    def set_devices(self, devices: list[Any] | None) -> None:
        """Fill the device list from ``available_devices()`` (None: CPU only)."""
        combo: QComboBox = self._widgets["device"]
        current = combo.currentData() or "auto"
        self._loading = True
        combo.clear()
        combo.addItem("auto", "auto")
        combo.addItem("cpu", "cpu")
        for d in devices or []:
            if d.id in ("cpu", "auto"):
                continue
            combo.addItem(d.label, d.id.split(":")[0])
            if not d.available:
                item = combo.model().item(combo.count() - 1)
                item.setEnabled(False)
                item.setToolTip(d.reason or "")
        self._devices = devices or []
        idx = combo.findData(current)
        combo.setCurrentIndex(max(idx, 0))
        self._loading = False
        self.retranslate()

    def retranslate(self) -> None:
        for widget, text in self._labels:
            if isinstance(widget, QGroupBox):
                widget.setTitle(tr(text))
            else:
                widget.setText(tr(text) + ":")
        for name, w in self._widgets.items():
            f = FIELDS[name]
            w.setToolTip(tr(f.tip))
            w.setWhatsThis(tr(f.tip))
            if isinstance(w, QComboBox):
                labels = dict(f.choices)
                for i in range(w.count()):
                    key = w.itemData(i)
                    if key in labels:
                        w.setItemText(i, tr(labels[key]))
            if isinstance(w, QSpinBox) and f.special:
                w.setSpecialValueText(tr(f.special))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----------------------------------------------------------------- values
    def config(self) -> TrainConfig:
        """The settings as shown (raises ValueError with plain reasons when invalid)."""
        values: dict[str, Any] = dict(self._extra)
        for name, w in self._widgets.items():
            if isinstance(w, QComboBox):
                values[name] = w.currentData()
            elif isinstance(w, QCheckBox):
                values[name] = w.isChecked()
            elif isinstance(w, QSpinBox):
                values[name] = w.value()
            else:
                values[name] = float(w.value())
        values["max_final_vocab"] = values["max_final_vocab"] or None
        return TrainConfig.from_dict(values)

    def set_config(self, config: TrainConfig) -> None:
        self._loading = True
        try:
            for name, w in self._widgets.items():
                value = getattr(config, name)
                if isinstance(w, QComboBox):
                    idx = w.findData(value)
                    w.setCurrentIndex(max(idx, 0))
                elif isinstance(w, QCheckBox):
                    w.setChecked(bool(value))
                elif isinstance(w, QSpinBox):
                    w.setValue(int(value or 0))
                else:
                    w.setValue(float(value))
            self._extra = {
                "tokenizer": config.tokenizer,
                "tokenizer_options": dict(config.tokenizer_options),
            }
        finally:
            self._loading = False
        self._update_enabled()
        self.changed.emit()

    def set_tokenizer(self, tokenizer: str, options: dict[str, Any]) -> None:
        """The tokenizer is chosen on the Corpus page; it is kept with the settings."""
        self._extra = {"tokenizer": tokenizer, "tokenizer_options": dict(options)}

    def apply_preset(self, preset: str) -> None:
        self.set_config(self.config().with_changes(**PRESETS[preset]))

    def matching_preset(self) -> str | None:
        """The preset whose values all match the form, if any."""
        try:
            cfg = self.config()
        except ValueError:
            return None
        for name, values in PRESETS.items():
            if all(getattr(cfg, k) == v for k, v in values.items()):
                return name
        return None

    def widget(self, name: str) -> QWidget:
        return self._widgets[name]

    def _on_edit(self, *_: object) -> None:
        if self._loading:
            return
        self._update_enabled()
        self.changed.emit()

    def _update_enabled(self) -> None:
        arch = self._widgets["architecture"].currentData()
        obj = self._widgets["objective"].currentData()
        self._widgets["cbow_mode"].setEnabled(arch == "cbow")
        mode = self._widgets["cbow_mode"].currentData()
        self._widgets["cbow_mean_update"].setEnabled(arch == "cbow" and mode == "mean")
        self._widgets["shared_negatives"].setEnabled(arch == "skipgram" and obj == "negative")
        self._widgets["negative"].setEnabled(obj == "negative")
        self._widgets["ns_exponent"].setEnabled(obj == "negative")
