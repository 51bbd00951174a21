"""The analysis subcommands from the outside: slices, align, shift, weat, stability and
``train --method ppmi|svd``, in real subprocesses on generated corpora."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np

from tests.core.analysis.test_shift import mover_corpus
from tests.core.analysis.test_stability import _corpus_with_a_rare_neighbour
from tests.core.analysis.test_weat import _association_corpus
from tests.core.conftest import planted_corpus
from w2v_studio.core.vectors.io.load import load_vectors

SMALL = ["--dim", 16, "--min-count", 1, "--epochs", 4, "--sample", 0, "--window", 3,
         "--threads", 1, "--device", "cpu", "--seed", 1]


def cli(*args):
    return subprocess.run([sys.executable, "-m", "w2v_studio", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


def write(path, sentences):
    path.write_text("\n".join(" ".join(s) for s in sentences) + "\n", encoding="utf-8")
    return path


def test_slices_by_file_then_shift_ranks_the_moved_word_first(tmp_path):
    old = write(tmp_path / "old.txt", mover_corpus(0, seed=1))
    new = write(tmp_path / "new.txt", mover_corpus(3, seed=2))
    r = cli("slices", old, new, "--by", "file", "-o", tmp_path / "out", "-q", *SMALL)
    assert r.returncode == 0, r.stderr
    index = json.loads((tmp_path / "out" / "index.json").read_text(encoding="utf-8"))
    assert [s["name"] for s in index["slices"]] == ["old", "new"]
    assert index["slices"][1]["fitted_on"] == 49
    r = cli("shift", tmp_path / "out" / "old", tmp_path / "out" / "new", "--top", 3, "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["words"][0]["word"] == "mover" and len(out["words"]) == 3
    r = cli("shift", tmp_path / "out" / "old", tmp_path / "out" / "new", "--top", 2)
    lines = r.stdout.splitlines()
    assert lines[1].split("\t") == ["rank", "word", "cosine_distance", "local_distance",
                                    "count_a", "count_b"]
    assert lines[2].split("\t")[:2] == ["1", "mover"] and len(lines) == 4


def test_slices_aligned_models_share_one_space(tmp_path):
    a = write(tmp_path / "a.txt", planted_corpus(n_sent=800, seed=1))
    b = write(tmp_path / "b.txt", planted_corpus(n_sent=800, seed=2))
    r = cli("slices", a, b, "--by", "file", "-o", tmp_path / "s", "-q", *SMALL)
    assert r.returncode == 0, r.stderr
    wa, wb = load_vectors(tmp_path / "s" / "a"), load_vectors(tmp_path / "s" / "b")
    same = np.mean([float(wa.vector(w, unit=True) @ wb.vector(w, unit=True)) for w in wa.words])
    assert same > 0.8  # unaligned runs of different seeds would be near 0


def test_slices_by_a_jsonl_field(tmp_path):
    rows = [{"year": y, "text": " ".join(s)}
            for y, corpus in [(1990, mover_corpus(0, 600, 1)), (2010, mover_corpus(3, 600, 2))]
            for s in corpus]
    src = tmp_path / "c.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    r = cli("slices", src, "--by", "field:year", "--field", "text", "-o", tmp_path / "y", "-q",
            *SMALL)
    assert r.returncode == 0, r.stderr
    index = json.loads((tmp_path / "y" / "index.json").read_text(encoding="utf-8"))
    assert [(s["name"], s["value"]) for s in index["slices"]] == [("1990", "1990"),
                                                                  ("2010", "2010")]


def test_slices_refuses_a_folder_that_holds_other_files(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "notes.txt").write_text("mine", encoding="utf-8")
    a = write(tmp_path / "a.txt", planted_corpus(n_sent=50))
    r = cli("slices", a, a, "--by", "file", "-o", tmp_path / "out")
    assert r.returncode == 2 and r.stderr.startswith("error:") and "not empty" in r.stderr
    assert (tmp_path / "out" / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_train_ppmi_and_svd_then_align(tmp_path):
    corpus = write(tmp_path / "c.txt", planted_corpus(n_sent=1000))
    for method, dim in (("ppmi", 40), ("svd", 8)):
        r = cli("train", corpus, "--method", method, "--dim", dim, "--min-count", 1,
                "--window", 3, "-q", "-o", tmp_path / method)
        assert r.returncode == 0, r.stderr
        wv = load_vectors(tmp_path / method)
        assert wv.dim == dim  # ppmi: --dim is the number of context words kept
        assert wv.neighbours("c2w0", topn=1)[0].word.startswith("c2w")
    other = write(tmp_path / "d.txt", planted_corpus(n_sent=1000, seed=5))
    r = cli("train", other, "--method", "svd", "--dim", 8, "--min-count", 1, "--window", 3,
            "-q", "-o", tmp_path / "svd2")
    r = cli("align", tmp_path / "svd", tmp_path / "svd2", "-o", tmp_path / "svd2_aligned")
    assert r.returncode == 0, r.stderr
    assert "aligned on 64 words" in r.stdout
    r = cli("align", tmp_path / "svd", tmp_path / "svd2", "-o", tmp_path / "svd2")
    assert r.returncode == 2 and "new folder" in r.stderr


def test_train_count_model_refuses_continue(tmp_path):
    corpus = write(tmp_path / "c.txt", planted_corpus(n_sent=50))
    r = cli("train", corpus, "--method", "svd", "--continue", tmp_path, "-o", tmp_path / "m")
    assert r.returncode == 2 and "leave out --continue" in r.stderr


def test_weat_on_a_planted_association_and_a_missing_list(tmp_path):
    corpus = write(tmp_path / "c.txt", _association_corpus(True))
    r = cli("train", corpus, "--method", "svd", "--dim", 10, "--min-count", 1, "--window", 5,
            "-q", "-o", tmp_path / "m")
    assert r.returncode == 0, r.stderr
    for p in "xyab":
        (tmp_path / f"{p}.txt").write_text(" ".join(f"{p}{i}" for i in range(8)),
                                           encoding="utf-8")
    sets = ["--targets", tmp_path / "x.txt", tmp_path / "y.txt",
            "--attributes", tmp_path / "a.txt", tmp_path / "b.txt"]
    r = cli("weat", tmp_path / "m", *sets, "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["effect_size"] > 1 and out["p_value"] < 0.05 and out["exact"]
    r = cli("weat", tmp_path / "m", *sets)
    assert "effect size d = " in r.stdout and "(exact)" in r.stdout
    r = cli("weat", tmp_path / "m", "--targets", tmp_path / "nope.txt", tmp_path / "y.txt",
            "--attributes", tmp_path / "a.txt", tmp_path / "b.txt")
    assert r.returncode == 2 and "error:" in r.stderr and "nope.txt" in r.stderr


def test_stability_reports_the_planted_rare_neighbour_unstable(tmp_path):
    corpus = write(tmp_path / "c.txt", _corpus_with_a_rare_neighbour())
    r = cli("stability", corpus, "c0w0", "--runs", 8, "--bootstrap", "--topn", 8, "--json",
            "-q", *SMALL)
    assert r.returncode == 0, r.stderr
    (res,) = json.loads(r.stdout)
    by_word = {n["word"]: n for n in res["neighbours"]}
    assert by_word["c0w1"]["runs"] == 8 and by_word["c0w1"]["stable"]
    assert 0 < by_word["rare"]["runs"] < 8 and not by_word["rare"]["stable"]
