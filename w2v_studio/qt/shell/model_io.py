"""Open, import, save and export models from the File menu (work runs off the GUI thread)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from w2v_studio.qt.shell.errors import plain_error
from w2v_studio.qt.shell.file_dialogs import open_file
from w2v_studio.qt.shell.model_dialog import (
    choose_model,
    choose_model_target,
    is_model_folder,
    suggested_stem,
)
from w2v_studio.qt.shell.worker import CallThread

if TYPE_CHECKING:
    from w2v_studio.qt.shell.host import WindowHost


class ModelIO(QObject):
    """File-menu actions about models; results go to ``AppState``, errors inline."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        self._threads: set[CallThread] = set()

    # ----------------------------------------------------------------- helpers
    def _run(
        self, fn, on_done, what: str, path: Path | None = None, doing: str | None = None
    ) -> CallThread:
        w = self.window
        w.statusBar().showMessage(what)
        t = CallThread(lambda report, cancel: fn(), self)
        self._threads.add(t)
        t.succeeded.connect(on_done)
        t.failed.connect(lambda e: self._show_failure(e, path, doing))
        t.finished.connect(lambda: (self._threads.discard(t), w.statusBar().clearMessage()))
        t.start()
        return t

    def _show_failure(self, e: BaseException, path: Path | None, doing: str | None) -> None:
        """A plain message naming the file and what to do (details folded), never a class
        name."""
        error = plain_error(e, path, doing or self.tr("be read or written"))
        self.window.messages.set_message("model", "error", error.text, error.details)

    def wait(self) -> None:
        for t in list(self._threads):
            t.wait()

    # ----------------------------------------------------------------- open
    def open_model_dialog(self) -> None:
        """One dialog for models and vector files (the Compare tab shows the same)."""
        path = choose_model(self.window, self.tr("Open model (its model.json) or word vectors"))
        if path is None:
            return
        if is_model_folder(path):
            self.open_model(path)
        else:
            self.import_vectors(path)

    def open_model(self, path: Path, ask: bool = True) -> CallThread | None:
        """Open a model folder; first asks about unsaved work (unless ``ask`` is False:
        the caller asked). None when the user cancelled."""
        asked = self.window.unsaved.confirm
        if ask and not asked(self.tr("opening another model"), project=False):
            return None
        from w2v_studio.core.engine.model import TrainedModel
        from w2v_studio.core.vectors.word_vectors import WordVectors

        def load() -> tuple[Any, Any]:
            from w2v_studio.core.engine.doc2vec_model import has_documents, load_doc_model

            # a doc2vec folder keeps its documents (shown in Explore, kept by Save as)
            model = load_doc_model(path) if has_documents(path) else TrainedModel.load(path)
            return model, WordVectors.from_model(model)

        def done(result: tuple[Any, Any]) -> None:
            model, vectors = result
            self.window.messages.clear_message("model")
            self.window.state.set_model(model, vectors, path, None)
            self.window.add_recent("model", path)
            self.window.tabs.setCurrentWidget(self.window.explore_page)

        return self._run(
            load, done, self.tr("Opening the model…"), path, self.tr("be opened as a model")
        )

    def import_vectors_dialog(self) -> None:
        path = open_file(
            self.window,
            self.tr("Import word vectors"),
            self.tr("Word vectors (*.vec *.txt *.bin *.gz *.tsv);;All files (*)"),
        )
        if path is not None:
            self.import_vectors(path)

    def import_vectors(self, path: Path) -> CallThread | None:
        if not self.window.unsaved.confirm(self.tr("importing vectors"), project=False):
            return None

        def load() -> Any:
            from w2v_studio.core.vectors.io.load import load_vectors

            return load_vectors(path)

        def done(vectors: Any) -> None:
            self.window.messages.clear_message("model")
            self.window.state.set_model(None, vectors, None, None)
            self.window.add_recent("vectors", path)
            self.window.tabs.setCurrentWidget(self.window.explore_page)

        return self._run(
            load, done, self.tr("Importing vectors…"), path, self.tr("be read as word vectors")
        )

    # ----------------------------------------------------------------- save
    def save_model(self) -> None:
        state = self.window.state
        if state.model is None:
            self.window.messages.set_message(
                "model",
                "warning",
                self.tr("There is no trained model to save yet: train one on the Train page."),
            )
            return
        path = choose_model_target(self.window, stem=self.suggested_stem())
        if path is not None:
            self.save_model_to(path)

    def suggested_stem(self) -> str:
        """The name the save dialog suggests: corpus and architecture of the model."""
        model = self.window.state.model
        arch = getattr(getattr(model, "config", None), "architecture", None)
        return suggested_stem(self.window.corpus_page.paths(), arch)

    def save_model_to(self, path: Path) -> CallThread | None:
        """Save the current model into ``path``: a new or empty folder, or a model folder
        after asking. A folder with other files, or a file, is refused with a message and
        left untouched. None when no save started (refused, or the user said no)."""
        from w2v_studio.core.engine.model_save import SaveRefused, check_target

        model, overwrite = self.window.state.model, False
        try:
            check_target(path, overwrite=False)
        except SaveRefused as e:
            if e.kind != "model":
                self.window.messages.set_message("model", "error", self._refusal(e))
                return None
            if not self._confirm_replace(path):
                return None
            overwrite = True
        except OSError as e:
            self._save_failed(e, path)
            return None

        def save() -> Path:
            return model.save(path, overwrite=overwrite)

        def done(target: Path) -> None:
            self.window.state.set_model_dir(Path(target))  # the map and answers stay as they are
            self.window.messages.set_message(
                "model", "info", self.tr("Model saved in {0}").format(target)
            )
            self.window.add_recent("model", target)

        t = self._run(save, done, self.tr("Saving the model…"), path, self.tr("be written"))
        t.failed.connect(lambda e: self._save_failed(e, path))
        return t

    def _refusal(self, e: Any) -> str:
        if e.kind == "file":
            text = self.tr("{0} is a file, not a folder: the model was not saved and the file "
                           "was left as it is. Choose a folder, or make a new one.")
        else:
            text = self.tr("{0} has other files in it and is not a model folder: the model was "
                           "not saved there and nothing in it was changed. Choose an empty "
                           "folder, or make a new one in the dialog.")
        return text.format(e.path)

    def _confirm_replace(self, path: Path) -> bool:
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.window,
            self.tr("Replace the model?"),
            self.tr("{0} already holds a model. Replace it with this one? The model that is "
                    "there now will be gone.").format(path),
            buttons.Yes | buttons.No,
            buttons.No,
        )
        return answer == buttons.Yes

    def _save_failed(self, e: BaseException, path: Path) -> None:
        """Say what failed; the model stays open; offer to save it somewhere else."""
        from w2v_studio.core.engine.model_save import describe_failure

        text = self.tr("The model could not be saved: {0}. It is still open here: choose "
                       "another folder (File > Save model…).").format(describe_failure(e, path))
        self.window.messages.set_message("model", "error", text)
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.window, self.tr("Save the model elsewhere?"),
            text + "\n\n" + self.tr("Choose another folder now?"),
            buttons.Yes | buttons.No, buttons.Yes,
        )  # fmt: skip
        if answer == buttons.Yes:
            self.save_model()

    # ----------------------------------------------------------------- export
    def export_dialog(self) -> None:
        if self.window.state.vectors is None:
            self.window.messages.set_message(
                "model",
                "warning",
                self.tr("There is nothing to export yet: train or open a model first."),
            )
            return
        from w2v_studio.qt.shell.export_dialog import ExportDialog

        ExportDialog(self.window.state, self.window).exec()
