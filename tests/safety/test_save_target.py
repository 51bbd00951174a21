"""Saving never destroys what the app did not write: where a model may be saved (CLI and core)."""

from __future__ import annotations

import pytest

from tests.safety.save_helpers import FAST, cli, isolated, small_model, write_corpus  # noqa: F401
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.engine.model_save import SaveRefused
from w2v_studio.core.workspace.atomic import NotReplaceable, atomic_dir

pytestmark = pytest.mark.usefixtures("isolated")


def test_train_into_a_project_folder_keeps_its_files(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.txt")
    project = tmp_path / "project"
    (project / "src").mkdir(parents=True)
    (project / "src" / "analysis.py").write_text("print('mine')\n", encoding="utf-8")
    (project / "notes.md").write_text("field notes\n", encoding="utf-8")
    r = cli("train", corpus, *FAST, "--epochs", 1, "-o", project)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert f"error: {project} is a folder with other files in it, not a model folder" in r.stderr
    assert sorted(p.name for p in project.iterdir()) == ["notes.md", "src"]
    assert (project / "src" / "analysis.py").read_text(encoding="utf-8") == "print('mine')\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp, lock


def test_train_into_an_existing_model_needs_overwrite(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.txt")
    out = tmp_path / "model"
    assert cli("train", corpus, *FAST, "--epochs", 1, "-o", out).returncode == 0
    first = TrainedModel.load(out)
    r = cli("train", corpus, *FAST, "--epochs", 1, "--dim", 6, "-o", out)
    assert r.returncode == 2
    assert f"error: {out} already holds a model; use --overwrite or another name" in r.stderr
    assert TrainedModel.load(out).dim == first.dim == 8
    r = cli("train", corpus, *FAST, "--epochs", 1, "--dim", 6, "-o", out, "--overwrite")
    assert r.returncode == 0, r.stderr
    assert TrainedModel.load(out).dim == 6
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_train_into_an_existing_file_is_refused(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.txt")
    target = tmp_path / "results.csv"
    target.write_text("word,score\n", encoding="utf-8")
    r = cli("train", corpus, *FAST, "--epochs", 1, "-o", target, "--overwrite")
    assert r.returncode == 2 and f"{target} is a file, not a folder" in r.stderr
    assert target.read_text(encoding="utf-8") == "word,score\n"


def test_train_into_the_current_empty_folder_writes_the_model_there(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.txt")
    here = tmp_path / "here"
    here.mkdir()
    r = cli("train", corpus, *FAST, "--epochs", 1, "-o", ".", cwd=here)
    assert r.returncode == 0, r.stderr
    assert len(TrainedModel.load(here).words) == 64


def test_save_over_a_model_only_with_overwrite(tmp_path):
    model = small_model()
    model.save(tmp_path / "m")
    with pytest.raises(SaveRefused, match="already holds a model"):
        model.save(tmp_path / "m", overwrite=False)
    model.save(tmp_path / "m", overwrite=True)
    assert TrainedModel.load(tmp_path / "m").words == model.words


def test_save_never_replaces_a_folder_that_is_not_a_model(tmp_path):
    folder = tmp_path / "thesis"
    folder.mkdir()
    (folder / "model.json").write_text('{"format": "something else"}', encoding="utf-8")
    (folder / "chapter1.tex").write_text("\\section{}", encoding="utf-8")
    with pytest.raises(SaveRefused, match="not a model folder"):
        small_model().save(folder, overwrite=True)
    assert sorted(p.name for p in folder.iterdir()) == ["chapter1.tex", "model.json"]


def test_atomic_dir_never_moves_a_users_folder(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "a.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(NotReplaceable), atomic_dir(folder) as tmp:
        (tmp / "b.txt").write_text("new", encoding="utf-8")
    with atomic_dir(tmp_path / "new") as tmp:  # nothing there: written as usual
        (tmp / "b.txt").write_text("new", encoding="utf-8")
    assert [p.name for p in folder.iterdir()] == ["a.txt"]
    assert (tmp_path / "new" / "b.txt").read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
