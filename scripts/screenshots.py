"""Render every page of the app in English, Korean and Chinese to PNG files.

    python scripts/screenshots.py                 # English into docs/screenshots/, all into out/
    python scripts/screenshots.py --out /tmp/shots --langs ko

Runs offscreen (no display needed). The example is the Korean constitution that ships with
konlpy, tokenized with the suggested Korean tokenizer and trained with the small-corpus preset.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def pump(app, until, timeout: float = 120.0) -> bool:
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        app.processEvents()
        if until():
            return True
        time.sleep(0.02)
    return False


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "screenshots")
    ap.add_argument("--langs", nargs="+", default=["en", "ko", "zh_CN"])
    ap.add_argument(
        "--docs",
        type=Path,
        default=ROOT / "docs" / "screenshots",
        help="where the English PNGs for the README go",
    )
    ap.add_argument("--size", default="1280x820")
    args = ap.parse_args(argv)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from w2v_studio.core.corpus.sample_corpora import konlpy_constitution
    from w2v_studio.core.engine.config import PRESETS, TrainConfig
    from w2v_studio.qt.shell import i18n
    from w2v_studio.qt.shell.main_window import MainWindow

    tmp = Path(tempfile.mkdtemp(prefix="w2v-shots-"))
    os.environ.setdefault("W2V_STUDIO_CACHE", str(tmp / "cache"))
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    w, h = (int(x) for x in args.size.split("x"))
    window = MainWindow(settings)
    window.confirm_close = False
    window.resize(w, h)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    shots: dict[str, dict[str, object]] = {lang: {} for lang in args.langs}

    def grab(lang: str, name: str) -> None:
        pump(app, lambda: False, 0.4)  # let the plot timer and layouts settle
        path = args.out / f"{lang}_{name}_{args.size}.png"
        window.grab().save(str(path))
        shots[lang][name] = path
        if lang == "en" and args.size == "1280x820":
            args.docs.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(args.docs / f"{name}.png"))
        print(path)

    # 1. the empty state, in every language
    for lang in args.langs:
        window.set_language(lang)
        window.tabs.setCurrentIndex(0)
        grab(lang, "welcome")

    # 2. a corpus, tokenized; 3. a short training run
    window.set_language("en")
    cp, tp = window.corpus_page, window.train_page
    kolaw = konlpy_constitution()
    if kolaw is None:
        print("konlpy is not installed: no example corpus", file=sys.stderr)
        return 1
    pump(app, lambda: cp.tok_combo.count() > 0, 60)
    cp.add_paths([kolaw])
    pump(app, lambda: cp._scan is not None and cp.preview_table.rowCount() > 0, 120)
    cp.sentence.setText("대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다.")
    pump(
        app,
        lambda: (
            cp.preview_table.rowCount() > 0
            and cp.preview_table.item(0, 0).text().startswith("대한민국의")
        ),
        120,
    )
    tp.set_config(
        TrainConfig()
        .with_changes(**PRESETS["small_corpus"])
        .with_changes(epochs=15, min_count=2, threads=2)
    )
    done = []
    cp.tokenized_ready.connect(lambda *a: done.append(True))
    cp.tokenize()
    pump(app, lambda: bool(done), 300)
    tp.start()
    pump(app, lambda: not tp.is_running(), 600)
    pump(app, lambda: False, 0.5)
    for lang in args.langs:
        window.set_language(lang)
        for i, name in enumerate(("corpus", "train", "explore", "evaluate", "analyse")):
            window.tabs.setCurrentIndex(i)
            grab(lang, name)
    window.set_language("en")
    window.close()
    i18n.install_language("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
