"""Save and open project files from the File menu (Qt side of ``core.project``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from w2v_studio.core.workspace.project import (
    PROJECT_SUFFIX,
    Project,
    ProjectError,
    load_project,
    save_project,
)

if TYPE_CHECKING:
    from w2v_studio.qt.shell.host import WindowHost


class ProjectIO(QObject):
    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        self.path: Path | None = None

    def current(self) -> Project:
        """The project as the pages show it now."""
        w = self.window
        cp = w.corpus_page
        config = w.train_page.config()
        model_dir = w.state.model_dir
        return Project(
            corpus_files=tuple(str(p) for p in cp.paths()),
            encodings=cp.encoding_overrides(),
            column=cp.column(),
            field=cp.json_field(),
            tokenizer=cp.tokenizer_id(),
            tokenizer_options=cp.tokenizer_options(),
            train=config,
            model_dir=str(model_dir) if model_dir else None,
        )

    def save_dialog(self) -> None:
        start = str(self.path) if self.path else ""
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save project"),
            start,
            self.tr("Word2Vec Studio project (*{0})").format(PROJECT_SUFFIX),
        )
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> Path | None:
        try:
            project = self.current()
        except ValueError as e:
            self.window.messages.set_message(
                "project",
                "error",
                self.tr(
                    "The project was not saved: the training settings are not valid ({0})."
                ).format(e),
            )
            return None
        try:
            written = save_project(project, path)
        except OSError as e:
            self.window.messages.set_message(
                "project",
                "error",
                self.tr("The project could not be written to {0}: {1}").format(path, e.strerror),
            )
            return None
        self.path = written
        self.window.messages.clear_message("project")
        self.window.statusBar().showMessage(self.tr("Project saved: {0}").format(written), 5000)
        self.window.add_recent("project", written)
        return written

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open project"),
            "",
            self.tr("Word2Vec Studio project (*{0});;All files (*)").format(PROJECT_SUFFIX),
        )
        if path:
            self.open(Path(path))

    def open(self, path: Path) -> bool:
        w = self.window
        try:
            project = load_project(path)
        except ProjectError as e:
            w.messages.set_message("project", "error", str(e))
            return False
        w.messages.clear_message("project")
        w.train_page.set_config(project.train)
        w.corpus_page.apply_project(project)
        missing = [p for p in project.corpus_files if not Path(p).exists()]
        if missing:
            w.messages.set_message(
                "project",
                "warning",
                self.tr(
                    "These corpus files of the project are missing: {0}. Open them again "
                    "from their new place."
                ).format(", ".join(missing)),
            )
        if project.model_dir and (Path(project.model_dir) / "model.json").exists():
            w.model_io.open_model(Path(project.model_dir))
        self.path = path
        w.add_recent("project", path)
        w.tabs.setCurrentWidget(w.corpus_page)
        return True
