"""``w2v-studio align``: rotate model B into model A's space (orthogonal Procrustes)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "align", help="align one model onto another (orthogonal Procrustes)",
        description="Rotate MODEL_B so that its words line up with MODEL_A's on the words both "
                    "know (HistWords' method), and write the result as a model folder. Cosines "
                    "inside MODEL_B do not change.")
    p.add_argument("model_a", metavar="MODEL_A", help="the reference model (folder or file)")
    p.add_argument("model_b", metavar="MODEL_B", help="the model to rotate")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="MODEL_B_ALIGNED",
                   help="model folder to write")
    p.add_argument("--anchors", type=Path, metavar="WORDS.txt",
                   help="fit the rotation on these words only (default: all shared words)")
    p.set_defaults(func=run)


def read_anchors(path: Path | None) -> list[str] | None:
    """The words of a word-set file, or None (UserError when it cannot be read)."""
    if path is None:
        return None
    from w2v_studio.cli.errors import UserError
    from w2v_studio.core.analysis.word_sets import WordSetError, read_word_set

    try:
        return read_word_set(path).words
    except WordSetError as e:
        raise UserError(str(e)) from None


def run(args: argparse.Namespace) -> int:
    from w2v_studio.cli.errors import UserError
    from w2v_studio.cli.vectors import _load
    from w2v_studio.core.analysis.align import AlignmentError, fit_alignment, save_aligned
    from w2v_studio.core.engine.model_save import SaveRefused

    if Path(args.output).resolve() in (Path(args.model_b).resolve(),
                                       Path(args.model_a).resolve()):
        raise UserError(f"{args.output} is one of the input models; write the aligned model "
                        "to a new folder")
    a, b = _load(args.model_a), _load(args.model_b)
    try:
        fit = fit_alignment(a, b, read_anchors(args.anchors))
        save_aligned(args.model_b, b, fit, args.model_a, args.output)
    except AlignmentError as e:
        raise UserError(str(e)) from None
    except (OSError, ValueError, SaveRefused) as e:
        raise UserError(f"cannot write {args.output}: {e}") from None
    for w in fit.warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(f"aligned on {len(fit.words):,} words: mean cosine of a word with itself "
          f"{fit.mean_cosine_before:.3f} -> {fit.mean_cosine_after:.3f}; "
          f"model written to {args.output}")
    return 0
