"""The training settings form, drawn from ``TrainConfig`` with plain-language tooltips."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
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

from w2v_studio.core.engine import process_rules
from w2v_studio.core.engine.config import PRESETS, TrainConfig
from w2v_studio.qt.shell.i18n import Retranslating
from w2v_studio.qt.train.fields import CTX, FIELDS, GROUPS, Field


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class TrainForm(Retranslating, QWidget):
    """Editable ``TrainConfig``; ``changed`` fires on every edit by the user or a preset."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets: dict[str, QWidget] = {}
        self._rows: dict[str, QFormLayout] = {}  # the form layout holding each field's row
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
                self._rows[f.name] = form
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
        self._update_processes()
        self._loading = False
        self.retranslate()

    def _update_processes(self) -> None:
        """Processes is shown only where several make sense (several graphics cards or CPU
        cores: asked again once the devices are known); its maximum is that number."""
        useful = min(process_rules.useful_processes(), int(FIELDS["processes"].high))
        spin: QSpinBox = self._widgets["processes"]
        spin.setMaximum(max(1, useful))  # a larger value (from saved settings) comes down to it
        self._rows["processes"].setRowVisible(spin, useful >= 2)

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
            self._extra = {  # settings the form does not show, kept as they came
                "tokenizer": config.tokenizer,
                "tokenizer_options": dict(config.tokenizer_options),
                # case folding is the tokenizer's "Lowercase" option on the Corpus page: one
                # place to set it (the engine's own folding stays for the CLI and scripts)
                "lowercase": config.lowercase,
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
        self._widgets["subword"].setEnabled(self._widgets["method"].currentData() == "fasttext")
