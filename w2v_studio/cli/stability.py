"""``w2v-studio stability``: how often each neighbour of a word comes back over several runs."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    from w2v_studio.cli.train import add_train_options

    p = sub.add_parser(
        "stability", help="train several runs and count how often each neighbour comes back",
        description="Train N models on CORPUS (seeds seed, seed+1, ...; with --bootstrap each "
                    "on a resample of the lines) and show, for each WORD, in how many runs "
                    "each of its nearest neighbours appears. Neighbours found in fewer than "
                    "80% of the runs are marked unstable (Antoniak & Mimno 2018).")
    p.add_argument("corpus", type=Path, metavar="CORPUS", help="a corpus file or folder")
    p.add_argument("words", nargs="+", metavar="WORD")
    p.add_argument("--runs", type=int, default=5, metavar="N", help="training runs (5)")
    p.add_argument("--bootstrap", action="store_true",
                   help="train each run on a resample of the lines (with replacement)")
    p.add_argument("--topn", type=int, default=10, metavar="K", help="neighbours per run (10)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    add_train_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from w2v_studio.cli.errors import UserError
    from w2v_studio.cli.progress import ProgressLine
    from w2v_studio.cli.train import build_config, open_corpus
    from w2v_studio.cli.training_runs import corpus_args, train_with_bar
    from w2v_studio.core.analysis.stability import stability_runs

    if args.runs < 2 or args.topn < 1:
        raise UserError("--runs must be at least 2 and --topn at least 1")
    config = build_config(args)
    bar = None if args.quiet else ProgressLine()
    sentences, _ = open_corpus(corpus_args(args, [args.corpus]), config, bar)
    try:
        results = stability_runs(
            config, sentences, args.words, runs=args.runs, bootstrap=args.bootstrap,
            topn=args.topn,
            trainer=lambda cfg, data, i: train_with_bar(cfg, data, bar, f"run {i + 1}/{args.runs}"))
    finally:
        if bar is not None:
            bar.close()
    if args.json:
        print(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=1))
        return 0
    for r in results:
        if not r.runs:
            print(f"{r.word}: not in the vocabulary of any run")
            continue
        print(f"{r.word} ({r.runs} runs)")
        for n in r.neighbours:
            print(f"  {n.word}\t{n.runs}/{r.runs}\tmean rank {n.mean_rank:.1f}\t"
                  f"similarity {n.mean_similarity:.3f}\t{'stable' if n.stable else 'unstable'}")
    return 0
