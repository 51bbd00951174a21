"""Shared fixtures for the app's Qt tests: offscreen platform, isolated settings and caches."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Each test gets its own cache folder (downloads, logs, tokenized corpora)."""
    monkeypatch.setenv("W2V_STUDIO_CACHE", str(tmp_path / "cache"))
    yield


@pytest.fixture(scope="session")
def translations():
    """The compiled .qm files (build them when the setup script has not)."""
    i18n = ROOT / "resources" / "i18n"
    if not all((i18n / f"app_{c}.qm").exists() for c in ("ko", "zh_CN")):
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "build_translations.py"), "--quiet"], check=True
        )
    return i18n


@pytest.fixture
def settings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    s.setValue("language", "en")
    return s


@pytest.fixture
def window(qtbot, settings):
    from w2v_studio.qt import i18n
    from w2v_studio.qt.main_window import MainWindow

    i18n.install_language("en")
    w = MainWindow(settings)
    w.confirm_close = False
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    yield w
    if w.train_page.is_running():
        w.train_page.stop()
    w.train_page.wait()
    w.corpus_page.shutdown()
    w.model_io.wait()
    i18n.install_language("en")


def make_sentences(n: int, length: int = 12, vocab: int = 60, seed: int = 0) -> list[list[str]]:
    """Sentences with a little structure: words of the same group occur together."""
    rng = random.Random(seed)
    groups = [[f"g{g}w{i}" for i in range(vocab // 6)] for g in range(6)]
    out = []
    for _ in range(n):
        g = groups[rng.randrange(len(groups))]
        out.append([rng.choice(g) for _ in range(length)])
    return out


def write_corpus(path: Path, n: int = 400, seed: int = 0, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "\n".join(" ".join(s) for s in make_sentences(n, seed=seed)) + "\n", encoding=encoding
    )
    return path
