"""Shared pieces for the saving tests: an isolated app, a small corpus, the CLI in a process.

Modules use ``pytestmark = pytest.mark.usefixtures("isolated")`` after importing it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.core.conftest import planted_corpus
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.trainer import train

ROOT = Path(__file__).resolve().parents[2]
FAST = ["--dim", 8, "--min-count", 1, "--sample", 0, "--threads", 1, "--device", "cpu", "-q"]


@pytest.fixture
def isolated(tmp_path, monkeypatch) -> dict[str, str]:
    """Data, cache and temp folders of this test only (also for the CLI processes)."""
    env = {"W2V_STUDIO_DATA_DIR": str(tmp_path / "appdata"),
           "W2V_STUDIO_CACHE": str(tmp_path / "cache"), "TMPDIR": str(tmp_path / "systmp")}
    (tmp_path / "systmp").mkdir()
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setattr("tempfile.tempdir", None)  # re-read TMPDIR in this process
    return env


def write_corpus(path: Path, n_sent: int = 800) -> Path:
    path.write_text("\n".join(" ".join(s) for s in planted_corpus(n_sent=n_sent)) + "\n",
                    encoding="utf-8")
    return path


def small_model(dim: int = 4):
    """A trained model of 64 words."""
    cfg = TrainConfig(dim=dim, min_count=1, epochs=1, threads=1)
    return list(train(cfg, planted_corpus(n_sent=60)))[-1].model


def cli_args(*args) -> list[str]:
    return [sys.executable, "-m", "w2v_studio", *map(str, args)]


def cli(*args, prefix: list[str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([*(prefix or []), *cli_args(*args)], capture_output=True, text=True,
                          timeout=120, cwd=cwd, env=env)


class LongRun:
    """``w2v-studio train`` with many epochs in a process; ``started()`` waits for training."""

    def __init__(self, corpus: Path, out: Path, *extra, prefix: list[str] | None = None):
        args = [*(prefix or []), *cli_args("train", corpus, "--dim", 8, "--min-count", 1,
                                           "--threads", 1, "--device", "cpu", "--epochs", 2000,
                                           "-o", out, *extra)]
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, cwd=ROOT,
                                     env={**os.environ, "PYTHONPATH": str(ROOT)})

    def started(self, timeout: float = 60) -> None:
        """Read the progress output until the vocabulary line (training has begun)."""
        end = time.monotonic() + timeout
        for line in self.proc.stderr:  # ProgressLine writes its lines to stderr
            if "vocabulary:" in line or time.monotonic() > end:
                return
        raise AssertionError(f"the run ended early: {self.proc.wait()}")

    def stop(self, sig: int = signal.SIGTERM) -> tuple[int, str, str]:
        self.proc.send_signal(sig)
        out, err = self.proc.communicate(timeout=60)
        return self.proc.returncode, out, err


def dead_pid() -> int:
    """The id of a process that has ended."""
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid
