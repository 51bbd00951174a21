"""Unsaved work is never dropped without a word: every path that replaces or closes an
unsaved model or project asks "Save / Don't save / Cancel" first (issue 11, item 6)."""

# ruff: noqa: F811  (pytest fixtures imported from gui_helpers are test arguments)
from __future__ import annotations

import json

import numpy as np

from tests.qt.app_helpers import write_corpus
from tests.safety.gui_helpers import (  # noqa: F401 (fixtures)
    _isolated,
    answers,
    give_unsaved_model,
    pick_folder,
    settings,
    trained,
    win,
)
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.model import TrainedModel


def saved_model(trained, folder):
    trained.save(folder)
    return folder


def test_a_model_trained_here_is_unsaved_until_saved(qtbot, win, trained, tmp_path):
    assert not win.state.model_unsaved()
    give_unsaved_model(win, trained)
    assert win.state.model_unsaved()
    win.model_io.save_model_to(tmp_path / "m")
    qtbot.waitUntil(lambda: not win.state.model_unsaved(), timeout=20_000)
    assert (tmp_path / "m" / "model.json").exists()


def test_open_model_over_unsaved_model_asks_first(qtbot, win, trained, tmp_path, answers):
    other = saved_model(trained, tmp_path / "other")
    give_unsaved_model(win, trained)
    unsaved = win.state.model
    answers.will("Cancel")
    assert win.model_io.open_model(other) is None
    assert "The model you trained is not saved" in answers.asked[0]
    assert "Opening another model" in answers.asked[0]
    assert sorted(answers.buttons[0]) == ["Cancel", "Don't save", "Save"]
    assert win.state.model is unsaved and win.state.model_unsaved()


def test_open_model_over_unsaved_model_dont_save_opens_the_other(
    qtbot, win, trained, tmp_path, answers
):
    other = saved_model(trained, tmp_path / "other")
    give_unsaved_model(win, trained)
    answers.will("Discard")
    win.model_io.open_model(other)
    qtbot.waitUntil(lambda: win.state.model_dir == other, timeout=20_000)
    assert not win.state.model_unsaved()


def test_open_model_over_unsaved_model_save_writes_it_first(
    qtbot, win, trained, tmp_path, answers, pick_folder
):
    other = saved_model(trained, tmp_path / "other")
    give_unsaved_model(win, trained)
    pick_folder.path = tmp_path / "kept"
    answers.will("Save")
    win.model_io.open_model(other)
    qtbot.waitUntil(lambda: win.state.model_dir == other, timeout=20_000)
    kept = TrainedModel.load(tmp_path / "kept")
    np.testing.assert_array_equal(kept.input_vectors, trained.input_vectors)


def test_open_model_over_a_saved_model_does_not_ask(qtbot, win, trained, tmp_path, answers):
    first = saved_model(trained, tmp_path / "first")
    other = saved_model(trained, tmp_path / "other")
    win.model_io.open_model(first)
    qtbot.waitUntil(lambda: win.state.model_dir == first, timeout=20_000)
    win.model_io.open_model(other)  # the answers queue is empty: a question would fail
    qtbot.waitUntil(lambda: win.state.model_dir == other, timeout=20_000)
    assert answers.asked == []


def test_open_model_with_unsaved_project_changes_does_not_ask(
    qtbot, win, trained, tmp_path, answers
):
    other = saved_model(trained, tmp_path / "other")
    win.project_io.save(tmp_path / "study.w2vproj")
    win.train_page.set_config(TrainConfig(dim=24))  # a change the new model does not drop
    win.model_io.open_model(other)
    qtbot.waitUntil(lambda: win.state.model_dir == other, timeout=20_000)
    assert answers.asked == []
    assert win.train_page.config().dim == 24


def test_import_vectors_over_unsaved_model_asks_first(qtbot, win, trained, tmp_path, answers):
    vec = tmp_path / "v.vec"
    vec.write_text("2 3\na 1 2 3\nb 4 5 6\n", encoding="utf-8")
    give_unsaved_model(win, trained)
    unsaved = win.state.model
    answers.will("Cancel")
    assert win.model_io.import_vectors(vec) is None
    assert "Importing vectors" in answers.asked[0]
    assert win.state.model is unsaved


def test_open_project_over_unsaved_model_asks_first(qtbot, win, trained, tmp_path, answers):
    project = tmp_path / "p.w2vproj"
    project.write_text(json.dumps({"schema_version": 2, "train": {"dim": 33}}), encoding="utf-8")
    give_unsaved_model(win, trained)
    dim_before = win.train_page.config().dim
    answers.will("Cancel")
    assert not win.project_io.open(project)
    assert "Opening a project" in answers.asked[0]
    assert win.train_page.config().dim == dim_before != 33
    assert win.state.model_unsaved()


def test_open_project_over_unsaved_project_changes_asks_and_saves_them(
    qtbot, win, tmp_path, answers
):
    first, second = tmp_path / "first.w2vproj", tmp_path / "second.w2vproj"
    win.train_page.set_config(TrainConfig(dim=21))
    assert win.project_io.save(first) == first
    second.write_text(json.dumps({"schema_version": 2, "train": {"dim": 44}}), encoding="utf-8")
    assert not win.project_io.has_unsaved_changes()
    win.train_page.set_config(TrainConfig(dim=22))  # the user changes a setting
    assert win.project_io.has_unsaved_changes()
    answers.will("Save")
    assert win.project_io.open(second)
    assert "The project first.w2vproj has changes that are not saved" in answers.asked[0]
    assert json.loads(first.read_text(encoding="utf-8"))["train"]["dim"] == 22
    assert win.train_page.config().dim == 44
    assert not win.project_io.has_unsaved_changes()


def test_adding_corpus_files_keeps_the_unsaved_model_without_asking(
    qtbot, win, trained, tmp_path, answers
):
    give_unsaved_model(win, trained)
    unsaved = win.state.model
    win.corpus_page.add_paths([write_corpus(tmp_path / "c.txt", n=20)])
    assert answers.asked == []
    assert win.state.model is unsaved  # the new corpus is for the next run; nothing dropped


def test_quit_with_unsaved_model_asks_and_cancel_keeps_window_open(
    qtbot, win, trained, answers
):
    give_unsaved_model(win, trained)
    answers.will("Cancel")
    win.act_quit.trigger()
    assert "Closing Word2Vec Studio" in answers.asked[0]
    assert win.isVisible()
    assert win.state.model_unsaved()


def test_quit_with_unsaved_model_save_writes_it_then_closes(
    qtbot, win, trained, tmp_path, answers, pick_folder
):
    give_unsaved_model(win, trained)
    pick_folder.path = tmp_path / "at-quit"
    answers.will("Save")
    win.act_quit.trigger()
    assert not win.isVisible()
    kept = TrainedModel.load(tmp_path / "at-quit")
    np.testing.assert_array_equal(kept.input_vectors, trained.input_vectors)


def test_quit_with_unsaved_model_save_then_folder_dialog_cancelled_keeps_window_open(
    qtbot, win, trained, answers, pick_folder
):
    give_unsaved_model(win, trained)
    pick_folder.path = ""  # the user closes the folder dialog
    answers.will("Save")
    win.act_quit.trigger()
    assert win.isVisible() and win.state.model_unsaved()


def test_window_close_with_unsaved_project_changes_asks_and_dont_save_closes(
    qtbot, win, tmp_path, answers
):
    path = win.project_io.save(tmp_path / "study.w2vproj")
    win.train_page.set_config(TrainConfig(dim=23))
    answers.will("Discard")
    assert win.close()
    assert "The project study.w2vproj has changes" in answers.asked[0]
    assert json.loads(path.read_text(encoding="utf-8"))["train"]["dim"] != 23


def test_window_close_with_nothing_unsaved_does_not_ask(qtbot, win, tmp_path, answers):
    win.project_io.save(tmp_path / "study.w2vproj")
    assert win.close()
    assert answers.asked == []


def test_save_project_with_unsaved_model_asks_to_save_it(
    qtbot, win, trained, tmp_path, answers, settings
):
    from w2v_studio.qt.shell.main_window import MainWindow

    give_unsaved_model(win, trained)
    answers.will("Save")
    path = win.project_io.save(tmp_path / "study.w2vproj")
    assert "save the model in" in answers.asked[0].lower()
    assert str(tmp_path / "study-model") in answers.asked[0]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["model_dir"] == "study-model"
    assert not win.state.model_unsaved()

    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert again.project_io.open(path)
    qtbot.waitUntil(lambda: again.state.model is not None, timeout=20_000)
    np.testing.assert_array_equal(again.state.model.input_vectors, trained.input_vectors)
    assert not again.project_io.has_unsaved_changes()
    again.model_io.wait()


def test_save_project_without_the_model_says_so_plainly(qtbot, win, trained, tmp_path, answers):
    give_unsaved_model(win, trained)
    answers.will("Discard")
    path = win.project_io.save(tmp_path / "study.w2vproj")
    assert "Save the project without the model" in answers.buttons[0]
    assert json.loads(path.read_text(encoding="utf-8"))["model_dir"] is None
    shown = win.messages.visible_text()
    assert "saved in" in shown and "without the model" in shown
    assert "Save it with File > Save model" in shown
    assert win.state.model_unsaved()


def test_save_project_with_unsaved_model_cancel_writes_nothing(
    qtbot, win, trained, tmp_path, answers
):
    give_unsaved_model(win, trained)
    answers.will("Cancel")
    assert win.project_io.save(tmp_path / "study.w2vproj") is None
    assert not (tmp_path / "study.w2vproj").exists()
    assert not (tmp_path / "study-model").exists()


def test_a_new_run_over_an_unsaved_model_asks_first_and_cancel_keeps_it(
    qtbot, win, trained, answers
):
    from tests.qt.app_helpers import make_sentences

    give_unsaved_model(win, trained)
    unsaved = win.state.model
    page = win.train_page
    page.set_config(TrainConfig(dim=8, epochs=1, min_count=1, threads=1, sample=0))
    page.set_corpus(make_sentences(200), None, "200 generated sentences")
    answers.will("Cancel")
    assert not page.start()
    assert "Starting a new run now would drop this work" in answers.asked[0]
    assert not page.is_running() and win.state.model is unsaved
