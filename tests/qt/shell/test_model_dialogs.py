"""Model dialogs: "Save model as…" takes a new name and a place, the two ways to open a model
(File > Open model…, Compare > Open second model…) accept the same choices, and every dialog
starts in the folder used last time (home the first time). The user's answers stand in for
the QFileDialog static methods."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.safety.save_helpers import small_model
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.vectors.word_vectors import WordVectors
from w2v_studio.qt.shell import file_dialogs


class User:
    """Answers the file dialogs with prepared paths and records where each one started."""

    def __init__(self, monkeypatch, answers=()) -> None:
        self.answers = [str(a) for a in answers]
        self.started: list[tuple[str, str]] = []  # (dialog, start path)
        monkeypatch.setattr(file_dialogs, "_memory", {})  # a fresh user: nothing remembered
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._answer("save"))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._answer("open"))
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)

    def _answer(self, kind: str):
        def dialog(parent, title, start="", *args, **kwargs):
            self.started.append((kind, start))
            return (self.answers.pop(0) if self.answers else "", "")

        return dialog


@pytest.fixture
def model_window(window):
    model = small_model(dim=6)
    window.state.set_model(model, WordVectors.from_model(model), None, None)
    return window


def _saved(qtbot, window, folder: Path) -> None:
    window.model_io.wait()
    qtbot.waitUntil(lambda: window.state.model_dir == folder, timeout=5000)


def test_typing_a_new_name_saves_the_model_into_that_new_folder(
    qtbot, model_window, tmp_path, monkeypatch
):
    place = tmp_path / "models"
    place.mkdir()
    user = User(monkeypatch, [place / "reviews skip-gram"])
    model_window.act_save_model.trigger()
    _saved(qtbot, model_window, place / "reviews skip-gram")
    saved = TrainedModel.load(place / "reviews skip-gram")
    assert saved.words == model_window.state.model.words and saved.dim == 6
    assert [p.name for p in place.iterdir()] == ["reviews skip-gram"]
    assert user.started == [("save", str(Path.home() / "model"))]  # home the first time
    assert "Model saved in" in model_window.messages.visible_text()


def test_choosing_a_models_model_json_in_the_save_dialog_replaces_that_model_after_asking(
    qtbot, model_window, tmp_path, monkeypatch
):
    small_model(dim=4).save(tmp_path / "old")
    asked = []
    User(monkeypatch, [tmp_path / "old" / "model.json"])
    monkeypatch.setattr(QMessageBox, "question",
                        lambda p, t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes)
    model_window.act_save_model.trigger()
    _saved(qtbot, model_window, tmp_path / "old")
    assert TrainedModel.load(tmp_path / "old").dim == 6
    assert len(asked) == 1 and "already holds a model" in asked[0]


def test_save_dialog_cancelled_saves_nothing(qtbot, model_window, tmp_path, monkeypatch):
    User(monkeypatch, [])
    model_window.act_save_model.trigger()
    model_window.model_io.wait()
    assert model_window.state.model_unsaved() and model_window.state.model_dir is None


def _vector_file(path: Path) -> Path:
    """A word2vec text file written by hand: 3 words, 2 dimensions."""
    path.write_text("3 2\nbank 1.0 0.0\nriver 0.8 0.6\nmoney 0.6 -0.8\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("choice", ["model.json", "a file of the model folder", "vector file"])
def test_open_model_and_open_second_model_accept_the_same_choices(
    qtbot, window, tmp_path, monkeypatch, choice
):
    model = small_model(dim=5)
    model.save(tmp_path / "m")
    chosen, words = {
        "model.json": (tmp_path / "m" / "model.json", model.words),
        "a file of the model folder": (tmp_path / "m" / "vocab.tsv", model.words),
        "vector file": (_vector_file(tmp_path / "v.vec"), ["bank", "river", "money"]),
    }[choice]
    User(monkeypatch, [chosen, chosen])
    window.act_open_model.trigger()
    qtbot.waitUntil(lambda: window.state.vectors is not None, timeout=5000)
    assert list(window.state.vectors.words) == list(words)
    assert (window.state.model_dir == tmp_path / "m") == (choice != "vector file")

    compare = window.explore_page.compare
    compare.open_button.click()
    qtbot.waitUntil(lambda: compare.other is not None, timeout=5000)
    assert list(compare.other.words) == list(words)


def test_dialogs_start_in_the_folder_used_last_time(qtbot, model_window, tmp_path, monkeypatch):
    place = tmp_path / "work"
    (place / "model").mkdir(parents=True)  # a name already taken there
    user = User(monkeypatch, [place / "first"])  # then every dialog is cancelled
    model_window.act_save_model.trigger()  # saved into work/first
    _saved(qtbot, model_window, place / "first")
    model_window.act_open_model.trigger()
    model_window.explore_page.compare.open_button.click()
    model_window.project_io.save_dialog()
    model_window.project_io.open_dialog()
    model_window.model_io.save_model()
    assert user.started[1:] == [
        ("open", str(place)),
        ("open", str(place)),
        ("save", str(place / "project.w2vproj")),
        ("open", str(place)),
        ("save", str(place / "model-2")),  # a free name in the same place
    ]


def test_save_dialog_suggests_a_name_from_the_corpus_and_architecture(
    qtbot, model_window, tmp_path, monkeypatch
):
    corpus = tmp_path / "nsmc_reviews.txt"
    corpus.write_text("좋은 영화 였다\n", encoding="utf-8")
    model_window.corpus_page.add_paths([corpus])
    user = User(monkeypatch, [])
    file_dialogs.remember("last_folder", str(tmp_path))
    model_window.model_io.save_model()
    assert user.started == [("save", str(tmp_path / "nsmc_reviews-skipgram"))]


def test_the_real_save_dialog_takes_a_typed_new_name(qtbot, tmp_path, monkeypatch):
    """Qt's own dialog (not a stand-in): the name typed in its file name box comes back as
    the new folder, in the place the dialog started."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit

    from w2v_studio.qt.shell.model_dialog import choose_model_target

    monkeypatch.setattr(file_dialogs, "_memory", {"last_folder": str(tmp_path)})
    seen = []

    def type_name(tries: int = 50) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            if tries:
                QTimer.singleShot(100, lambda: type_name(tries - 1))
            return
        box = dialog.findChild(QLineEdit, "fileNameEdit")
        seen.append((dialog.directory().absolutePath(), box.text()))
        box.setText("reviews cbow")
        dialog.accept()

    QTimer.singleShot(100, type_name)
    assert choose_model_target(None) == tmp_path / "reviews cbow"
    assert seen == [(str(tmp_path), "model")]
    assert file_dialogs.last_folder() == str(tmp_path)
