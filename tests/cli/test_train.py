"""``w2v-studio train`` from the outside: a real subprocess, real files."""

from __future__ import annotations

import subprocess
import sys

from tests.core.conftest import planted_corpus
from w2v_studio.core.engine.model import TrainedModel


def cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "w2v_studio", *map(str, args)],
                          capture_output=True, text=True, timeout=300, **kw)


def test_train_writes_a_model_folder(tmp_path):
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("\n".join(" ".join(s) for s in planted_corpus(n_sent=800)) + "\n",
                      encoding="utf-8")
    out = tmp_path / "model"
    r = cli("train", corpus, "--arch", "cbow", "--objective", "hierarchical", "--dim", 12,
            "--window", 3, "--negative", 3, "--epochs", 2, "--min-count", 1, "--sample", 0,
            "--alpha", 0.05, "--device", "cpu", "--threads", 2, "--seed", 5, "-o", out)
    assert r.returncode == 0, r.stderr
    assert "model written to" in r.stdout and "epoch 2/2" in r.stderr
    m = TrainedModel.load(out)
    assert m.config.architecture == "cbow" and m.config.objective == "hierarchical"
    assert m.dim == 12 and m.epochs_done == 2 and len(m.words) == 64
    assert m.corpus_info["files"] == [str(corpus.resolve())]


def test_train_with_a_tokenizer_plugin(tmp_path):
    corpus = tmp_path / "en.txt"
    corpus.write_text("The Cat sat on the mat.\nA dog, a cat!\n" * 50, encoding="utf-8")
    r = cli("train", corpus, "--tokenizer", "english", "--opt", "lowercase=true", "--dim", 8,
            "--min-count", 1, "--epochs", 1, "-o", tmp_path / "m",
            env={**__import__("os").environ, "W2V_STUDIO_CACHE": str(tmp_path / "cache")})
    assert r.returncode == 0, r.stderr
    m = TrainedModel.load(tmp_path / "m")
    assert "cat" in m.words and "Cat" not in m.words and "mat." not in m.words
    assert m.corpus_info["tokenizer"] == "english" and m.corpus_info["tokenized_path"]


def test_bad_input_gets_a_message_not_a_traceback(tmp_path):
    r = cli("train", tmp_path / "missing.txt", "-o", tmp_path / "m")
    assert r.returncode == 2 and "missing.txt" in r.stderr and "Traceback" not in r.stderr
    corpus = tmp_path / "c.txt"
    corpus.write_text("a b c\n", encoding="utf-8")
    r = cli("train", corpus, "--window", 0, "-o", tmp_path / "m")
    assert r.returncode == 2 and "window must be at least 1" in r.stderr
    r = cli("train", corpus, "-o", tmp_path / "m")  # min_count 5: nothing left
    assert r.returncode == 2 and "min_count" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "m").exists()


def test_progress_in_a_log_file_starts_after_the_interval():
    """Redirected output gets a progress line every few seconds, not a 0% line at once."""
    import io

    from w2v_studio.cli.progress import ProgressLine

    out = io.StringIO()
    bar = ProgressLine(out, every=0.05)
    bar.update(0.0, "starting")
    assert out.getvalue() == ""
    import time

    time.sleep(0.06)
    bar.update(0.5, "half")
    assert out.getvalue() == " 50.0% half\n"
