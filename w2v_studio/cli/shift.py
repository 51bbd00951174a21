"""``w2v-studio shift``: words ranked by how far they moved between two models."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "shift", help="rank words by how much their meaning moved between two models",
        description="Align MODEL_B onto MODEL_A (orthogonal Procrustes) and list the shared "
                    "words, most changed first, with two measures: the cosine distance of a "
                    "word with itself after alignment, and Hamilton et al.'s (2016) local "
                    "neighbourhood distance (how much its nearest neighbours changed).")
    p.add_argument("model_a", metavar="MODEL_A")
    p.add_argument("model_b", metavar="MODEL_B")
    p.add_argument("--top", type=int, default=50, metavar="N", help="words to show (50)")
    p.add_argument("--min-count", type=int, default=1, metavar="N",
                   help="only words seen at least N times in both corpora (1)")
    p.add_argument("--sort", choices=["cosine", "local"], default="cosine",
                   help="measure to rank by (cosine)")
    p.add_argument("--neighbours", type=int, default=25, metavar="K",
                   help="neighbours for the local measure (25, as Hamilton et al.)")
    p.add_argument("--anchors", type=Path, metavar="WORDS.txt",
                   help="fit the alignment on these words only")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from w2v_studio.cli.align import read_anchors
    from w2v_studio.cli.errors import UserError
    from w2v_studio.cli.vectors import _load
    from w2v_studio.core.analysis.align import AlignmentError
    from w2v_studio.core.analysis.shift import rank_shift

    if args.top < 1 or args.neighbours < 1 or args.min_count < 1:
        raise UserError("--top, --neighbours and --min-count must be at least 1")
    a, b = _load(args.model_a), _load(args.model_b)
    try:
        result = rank_shift(a, b, min_count=args.min_count, k=args.neighbours, sort=args.sort,
                            anchors=read_anchors(args.anchors))
    except (AlignmentError, ValueError) as e:
        raise UserError(str(e)) from None
    for w in result.warnings:
        print(f"warning: {w}", file=sys.stderr)
    rows = result.shifts[: args.top]
    if args.json:
        print(json.dumps({"shared_words": result.shared, "fitted_on": result.fitted_on,
                          "sort": args.sort, "words": [s.to_dict() for s in rows]},
                         ensure_ascii=False, indent=1))
        return 0
    print(f"# {result.shared:,} shared words; ranked by {args.sort}")
    print("rank\tword\tcosine_distance\tlocal_distance\tcount_a\tcount_b")
    for i, s in enumerate(rows, 1):
        print(f"{i}\t{s.word}\t{s.cosine_distance:.4f}\t{s.local_distance:.4f}\t"
              f"{'' if s.count_a is None else s.count_a}\t"
              f"{'' if s.count_b is None else s.count_b}")
    return 0
