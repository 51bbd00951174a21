"""``w2v-studio phrases``: join collocations ("new york" -> "new_york") and write their table;
also what ``train --phrases`` calls before training."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from w2v_studio.cli.errors import UserError
from w2v_studio.cli.phrase_options import (
    add_phrase_options,
    add_text_options,
    find_with_progress,
    phrase_settings,
)
from w2v_studio.cli.progress import ProgressLine, human_count


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "phrases", help="join collocations (new york -> new_york) and write their table",
        description="Find word pairs that occur together more than chance (word2vec.c's "
                    "word2phrase, gensim's Phrases), write the corpus with them joined by '_' "
                    "(one line of tokens per non-empty input line) and optionally the table of "
                    "collocations with their counts and scores.")
    p.add_argument("corpus", nargs="+", type=Path, metavar="CORPUS",
                   help="text/csv/tsv/jsonl files or folders (.gz/.bz2/.xz too)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.txt",
                   help="the corpus with phrases joined")
    p.add_argument("--table", type=Path, metavar="TABLE.tsv",
                   help="write the collocations (phrase, count, count_a, count_b, score), "
                        "highest score first")
    add_phrase_options(p, prefix="")
    add_text_options(p)
    p.add_argument("--lowercase", action="store_true", help="fold case before counting")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from w2v_studio.cli.train import open_corpus
    from w2v_studio.core.corpus.phrases import write_text
    from w2v_studio.core.corpus.phrases_table import write_table
    from w2v_studio.core.engine.config import TrainConfig
    from w2v_studio.tokenizers.options import parse_option_args

    settings = phrase_settings(args)
    inputs = {p.resolve() for p in args.corpus}
    for out in (args.output, args.table):
        if out is not None and out.resolve() in inputs:
            raise UserError(f"{out}: this is an input file; choose another output name so the "
                            "corpus is not overwritten.")
    try:
        config = TrainConfig(tokenizer=args.tokenizer,
                             tokenizer_options=parse_option_args(args.opt),
                             lowercase=args.lowercase)
    except ValueError as e:
        raise UserError(str(e)) from None
    bar = None if args.quiet else ProgressLine()
    sentences, _info = open_corpus(args, config, bar)
    if args.lowercase:
        sentences = ([w.lower() for w in s] for s in sentences)
    with tempfile.TemporaryDirectory(prefix="w2v-studio-phrases-") as work:
        result = find_with_progress(sentences, settings, Path(work), bar)
        try:
            lines = write_text(result.corpus, args.output)
            if args.table is not None:
                write_table(args.table, result.table)
        except OSError as e:
            raise UserError(f"cannot write the output ({e}). Check the folder exists and is "
                            "writable.") from None
        tokens = result.corpus.tokens
    if bar is not None:
        bar.close()
    top = ", ".join(r.phrase for r in result.table[:5])
    more = ", ..." if len(result.table) > 5 else ""
    print(f"found {len(result.table)} phrases{f' ({top}{more})' if top else ''}; wrote "
          f"{human_count(lines)} lines, {human_count(tokens)} tokens to {args.output}"
          + (f" and the table to {args.table}" if args.table is not None else ""))
    return 0
