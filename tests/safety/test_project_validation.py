"""Item 3 of issue 11, project files: a typed schema with messages naming the file and the
field; strings where lists belong, nested garbage and paths leading out are refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.qt.conftest import settings, window  # noqa: F401 (pytest fixtures)
from w2v_studio.core.workspace.project import (
    Project,
    ProjectError,
    load_project,
    save_project,
)


def _write(tmp_path, data, name="p.w2vproj"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _refused(path, *words):
    with pytest.raises(ProjectError) as e:
        load_project(path)
    message = str(e.value)
    assert message.startswith(str(path)), message
    for w in words:
        assert w in message, message
    assert "Save project" in message  # what to do
    return message


def test_a_saved_project_with_files_inside_and_outside_its_folder_opens(tmp_path):
    (tmp_path / "proj").mkdir()
    inside, outside = tmp_path / "proj" / "a.txt", tmp_path / "b.txt"
    path = save_project(Project(corpus_files=(str(inside), str(outside))),
                        tmp_path / "proj" / "p.w2vproj")
    stored = json.loads(path.read_text(encoding="utf-8"))["corpus"]["files"]
    assert stored == ["a.txt", str(outside)]
    assert load_project(path).corpus_files == (str(inside), str(outside))


def test_a_string_for_the_corpus_files_is_refused_instead_of_scanning_the_disk(tmp_path):
    path = _write(tmp_path, {"schema_version": 2, "corpus": {"files": "/"}})
    _refused(path, "field 'corpus.files' must be a list of file paths, not the text '/'")


def test_a_string_for_the_corpus_files_in_an_old_project_is_refused(tmp_path):
    path = _write(tmp_path, {"corpus_files": "abc", "tokenizer": "whitespace"})
    _refused(path, "field 'corpus.files' must be a list")


def test_the_disk_root_as_a_corpus_file_is_refused(tmp_path):
    path = _write(tmp_path, {"schema_version": 2, "corpus": {"files": ["/"]}})
    _refused(path, "field 'corpus.files[0]' is '/', the root of a disk")


@pytest.mark.parametrize("name", ["../secret.txt", "sub/../../x.txt"])
def test_relative_paths_leading_out_of_the_project_folder_are_refused(tmp_path, name):
    path = _write(tmp_path, {"schema_version": 2, "corpus": {"files": [name]}})
    _refused(path, "corpus.files[0]", "leads outside the project's folder")


def test_a_model_dir_leading_out_of_the_project_folder_is_refused(tmp_path):
    path = _write(tmp_path, {"schema_version": 2, "model_dir": "../../model"})
    _refused(path, "field 'model_dir'", "leads outside")


def test_a_corpus_section_that_is_not_an_object_is_refused(tmp_path):
    path = _write(tmp_path, {"schema_version": 2, "corpus": "nope"})
    _refused(path, "field 'corpus' must be an object, not the text 'nope'")


def test_null_training_settings_fall_back_to_defaults_but_wrong_ones_are_named(tmp_path):
    assert load_project(_write(tmp_path, {"schema_version": 2, "train": None})).train.dim == 100
    path = _write(tmp_path, {"schema_version": 2, "train": {"window": [5]}}, "w.w2vproj")
    _refused(path, "field 'train'", "window must be a whole number")


def test_a_tokenizer_id_that_is_not_text_is_refused(tmp_path):
    path = _write(tmp_path, {"schema_version": 2, "tokenizer": {"id": {"x": 1}}})
    _refused(path, "field 'tokenizer.id' must be text")


def test_nested_garbage_in_tokenizer_options_is_refused(tmp_path):
    path = _write(tmp_path, {"schema_version": 2,
                             "tokenizer": {"id": "jieba", "options": {"hmm": {"a": [{}]}}}})
    _refused(path, "field 'tokenizer.options.hmm'", "nested objects are not allowed")


def test_deeply_nested_json_is_refused(tmp_path):
    path = _write(tmp_path, "[" * 100_000 + "]" * 100_000)
    _refused(path, "nested too deeply")


def test_an_unknown_schema_version_is_refused(tmp_path):
    path = _write(tmp_path, {"schema_version": "2"})
    _refused(path, "field 'schema_version' is '2'")


def test_a_bad_project_opened_in_the_window_shows_the_message(qtbot, window, tmp_path):  # noqa: F811
    path = _write(tmp_path, {"schema_version": 2, "corpus": {"files": "/"}})
    assert not window.project_io.open(path)
    text = window.messages.visible_text()
    assert "field 'corpus.files' must be a list of file paths" in text
    assert window.corpus_page._paths == []


def test_gui_started_with_a_bad_project_stays_up_and_shows_no_traceback(tmp_path):
    path = _write(tmp_path, {"schema_version": 2, "corpus": "nope", "train": None})
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "W2V_STUDIO_QUIT_AFTER": "0.5",
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    r = subprocess.run([sys.executable, "-m", "w2v_studio", "gui", str(path)],
                       capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and "Error" not in r.stderr
