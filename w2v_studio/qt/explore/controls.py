"""The Explore page's controls: which words, which projection, which colours; find a word."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from w2v_studio.core.explore.projection import METHODS, Method, ProjectionSettings
from w2v_studio.core.explore.word_selection import MAX_WORDS_DEFAULT, Source, WordChoice
from w2v_studio.qt.explore.axes_inputs import AxesInputs
from w2v_studio.qt.shell.i18n import Retranslating

ColourMode = Literal["frequency", "cluster", "pos"]
SOURCES: tuple[Source, ...] = ("frequent", "list", "neighbours", "regex")
COLOURS: tuple[ColourMode, ...] = ("frequency", "cluster", "pos")


class PlacementControls(Retranslating, QWidget):
    """Two rows: words (source, how many, text) and layout (projection, colours, Place/Cancel).

    Combo boxes keep stable ids as item data; texts come from ``retranslate``.
    """

    place_requested = Signal()
    cancel_requested = Signal()
    colour_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QComboBox()
        for s in SOURCES:
            self.source.addItem("", s)
        self.count = QSpinBox(minimum=1, maximum=10_000_000, value=MAX_WORDS_DEFAULT)
        self.count.setGroupSeparatorShown(True)
        self.count.setSingleStep(500)
        self.text = QLineEdit()
        self.word_list = QPlainTextEdit()
        self.word_list.setMaximumHeight(70)
        self.word_list.setVisible(False)
        self.method = QComboBox()
        for m in (*METHODS, "axes"):
            self.method.addItem("", m)
        self.axes = AxesInputs()  # the word sets of the semantic axes
        self.axes.setVisible(False)
        self.colour = QComboBox()
        for c in COLOURS:
            self.colour.addItem("", c)
        self.k = QSpinBox(minimum=2, maximum=16, value=8)
        self.place_button = QPushButton()
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate until t-SNE reports (UMAP never does)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.words_label, self.count_label = QLabel(), QLabel()
        self.layout_label, self.colour_label, self.k_label = QLabel(), QLabel(), QLabel()

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.words_label, 0, 0)
        row0 = QHBoxLayout()
        row0.addWidget(self.source)
        row0.addWidget(self.count_label)
        row0.addWidget(self.count)
        row0.addWidget(self.text, 1)
        grid.addLayout(row0, 0, 1)
        grid.addWidget(self.word_list, 1, 1)
        grid.addWidget(self.layout_label, 2, 0)
        row2 = QHBoxLayout()
        row2.addWidget(self.method)
        row2.addWidget(self.colour_label)
        row2.addWidget(self.colour)
        row2.addWidget(self.k_label)
        row2.addWidget(self.k)
        row2.addStretch(1)
        row2.addWidget(self.busy)
        row2.addWidget(self.place_button)
        row2.addWidget(self.cancel_button)
        grid.addLayout(row2, 2, 1)
        grid.addWidget(self.axes, 3, 1)
        grid.setColumnStretch(1, 1)

        self.source.currentIndexChanged.connect(self._source_changed)
        self.colour.currentIndexChanged.connect(self._colour_changed)
        self.k.valueChanged.connect(lambda _v: self.colour_changed.emit())
        self.method.currentIndexChanged.connect(
            lambda _i: self.axes.setVisible(self.method.currentData() == "axes")
        )
        self.axes.changed.connect(self._axes_edited)
        self.place_button.clicked.connect(self.place_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.text.returnPressed.connect(self.place_requested)
        self.retranslate()
        self._source_changed()
        self.set_tags_available(False)
        self._colour_changed()

    def retranslate(self) -> None:
        for i, t in enumerate(
            [
                self.tr("Most frequent words"),
                self.tr("Pasted word list"),
                self.tr("Neighbours of a word"),
                self.tr("Words matching a regex"),
            ]
        ):
            self.source.setItemText(i, t)
        names = [self.tr("PCA (immediate)"), self.tr("t-SNE"), self.tr("UMAP"),
                 self.tr("Semantic axes (word sets)")]  # fmt: skip
        for i, t in enumerate(names):
            self.method.setItemText(i, t)
        for i, t in enumerate([self.tr("frequency band"), self.tr("k-means cluster"),
                               self.tr("part of speech")]):
            self.colour.setItemText(i, t)
        self.words_label.setText(self.tr("Words:"))
        self.layout_label.setText(self.tr("Layout:"))
        self.colour_label.setText(self.tr("Colour by:"))
        self.k_label.setText(self.tr("Clusters:"))
        self.place_button.setText(self.tr("Place words"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.word_list.setPlaceholderText(
            self.tr("Paste words here, separated by spaces, commas or new lines")
        )
        self._source_changed()


    def _source_changed(self) -> None:
        src = self.source.currentData()
        self.word_list.setVisible(src == "list")
        self.text.setVisible(src in ("neighbours", "regex"))
        self.count.setEnabled(src != "list")
        self.count_label.setText(self.tr("how many:") if src == "frequent" else self.tr("at most:"))
        self.text.setPlaceholderText(
            self.tr("a word, e.g. 서울 or 中国")
            if src == "neighbours"
            else self.tr("a regular expression, e.g. ^un.*able$")
        )

    def _colour_changed(self) -> None:
        self.k.setEnabled(self.colour.currentData() == "cluster")
        self.colour_changed.emit()

    # ------------------------------------------------------------------ values
    def choice(self) -> WordChoice:
        src = self.source.currentData()
        text = self.word_list.toPlainText() if src == "list" else self.text.text().strip()
        return WordChoice(src, self.count.value(), text)

    def set_choice(self, choice: WordChoice) -> None:
        self.source.setCurrentIndex(SOURCES.index(choice.source))
        self.count.setValue(choice.n)
        if choice.source == "list":
            self.word_list.setPlainText(choice.text)
        else:
            self.text.setText(choice.text)

    def on_axes(self) -> bool:
        """True when words are placed by their position on the semantic axes."""
        return self.method.currentData() == "axes"

    def settings(self) -> ProjectionSettings:
        """The projection (PCA for the semantic axes, which need none: see ``on_axes``)."""
        return ProjectionSettings(method="pca" if self.on_axes() else self.method.currentData())

    def set_method(self, method: Method | str) -> None:
        self.method.setCurrentIndex(self.method.findData(method))

    def _axes_edited(self) -> None:
        if self.on_axes():
            self.place_requested.emit()

    def colour_mode(self) -> ColourMode:
        return self.colour.currentData()

    def set_tags_available(self, available: bool) -> None:
        """Offer "part of speech" only for a model with tags (else back to frequency bands,
        without a signal: the page places the new model's words anyway)."""
        i = COLOURS.index("pos")
        self.colour.model().item(i).setEnabled(available)
        if not available and self.colour.currentIndex() == i:
            self.colour.blockSignals(True)
            self.colour.setCurrentIndex(0)
            self.colour.blockSignals(False)
            self.k.setEnabled(False)

    def set_busy(self, busy: bool) -> None:
        self.busy.setRange(0, 0)  # unknown until the first progress report (t-SNE reports)
        self.busy.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.place_button.setEnabled(not busy)

    def set_progress(self, fraction: object) -> None:
        """The fraction done of a running t-SNE (a determinate bar from the first report)."""
        if isinstance(fraction, float):
            self.busy.setRange(0, 1000)
            self.busy.setValue(int(fraction * 1000))


class MapToolbar(Retranslating, QWidget):
    """Find a word on the map; show only the selected word's neighbours; fit the view."""

    find_requested = Signal(str)
    only_neighbours_toggled = Signal(bool)
    fit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find = QLineEdit()
        self.find_button = QPushButton()
        self.only = QCheckBox()
        self.only_k = QSpinBox(minimum=1, maximum=500, value=20)
        self.fit_button = QPushButton()
        self.find_label = QLabel()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.find_label)
        lay.addWidget(self.find, 1)
        lay.addWidget(self.find_button)
        lay.addSpacing(12)
        lay.addWidget(self.only)
        lay.addWidget(self.only_k)
        lay.addWidget(self.fit_button)
        self.find.returnPressed.connect(lambda: self.find_requested.emit(self.find.text().strip()))
        self.find_button.clicked.connect(lambda: self.find_requested.emit(self.find.text().strip()))
        self.only.toggled.connect(self.only_neighbours_toggled)
        self.only_k.valueChanged.connect(
            lambda _v: self.only.isChecked() and self.only_neighbours_toggled.emit(True)
        )
        self.fit_button.clicked.connect(self.fit_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.find_label.setText(self.tr("Find:"))
        self.find.setPlaceholderText(self.tr("a word on the map"))
        self.find_button.setText(self.tr("Find"))
        self.only.setText(self.tr("Only the selected word's neighbours:"))
        self.fit_button.setText(self.tr("Fit view"))

