"""``w2v-studio evaluate --questions / --lookup-tokenizer``: the per-question table, test words
looked up through the model's recorded tokenizer (real Mecab), and why sections were skipped."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest

from w2v_studio.cli import main
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.engine.vocab import Vocab

NOUNS = ["자동차", "비행기", "학교", "학생", "사람", "영화"]


@pytest.fixture()
def ko_model(tmp_path: Path) -> Path:
    """A morpheme-level model (nouns without particles) that records Mecab as its tokenizer."""
    rng = np.random.default_rng(2)
    vectors = rng.normal(size=(len(NOUNS), 8)).astype(np.float32)
    vocab = Vocab(NOUNS, np.arange(len(NOUNS), 0, -1) * 10)
    model = TrainedModel(vocab, TrainConfig(dim=8, min_count=1), vectors, status="finished",
                         corpus_info={"tokenizer": "mecab", "tokenizer_options": {}})  # fmt: skip
    return model.save(tmp_path / "ko")


@pytest.fixture()
def sets(tmp_path: Path) -> tuple[Path, Path]:
    ana = tmp_path / "ko_analogy.txt"
    ana.write_text(": syn1_case\n자동차 자동차를 비행기 비행기를\n학교 학교를 학생 학생을\n"
                   ": sem\n자동차 비행기 학교 학생\n", encoding="utf-8")  # fmt: skip
    sim = tmp_path / "ko_pairs.tsv"
    sim.write_text("자동차를\t비행기\t7.5\n사람\t고양이\t2\n", encoding="utf-8")
    return ana, sim


def _mecab_or_skip() -> None:
    from w2v_studio.tokenizers.registry import unavailable_reason

    if reason := unavailable_reason("mecab"):
        pytest.skip(f"Mecab: {reason}")


def test_questions_tsv_and_why_skipped(ko_model, sets, tmp_path, capsys):
    _mecab_or_skip()
    ana, sim = sets
    out = tmp_path / "q.tsv"
    code = main(["evaluate", str(ko_model), "--analogy", str(ana), "--similarity", str(sim),
                 "--questions", str(out)])  # fmt: skip
    assert code == 0
    text = capsys.readouterr().out
    assert "why skipped: syn1_case: 2 of 2 questions skipped: 2 have a test word in an " \
           "inflected form (e.g. 자동차를 → 자동차" in text
    assert "train with particles kept or with whitespace tokens" in text
    assert "unknown words: 자동차를 (1)" in text
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert len(rows) == 2 + 3
    first = next(r for r in rows if r["kind"] == "analogy")
    assert (first["section"], first["word1"], first["expected"], first["status"],
            first["unknown"]) == ("syn1_case", "자동차", "비행기를", "skipped", "자동차를 비행기를")
    sem = next(r for r in rows if r["section"] == "sem")
    assert sem["status"] in ("correct", "wrong") and sem["rank"].isdigit()
    pair = next(r for r in rows if r["word2"] == "고양이")
    assert (pair["human"], pair["status"], pair["unknown"]) == ("2.0", "skipped", "고양이")


def test_lookup_tokenizer_answers_inflected_questions(ko_model, sets, tmp_path, capsys):
    _mecab_or_skip()
    ana, sim = sets
    out = tmp_path / "r.json"
    code = main(["evaluate", str(ko_model), "--analogy", str(ana), "--similarity", str(sim),
                 "--lookup-tokenizer", "--json", str(out)])  # fmt: skip
    assert code == 0
    text = capsys.readouterr().out
    assert "found through the tokenizer: 4 words (자동차를 -> 자동차" in text
    report = json.loads(out.read_text(encoding="utf-8"))
    syn = report["analogy"][0]["sections"][0]
    assert (syn["answered"], syn["skipped"]) == (2, 0)
    assert report["similarity"][0]["used"] == 1  # 자동차를 found; 고양이 still unknown
    assert report["similarity"][0]["why_skipped"][0].startswith("1 of 2 questions skipped")


def test_lookup_tokenizer_on_a_vector_file_is_one_clear_error(ko_model, sets, tmp_path, capsys):
    vec = tmp_path / "v.txt"
    vec.write_text("2 2\n자동차 1 0\n비행기 0 1\n", encoding="utf-8")
    assert main(["evaluate", str(vec), "--analogy", str(sets[0]), "--lookup-tokenizer"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --lookup-tokenizer:") and "give the model folder" in err
