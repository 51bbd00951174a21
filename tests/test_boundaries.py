"""The layers keep their promises: core and tokenizers never import Qt, and importing them (or
starting the CLI) loads no heavy library (torch, jieba, konlpy, mecab, kiwi, umap, sklearn)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT = ("PySide6", "pyqtgraph", "shiboken6", "w2v_studio.qt")
HEAVY = ("torch", "jieba", "konlpy", "jpype", "mecab", "kiwipiepy", "umap", "sklearn", "gensim")


def _modules(package: str) -> list[str]:
    base = ROOT / package.replace(".", "/")
    return sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in base.rglob("*.py")
    )


def test_no_layer_below_the_gui_imports_qt_in_its_source():
    offenders = []
    for folder in ("w2v_studio/core", "w2v_studio/tokenizers", "plugins"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names
                              if n.startswith(QT)]
    assert offenders == []


def test_importing_core_tokenizers_and_cli_loads_no_qt_and_no_heavy_library():
    mods = _modules("w2v_studio/core") + _modules("w2v_studio/tokenizers") + \
        [m for m in _modules("w2v_studio/cli")]
    code = (
        "import importlib, json, sys\n"
        f"for m in {mods!r}: importlib.import_module(m)\n"
        "from w2v_studio.cli import build_parser; build_parser()\n"
        "from w2v_studio.tokenizers.registry import list_plugins; list_plugins()\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    loaded = json.loads(r.stdout.strip().splitlines()[-1])
    assert [m for m in loaded if m.startswith(QT)] == []
    assert [m for m in loaded if m.split(".")[0] in HEAVY] == []
