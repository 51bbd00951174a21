"""``w2v-studio slices``: one model per slice of a corpus, aligned in sequence, plus an index."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

INDEX_FORMAT = "w2v-studio-slices"


def register(sub: argparse._SubParsersAction) -> None:
    from w2v_studio.cli.train import add_train_options

    p = sub.add_parser(
        "slices", help="train one aligned model per slice of a corpus (by file, folder, field)",
        description="Cut the corpus into slices (one per file, per folder, or per value of a "
                    "csv/jsonl field such as a year), train one model per slice with the same "
                    "settings, align them by orthogonal Procrustes on their shared words and "
                    "write DIR/<slice>/ model folders plus DIR/index.json.")
    p.add_argument("corpus", nargs="+", type=Path, metavar="CORPUS")
    p.add_argument("--by", required=True, metavar="file|folder|field:NAME",
                   help="what makes a slice (field:NAME: the csv column or jsonl field NAME; "
                        "the text is read from --column / --field)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    p.add_argument("--align-to", choices=["first", "previous"], default="first",
                   help="align each slice onto the first slice, or onto the one before (first)")
    p.add_argument("--anchors", type=Path, metavar="WORDS.txt",
                   help="fit the alignments on these words only")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    add_train_options(p)
    p.set_defaults(func=run)


def _check_output(out: Path) -> None:
    from w2v_studio.cli.errors import UserError

    if not out.exists():
        return
    if not out.is_dir():
        raise UserError(f"{out} is a file; choose a folder for the slice models")
    index = out / "index.json"
    ours = False
    if index.is_file():
        try:
            ours = json.loads(index.read_text(encoding="utf-8")).get("format") == INDEX_FORMAT
        except (ValueError, UnicodeDecodeError):
            ours = False
    if any(out.iterdir()) and not ours:
        raise UserError(f"{out} is not empty and holds no slices index; choose a new or empty "
                        "folder (nothing in it is overwritten)")


def _make_slices(args: argparse.Namespace, tmp: Path) -> tuple[list, dict[str, Any]]:
    """(slices, argument changes for reading a slice)."""
    from w2v_studio.cli.errors import UserError
    from w2v_studio.core.analysis.slices import (
        SliceError,
        slices_by_file,
        slices_by_folder,
        split_by_field,
    )
    from w2v_studio.core.corpus.errors import CorpusError
    from w2v_studio.core.corpus.reader import Corpus

    by = args.by
    try:
        if by == "file":
            return slices_by_file(args.corpus), {}
        if by == "folder":
            return slices_by_folder(args.corpus), {}
        if not by.startswith("field:") or not by[6:]:
            raise UserError(f"--by must be file, folder or field:NAME, not {by!r}")
        column: Any = args.column
        if column is not None and column.isdigit():
            column = int(column)
        corpus = Corpus(args.corpus, encoding=args.encoding, column=column, field=args.field)
        split = split_by_field(corpus, by[6:], tmp)
    except (CorpusError, SliceError) as e:
        raise UserError(str(e)) from None
    if split.skipped:
        print(f"warning: {split.skipped:,} record(s) have no {by[6:]!r} value and were left "
              "out", file=sys.stderr)
    return split.slices, {"encoding": "utf-8", "column": None, "field": None,
                          "_sources": split.sources}


def _train_all(args: argparse.Namespace, slices: list, changes: dict, bar) -> list:
    from w2v_studio.cli.train import build_config, open_corpus
    from w2v_studio.cli.training_runs import corpus_args, train_with_bar

    config = build_config(args)
    sources = changes.pop("_sources", None)
    models = []
    for i, sl in enumerate(slices):
        sentences, info = open_corpus(corpus_args(args, sl.paths, **changes), config, bar)
        model = train_with_bar(config, sentences, bar,
                               f"slice {i + 1}/{len(slices)} ({sl.name})")
        if sources is not None:
            info = {**info, "files": sources, "encodings": {}}
        model.corpus_info = {**info, "slice": {"by": args.by, "name": sl.name,
                                               "value": sl.value}}
        models.append(model)
    return models


def run(args: argparse.Namespace) -> int:
    from w2v_studio.cli.align import read_anchors
    from w2v_studio.cli.errors import UserError
    from w2v_studio.cli.progress import ProgressLine
    from w2v_studio.cli.train_output import save_model
    from w2v_studio.core.analysis.align import AlignmentError, rotate_model
    from w2v_studio.core.analysis.slices import align_sequence
    from w2v_studio.core.vectors.word_vectors import WordVectors
    from w2v_studio.core.workspace.atomic import atomic_write

    _check_output(args.output)
    anchors = read_anchors(args.anchors)
    bar = None if args.quiet else ProgressLine()
    with tempfile.TemporaryDirectory(prefix="w2v-studio-slices-") as tmp:
        slices, changes = _make_slices(args, Path(tmp))
        if len(slices) < 2:
            raise UserError(f"--by {args.by} gives {len(slices)} slice(s); slices need at "
                            "least two")
        try:
            models = _train_all(args, slices, changes, bar)
        finally:
            if bar is not None:
                bar.close()
    try:
        _, fits = align_sequence([WordVectors.from_model(m) for m in models], args.align_to,
                                 anchors)
    except AlignmentError as e:
        raise UserError(str(e)) from None
    entries = []
    for sl, model, fit in zip(slices, models, fits, strict=True):
        entry = {"name": sl.name, "path": sl.name, "value": sl.value, "words": len(model.words),
                 "corpus_words": model.vocab.corpus_words}
        if fit is not None:
            rotate_model(model, fit.rotation)
            entry.update(fitted_on=len(fit.words),
                         mean_cosine_after=round(fit.mean_cosine_after, 6))
            for w in fit.warnings:
                print(f"warning: {sl.name}: {w}", file=sys.stderr)
        save_model(model, args.output / sl.name, True)
        entries.append(entry)
    index = {"format": INDEX_FORMAT, "format_version": 1, "by": args.by,
             "align_to": args.align_to, "slices": entries}
    with atomic_write(args.output / "index.json") as f:
        f.write(json.dumps(index, ensure_ascii=False, indent=1))
    print(f"{len(entries)} slice models aligned to the {args.align_to} slice; index written to "
          f"{args.output / 'index.json'}")
    return 0
