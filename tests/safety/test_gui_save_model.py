"""GUI "Save model…": asks before replacing a model, refuses other folders, keeps the model
when saving fails and offers another folder (the user's answers stand in for the dialogs)."""
# ruff: noqa: F811  (pytest fixtures imported from tests/qt/conftest.py are test arguments)

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QMessageBox  # noqa: E402

from tests.qt.conftest import _isolated, settings, window  # noqa: E402, F401 (fixtures)
from tests.safety.save_helpers import isolated, small_model  # noqa: E402, F401
from w2v_studio.core.engine.model import TrainedModel  # noqa: E402
from w2v_studio.core.vectors.word_vectors import WordVectors  # noqa: E402

pytestmark = pytest.mark.usefixtures("isolated")
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


class User:
    """Answers QMessageBox.question and QFileDialog.getExistingDirectory, and records them."""

    def __init__(self, monkeypatch, answers=(), folders=()) -> None:
        self.answers, self.folders, self.asked = list(answers), list(folders), []
        monkeypatch.setattr(QMessageBox, "question", self.question)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self.folder)
        # "Save model as…" is a save dialog (name and place): the same answers
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (self.folder(), ""))

    def question(self, parent, title, text, *args, **kw):
        self.asked.append(text)
        return self.answers.pop(0)

    def folder(self, *args, **kw) -> str:
        return str(self.folders.pop(0)) if self.folders else ""


def _with_trained_model(window):
    model = small_model(dim=6)
    window.state.set_model(model, WordVectors.from_model(model), None, None)
    return model


def _finish(qtbot, window) -> None:
    window.model_io.wait()
    qtbot.wait(50)  # the thread's result is delivered through the event loop


def _message(window) -> str:
    return window.messages.visible_text()


def test_gui_save_into_a_project_folder_is_refused_and_keeps_its_files(
    qtbot, window, tmp_path, monkeypatch
):
    user = User(monkeypatch)
    _with_trained_model(window)
    project = tmp_path / "project"
    (project / "model").mkdir(parents=True)  # even a "model" subfolder is the user's
    (project / "model" / "notes.txt").write_text("mine", encoding="utf-8")
    (project / "corpus.txt").write_text("text", encoding="utf-8")
    assert window.model_io.save_model_to(project) is None
    _finish(qtbot, window)
    assert f"{project} has other files in it and is not a model folder" in _message(window)
    assert sorted(p.name for p in project.iterdir()) == ["corpus.txt", "model"]
    assert [p.name for p in (project / "model").iterdir()] == ["notes.txt"]
    assert window.state.model_unsaved() and user.asked == []


def test_gui_save_over_a_model_asks_before_replacing(qtbot, window, tmp_path, monkeypatch):
    small_model(dim=4).save(tmp_path / "m")
    model = _with_trained_model(window)
    user = User(monkeypatch, answers=[No, Yes])
    assert window.model_io.save_model_to(tmp_path / "m") is None  # "No": nothing happens
    assert TrainedModel.load(tmp_path / "m").dim == 4 and window.state.model_unsaved()
    window.model_io.save_model_to(tmp_path / "m")  # "Yes": replaced
    _finish(qtbot, window)
    assert len(user.asked) == 2 and "already holds a model" in user.asked[0]
    assert TrainedModel.load(tmp_path / "m").dim == model.dim == 6
    assert window.state.model_dir == tmp_path / "m"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_gui_failed_save_keeps_the_model_and_offers_another_folder(
    qtbot, window, tmp_path, monkeypatch
):
    model = _with_trained_model(window)
    (tmp_path / "usb").write_text("the drive is gone; a file sits at its path")
    target = tmp_path / "usb" / "model"
    elsewhere = tmp_path / "elsewhere"
    user = User(monkeypatch, answers=[Yes], folders=[elsewhere])
    window.model_io.save_model_to(target)
    _finish(qtbot, window)
    assert f"could not write {target}" in user.asked[0] and "Choose another folder" in user.asked[0]
    assert window.state.model is model  # still open
    _finish(qtbot, window)  # the second save, into the folder the user chose
    qtbot.waitUntil(lambda: window.state.model_dir == elsewhere, timeout=5000)
    assert TrainedModel.load(elsewhere).words == model.words
    assert "Model saved in" in _message(window)
