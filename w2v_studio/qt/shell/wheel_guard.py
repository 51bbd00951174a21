"""Scrolling a page never changes a setting: number fields and lists take the mouse wheel only
when they have the keyboard focus (clicked or tabbed into); otherwise the wheel scrolls the page.

``guard_wheel(widget)`` installs one shared event filter on every spin box and combo box below
``widget`` (pages call it once built, forms again when they draw new fields). The filter sits on
those fields only, not on the whole application, so no other event pays for it.
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
    """Hands a wheel event over an unfocused spin box or combo box to its scroll area."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Wheel or not isinstance(obj, GUARDED):
            return False
        if obj.hasFocus():
            return False
        area = _scroll_area_of(obj)
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


def guard_wheel(root: QWidget) -> None:
    """Guard every spin box and combo box below ``root`` (fields guarded already are skipped)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(QApplication.instance())
    for field in root.findChildren(QAbstractSpinBox) + root.findChildren(QComboBox):
        if not field.property("wheel_guarded"):
            field.setProperty("wheel_guarded", True)
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel must not focus it
            field.installEventFilter(_guard)
