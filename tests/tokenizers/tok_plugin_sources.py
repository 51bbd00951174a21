"""Plugin sources written into temporary folders by the tests (real plugin files, not mocks)."""

from __future__ import annotations

import json
from pathlib import Path

UPPER_PLUGIN = """
from w2v_studio.tokenizers.options import OptionSpec
from w2v_studio.tokenizers.plugin_api import TokenizerPlugin


class Upper:
    def __init__(self, suffix):
        self.suffix = suffix

    def tokenize(self, text):
        return [w.upper() + self.suffix for w in text.split()]

    def analyze(self, text):
        from w2v_studio.tokenizers.base import Token
        return [Token(t, "UP") for t in self.tokenize(text)]


PLUGIN = TokenizerPlugin(
    id="upper", name="Upper case words", languages=("en",),
    create=lambda suffix: Upper(suffix),
    options=(OptionSpec("suffix", "str", "", "appended to each token"),),
)
"""

# Crashes its worker process on a line containing CRASH, raises on a line containing FAIL.
CRASHY_PLUGIN = """
import os

from w2v_studio.tokenizers.plugin_api import TokenizerPlugin


class Crashy:
    def tokenize(self, text):
        if "CRASH" in text:
            os._exit(3)
        if "FAIL" in text:
            raise ValueError("this line is bad")
        return text.split()

    def analyze(self, text):
        return []


PLUGIN = TokenizerPlugin(id="crashy", name="Crashes on purpose", languages=("*",),
                         create=lambda: Crashy())
"""

ENTRY_POINT_MODULE = """
from w2v_studio.tokenizers.base import WhitespaceTokenizer
from w2v_studio.tokenizers.plugin_api import TokenizerPlugin


class Reverse(WhitespaceTokenizer):
    def tokenize(self, text):
        return [w[::-1] for w in text.split()]


PLUGIN = TokenizerPlugin(id="reverse", name="Reversed words", languages=("*",),
                         create=lambda: Reverse())
"""


# The plugin.json of each plugin above: what the registry lists before running any code.
MANIFESTS = {
    "upper": {"id": "upper", "name": "Upper case words", "languages": ["en"],
              "options": [{"name": "suffix", "type": "str", "default": "",
                           "help": "appended to each token"}]},
    "crashy": {"id": "crashy", "name": "Crashes on purpose", "languages": ["*"]},
}  # fmt: skip


def write_plugin(folder: Path, name: str, source: str, manifest: dict | None = None) -> Path:
    """A plugin package ``folder/name/plugin.py`` with its ``plugin.json`` (``manifest``, else
    the one in MANIFESTS, else a tokenizer with id ``name`` for any language)."""
    pkg = folder / name
    pkg.mkdir(parents=True, exist_ok=True)
    (pkg / "plugin.py").write_text(source, encoding="utf-8")
    if manifest is None:
        manifest = MANIFESTS.get(name, {"id": name, "name": name, "languages": ["*"]})
    (pkg / "plugin.json").write_text(json.dumps(manifest), encoding="utf-8")
    return pkg


def write_distribution(site: Path) -> None:
    """An installed distribution (dist-info with an entry point) on a temporary sys.path entry."""
    (site / "w2v_reverse_plugin").mkdir(parents=True)
    (site / "w2v_reverse_plugin" / "__init__.py").write_text(ENTRY_POINT_MODULE, encoding="utf-8")
    info = site / "w2v_reverse_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: w2v-reverse-plugin\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[w2v_studio.tokenizers]\nreverse = w2v_reverse_plugin:PLUGIN\n", encoding="utf-8"
    )
