"""Scrolling over the Train form never changes a setting unless the field has the focus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QScrollArea

from w2v_studio.qt.shell.state import AppState
from w2v_studio.qt.train.page import TrainPage


def wheel(widget, steps: int = 3) -> None:
    """Real wheel events (one notch each, scrolling down) delivered through the application."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    for _ in range(steps):
        ev = QWheelEvent(centre, widget.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120),
                         Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                         Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, ev)


def test_wheel_over_an_unfocused_number_field_changes_nothing_and_scrolls_the_form(qtbot):
    page = TrainPage(AppState())
    qtbot.addWidget(page)
    page.resize(900, 420)  # short: the settings column scrolls
    page.show()
    alpha = page.form.widget("alpha")
    arch = page.form.widget("architecture")
    scroll = page.findChild(QScrollArea)
    before = (alpha.value(), arch.currentIndex(), page.config())
    start = scroll.verticalScrollBar().value()
    wheel(alpha)
    wheel(arch)
    assert (alpha.value(), arch.currentIndex(), page.config()) == before
    assert scroll.verticalScrollBar().value() > start  # the wheel went to the page instead


def test_wheel_over_a_focused_number_field_still_changes_it(qtbot):
    page = TrainPage(AppState())
    qtbot.addWidget(page)
    page.show()
    alpha: QDoubleSpinBox = page.form.widget("alpha")
    alpha.setFocus()
    qtbot.waitUntil(alpha.hasFocus, timeout=2000)
    before = alpha.value()
    wheel(alpha, steps=1)
    assert alpha.value() < before
