"""The vector commands as a user runs them: ``w2v-studio export/neighbours/analogy/evaluate``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from w2v_studio.cli import main
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.engine.vocab import Vocab

WORDS = ["man", "woman", "king", "queen", "학교", "학생", "中国", "北京", "boy", "girl"]


@pytest.fixture()
def model_dir(tmp_path: Path) -> Path:
    """A native model folder whose vectors make man:king :: woman:queen come out right."""
    rng = np.random.default_rng(4)
    royal, female = rng.normal(size=16), rng.normal(size=16)
    base = {w: rng.normal(size=16) for w in WORDS}
    base["king"] = base["man"] + 2 * royal
    base["woman"] = base["man"] + 2 * female
    base["queen"] = base["man"] + 2 * royal + 2 * female
    vectors = np.array([base[w] for w in WORDS], dtype=np.float32)
    vocab = Vocab(WORDS, np.arange(len(WORDS), 0, -1) * 100)
    model = TrainedModel(vocab, TrainConfig(dim=16, min_count=1), vectors, status="finished")
    return model.save(tmp_path / "model")


def test_neighbours_analogy_similarity(model_dir, capsys):
    assert main(["neighbours", str(model_dir), "학교", "--topn", "3"]) == 0
    out = capsys.readouterr().out
    assert "nearest to 학교" in out and len(out.strip().splitlines()) == 5
    assert main(["analogy", str(model_dir), "man", "king", "woman"]) == 0
    first = capsys.readouterr().out.splitlines()[2].split()
    assert first[:2] == ["1", "queen"] and first[3] == "700"  # rank, word, similarity, count
    assert main(["analogy", str(model_dir), "man", "king", "woman", "--method", "3cosmul"]) == 0
    assert capsys.readouterr().out.splitlines()[2].split()[1] == "queen"
    assert main(["similarity", str(model_dir), "man", "woman"]) == 0
    assert -1 <= float(capsys.readouterr().out) <= 1


def test_unknown_word_exits_2_with_suggestion(model_dir, capsys):
    assert main(["neighbours", str(model_dir), "quen"]) == 2
    err = capsys.readouterr().err
    assert "error: 'quen' is not in the vocabulary. Did you mean: queen" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("fmt", "out", "expect"),
    [
        ("word2vec-binary", "v.bin", ["v.bin"]),
        ("word2vec-text", "v.txt", ["v.txt"]),
        ("vocab", "vocab.txt", ["vocab.txt"]),
        ("tsv", "projector", ["projector/vectors.tsv", "projector/metadata.tsv"]),
        ("csv", "v.csv", ["v.csv"]),
        ("npy", "m.npy", ["m.npy", "m.vocab.txt"]),
    ],
)
def test_export_every_format(model_dir, tmp_path, capsys, fmt, out, expect):
    assert (
        main(["export", str(model_dir), "--format", fmt, "--limit", "4", "-o", str(tmp_path / out)])
        == 0
    )
    assert "wrote 4 words" in capsys.readouterr().out
    for name in expect:
        assert (tmp_path / name).is_file()
    if fmt in ("word2vec-binary", "word2vec-text", "npy"):  # exported files open again
        assert main(["neighbours", str(tmp_path / out), "man", "--topn", "2"]) == 0


def test_evaluate_prints_table_and_writes_json(model_dir, tmp_path, capsys):
    sim = tmp_path / "sim.tsv"
    sim.write_text(
        "# comment\nman\twoman\t8\nking\tqueen\t8.5\nboy\tgirl\t7\n"
        "학교\t학생\t6\nMAN\tBOY\t6\nmissing\tman\t1\n",
        encoding="utf-8",
    )
    ana = tmp_path / "ana.txt"
    ana.write_text(
        ": family\nman king woman queen\nman woman king queen\nman boy king X\n"
        ": gram-test\nboy girl man woman\n",
        encoding="utf-8",
    )
    report = tmp_path / "report.json"
    args = [
        "evaluate",
        str(model_dir),
        "--similarity",
        str(sim),
        "--analogy",
        str(ana),
        "--json",
        str(report),
    ]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "sim.tsv" in out and "Spearman" in out and "[overall]" in out and "family" in out
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["similarity"][0]["pairs"] == 6 and data["similarity"][0]["used"] == 4
    fam = data["analogy"][0]["sections"][0]
    assert fam["name"] == "family" and fam["answered"] == 2 and fam["skipped"] == 1
    assert data["analogy"][0]["syntactic"]["answered"] == 1
    assert main([*args, "--case-insensitive"]) == 0
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["similarity"][0]["used"] == 5 and data["case_insensitive"] is True


def test_bad_input_is_one_clear_line(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_text("2 3\na 1 2 3\nb 1 2\n", encoding="utf-8")
    assert main(["neighbours", str(bad), "a"]) == 2
    assert "line 3: the vector has 2 numbers" in capsys.readouterr().err
    assert main(["evaluate", str(tmp_path / "nothing")]) == 2
    assert "give at least one --similarity" in capsys.readouterr().err
    assert main(["export", str(tmp_path), "--format", "csv", "-o", str(tmp_path / "x.csv")]) == 2
    assert "no model.json" in capsys.readouterr().err


def test_installed_command_runs(model_dir):
    """The same through a real subprocess, as from a shell (exit code and stderr)."""
    cmd = [sys.executable, "-c", "import sys; from w2v_studio.cli import main; sys.exit(main())"]
    done = subprocess.run(
        [*cmd, "neighbours", str(model_dir), "kng"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2 and "Did you mean: king" in done.stderr
