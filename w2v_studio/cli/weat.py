"""``w2v-studio weat``: the Word Embedding Association Test on word-set files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "weat", help="Word Embedding Association Test (Caliskan et al. 2017)",
        description="Is target set X closer to attribute set A (and Y to B) than the reverse? "
                    "Prints the effect size d (positive: X~A, Y~B) and a one-sided permutation "
                    "p-value (exact when the sets are small). Word-set files hold words one per "
                    "line or separated by spaces/commas; # starts a comment. The original "
                    "English lists are in resources/wordsets/en/.")
    p.add_argument("model", metavar="MODEL")
    p.add_argument("--targets", nargs=2, type=Path, required=True, metavar=("X.txt", "Y.txt"))
    p.add_argument("--attributes", nargs=2, type=Path, required=True,
                   metavar=("A.txt", "B.txt"))
    p.add_argument("--permutations", type=int, default=100_000, metavar="N",
                   help="random re-partitions when there are more than N (100000); "
                        "otherwise every partition is counted")
    p.add_argument("--seed", type=int, default=0, help="seed of the random re-partitions (0)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from w2v_studio.cli.errors import UserError
    from w2v_studio.cli.vectors import _load
    from w2v_studio.core.analysis.weat import WeatError, weat
    from w2v_studio.core.analysis.word_sets import WordSetError, read_word_set

    try:
        x, y = (read_word_set(p) for p in args.targets)
        a, b = (read_word_set(p) for p in args.attributes)
    except WordSetError as e:
        raise UserError(str(e)) from None
    wv = _load(args.model)
    try:
        r = weat(wv, x.words, y.words, a.words, b.words, permutations=args.permutations,
                 seed=args.seed)
    except WeatError as e:
        raise UserError(str(e)) from None
    names = {"X": x.name, "Y": y.name, "A": a.name, "B": b.name}
    for key, words in r.missing.items():
        print(f"warning: {names[key]} ({key}): not in the model, left out: "
              f"{', '.join(words)}", file=sys.stderr)
    if args.json:
        print(json.dumps({**r.to_dict(), "sets": names}, ensure_ascii=False, indent=1))
        return 0
    how = "exact" if r.exact else f"{r.permutations:,} random partitions"
    print(f"X = {x.name} ({r.sizes['X']}), Y = {y.name} ({r.sizes['Y']}), "
          f"A = {a.name} ({r.sizes['A']}), B = {b.name} ({r.sizes['B']})")
    print(f"effect size d = {r.effect_size:.3f}   p = {r.p_value:.4g} ({how})")
    return 0
