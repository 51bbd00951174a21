"""``w2v-studio train --nproc N``: runs that cannot train in several processes exit 2 with
``error: ...`` and write nothing; a run in two processes records it in the model's settings."""

from __future__ import annotations

import json

import pytest

from tests.qt.app_helpers import write_corpus
from w2v_studio.cli import main

SMALL = ("--min-count", "1", "--dim", "8", "--epochs", "1", "--threads", "1", "-q")


def _train(capsys, *args) -> tuple[int, str]:
    code = main(["train", *map(str, args)])
    return code, capsys.readouterr().err


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "c.txt", n=300)


def test_fasttext_with_nproc_exits_2_with_the_reason(tmp_path, corpus, capsys):
    code, err = _train(capsys, corpus, "--method", "fasttext", "--nproc", 2, *SMALL,
                       "-o", tmp_path / "m")
    assert code == 2
    assert err.startswith("error: --nproc 2: fastText models cannot be trained in several "
                          "processes yet")
    assert not (tmp_path / "m" / "model.json").exists()


def test_continue_with_nproc_exits_2_and_keeps_the_model(tmp_path, corpus, capsys):
    assert _train(capsys, corpus, *SMALL, "-o", tmp_path / "m")[0] == 0
    before = (tmp_path / "m" / "model.json").read_bytes()
    code, err = _train(capsys, corpus, "--continue", tmp_path / "m", "--nproc", 2, *SMALL,
                       "-o", tmp_path / "m2")
    assert code == 2
    assert err.startswith("error: --nproc 2: Continuing a model cannot use several processes")
    assert (tmp_path / "m" / "model.json").read_bytes() == before
    assert not (tmp_path / "m2" / "model.json").exists()


def test_nproc_zero_exits_2(tmp_path, corpus, capsys):
    code, err = _train(capsys, corpus, "--nproc", 0, *SMALL, "-o", tmp_path / "m")
    assert code == 2 and err.startswith("error: --nproc 0: ") and "at least 1" in err


def test_one_process_model_records_processes_1(tmp_path, corpus, capsys):
    assert _train(capsys, corpus, *SMALL, "-o", tmp_path / "m")[0] == 0
    saved = json.loads((tmp_path / "m" / "model.json").read_text(encoding="utf-8"))
    assert saved["config"]["processes"] == 1


def test_nproc_2_model_records_two_processes_and_the_same_vocabulary(tmp_path, corpus, capsys):
    assert _train(capsys, corpus, *SMALL, "-o", tmp_path / "one")[0] == 0
    code, err = _train(capsys, corpus, *SMALL, "--nproc", 2, "-o", tmp_path / "two")
    assert code == 0, err
    one, two = (json.loads((tmp_path / d / "model.json").read_text(encoding="utf-8"))
                for d in ("one", "two"))
    assert two["config"]["processes"] == 2
    assert two["config"] == {**one["config"], "processes": 2}
    vocab = [(tmp_path / d / "vocab.tsv").read_text(encoding="utf-8") for d in ("one", "two")]
    assert vocab[0] == vocab[1]
