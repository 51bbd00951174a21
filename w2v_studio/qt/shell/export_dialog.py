"""Export dialog: vectors in every format of the vectors layer, the map as PNG/SVG/CSV."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.qt.explore.map_export import DEFAULT_WIDTH, export_map_image
from w2v_studio.qt.shell.file_dialogs import last_folder, recall, remember, save_file
from w2v_studio.qt.shell.i18n import Retranslating
from w2v_studio.qt.shell.messages import MessageBar
from w2v_studio.qt.shell.worker import CallThread

if TYPE_CHECKING:
    from w2v_studio.qt.explore.page import ExplorePage
    from w2v_studio.qt.shell.state import AppState

# format id -> (suffix of the suggested file name, file-dialog filter)
VECTOR_FORMATS = {
    "word2vec-binary": (".bin", "word2vec binary (*.bin)"),
    "word2vec-text": (".txt", "word2vec text (*.txt *.vec)"),
    "vocab": (".vocab.txt", "vocabulary (*.txt)"),
    "tsv": (".tsv", "TSV for the Embedding Projector (*.tsv)"),
    "csv": (".csv", "CSV (*.csv)"),
    "npy": (".npy", "NumPy (*.npy)"),
}
MAP_FORMATS = {"png": ".png", "svg": ".svg", "points": ".csv"}


class ExportDialog(Retranslating, QDialog):
    """``exported`` carries the list of files written (vectors run in a worker thread)."""

    exported = Signal(list)

    def __init__(
        self,
        state: AppState,
        parent: QWidget | None = None,
        explore_page: ExplorePage | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        if explore_page is None and parent is not None:
            from w2v_studio.qt.explore.page import ExplorePage

            explore_page = parent.findChild(ExplorePage)
        self.page = explore_page
        self._thread: CallThread | None = None
        self.messages = MessageBar(self)

        self.vec_box = QGroupBox()
        self.format = QComboBox()
        for fid in VECTOR_FORMATS:
            self.format.addItem("", fid)
        self.limit_on = QCheckBox()
        self.limit = QSpinBox(minimum=1, maximum=100_000_000, value=50_000)
        self.limit.setGroupSeparatorShown(True)
        self.limit.setSingleStep(10_000)
        self.skip_bad = QCheckBox()
        self.vec_path = QLineEdit()
        self.vec_browse, self.vec_export = QPushButton(), QPushButton()
        self.labels = {k: QLabel() for k in ("format", "file", "map_format", "map_file")}
        vf = QFormLayout(self.vec_box)
        vf.addRow(self.labels["format"], self.format)
        lim = QHBoxLayout()
        lim.addWidget(self.limit_on)
        lim.addWidget(self.limit, 1)
        vf.addRow(lim)
        vf.addRow(self.skip_bad)
        vf.addRow(self.labels["file"], self._path_row(self.vec_path, self.vec_browse))
        vf.addRow(self.vec_export)
        self.vec_form = vf

        self.map_box = QGroupBox()
        self.map_format = QComboBox()
        for fid in MAP_FORMATS:
            self.map_format.addItem("", fid)
        self.map_path = QLineEdit()
        self.map_browse, self.map_export = QPushButton(), QPushButton()
        self.map_width = QSpinBox(minimum=400, maximum=20_000, value=DEFAULT_WIDTH)
        self.map_width.setSingleStep(200)
        self.map_width.setSuffix(" px")
        self.labels["map_width"] = QLabel()
        mf = QFormLayout(self.map_box)
        mf.addRow(self.labels["map_format"], self.map_format)
        mf.addRow(self.labels["map_width"], self.map_width)
        mf.addRow(self.labels["map_file"], self._path_row(self.map_path, self.map_browse))
        mf.addRow(self.map_export)
        self.map_form = mf

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.messages)
        lay.addWidget(self.vec_box)
        lay.addWidget(self.map_box)
        lay.addStretch(1)
        lay.addWidget(buttons)

        self.limit_on.toggled.connect(self.limit.setEnabled)
        self.limit.setEnabled(False)
        self.format.currentIndexChanged.connect(self._suggest_vec_path)
        self.map_format.currentIndexChanged.connect(self._suggest_map_path)
        self.vec_browse.clicked.connect(self._browse_vectors)
        self.map_browse.clicked.connect(self._browse_map)
        self.vec_export.clicked.connect(self.export_vectors)
        self.map_export.clicked.connect(self.export_map)
        self.retranslate()
        self._restore_choices()
        self._suggest_vec_path()
        self._suggest_map_path()
        self._enable()
        self.resize(560, self.sizeHint().height())

    @staticmethod
    def _path_row(edit: QLineEdit, button: QPushButton) -> QWidget:
        w = QWidget()
        h = QHBoxLayout(w)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(edit, 1)
        h.addWidget(button)
        return w

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.vec_box.setTitle(self.tr("Vectors"))
        names = [
            self.tr("word2vec binary (.bin)"),
            self.tr("word2vec text (.txt)"),
            self.tr("vocabulary with counts (.txt)"),
            self.tr("TSV + metadata for the Embedding Projector"),
            self.tr("CSV (word, count, vector)"),
            self.tr("NumPy array + word list (.npy)"),
        ]
        for i, n in enumerate(names):
            self.format.setItemText(i, n)
        self.labels["format"].setText(self.tr("Format:"))
        self.labels["map_format"].setText(self.tr("Format:"))
        self.labels["file"].setText(self.tr("File:"))
        self.labels["map_file"].setText(self.tr("File:"))
        self.labels["map_width"].setText(self.tr("PNG width:"))
        self.limit_on.setText(self.tr("Only the most frequent words:"))
        self.skip_bad.setText(
            self.tr("Leave out words that contain spaces (they would break the file)")
        )
        for b in (self.vec_browse, self.map_browse):
            b.setText(self.tr("Browse…"))
        self.vec_export.setText(self.tr("Export vectors"))
        self.map_box.setTitle(self.tr("Map of the Explore page"))
        for i, n in enumerate(
            [
                self.tr("PNG image"),
                self.tr("SVG image"),
                self.tr("2-D coordinates CSV (word, x, y, count)"),
            ]
        ):
            self.map_format.setItemText(i, n)
        self.map_export.setText(self.tr("Export map"))


    def _enable(self) -> None:
        has_vectors = self.state.vectors is not None
        self.vec_box.setEnabled(has_vectors)
        has_map = self.page is not None and bool(self.page.placed_words)
        self.map_box.setEnabled(has_map)
        if not has_vectors:
            self.messages.set_message(
                "vectors",
                "info",
                self.tr("Train or open a model first: there is nothing to export yet."),
            )
        elif not has_map:
            self.messages.set_message(
                "map", "info", self.tr("Place words on the Explore page to export the map.")
            )

    # ------------------------------------------------------------------ paths
    def _restore_choices(self) -> None:
        """The formats and PNG width chosen last time (remembered across sessions)."""
        for combo, key in ((self.format, "export/format"), (self.map_format, "export/map_format")):
            i = combo.findData(recall(key, ""))
            if i >= 0:
                combo.setCurrentIndex(i)
        self.map_width.setValue(int(recall("export/map_width", DEFAULT_WIDTH)))

    def _remember_choices(self, path: Path) -> None:
        remember("export/format", self.format.currentData())
        remember("export/map_format", self.map_format.currentData())
        remember("export/map_width", self.map_width.value())
        remember("export/folder", str(path.parent))

    def _base(self) -> Path:
        folder = recall("export/folder")
        d = self.state.model_dir
        name = d.name if d is not None else "vectors"
        if folder and Path(folder).is_dir():
            return Path(folder) / name
        return (d.parent / d.name) if d is not None else Path(last_folder()) / name

    def _suggest_vec_path(self) -> None:
        suffix = VECTOR_FORMATS[self.format.currentData()][0]
        current = self.vec_path.text().strip()
        base = Path(current).parent / "vectors" if current else self._base()
        self.vec_path.setText(str(base.with_name(base.name.split(".")[0] + suffix)))

    def _suggest_map_path(self) -> None:
        suffix = MAP_FORMATS[self.map_format.currentData()]
        current = self.map_path.text().strip()
        folder = Path(current).parent if current else self._base().parent
        self.map_path.setText(str(folder / f"map{suffix}"))

    def _browse_vectors(self) -> None:
        fid = self.format.currentData()
        path = save_file(self, self.tr("Export vectors"), self.vec_path.text(),
                         VECTOR_FORMATS[fid][1])  # fmt: skip
        if path is not None:
            self.vec_path.setText(str(path))

    def _browse_map(self) -> None:
        path = save_file(self, self.tr("Export map"), self.map_path.text())
        if path is not None:
            self.map_path.setText(str(path))

    # ------------------------------------------------------------------ exporting
    def export_vectors(self) -> None:
        """Write the vectors in a worker thread; ``exported`` tells the files written."""
        from w2v_studio.core.vectors.io.errors import VectorFormatError
        from w2v_studio.core.vectors.io.export import export_vectors

        wv = self.state.vectors
        text = self.vec_path.text().strip()
        if wv is None or not text:
            return
        fid = self.format.currentData()
        limit = self.limit.value() if self.limit_on.isChecked() else None
        bad = "skip" if self.skip_bad.isChecked() else "error"
        path = Path(text).expanduser()

        def work(_report, _cancel: threading.Event) -> list[Path]:
            return export_vectors(wv, path, fid, limit=limit, bad=bad)

        self._remember_choices(path)
        self.messages.clear_all()
        t = CallThread(work, self, cancel_types=())
        t.succeeded.connect(self._written)
        t.failed.connect(self._failed)
        self._thread = t
        self.vec_export.setEnabled(False)
        self._vector_errors = (VectorFormatError, OSError)
        t.start()

    def _written(self, paths: list[Path]) -> None:
        self.vec_export.setEnabled(True)
        self._report(paths)

    def _failed(self, e: BaseException) -> None:
        self.vec_export.setEnabled(True)
        text = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        self.messages.set_message(
            "export", "error", self.tr("Nothing was exported: {0}").format(text)
        )

    def export_map(self) -> list[Path]:
        """Write the map (PNG/SVG of the current view, or every placed word's x, y as CSV)."""
        from w2v_studio.core.explore.projection import write_points_csv

        if self.page is None or not self.page.placed_words:
            return []
        fid = self.map_format.currentData()
        path = Path(self.map_path.text().strip()).expanduser()
        if path.suffix.lower() != MAP_FORMATS[fid]:
            path = path.with_suffix(MAP_FORMATS[fid])
            self.map_path.setText(str(path))
        self.messages.clear_all()
        self._remember_choices(path)
        try:
            if fid == "points":
                counts = self.page.map.counts if self.state.vectors.counts is not None else None
                write_points_csv(path, self.page.placed_words, self.page.xy, counts)
            else:
                export_map_image(self.page.map, path, self.map_width.value(),
                                 self.page.colours.legend_items)  # fmt: skip
        except OSError as e:
            self._failed(e)
            return []
        self._report([path])
        return [path]

    def _report(self, paths: list[Path]) -> None:
        lines = [f"{p} ({p.stat().st_size:,} B)" for p in paths if p.exists()]
        self.messages.set_message(
            "export", "info", self.tr("Written: {0}").format(", ".join(lines))
        )
        self.exported.emit(paths)

    def done(self, r: int) -> None:
        if self._thread is not None and self._thread.isRunning():
            self._thread.wait()
        super().done(r)
