"""Scrolling a page never changes a setting: number fields and lists take the mouse wheel only
when they have the keyboard focus (clicked or tabbed into); otherwise the wheel scrolls the page.

One event filter on the application, installed by every page (``install_wheel_guard()`` is
idempotent), so a field added anywhere later is covered without doing anything.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    """Hands a wheel event over an unfocused spin box or combo box to its parent instead."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Wheel or not isinstance(obj, GUARDED):
            return False
        widget: QWidget = obj
        if widget.hasFocus():
            return False
        if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel must not focus it
        area = _scroll_area_of(widget)
        if area is not None:  # the page scrolls as if the field were not there
            bar = area.verticalScrollBar() if event.angleDelta().y() else area.horizontalScrollBar()
            QCoreApplication.sendEvent(bar, event)
        return True


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


_guard: WheelGuard | None = None


def install_wheel_guard() -> None:
    """Install the guard on the running application (once; later calls do nothing)."""
    global _guard
    app = QApplication.instance()
    if app is None or _guard is not None:
        return
    _guard = WheelGuard(app)
    app.installEventFilter(_guard)
