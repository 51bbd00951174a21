"""``w2v-studio phrases``: join collocations ("new york" -> "new_york") and write their table;
also what ``train --phrases`` calls before training."""

from __future__ import annotations

import argparse
import shutil
import tempfile
import threading
import weakref
from pathlib import Path
from typing import Any

from w2v_studio.cli.errors import UserError
from w2v_studio.cli.progress import ProgressLine, human_count


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "phrases", help="join collocations (new york -> new_york) and write their table",
        description="Find word pairs that occur together more than chance (word2vec.c's "
                    "word2phrase, gensim's Phrases), write the corpus with them joined by '_' "
                    "(one line of tokens per input line) and optionally the table of "
                    "collocations with their counts and scores.")
    p.add_argument("corpus", nargs="+", type=Path, metavar="CORPUS",
                   help="text/csv/tsv/jsonl files or folders (.gz/.bz2/.xz too)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.txt",
                   help="the corpus with phrases joined")
    p.add_argument("--table", type=Path, metavar="TABLE.tsv",
                   help="write the collocations (phrase, count, count_a, count_b, score), "
                        "highest score first")
    add_phrase_options(p, prefix="")
    p.add_argument("--tokenizer", default="whitespace",
                   help="tokenizer plugin id: whitespace (default), english, jieba, mecab, "
                        "kiwi, okt, komoran (see 'w2v-studio tokenizers')")
    p.add_argument("--opt", action="append", default=[], metavar="KEY=VALUE",
                   help="tokenizer option (repeatable)")
    p.add_argument("--encoding", help="file encoding (detected when not given)")
    p.add_argument("--column", help="csv/tsv column (name or 0-based number)")
    p.add_argument("--field", help="jsonl field")
    p.add_argument("--lowercase", action="store_true", help="fold case before counting")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def add_phrase_options(p: argparse.ArgumentParser, prefix: str) -> None:
    """The phrase settings; ``train`` adds them as ``--phrases-min-count`` etc."""
    p.add_argument(f"--{prefix}min-count", dest="phrases_min_count", type=int, default=5,
                   metavar="N", help="pairs seen fewer times score low (default 5)")
    p.add_argument(f"--{prefix}threshold", dest="phrases_threshold", type=float, metavar="T",
                   help="join pairs scoring above this (default 10; with npmi 0.5)")
    p.add_argument(f"--{prefix}scoring", dest="phrases_scoring", choices=["default", "npmi"],
                   default="default",
                   help="default: (count(ab) - min_count) / (count(a) count(b)) * vocabulary "
                        "size (Mikolov et al.); npmi: normalized PMI in [-1, 1]")
    p.add_argument(f"--{prefix}passes", dest="phrases_passes", type=int, default=1, metavar="N",
                   help="a second pass joins longer phrases: new_york + city (default 1)")
    p.add_argument(f"--{prefix}connector-words", dest="phrases_connectors", metavar="WORDS",
                   help="words allowed inside a phrase (bank_of_america): 'english' for "
                        "gensim's English list, or comma-separated words")


def phrase_settings(args: argparse.Namespace):
    from w2v_studio.core.corpus.phrases import ENGLISH_CONNECTOR_WORDS, PhraseSettings

    conn = args.phrases_connectors
    words = (ENGLISH_CONNECTOR_WORDS if conn == "english"
             else frozenset(w.strip() for w in (conn or "").split(",") if w.strip()))
    threshold = args.phrases_threshold
    if threshold is None:
        threshold = 0.5 if args.phrases_scoring == "npmi" else 10.0
    try:
        return PhraseSettings(min_count=args.phrases_min_count, threshold=threshold,
                              scoring=args.phrases_scoring, passes=args.phrases_passes,
                              connector_words=words)
    except ValueError as e:
        raise UserError(f"invalid phrase settings: {e}") from None


def _find(sentences, settings, workdir: Path, bar: ProgressLine | None,
          cancel: threading.Event | None = None):
    from w2v_studio.core.corpus.phrases import PhrasesCancelled, find_phrases

    def progress(f: float) -> None:
        if bar is not None:
            bar.update(f, "finding phrases")

    try:
        return find_phrases(sentences, settings, workdir, progress=progress, cancel=cancel)
    except PhrasesCancelled:
        raise UserError("stopped while finding phrases: nothing was written.") from None
    except OSError as e:
        raise UserError(f"writing the corpus as ids to {workdir} failed ({e}). Free some "
                        "space in the temporary folder (4 bytes per word per pass).") from None


def join_for_training(sentences, args: argparse.Namespace, config, bar: ProgressLine | None,
                      info: dict[str, Any], cancel: threading.Event | None = None):
    """``train --phrases``: the sentences with phrases joined (an EncodedCorpus in a temporary
    folder removed when it is no longer used); ``info`` records the settings."""
    settings = phrase_settings(args)
    if config.lowercase:
        sentences = ([w.lower() for w in s] for s in sentences)
    workdir = Path(tempfile.mkdtemp(prefix="w2v-studio-phrases-"))
    try:
        result = _find(sentences, settings, workdir, bar, cancel)
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    weakref.finalize(result.corpus, shutil.rmtree, workdir, True)
    info["phrases"] = {"min_count": settings.min_count, "threshold": settings.threshold,
                       "scoring": settings.scoring, "passes": settings.passes,
                       "connector_words": sorted(settings.connector_words),
                       "found": len(result.table)}
    if bar is not None:
        bar.message(f"joined {len(result.table)} phrases"
                    + (f", e.g. {', '.join(r.phrase for r in result.table[:5])}"
                       if result.table else ""))
    return result.corpus


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
        result = _find(sentences, settings, Path(work), bar)
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
    print(f"found {len(result.table)} phrases{f' ({top}, ...)' if top else ''}; wrote "
          f"{human_count(lines)} lines, {human_count(tokens)} tokens to {args.output}"
          + (f" and the table to {args.table}" if args.table is not None else ""))
    return 0
