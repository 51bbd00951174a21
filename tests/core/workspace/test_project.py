"""Project files: round trip, relative paths, migration of version 1, clear errors."""

from __future__ import annotations

import json

import pytest

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.workspace.project import Project, ProjectError, load_project, save_project


def test_round_trip_with_relative_paths(tmp_path):
    corpus = tmp_path / "texts" / "a.txt"
    corpus.parent.mkdir()
    corpus.write_text("a b c\n", encoding="utf-8")
    p = Project(
        corpus_files=(str(corpus),),
        encodings={str(corpus): "cp949"},
        column="review",
        tokenizer="okt",
        tokenizer_options={"norm": True},
        train=TrainConfig(dim=64, architecture="cbow"),
        model_dir=str(tmp_path / "m"),
    )
    path = save_project(p, tmp_path / "study")
    assert path.name == "study.w2vproj"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["corpus"]["files"] == ["texts/a.txt"] and data["model_dir"] == "m"
    # the folder moves: relative paths follow it
    moved = tmp_path.parent / (tmp_path.name + "_moved")
    tmp_path.rename(moved)
    q = load_project(moved / "study.w2vproj")
    assert q.corpus_files == (str(moved / "texts" / "a.txt"),)
    assert q.encodings == {str(moved / "texts" / "a.txt"): "cp949"}
    assert (q.column, q.tokenizer, q.tokenizer_options) == ("review", "okt", {"norm": True})
    assert q.train.dim == 64 and q.train.architecture == "cbow"


def test_version_1_files_are_migrated(tmp_path):
    f = tmp_path / "old.w2vproj"
    f.write_text(
        json.dumps(
            {
                "corpus_files": ["x.txt"],
                "tokenizer": "jieba",
                "tokenizer_options": {"hmm": False},
                "config": {"dim": 20},
                "model": "models/one",
            }
        ),
        encoding="utf-8",
    )
    p = load_project(f)
    assert p.corpus_files == (str(tmp_path / "x.txt"),)
    assert (p.tokenizer, p.tokenizer_options, p.train.dim) == ("jieba", {"hmm": False}, 20)
    assert p.model_dir == str(tmp_path / "models" / "one")


@pytest.mark.parametrize(
    "text, message",
    [
        ('{"schema_version": 2,\n "corpus": [}', "line 2: not a valid project file"),
        ('{"schema_version": 99}', "newer Word2Vec Studio"),
        ('{"schema_version": 2, "train": {"dim": 0}}', "training settings are not valid"),
        ("[1, 2]", "not a project file"),
    ],
)
def test_bad_files_give_clear_messages(tmp_path, text, message):
    f = tmp_path / "p.w2vproj"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ProjectError, match=message) as e:
        load_project(f)
    assert str(f) in str(e.value)
