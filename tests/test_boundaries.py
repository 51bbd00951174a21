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
HEAVY = ("torch", "jieba", "konlpy", "jpype", "mecab", "kiwipiepy", "umap", "sklearn", "gensim",
         "openTSNE")


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


def _project_imports() -> dict[str, set[str]]:
    """Module -> the project modules it imports, counting every import statement: at the top,
    inside functions and under ``if TYPE_CHECKING`` (a cycle there still ties the modules)."""
    mods = {m: ROOT / (m.replace(".", "/") + ".py") for m in _modules("w2v_studio")}
    for m in list(mods):
        if not mods[m].exists():  # a package: its __init__.py
            mods[m] = ROOT / m.replace(".", "/") / "__init__.py"
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for m, path in mods.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            graph[m] |= {t for t in targets if t in mods and t != m}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            v, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[v] = min(low[v], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                if len(comp) > 1:
                    found.append(sorted(comp))
    return found


def test_no_import_cycle_between_project_modules():
    assert _cycles(_project_imports()) == []


def test_the_cycle_check_finds_a_planted_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []
