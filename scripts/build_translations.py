"""Compile resources/i18n/*.ts to .qm (lrelease); ``--update`` re-extracts the app's strings."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ko", "zh_CN")
PACKAGE = ROOT / "w2v_studio"
# Only the GUI translates: app.py and everything under qt/. Found by scanning, so a moved or new
# module can never drop its strings from the translations silently.
MARKERS = (".tr(", "translate(", "QT_TRANSLATE_NOOP(", "QT_TR_NOOP(")  # NOOP: labels kept as data


def app_sources() -> list[Path]:
    """Every GUI module that has strings to translate, found by scanning the package."""
    candidates = [PACKAGE / "app.py", *sorted((PACKAGE / "qt").rglob("*.py"))]
    return [p for p in candidates if any(m in p.read_text(encoding="utf-8") for m in MARKERS)]


def tool(name: str) -> str:
    """pyside6-lrelease / pyside6-lupdate beside this Python, on PATH, or inside PySide6."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    if here.exists():
        return str(here)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    try:
        import PySide6

        inner = Path(PySide6.__file__).parent / name
        if inner.exists():
            return str(inner)
    except ImportError:
        pass
    raise SystemExit(f"build_translations: pyside6-{name} not found; pip install PySide6")


def _translations(ts: Path) -> dict[str, str]:
    """Source text -> finished translation, over every context of a .ts file."""
    out: dict[str, str] = {}
    for m in ET.parse(ts).getroot().iter("message"):
        tr = m.find("translation")
        if tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete"):
            out.setdefault(m.findtext("source") or "", tr.text)
    return out


def _carry_over(ts: Path, known: dict[str, str]) -> int:
    """Fill strings that lupdate marked unfinished only because their code moved to another
    class (a new context) with the translation they had before; returns how many."""
    text = ts.read_text(encoding="utf-8")
    tree = ET.parse(ts)
    filled = 0
    for m in tree.getroot().iter("message"):
        tr = m.find("translation")
        source = m.findtext("source") or ""
        if tr is not None and tr.get("type") == "unfinished" and source in known:
            tr.text = known[source]  # lupdate may have guessed the same text, still unfinished
            del tr.attrib["type"]
            filled += 1
    if filled:
        head = text.split("<TS", 1)[0]
        ts.write_text(head + ET.tostring(tree.getroot(), encoding="unicode") + "\n", "utf-8")
    return filled


def update(quiet: bool) -> None:
    for lang in LANGUAGES:
        ts = I18N / f"app_{lang}.ts"
        known = _translations(ts)
        cmd = [tool("lupdate"), "-no-obsolete", *map(str, app_sources()), "-ts", str(ts)]
        subprocess.run(cmd, check=True, capture_output=quiet)
        filled = _carry_over(ts, known)
        if filled and not quiet:
            print(f"{ts.name}: kept {filled} translation(s) of strings whose code moved")


def release(quiet: bool) -> list[Path]:
    out = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=quiet
        )
        out.append(qm)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--update", action="store_true", help="re-extract strings into app_*.ts")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if args.update:
        update(args.quiet)
    built = release(args.quiet)
    if not args.quiet:
        print(f"built {len(built)} translation file(s) in {I18N}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
