"""Run the Explore or Evaluate page alone, for developing and screenshots:
``python -m w2v_studio.qt.standalone explore|evaluate [MODEL] [options]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Literal

Page = Literal["explore", "evaluate"]


def demo_vectors():
    """Small made-up vectors (three topics) for trying the page without a model."""
    import numpy as np

    from w2v_studio.core.vectors.word_vectors import WordVectors

    rng = np.random.default_rng(0)
    topics = {
        "animals": "cat dog horse cow sheep goat pig mouse lion tiger bear wolf fox deer",
        "food": "bread rice noodle apple pear banana milk cheese butter egg soup tea coffee",
        "places": "seoul beijing london paris tokyo river mountain city village road",
    }
    words, vecs = [], []
    for ws in topics.values():
        centre = rng.normal(size=32) * 3
        for w in ws.split():
            words.append(w)
            vecs.append(centre + rng.normal(size=32))
    counts = rng.integers(5, 500, len(words))
    order = np.argsort(-counts)
    return WordVectors([words[i] for i in order], np.array(vecs)[order], counts[order])


def open_model(path: Path):
    """(model or None, vectors, model_dir or None, tokenized or None) for a path."""
    from w2v_studio.core.vectors.io.load import load_vectors

    if path.is_dir() and (path / "model.json").is_file():
        from w2v_studio.core.engine.model import TrainedModel
        from w2v_studio.core.vectors.word_vectors import WordVectors

        model = TrainedModel.load(path)
        return model, WordVectors.from_model(model), path, None
    return None, load_vectors(path), None, None


def _parser(page: Page) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"python -m w2v_studio.qt.standalone {page}")
    parser.add_argument("model", nargs="?", help="model folder or vector file (default: demo)")
    parser.add_argument("--lang", default="en", help="interface language: en, ko or zh_CN")
    parser.add_argument("--tokens", help="tokenized corpus (tokens.txt) for the concordance")
    parser.add_argument("--find", help="select and centre this word once placed")
    parser.add_argument("--tab", choices=["questions", "concordance", "compare"])
    parser.add_argument("--compare", help="second model for the Compare tab")
    parser.add_argument("--eval", nargs="*", default=[], help="evaluation files to run")
    parser.add_argument("--method", choices=["pca", "tsne", "umap"], default="pca")
    parser.add_argument("--colour", choices=["frequency", "cluster"], default="frequency")
    parser.add_argument("--words", type=int, help="how many frequent words to place")
    parser.add_argument("--screenshot", help="save a PNG of the window and quit")
    parser.add_argument("--size", default="1400x860", help="window size WxH")
    return parser


def _make_page(page: Page, state: Any, args: argparse.Namespace) -> Any:
    if page == "evaluate":
        from w2v_studio.qt.evaluate.page import EvaluatePage

        return EvaluatePage(state)
    from w2v_studio.core.explore.word_selection import WordChoice
    from w2v_studio.qt.explore.page import ExplorePage

    widget = ExplorePage(state)
    if args.words:
        widget.controls.set_choice(WordChoice("frequent", args.words))
    widget.controls.set_method(args.method)
    widget.controls.colour.setCurrentIndex(["frequency", "cluster"].index(args.colour))
    return widget


def _after_model(page: Page, widget: Any, args: argparse.Namespace) -> None:
    """What the options ask for once the model is shown: a word, a tab, a comparison, a run."""
    if page == "evaluate":
        if args.eval:
            widget.add_files([Path(p) for p in args.eval])
            widget.run()
        return
    if args.find:
        widget.select_word(args.find)
        widget.centre_word(args.find)
    if args.compare:
        widget.compare.set_other(open_model(Path(args.compare))[1], Path(args.compare).name)
        if args.find:
            widget.compare.compare(args.find)
    if args.tab:
        tabs = {"questions": widget.questions, "concordance": widget.concordance,
                "compare": widget.compare}
        widget.tabs.setCurrentWidget(tabs[args.tab])


def _schedule_screenshot(page: Page, widget: Any, app: Any, args: argparse.Namespace) -> None:
    """Save the window as PNG once it has something to show, then quit."""
    from PySide6.QtCore import QTimer

    def shoot() -> None:
        widget.grab().save(args.screenshot)
        if hasattr(widget, "shutdown"):
            widget.shutdown()
        app.quit()

    if page == "evaluate" and args.eval:
        widget.finished.connect(lambda _o: QTimer.singleShot(300, shoot))
    elif page == "explore" and args.method != "pca":
        widget.placed.connect(lambda: QTimer.singleShot(1500, shoot))
    else:
        QTimer.singleShot(1500, shoot)


def run_page(page: Page, argv: list[str] | None = None) -> int:
    args = _parser(page).parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from w2v_studio.qt.shell.i18n import install_language
    from w2v_studio.qt.shell.state import AppState

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(args.lang)
    state = AppState()
    if args.model:
        try:
            model, vectors, model_dir, tokenized = open_model(Path(args.model))
        except Exception as e:  # a clear one-line message, not a traceback
            print(f"error: cannot open {args.model}: {e}", file=sys.stderr)
            return 2
    else:
        model, vectors, model_dir, tokenized = None, demo_vectors(), None, None
    if args.tokens:
        from types import SimpleNamespace

        tokenized = SimpleNamespace(path=Path(args.tokens))
    widget = _make_page(page, state, args)
    w, h = (int(v) for v in args.size.lower().split("x"))
    widget.resize(w, h)
    widget.setWindowTitle(f"Word2Vec Studio — {page}")
    widget.show()
    state.set_model(model, vectors, model_dir, tokenized)
    _after_model(page, widget, args)
    if args.screenshot:
        _schedule_screenshot(page, widget, app, args)
    code = app.exec()
    if hasattr(widget, "shutdown"):
        widget.shutdown()
    return code


def main(argv: list[str] | None = None) -> int:
    """``explore`` or ``evaluate``, then that page's options (``--help`` lists them)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in ("explore", "evaluate"):
        print("usage: python -m w2v_studio.qt.standalone explore|evaluate [MODEL] [options]",
              file=sys.stderr)
        return 2
    return run_page(argv[0], argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
