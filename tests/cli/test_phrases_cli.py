"""``w2v-studio phrases`` and ``train --phrases`` from the outside: a subprocess, real files."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.core.corpus.test_phrases import planted
from w2v_studio.core.corpus.phrases_table import read_table
from w2v_studio.core.engine.model import TrainedModel


def cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "w2v_studio", *map(str, args)],
                          capture_output=True, text=True, timeout=300, **kw)


def write_corpus(path, lines) -> None:
    path.write_text("\n".join(" ".join(line) for line in lines) + "\n", encoding="utf-8")


def test_phrases_writes_the_joined_corpus_and_a_sorted_table(tmp_path):
    lines = planted(pairs=(("new", "york"), ("서울", "대학교")))
    write_corpus(tmp_path / "c.txt", lines)
    r = cli("phrases", tmp_path / "c.txt", "-o", tmp_path / "out.txt", "--table",
            tmp_path / "t.tsv", "-q")
    assert r.returncode == 0, r.stderr
    out = (tmp_path / "out.txt").read_text(encoding="utf-8").splitlines()
    assert len(out) == len(lines)
    for pair in ("new york", "서울 대학교"):
        joined = sum(line.split().count(pair.replace(" ", "_")) for line in out)
        assert joined == sum(" ".join(line).count(pair) for line in lines) > 100
    table = read_table(tmp_path / "t.tsv")
    assert {t.phrase for t in table[:2]} == {"new_york", "서울_대학교"}
    assert [t.score for t in table] == sorted((t.score for t in table), reverse=True)
    assert "found" in r.stdout and str(tmp_path / "out.txt") in r.stdout


def test_phrases_with_a_tokenizer_plugin_and_npmi(tmp_path):
    lines = [" ".join(line).replace("new york", "New York,") + "." for line in planted()]
    (tmp_path / "en.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = cli("phrases", tmp_path / "en.txt", "--tokenizer", "english", "--opt",
            "lowercase=true", "--scoring", "npmi", "--threshold", "0.5", "-o",
            tmp_path / "out.txt", "--table", tmp_path / "t.tsv", "-q",
            env={**os.environ, "W2V_STUDIO_CACHE": str(tmp_path / "cache")})
    assert r.returncode == 0, r.stderr
    out = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert out.split().count("new_york") == sum(line.count("New York") for line in lines)
    table = read_table(tmp_path / "t.tsv")
    assert table[0].phrase == "new_york" and 0.5 < table[0].score <= 1.0


def test_bad_phrase_requests_get_a_message_and_keep_the_input(tmp_path):
    corpus = tmp_path / "c.txt"
    write_corpus(corpus, [["a", "b", "c"]])
    before = corpus.read_bytes()
    r = cli("phrases", corpus, "-o", corpus)
    assert r.returncode == 2 and "input file" in r.stderr and "Traceback" not in r.stderr
    assert corpus.read_bytes() == before
    r = cli("phrases", corpus, "--scoring", "npmi", "--threshold", "3", "-o", tmp_path / "o")
    assert r.returncode == 2 and "npmi threshold" in r.stderr
    r = cli("phrases", tmp_path / "missing.txt", "-o", tmp_path / "o")
    assert r.returncode == 2 and "missing.txt" in r.stderr and "Traceback" not in r.stderr


def test_train_with_phrases_learns_a_vector_for_the_phrase(tmp_path):
    write_corpus(tmp_path / "c.txt", planted(n_lines=400))
    r = cli("train", tmp_path / "c.txt", "--phrases", "--dim", 8, "--epochs", 1,
            "--min-count", 1, "--device", "cpu", "-q", "-o", tmp_path / "m")
    assert r.returncode == 0, r.stderr
    m = TrainedModel.load(tmp_path / "m")
    assert "new_york" in m.words and "new" not in m.words
    assert m.corpus_info["phrases"]["found"] >= 1
