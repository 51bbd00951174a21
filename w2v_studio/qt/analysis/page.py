"""The Analyse page: meaning change, WEAT and neighbour stability, one tab each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from w2v_studio.qt.analysis.axes_part import AxesPart
from w2v_studio.qt.analysis.shift_part import ShiftPart
from w2v_studio.qt.analysis.stability_part import StabilityPart
from w2v_studio.qt.analysis.weat_part import WeatPart
from w2v_studio.qt.shell.i18n import Retranslating
from w2v_studio.qt.shell.wheel_guard import guard_wheel

if TYPE_CHECKING:
    from w2v_studio.qt.shell.state import AppState


class AnalysisPage(Retranslating, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.tabs = QTabWidget(self)
        self.shift = ShiftPart(self)
        self.weat = WeatPart(state, self)
        self.stability = StabilityPart(state, self)
        self.axes = AxesPart(state, self)
        for part in self.parts:
            self.tabs.addTab(part, "")
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        self.retranslate()
        guard_wheel(self)  # the wheel scrolls the page, not the settings

    def retranslate(self) -> None:
        for i, text in enumerate((self.tr("Meaning change"), self.tr("Associations (WEAT)"),
                                  self.tr("Neighbour stability"), self.tr("Semantic axes"))):
            self.tabs.setTabText(i, text)


    @property
    def parts(self) -> tuple:
        return (self.shift, self.weat, self.stability, self.axes)

    def shutdown(self) -> None:
        for part in self.parts:
            part.shutdown()
