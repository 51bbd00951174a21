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


def _workspace_project(tmp_path):
    from w2v_studio.core.analysis.word_sets import WordSet
    from w2v_studio.core.workspace.project import EvaluationState, MapSettings

    return Project(
        corpus_files=(str(tmp_path / "c.txt"),),
        model_dir=str(tmp_path / "study-model"),
        second_model=str(tmp_path / "models" / "cbow"),
        evaluation=EvaluationState(
            files=(str(tmp_path / "eval" / "ws.tsv"),),
            data={"settings": {"method": "3cosmul"}, "results": [{"spearman": 0.5}]},
        ),
        map=MapSettings(source="list", count=50, text="왕 여왕\n남자", method="tsne",
                        colour="cluster", clusters=5),
        word_sets={"weat.X": WordSet("flowers", ["rose", "tulip"], "Caliskan 2017"),
                   "axes.x+": WordSet("x+", ["good"])},
    )


def test_the_whole_workspace_round_trips_and_follows_a_moved_folder(tmp_path):
    path = save_project(_workspace_project(tmp_path), tmp_path / "study")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == 3
    assert data["compare"] == {"model": "models/cbow"}
    assert data["evaluation"]["files"] == ["eval/ws.tsv"]
    assert data["word_sets"][0] == {"role": "weat.X", "name": "flowers",
                                    "words": ["rose", "tulip"], "source": "Caliskan 2017"}
    moved = tmp_path.parent / (tmp_path.name + "_moved")
    tmp_path.rename(moved)
    q = load_project(moved / "study.w2vproj")
    assert q == _workspace_project(moved)  # every part, paths in the new place


def test_a_version_2_file_keeps_its_content_and_gets_an_empty_workspace(tmp_path):
    f = tmp_path / "v2.w2vproj"
    f.write_text(json.dumps({"schema_version": 2, "corpus": {"files": ["a.txt"]},
                             "tokenizer": {"id": "mecab", "options": {}},
                             "train": {"dim": 30}, "model_dir": "m"}), encoding="utf-8")
    p = load_project(f)
    assert (p.corpus_files, p.tokenizer, p.train.dim) == ((str(tmp_path / "a.txt"),), "mecab", 30)
    assert p.model_dir == str(tmp_path / "m")
    assert (p.second_model, p.evaluation.files, p.word_sets) == (None, (), {})
    assert p.map.method == "pca" and p.map.source == "frequent"


@pytest.mark.parametrize(
    "part, message",
    [
        ({"map": {"method": "mds"}}, "field 'map.method' is 'mds'; it must be one of pca, tsne"),
        ({"map": {"clusters": 99}}, "field 'map.clusters' is 99; it must be from 2 to 16"),
        ({"map": {"count": "all"}}, "field 'map.count' must be a whole number"),
        ({"word_sets": [{"name": "a", "words": "rose tulip"}]},
         "field 'word_sets[0].words' must be a list of words"),
        ({"word_sets": [{"name": "a", "words": ["rose", 3]}]}, "each one text"),
        ({"word_sets": {"a": []}}, "field 'word_sets' must be a list of word sets"),
        ({"evaluation": {"files": ["../x.tsv"]}}, "'evaluation.files[0]' is '../x.tsv', which "
                                                  "leads outside the project's folder"),
        ({"evaluation": {"results": [[[[[[[[[[[[[[1]]]]]]]]]]]]]]}},
         "][0][0]' is nested too deeply"),
        ({"compare": {"model": "../../other"}}, "field 'compare.model'"),
        ({"compare": "cbow"}, "field 'compare' must be an object"),
    ],
)
def test_bad_workspace_parts_are_named_in_the_message(tmp_path, part, message):
    f = tmp_path / "p.w2vproj"
    f.write_text(json.dumps({"schema_version": 3, **part}), encoding="utf-8")
    with pytest.raises(ProjectError) as e:
        load_project(f)
    assert message in str(e.value) and str(f) in str(e.value)
