"""The interface font follows the language: one CJK family per language, so a word is one font."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication, QLabel

from w2v_studio.qt.shell import i18n

NEEDED = {"ko": "Noto Sans CJK KR", "zh_CN": "Noto Sans CJK SC"}


@pytest.mark.parametrize("code", ["ko", "zh_CN"])
def test_each_cjk_language_draws_its_text_in_its_own_cjk_family(qapp, translations, code):
    family = NEEDED[code]
    if family not in QFontDatabase.families():
        pytest.skip(f"{family} is not installed (apt: fonts-noto-cjk)")
    try:
        i18n.install_language(code)
        label = QLabel("学习 한국어 中国")
        assert QApplication.font().families()[0] == family
        assert QFontInfo(label.font()).family() == family
    finally:
        i18n.install_language("en")
    assert QApplication.font().families()[0] != family
