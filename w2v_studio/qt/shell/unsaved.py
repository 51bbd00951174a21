"""Ask before unsaved work is dropped: one "Save / Discard / Cancel" question for every path.

Opening a model or a project, importing vectors, quitting and closing the window all call
``UnsavedGuard.confirm(action)`` before they replace or close what the user has; it asks only
when something would be lost (a model trained here and not saved, a project with changes).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from w2v_studio.qt.shell.model_dialog import choose_model_target


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_discard_cancel(
    parent: QWidget | None, title: str, text: str, discard_label: str | None = None
) -> Choice:
    """The one question: Save (the default), Discard (``discard_label`` may rename it) or
    Cancel (also Escape and closing the box)."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, buttons.Save | buttons.Discard | buttons.Cancel,
        parent,
    )  # fmt: skip
    box.setObjectName("unsaved_question")
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    if discard_label:
        box.button(buttons.Discard).setText(discard_label)
    answer = box.exec()
    try:
        answer = buttons(answer)
    except ValueError:
        return Choice.CANCEL
    return {buttons.Save: Choice.SAVE, buttons.Discard: Choice.DISCARD}.get(answer, Choice.CANCEL)


def model_folder_beside(project: Path) -> Path:
    """Where a project's unsaved model is saved: ``<project name>-model`` beside the file."""
    return project.parent / f"{project.stem}-model"


def save_model_and_wait(window: Any, target: Path | None = None) -> bool:
    """Save the current model (into ``target``, or a folder the user picks) and wait until
    it is written, keeping the window responsive. True when the model is saved now."""
    if target is None:
        # the dialog of File > Save model
        target = choose_model_target(window, stem=window.model_io.suggested_stem())
        if target is None:
            return False
    thread = window.model_io.save_model_to(target)
    if thread is not None:
        loop = QEventLoop()
        thread.finished.connect(loop.quit)
        if not thread.isFinished():
            loop.exec()
    QCoreApplication.processEvents()  # deliver the save's result (queued from the thread)
    return not window.state.model_unsaved()


class UnsavedGuard(QObject):
    """Belongs to the main window; ``confirm`` is asked before anything replaces or closes
    the current model or project."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window

    def confirm(self, action: str, project: bool = True) -> bool:
        """``action`` is what is about to happen ("opening another model"); ``project``:
        whether it also replaces the project. True: go on (nothing unsaved, saved now, or
        the user chose Discard); False: the user cancelled or the save did not happen."""
        w = self.window
        model = w.state.model_unsaved()
        project = project and w.project_io.has_unsaved_changes()
        if not (model or project) or not w.confirm_close:
            return True
        choice = ask_save_discard_cancel(
            w, self.tr("Unsaved work"), self.question(model, project, action),
            discard_label=self.tr("Don't save"),
        )  # fmt: skip
        if choice is Choice.CANCEL:
            return False
        if choice is Choice.DISCARD:
            return True
        return self.save_all()

    def question(self, model: bool, project: bool, action: str) -> str:
        w = self.window
        parts = []
        if model:
            parts.append(self.tr("The model you trained is not saved."))
        if project:
            parts.append(
                self.tr("The project {0} has changes that are not saved.").format(
                    w.state.project_path.name
                )
            )
        parts.append(
            self.tr("{0} now would drop this work. Save it first?").format(_capital(action))
        )
        if model and w.state.project_path is not None:
            parts.append(
                self.tr("The model will be saved in {0}, beside the project.").format(
                    model_folder_beside(w.state.project_path)
                )
            )
        return "\n\n".join(parts)

    def save_all(self) -> bool:
        """Save the project (with its model) when one is open, else the model alone."""
        w = self.window
        if w.state.project_path is not None:
            return w.project_io.save(w.state.project_path, include_model=True) is not None
        return save_model_and_wait(w)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
