"""A form drawn from a tokenizer plugin's option schema (``OptionSpec``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from w2v_studio.qt.shell.file_dialogs import open_file
from w2v_studio.qt.shell.wheel_guard import guard_wheel


def plugin_text(text: str) -> str:
    """A plugin's text (name, label, help, choice) in the current language when a translation
    exists (context "TokenizerOptions", resources/i18n/plugins_*.ts), else as written."""
    return QCoreApplication.translate("TokenizerOptions", text) if text else text


class OptionsForm(QWidget):
    """``set_schema(specs, values)``; ``values()`` returns {name: value}; ``changed`` fires."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._specs: tuple[Any, ...] = ()
        self._widgets: dict[str, QWidget] = {}
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._empty: QLabel | None = None

    def set_schema(self, specs: tuple[Any, ...], values: dict[str, Any] | None = None) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._widgets.clear()
        self._specs = tuple(specs)
        values = values or {}
        if not specs:
            self._empty = QLabel(self.tr("This tokenizer has no options."), self)
            self._form.addRow(self._empty)
            return
        for spec in specs:
            w = self._make(spec, values.get(spec.name, spec.default))
            w.setToolTip(plugin_text(spec.help))
            label = QLabel(plugin_text(spec.label) + ":", self)
            label.setToolTip(plugin_text(spec.help))
            self._form.addRow(label, w)
            self._widgets[spec.name] = w
        guard_wheel(self)

    def _make(self, spec: Any, value: Any) -> QWidget:
        t = spec.type
        if t == "bool":
            w = QCheckBox(self)
            w.setChecked(bool(value))
            w.toggled.connect(self.changed)
            return w
        if t == "int":
            w = QSpinBox(self)
            w.setRange(-(2**31) + 1, 2**31 - 1)
            w.setValue(int(value or 0))
            w.valueChanged.connect(self.changed)
            return w
        if t == "float":
            w = QDoubleSpinBox(self)
            w.setDecimals(4)
            w.setRange(-1e9, 1e9)
            w.setValue(float(value or 0))
            w.valueChanged.connect(self.changed)
            return w
        if t == "choice":
            w = QComboBox(self)
            for c in spec.choices:
                w.addItem(plugin_text(str(c)), c)
            w.setCurrentIndex(max(w.findData(value), 0))
            w.currentIndexChanged.connect(self.changed)
            return w
        if t == "multichoice":
            w = MultiChoice(spec.choices, set(value or ()), self)
            w.changed.connect(self.changed)
            return w
        if t == "path":
            box = QWidget(self)
            h = QHBoxLayout(box)
            h.setContentsMargins(0, 0, 0, 0)
            edit = QLineEdit(str(value or ""), box)
            edit.setObjectName("path_edit")
            edit.editingFinished.connect(self.changed)
            browse = QPushButton(self.tr("Browse…"), box)
            browse.clicked.connect(lambda: self._browse(edit))
            h.addWidget(edit, 1)
            h.addWidget(browse)
            return box
        w = QLineEdit(str(value or ""), self)
        w.editingFinished.connect(self.changed)
        return w

    def retranslate(self) -> None:
        """Redraw the fields (their labels and the Browse buttons) in the current language."""
        if self._specs:
            self.set_schema(self._specs, self.values())
        elif self._empty is not None:
            self._empty.setText(self.tr("This tokenizer has no options."))

    def _browse(self, edit: QLineEdit) -> None:
        path = open_file(self, self.tr("Choose a file"))
        if path is not None:
            edit.setText(str(path))
            self.changed.emit()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for spec in self._specs:
            w = self._widgets[spec.name]
            if isinstance(w, QCheckBox):
                out[spec.name] = w.isChecked()
            elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
                out[spec.name] = w.value()
            elif isinstance(w, QComboBox):
                out[spec.name] = w.currentData()
            elif isinstance(w, MultiChoice):
                out[spec.name] = w.values()
            elif isinstance(w, QLineEdit):
                out[spec.name] = w.text()
            else:
                edit = w.findChild(QLineEdit, "path_edit")
                out[spec.name] = edit.text() if edit else ""
        return out


class MultiChoice(QWidget):
    """A multichoice option as a grid of check boxes, every choice visible at once (a
    scrolled list showed six of twenty-two parts of speech)."""

    changed = Signal()
    COLUMNS = 3

    def __init__(self, choices: Iterable[Any], chosen: set[Any], parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.boxes: list[tuple[Any, QCheckBox]] = []
        for i, c in enumerate(choices):
            box = QCheckBox(plugin_text(str(c)), self)
            box.setChecked(c in chosen)
            box.toggled.connect(self.changed)
            grid.addWidget(box, i // self.COLUMNS, i % self.COLUMNS)
            self.boxes.append((c, box))

    def values(self) -> tuple[Any, ...]:
        return tuple(c for c, box in self.boxes if box.isChecked())
