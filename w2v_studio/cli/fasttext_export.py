"""``w2v-studio export MODEL --format fasttext-bin``: a fastText model folder as fastText's .bin."""

from __future__ import annotations

import argparse


def export_fasttext_bin(args: argparse.Namespace) -> int:
    """Write the model folder ``args.model`` to ``args.output`` (raises ``UserError``)."""
    from pathlib import Path

    from w2v_studio.cli.errors import UserError
    from w2v_studio.core.engine.model import ModelFormatError, TrainedModel
    from w2v_studio.core.vectors.io.fasttext_bin import write_fasttext_bin

    if args.limit is not None:
        raise UserError("--limit does not apply to fasttext-bin: a .bin holds the whole model "
                        "(its n-grams serve every word); leave --limit out")
    if not (Path(args.model) / "model.json").is_file():
        raise UserError(f"{args.model}: fasttext-bin is written from a model folder trained "
                        "with --method fasttext (a folder with model.json), not a vector file")
    try:
        model = TrainedModel.load(args.model)
    except ModelFormatError as e:
        raise UserError(str(e)) from None
    write_fasttext_bin(model, args.output)
    note = " (words written in jamo, as the model's n-grams)" \
        if model.config.subword == "jamo" else ""
    print(f"wrote {len(model.words):,} words and {model.config.buckets:,} n-gram buckets x "
          f"{model.dim} dims (fasttext-bin){note}: {args.output}")
    return 0
