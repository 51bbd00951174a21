"""``w2v-studio concordance MODEL WORD``: a reopened model's lines in the original text."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from w2v_studio.cli import main
from w2v_studio.core.engine.model import TrainedModel

KO = ["어제 서울에서 열린 전시를 봤다.", "부산은 바다가 좋다", "서울의 밤, 다시 서울에서 만나요"]


def train(tmp_path: Path, *extra: str) -> tuple[Path, Path]:
    """A model trained by the CLI (a real subprocess) on a small Korean corpus."""
    src = tmp_path / "corpus"
    src.mkdir()
    corpus = src / "ko.txt"
    corpus.write_text("\n".join(KO * 20) + "\n", encoding="utf-8")
    model = tmp_path / "model"
    r = subprocess.run([sys.executable, "-m", "w2v_studio", "train", str(corpus), "-o", str(model),
                        "--min-count", "1", "--epochs", "1", "--dim", "8", "-q", *extra],
                       capture_output=True, text=True, timeout=300,
                       env={**os.environ, "W2V_STUDIO_CACHE": str(tmp_path / "cache")})  # fmt: skip
    assert r.returncode == 0, r.stderr
    return model, corpus


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("W2V_STUDIO_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["concordance", *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_mecab_model_prints_its_hits_in_the_original_lines(tmp_path, cache, capsys):
    model, _ = train(tmp_path, "--tokenizer", "mecab")
    assert "link" in TrainedModel.load(model).corpus_info
    code, out, err = run(capsys, model, "서울", "--limit", 3)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("ko.txt:1 ")
    assert lines[0].endswith("어제 [서울]에서 열린 전시를 봤다.")
    assert lines[2].startswith("ko.txt:3 ")
    assert lines[2].endswith("서울의 밤, 다시 [서울]에서 만나요")
    assert "60 occurrence(s)" in err  # 1 + 2 in every 3 lines, 20 times

    code, out, _ = run(capsys, model, "서울", "--limit", 2, "--json", "--width", 3)
    rows = json.loads(out)
    assert rows[0] == {"file": str((tmp_path / "corpus" / "ko.txt").resolve()), "line": 1,
                       "left": "어제 ", "hit": "서울", "right": "에서 ", "start": 3, "end": 5}


def test_a_deleted_cache_is_tokenized_again_and_the_lines_still_come(tmp_path, cache, capsys):
    model, _ = train(tmp_path, "--tokenizer", "mecab")
    shutil.rmtree(cache / "tokenized")
    code, out, err = run(capsys, model, "바다", "--json")
    assert code == 0
    assert "tokenizing the corpus" in err
    assert [(r["line"], r["left"], r["hit"], r["right"]) for r in json.loads(out)][0] == (
        2, "부산은 ", "바다", "가 좋다")


def test_moved_sources_give_a_clear_error_and_sources_finds_them(tmp_path, cache, capsys):
    model, corpus = train(tmp_path)  # whitespace: no tokenized copy was made for training
    moved = tmp_path / "elsewhere"
    shutil.move(str(corpus.parent), str(moved))
    code, out, err = run(capsys, model, "서울에서")
    assert code == 2 and out == ""
    assert err.startswith("error: ") and str(corpus.resolve()) in err and "--sources" in err
    code, out, _ = run(capsys, model, "서울에서", "--sources", tmp_path, "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 40 and rows[0]["file"] == str((moved / "ko.txt").resolve())
    assert (rows[0]["left"], rows[0]["hit"]) == ("어제 ", "서울에서")


def test_a_model_without_a_corpus_or_a_wrong_folder_is_explained(tmp_path, cache, capsys):
    model, _ = train(tmp_path)
    meta = json.loads((model / "model.json").read_text(encoding="utf-8"))
    meta["corpus"] = {"words": 1, "sentences": 1, "types": 1}
    (model / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    code, _, err = run(capsys, model, "서울")
    assert code == 2 and "records no corpus" in err
    code, _, err = run(capsys, tmp_path / "nothing", "서울")
    assert code == 2 and "not a model folder" in err and "Traceback" not in err


def test_moved_sources_with_the_cache_kept_show_tokens_and_say_so(tmp_path, cache, capsys):
    model, corpus = train(tmp_path, "--tokenizer", "mecab")
    shutil.move(str(corpus.parent), str(tmp_path / "elsewhere"))
    code, out, err = run(capsys, model, "서울", "--limit", 1)
    assert code == 0
    assert out.rstrip().endswith("어제 [서울] 열린 전시 봤")  # the tokens, not the text
    assert "showing tokens instead of the original text" in err


def test_a_cli_trained_mecab_model_keeps_its_parts_of_speech(tmp_path):
    model, _ = train(tmp_path, "--tokenizer", "mecab")
    tags = TrainedModel.load(model).vocab_tags
    assert tags is not None and tags["서울"].startswith("NN") and tags["바다"] == "NNG"
