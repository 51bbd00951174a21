"""Several training runs from the command line (slices, stability): one progress line each."""

from __future__ import annotations

import argparse
import threading
from collections.abc import Iterable, Sequence
from typing import Any

from w2v_studio.cli.progress import ProgressLine, human_count


def train_with_bar(config: Any, sentences: Iterable[Sequence[str]], bar: ProgressLine | None,
                   label: str, cancel: threading.Event | None = None) -> Any:
    """Train to the end, showing progress as ``label``; UserError when the run fails."""
    from w2v_studio.cli.errors import UserError
    from w2v_studio.core.engine import events as ev
    from w2v_studio.core.engine.trainer import train

    last = None
    for e in train(config, sentences, cancel=cancel):
        if isinstance(e, ev.Progress) and bar is not None:
            bar.update(e.fraction, f"{label}: epoch {e.epoch}/{e.epochs}  "
                                   f"{human_count(e.words_per_sec)} words/s")
        last = e
    if isinstance(last, ev.Finished):
        if bar is not None:
            bar.message(f"{label}: {len(last.model.words):,} words")
        return last.model
    if isinstance(last, ev.Cancelled):
        raise KeyboardInterrupt
    raise UserError(f"{label}: {getattr(last, 'message', 'training ended without a result')}")


def corpus_args(args: argparse.Namespace, paths: list, **changes: Any) -> argparse.Namespace:
    """A copy of the parsed arguments reading ``paths`` instead of the whole corpus."""
    return argparse.Namespace(**{**vars(args), "corpus": list(paths), **changes})
