"""One evaluated file on the Evaluate page: its summary table, why questions were skipped, every
question (filterable: all / wrong / skipped) and the unknown words."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.core.evaluate.records import write_questions_tsv
from w2v_studio.core.evaluate.similarity import SimilarityResult
from w2v_studio.qt.evaluate.questions_model import QuestionFilter, QuestionsModel, UnknownModel
from w2v_studio.qt.shell.file_dialogs import save_file

if TYPE_CHECKING:
    from w2v_studio.core.evaluate.analogy import AnalogyResult
    from w2v_studio.core.evaluate.diagnose import SkipReason
    from w2v_studio.qt.evaluate.tables import ResultTables


class FileResultView(QWidget):
    """Built once per result (in the interface language of that moment)."""

    def __init__(self, result: SimilarityResult | AnalogyResult, tables: ResultTables,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.result = result
        is_sim = isinstance(result, SimilarityResult)
        self.summary = tables.similarity(result) if is_sim else tables.analogy(result)
        self.notes = QTextBrowser()
        self.notes.setObjectName("notes")
        self.notes.setHtml(self.notes_html())
        self.model = QuestionsModel(result.questions, self)
        self.proxy = QuestionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.show_filter = QComboBox()
        self.show_filter.addItem(self.tr("All questions"), "all")
        if not is_sim:
            self.show_filter.addItem(self.tr("Wrong answers"), "wrong")
        self.show_filter.addItem(self.tr("Skipped questions"), "skipped")
        self.show_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_show(self.show_filter.currentData())
        )
        self.count_label = QLabel()
        self.export_button = QPushButton(self.tr("Save questions as TSV…"))
        self.export_button.clicked.connect(self.choose_export)
        self.export_message = QLabel()
        self.proxy.layoutChanged.connect(self._count)
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)
        self.proxy.modelReset.connect(self._count)
        self.questions = _view(self.proxy, "questions")
        self.unknown = _view(UnknownModel(result.unknown, self), "unknown")
        self._layout()
        self._count()

    def _layout(self) -> None:
        qpage = QWidget()
        ql = QVBoxLayout(qpage)
        ql.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:")))
        row.addWidget(self.show_filter)
        row.addWidget(self.count_label, 1)
        row.addWidget(self.export_message)
        row.addWidget(self.export_button)
        ql.addLayout(row)
        ql.addWidget(self.questions, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(qpage, self.tr("Questions"))
        if self.notes_html():
            self.tabs.addTab(self.notes, self.tr("Why skipped"))
        self.tabs.addTab(self.unknown, self.tr("Unknown words ({0:,})").format(
            len(self.result.unknown)))  # fmt: skip
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.summary)
        split.addWidget(self.tabs)
        split.setSizes([180, 420])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

    def _count(self) -> None:
        self.count_label.setText(self.tr("{0:,} of {1:,} questions shown").format(
            self.proxy.rowCount(), self.model.rowCount()))  # fmt: skip

    def set_show(self, show: str) -> None:
        """'all', 'wrong' or 'skipped' (as the filter box)."""
        self.show_filter.setCurrentIndex(max(self.show_filter.findData(show), 0))

    # ------------------------------------------------------------------ export
    def choose_export(self) -> None:
        name = Path(self.result.path).stem + "_questions.tsv"
        path = save_file(self, self.tr("Save questions"), name, self.tr("TSV (*.tsv)"))
        if path:
            self.export_questions(path)

    def export_questions(self, path: Path) -> Path | None:
        """Every question of this file (all of them, whatever the filter) as TSV."""
        try:
            out = write_questions_tsv(path, [self.result])
        except OSError as e:
            self.export_message.setText(self.tr("Could not write {0}: {1}").format(
                path, e.strerror or e))  # fmt: skip
            return None
        self.export_message.setText(self.tr("Saved to {0}").format(out))
        return out

    # ------------------------------------------------------------------ notes
    def reasons(self) -> list[SkipReason]:
        r = self.result
        if isinstance(r, SimilarityResult):
            return [r.skip_reason] if r.skip_reason is not None else []
        return list(r.skip_reasons)

    def notes_html(self) -> str:
        """Why questions were skipped, words found through the tokenizer, skipped lines."""
        parts = [self.reason_text(x) for x in self.reasons()]
        if self.result.looked_up:
            shown = ", ".join(f"{w} → {f}" for w, f in self.result.looked_up[:4])
            parts.append(self.tr("{0:,} test words were found through the model's tokenizer "
                                 "(e.g. {1}).").format(len(self.result.looked_up), shown))
        if self.result.skipped_note:
            parts.append(self.result.skipped_note)
        return "".join(f"<p>{html.escape(p)}</p>" for p in parts)

    def reason_text(self, r: SkipReason) -> str:
        """The reason for one section in the interface language."""
        head = self.tr("{0:,} of {1:,} questions skipped").format(r.skipped, r.questions)
        if r.section:
            head = f"{r.section}: {head}"
        ex = r.example_text()
        tail = {
            "inflected": self.tr(
                "{0:,} have a test word in an inflected form (e.g. {1}) while the vocabulary "
                "holds the bare morpheme (the tokenizer split off particles and endings). Train "
                "with particles kept or with whitespace tokens to answer them, or look test "
                "words up through the model's tokenizer."),
            "case": self.tr(
                "{0:,} have a test word the vocabulary holds in other upper/lower case (e.g. "
                "{1}). Tick 'Ignore upper/lower case' to answer them."),
            "restricted": self.tr(
                "{0:,} have a test word beyond the most frequent words searched (e.g. {1}). "
                "Search more words (0 = all) to answer them."),
            "absent": self.tr(
                "{0:,} have a test word that is not in the vocabulary at all (e.g. {1}): rarer "
                "in the corpus than the minimum count, or absent. A larger corpus or a lower "
                "minimum count would help."),
        }[r.cause].format(r.blocked, ex)  # fmt: skip
        return f"{head}: {tail}"


def _view(model, name: str) -> QTableView:  # noqa: ANN001
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # file order until a header is clicked
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    small = model.rowCount() < 2000  # measuring every row of a large set takes seconds
    for c in range(model.columnCount()):
        if small:
            view.resizeColumnToContents(c)
        else:
            text = str(model.headerData(c, Qt.Orientation.Horizontal, 0))
            source = model.sourceModel() if hasattr(model, "sourceModel") else model
            wide = {0: 0.7, 1: 2.0}.get(c, 1.0) if getattr(source, "analogy", False) else 1.0
            fits = view.fontMetrics().horizontalAdvance(text) + 24
            view.setColumnWidth(c, max(int(80 * wide), fits))
    return view
