"""Finding a Java runtime for the konlpy taggers (Okt, Komoran) without starting it."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path

JAVA_MISSING = (
    "Java runtime not found: install OpenJDK 11+ or set JAVA_HOME; Mecab and Kiwi need no Java"
)

_LIBJVM = {"linux": "libjvm.so", "darwin": "libjvm.dylib", "win32": "jvm.dll"}


def _libjvm_in(home: Path) -> Path | None:
    name = _LIBJVM.get(sys.platform, "libjvm.so")
    for sub in (
        "lib/server",
        "jre/lib/server",
        "lib/amd64/server",
        "jre/lib/amd64/server",
        "bin/server",
        "jre/bin/server",
        "lib",
    ):
        candidate = home / sub / name
        if candidate.is_file():
            return candidate
    return None


def find_jvm() -> Path | None:
    """The JVM library from ``$JAVA_HOME``, else from the ``java`` found on PATH; None if neither.

    Only these two places count, so hiding them (as a user without Java would have it)
    really makes the konlpy tokenizers unavailable.

    >>> find_jvm() is None or find_jvm().is_file()
    True
    """
    home = os.environ.get("JAVA_HOME")
    if home:
        found = _libjvm_in(Path(home))
        if found:
            return found
    java = shutil.which("java")
    if java:
        return _libjvm_in(Path(os.path.realpath(java)).parent.parent)
    return None


def konlpy_unavailable() -> str | None:
    """None when konlpy can run here, else why not (package missing or no Java)."""
    for module, package in (("konlpy", "konlpy"), ("jpype", "JPype1")):
        if importlib.util.find_spec(module) is None:
            return f"Python package {package} is not installed: pip install konlpy"
    if find_jvm() is None:
        return JAVA_MISSING
    return None
