"""The interface font per language, so that one word is drawn in one font.

Without this, Qt picks a fallback font glyph by glyph, and a Chinese word in the Korean or
English interface (or a Korean word in the Chinese one) can mix Japanese-style and Chinese-style
forms of the same characters. Each language gets the CJK family made for it (Noto Sans CJK KR
for Korean, SC for Simplified Chinese), with the other CJK families as fallbacks; families that
are not installed are skipped.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

KOREAN = ["Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo"]
CHINESE = ["Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC"]
LATIN = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial"]

PREFERRED: dict[str, list[str]] = {
    "ko": KOREAN + LATIN + CHINESE,
    "zh_CN": CHINESE + LATIN + KOREAN,
    "en": LATIN + KOREAN + CHINESE,
}

_default_families: list[str] | None = None


def families_for(code: str) -> list[str]:
    """The installed families for interface language ``code``, in order of preference."""
    installed = set(QFontDatabase.families())
    return [f for f in PREFERRED.get(code, PREFERRED["en"]) if f in installed]


def apply_interface_font(code: str) -> list[str]:
    """Set the application font's families for ``code`` (size and style unchanged)."""
    global _default_families
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return []
    font = QFont(app.font())
    if _default_families is None:
        _default_families = list(font.families()) or [font.family()]
    chosen = families_for(code)
    font.setFamilies(chosen + [f for f in _default_families if f not in chosen])
    app.setFont(font)
    return chosen
