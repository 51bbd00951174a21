"""Shared fixtures for the app's Qt tests: offscreen platform, isolated settings and caches."""

from __future__ import annotations

import os
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
    from w2v_studio.qt.shell import i18n
    from w2v_studio.qt.shell.main_window import MainWindow

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
