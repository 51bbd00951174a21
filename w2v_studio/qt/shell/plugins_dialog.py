"""Help > Tokenizer plugins: every plugin found, its languages, source and status."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.qt.corpus.options_form import plugin_text


class PluginsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from w2v_studio.tokenizers.registry import list_plugins, unavailable_reason

        self.setWindowTitle(self.tr("Tokenizer plugins"))
        self.resize(820, 360)
        intro = QLabel(
            self.tr(
                "Tokenizers come from the plugins folder and from installed packages. "
                "Unavailable ones say why; install what they need and restart."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Id"),
                self.tr("Name"),
                self.tr("Languages"),
                self.tr("Source"),
                self.tr("Status"),
            ]
        )
        plugins = list_plugins()
        self.table.setRowCount(len(plugins))
        for row, p in enumerate(plugins):
            reason = p.error or unavailable_reason(p.id)
            status = (
                self.tr("ready") if reason is None else self.tr("unavailable: {0}").format(reason)
            )
            values = (p.id, plugin_text(p.name), ", ".join(p.languages), p.source, status)
            for col, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setToolTip(str(value))
                if reason is not None:
                    item.setForeground(QColor("#888888"))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addWidget(intro)
        v.addWidget(self.table)
        v.addWidget(buttons)
