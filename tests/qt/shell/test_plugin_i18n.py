"""Tokenizer names, option labels, help texts and choices follow the interface language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from w2v_studio.qt.corpus.options_form import MultiChoice
from w2v_studio.tokenizers.registry import get_plugin, list_plugins

I18N = Path(__file__).resolve().parents[3] / "resources" / "i18n"
HANGUL = re.compile("[\uac00-\ud7a3]")
HAN = re.compile("[\u4e00-\u9fff]")


def plugin_texts() -> set[str]:
    """Every text a built-in plugin shows in the Corpus page."""
    texts: set[str] = set()
    for info in list_plugins():
        if info.source != "builtin":
            continue
        plugin, _ = get_plugin(info.id)
        texts.add(plugin.name)
        for spec in plugin.options:
            texts.update({spec.label, spec.help, *map(str, spec.choices)})
    return {t for t in texts if t}


@pytest.mark.parametrize("lang", ["ko", "zh_CN"])
def test_every_builtin_plugin_text_has_a_translation(lang):
    root = ET.parse(I18N / f"plugins_{lang}.ts").getroot()
    done = {
        m.findtext("source"): m.findtext("translation")
        for m in root.iter("message")
        if (m.find("translation").get("type") or "") != "unfinished"
    }
    texts = plugin_texts()
    assert len(texts) > 50
    missing = sorted(t for t in texts if not done.get(t))
    assert missing == []


def test_option_form_and_tokenizer_list_switch_language(qtbot, window, translations):
    cp = window.corpus_page
    qtbot.waitUntil(lambda: cp.tok_combo.count() > 0, timeout=30_000)
    cp.set_tokenizer("mecab", {})
    labels = lambda: [w.text() for w in cp.options.findChildren(QLabel) if w.text()]  # noqa: E731
    assert "Drop:" in labels()

    window.set_language("ko")
    assert "제외할 품사:" in labels() and "Drop:" not in labels()
    assert cp.tok_combo.currentText().startswith("한국어: Mecab")
    items = cp.options.findChildren(MultiChoice)[0]
    assert items.boxes[0][1].text() == "명사"
    assert all(HANGUL.search(t) for t in labels())

    window.set_language("zh_CN")
    assert cp.tok_combo.currentText().startswith("韩语：Mecab")
    assert all(HAN.search(t) for t in labels())
    assert set(cp.tokenizer_options()["drop"]) <= set(get_plugin("mecab")[0].options[0].choices)

    window.set_language("en")
    assert "Drop:" in labels()
