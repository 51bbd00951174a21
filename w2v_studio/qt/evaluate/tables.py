"""Result tables of the Evaluate page: one per similarity file, per section for analogies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

if TYPE_CHECKING:
    from w2v_studio.core.evaluate.analogy import AnalogyResult
    from w2v_studio.core.evaluate.similarity import SimilarityResult

RAW = Qt.ItemDataRole.UserRole  # the exact number behind a formatted cell


def pct(x: float) -> str:
    """0.7134 -> '71.34 %'."""
    return f"{100 * x:.2f} %"


class ResultTables(QObject):
    """Builds the tables (translated when built); every number cell keeps its exact value
    under ``RAW`` so tests and exports compare numbers, not text."""

    def table(
        self, headers: list[str], rows: list[list[tuple[str, object]]], bold_from: int | None = None
    ) -> QTableWidget:
        t = QTableWidget(len(rows), len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.verticalHeader().setVisible(False)
        bold = QFont()
        bold.setBold(True)
        for r, row in enumerate(rows):
            for c, (text, raw) in enumerate(row):
                item = QTableWidgetItem(text)
                item.setData(RAW, raw)
                if c > 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if bold_from is not None and r >= bold_from:
                    item.setFont(bold)
                    item.setBackground(QColor("#f0f0f0"))
                t.setItem(r, c, item)
        t.resizeColumnsToContents()
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return t

    def similarity(self, r: SimilarityResult) -> QTableWidget:
        def num(x: float | None, fmt: str = "{:.4f}") -> tuple[str, object]:
            return ("—" if x is None or x != x else fmt.format(x)), x

        rows = [
            [(self.tr("Word pairs in the file"), None), (f"{r.pairs:,}", r.pairs)],
            [(self.tr("Pairs with both words known"), None), (f"{r.used:,}", r.used)],
            [(self.tr("Skipped (unknown word)"), None), (f"{r.oov:,} ({pct(r.oov_share)})", r.oov)],
            [(self.tr("Spearman ρ"), None), num(r.spearman)],
            [(self.tr("Spearman p-value"), None), num(r.spearman_p, "{:.2g}")],
            [(self.tr("Pearson r"), None), num(r.pearson)],
            [(self.tr("Pearson p-value"), None), num(r.pearson_p, "{:.2g}")],
        ]
        if r.missing_words:
            n = len(r.missing_words)
            shown = ", ".join(r.missing_words[:6]) + (f", … (+{n - 6:,})" if n > 6 else "")
            rows.append([(self.tr("Unknown words"), None), (shown, n)])
        t = self.table([self.tr("Measure"), self.tr("Value")], rows)
        t.setObjectName("similarity")
        if r.missing_words:
            t.item(len(rows) - 1, 1).setToolTip(", ".join(r.missing_words))
        return t

    def analogy(self, r: AnalogyResult) -> QTableWidget:
        kinds = {"semantic": self.tr("semantic"), "syntactic": self.tr("syntactic"), "unknown": ""}
        parts = list(r.sections)
        extra = [s for s in (r.semantic, r.syntactic) if s is not None]
        totals = [*extra, r.overall]
        rows = []
        for k, s in enumerate(parts + totals):
            name = s.name
            if k >= len(parts):
                name = {
                    "semantic": self.tr("All semantic"),
                    "syntactic": self.tr("All syntactic"),
                    "overall": self.tr("Overall"),
                }.get(s.name, s.name)
            rows.append(
                [
                    (name, s.name),
                    (kinds.get(s.kind, s.kind), s.kind),
                    (f"{s.correct:,}", s.correct),
                    (f"{s.answered:,}", s.answered),
                    (f"{s.skipped:,}", s.skipped),
                    (pct(s.accuracy), s.accuracy),
                ]
            )
        t = self.table(
            [
                self.tr("Section"),
                self.tr("Kind"),
                self.tr("Correct"),
                self.tr("Answered"),
                self.tr("Skipped"),
                self.tr("Accuracy"),
            ],
            rows,
            bold_from=len(parts),
        )
        t.setObjectName("analogy")
        return t
