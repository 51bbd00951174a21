"""Explore/Evaluate in Korean and Chinese: every string translated, live switch, no clipping."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from tests.qt.explore_data import tiny_model
from w2v_studio.core.vectors.word_vectors import WordVectors
from w2v_studio.qt.evaluate.page import EvaluatePage
from w2v_studio.qt.explore.page import ExplorePage
from w2v_studio.qt.shell import i18n
from w2v_studio.qt.shell.state import AppState

ROOT = Path(__file__).resolve().parents[3]
I18N = ROOT / "resources" / "i18n"
LANGS = ("ko", "zh_CN")


@pytest.fixture(scope="module")
def compiled():
    stale = [
        lang
        for lang in LANGS
        if not (I18N / f"app_{lang}.qm").exists()
        or (I18N / f"app_{lang}.qm").stat().st_mtime
        < (I18N / f"app_{lang}.ts").stat().st_mtime
    ]
    if stale:
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "build_translations.py"), "--quiet"], check=True
        )
    return I18N


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_is_translated_with_the_same_placeholders(lang):
    root = ET.parse(I18N / f"app_{lang}.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 150
    for m in messages:
        source = m.find("source").text
        tr = m.find("translation")
        assert tr.get("type") != "unfinished" and tr.text, source
        assert sorted(re.findall(r"\{[^}]*\}", tr.text)) == sorted(
            re.findall(r"\{[^}]*\}", source)
        ), source


def clipped(widget) -> list[str]:
    """Visible labels, buttons and check boxes narrower than their text needs."""
    out = []
    for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if not w.isVisible() or not w.text() or (isinstance(w, QLabel) and w.wordWrap()):
            continue
        if w.width() < w.minimumSizeHint().width():
            out.append(w.text())
    return out


def test_live_switch_to_korean_and_chinese(qtbot, compiled, tmp_path):
    model, _ = tiny_model(tmp_path / "m")
    state = AppState()
    page = ExplorePage(state)
    evaluate = EvaluatePage(state)
    for w in (page, evaluate):
        qtbot.addWidget(w)
        w.resize(1200, 800)
        w.show()
    state.set_model(model, WordVectors.from_model(model), None, None)
    try:
        expected = {
            "ko": ("질문", "용례", "단어 배치", "실행"),
            "zh_CN": ("提问", "语境索引", "放置词语", "运行"),
            "en": ("Questions", "Concordance", "Place words", "Run"),
        }
        for lang in ("ko", "zh_CN", "en"):
            loaded = i18n.install_language(lang, compiled)
            assert lang == "en" or any(p.name == f"app_{lang}.qm" for p in loaded)
            qtbot.wait(50)  # LanguageChange events are delivered
            questions, concordance, place, run = expected[lang]
            assert page.tabs.tabText(0) == questions
            assert page.tabs.tabText(1) == concordance
            assert page.controls.place_button.text() == place
            assert evaluate.run_button.text() == run
            assert page.legend.text()  # the legend is rebuilt in the new language
            assert clipped(page) == [] and clipped(evaluate) == []
    finally:
        i18n.install_language("en")
        page.shutdown()
