"""Save and open project files from the File menu (Qt side of ``core.project``)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from w2v_studio.core.workspace.project import (
    PROJECT_SUFFIX,
    Project,
    ProjectError,
    load_project,
    save_project,
)
from w2v_studio.qt.shell.errors import plain_error
from w2v_studio.qt.shell.file_dialogs import open_file, save_file
from w2v_studio.qt.shell.project_workspace import (
    apply_evaluation,
    apply_map_settings,
    apply_word_sets,
    evaluation,
    map_settings,
    word_sets,
)
from w2v_studio.qt.shell.unsaved import (
    Choice,
    ask_save_discard_cancel,
    model_folder_beside,
    save_model_and_wait,
)

if TYPE_CHECKING:
    from w2v_studio.core.analysis.word_sets import WordSet
    from w2v_studio.qt.shell.host import WindowHost


class ProjectIO(QObject):
    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        self._tokenizer_known = True  # False when the project was read before the plugins
        self._kept_sets: dict[str, WordSet] = {}  # word sets no page of this version shows

    @property
    def path(self) -> Path | None:
        """The open project's file (None before one is opened or saved)."""
        return self.window.state.project_path

    def current(self) -> Project:
        """The project as the pages show it now."""
        w = self.window
        cp = w.corpus_page
        config = w.train_page.config()
        model_dir = w.state.model_dir
        other = w.explore_page.compare.other_path
        return Project(
            corpus_files=tuple(str(p) for p in cp.paths()),
            encodings=cp.encoding_overrides(),
            column=cp.column(),
            field=cp.json_field(),
            tokenizer=cp.tokenizer_id(),
            tokenizer_options=cp.tokenizer_options(),
            train=config,
            model_dir=str(model_dir) if model_dir else None,
            second_model=str(other) if other is not None else None,
            evaluation=evaluation(w.evaluate_page),
            map=map_settings(w.explore_page),
            word_sets={**self._kept_sets, **word_sets(w.analysis_page, w.explore_page)},
        )

    # ----------------------------------------------------------------- unsaved changes
    def _as_written(self, project: Project, path: Path) -> dict[str, Any]:
        d = project.to_dict(path.parent.resolve())
        if not self._tokenizer_known:  # the plugin list was still loading when it was read
            d["tokenizer"] = None
        return d

    def _mark_saved(self, path: Path, project: Project) -> None:
        self._tokenizer_known = self.window.corpus_page.tok_combo.count() > 0
        self.window.state.mark_project_saved(path, self._as_written(project, path))

    def has_unsaved_changes(self) -> bool:
        """True when a project is open and the pages show something its file does not hold."""
        path = self.path
        if path is None:
            return False
        try:
            now = self.current()
        except (TypeError, ValueError):  # settings that cannot be saved: a change from the file
            return True
        return self.window.state.project_changed(self._as_written(now, path))

    # ----------------------------------------------------------------- save
    def save_dialog(self) -> None:
        path = save_file(
            self.window,
            self.tr("Save project"),
            self.path or f"project{PROJECT_SUFFIX}",
            self.tr("Word2Vec Studio project (*{0})").format(PROJECT_SUFFIX),
        )
        if path is not None:
            self.save(path)

    def save(self, path: Path, include_model: bool | None = None) -> Path | None:
        """Write the project. A model trained here and not saved yet is first saved beside
        the project, when the user says so (``include_model``: asked when None)."""
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(PROJECT_SUFFIX)
        if self.window.state.model_unsaved() and not self._save_model_first(path, include_model):
            return None
        try:
            project = self.current()
        except ValueError as e:
            self.window.messages.set_message(
                "project",
                "error",
                self.tr(
                    "{0} was not saved: the training settings are not valid ({1}). Correct "
                    "them on the Train page, then save the project again."
                ).format(path, e),
            )
            return None
        try:
            written = save_project(project, path)
        except OSError as e:
            error = plain_error(e, path, self.tr("be written"))
            self.window.messages.set_message("project", "error", error.text, error.details)
            return None
        self._mark_saved(written, project)
        self._tell_saved(written)
        self.window.add_recent("project", written)
        return written

    def _save_model_first(self, path: Path, include_model: bool | None) -> bool:
        """Save the unsaved model beside ``path``; False when the project must not be written
        (the user cancelled, or the model could not be saved)."""
        w = self.window
        folder = model_folder_beside(path)
        if include_model is None:
            if not w.confirm_close:
                return True  # not asked: the project is written and says it has no model
            choice = ask_save_discard_cancel(
                w,
                self.tr("The model is not saved"),
                self.tr(
                    "The model you trained is not saved, so the project cannot include it. "
                    "Save the model in {0} together with the project?"
                ).format(folder),
                discard_label=self.tr("Save the project without the model"),
            )
            if choice is Choice.CANCEL:
                return False
            include_model = choice is Choice.SAVE
        if not include_model:
            return True
        if save_model_and_wait(w, folder):
            return True
        w.messages.set_message(
            "project",
            "error",
            self.tr(
                "The project was not saved, because its model could not be saved in {0}. "
                "Choose another place for the project, or save the model first with "
                "File > Save model."
            ).format(folder),
        )
        return False

    def _tell_saved(self, written: Path) -> None:
        w = self.window
        if w.state.model_unsaved():
            w.messages.set_message(
                "project",
                "warning",
                self.tr(
                    "The project was saved in {0} without the model: the model you trained is "
                    "not saved. Save it with File > Save model, then save the project again "
                    "to include it."
                ).format(written),
            )
            return
        w.messages.clear_message("project")
        w.statusBar().showMessage(self.tr("Project saved: {0}").format(written), 5000)

    # ----------------------------------------------------------------- open
    def open_dialog(self) -> None:
        path = open_file(
            self.window,
            self.tr("Open project"),
            self.tr("Word2Vec Studio project (*{0});;All files (*)").format(PROJECT_SUFFIX),
        )
        if path is not None:
            self.open(path)

    def open(self, path: Path) -> bool:
        """Open a project file (after asking about unsaved work); False when it was not."""
        w = self.window
        path = Path(path)
        if not w.unsaved.confirm(self.tr("opening a project")):
            return False
        try:
            project = load_project(path)
            self._apply(project)
        except ProjectError as e:
            w.messages.set_message("project", "error", str(e))
            return False
        except Exception as e:  # a file this version cannot use: say so, keep the window
            error = plain_error(e, path, self.tr("be opened as a project"))
            w.messages.set_message("project", "error", error.text, error.details)
            return False
        self._restore_workspace(path, project)
        w.add_recent("project", path)
        w.tabs.setCurrentWidget(w.corpus_page)
        return True

    def _restore_workspace(self, path: Path, project: Project) -> None:
        """Open the project's model and second model, then give the Evaluate page its files
        and results (after the model: opening a model clears the results of the one before);
        record what the pages will show as saved."""
        w = self.window
        model = project.model_dir
        opens_model = bool(model) and (Path(model) / "model.json").exists()
        second = project.second_model
        shown = dataclasses.replace(
            self._current_or(project),
            second_model=second if second and Path(second).exists() else None,
            evaluation=project.evaluation,
        )
        if opens_model:
            shown = dataclasses.replace(shown, model_dir=model)
        self._mark_saved(path, shown)
        if shown.second_model:
            w.explore_page.compare.load(Path(shown.second_model))
        else:
            w.explore_page.compare.clear_other()
        thread = w.model_io.open_model(Path(model), ask=False) if opens_model else None
        if thread is None:
            self._restore_evaluation(path, shown, project)
        else:
            thread.finished.connect(lambda: self._restore_evaluation(path, shown, project))

    def _restore_evaluation(self, path: Path, shown: Project, project: Project) -> None:
        """Give the Evaluate page its part; what it shows then (with its defaults for what an
        older file lacks) is what the file holds."""
        page = self.window.evaluate_page
        apply_evaluation(page, project.evaluation)
        if self.path == path:  # still this project
            shown = dataclasses.replace(shown, evaluation=evaluation(page))
            self.window.state.mark_project_saved(path, self._as_written(shown, path))

    def _current_or(self, fallback: Project) -> Project:
        try:
            return self.current()
        except (TypeError, ValueError):
            return fallback

    def _apply(self, project: Project) -> None:
        w = self.window
        w.messages.clear_message("project")
        w.train_page.set_config(project.train)
        w.corpus_page.apply_project(project)
        if project.corpus_files:
            w.corpus_page.use_cached_tokens()  # the Train page gets it when the cache has it
        apply_map_settings(w.explore_page, project.map)
        unplaced = apply_word_sets(w.analysis_page, w.explore_page, project.word_sets)
        self._kept_sets = {r: project.word_sets[r] for r in unplaced}
        self._warn_missing(project)

    def _warn_missing(self, project: Project) -> None:
        """One message naming every file of the project that is not where it was."""
        model = project.model_dir
        parts = []
        missing = [p for p in project.corpus_files if not Path(p).exists()]
        if missing:
            parts.append(self.tr("the corpus files {0}").format(", ".join(missing)))
        if model and not (Path(model) / "model.json").exists():
            parts.append(self.tr("the model {0}").format(model))
        if project.second_model and not Path(project.second_model).exists():
            parts.append(self.tr("the second model {0}").format(project.second_model))
        missing = [p for p in project.evaluation.files if not Path(p).exists()]
        if missing:
            parts.append(self.tr("the evaluation files {0}").format(", ".join(missing)))
        if parts:
            self.window.messages.set_message(
                "project",
                "warning",
                self.tr(
                    "Parts of the project are not where it expects them: {0}. Open them "
                    "again from their new place, then save the project."
                ).format("; ".join(parts)),
            )
