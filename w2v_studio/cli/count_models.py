"""``w2v-studio train --method ppmi|svd``: the count-based baselines as model folders."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from w2v_studio.cli.progress import ProgressLine, human_duration

OpenCorpus = Callable[[argparse.Namespace, Any, ProgressLine | None], tuple[Any, dict]]


def run_count_model(args: argparse.Namespace, config: Any, open_corpus: OpenCorpus) -> int:
    """Count the corpus and write the model; ``config`` and ``open_corpus`` come from
    ``cli.train`` (passed in, so that this module does not import it back)."""
    from w2v_studio.cli.errors import UserError
    from w2v_studio.cli.train_output import save_model
    from w2v_studio.core.analysis.count_models import (
        CountModelError,
        CountSettings,
        build_count_model,
    )

    if args.resume is not None:
        raise UserError(f"--continue trains a word2vec model further; {args.method} models "
                        "are counted in one go: leave out --continue")
    if getattr(args, "phrases", False):
        raise UserError(f"--phrases is not available with --method {args.method} yet; join the "
                        "phrases first with 'w2v-studio phrases' and train on its output")
    settings = CountSettings(method=args.method)
    if args.method == "ppmi" and args.dim is not None:
        settings = CountSettings(method="ppmi", contexts=args.dim)
    bar = None if args.quiet else ProgressLine()
    start = time.monotonic()
    sentences, info = open_corpus(args, config, bar)

    def note(text: str) -> None:
        if bar is not None:
            bar.message(text)

    try:
        model = build_count_model(config, sentences, settings, note)
    except CountModelError as e:
        raise UserError(str(e)) from None
    finally:
        if bar is not None:
            bar.close()
    model.corpus_info = {**model.corpus_info, **info}
    save_model(model, args.output, getattr(args, "overwrite", False))
    print(f"{args.method}: {len(model.words)} words x {model.dim} in "
          f"{human_duration(time.monotonic() - start)}; model written to {args.output}")
    return 0
