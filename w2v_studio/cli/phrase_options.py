"""The phrase settings shared by ``w2v-studio phrases`` and ``train --phrases``, the joining
step ``train --phrases`` runs before training, and the options of how both read the text."""

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


def add_text_options(p: argparse.ArgumentParser, encoding_errors: bool = False) -> None:
    """How the corpus is read and tokenized (``train`` and ``phrases``); ``encoding_errors``
    adds ``--encoding-errors``."""
    p.add_argument("--tokenizer", default="whitespace",
                   help="tokenizer plugin id: whitespace (default), english, jieba, mecab, "
                        "kiwi, okt, komoran (see 'w2v-studio tokenizers')")
    p.add_argument("--opt", action="append", default=[], metavar="KEY=VALUE",
                   help="tokenizer option (repeatable)")
    p.add_argument("--encoding", help="file encoding (detected when not given)")
    if encoding_errors:
        p.add_argument("--encoding-errors", choices=["strict", "replace"], default="strict",
                       help="undecodable bytes: stop with an error (strict), or replace them "
                            "by \ufffd and report how many (replace)")
    p.add_argument("--column", help="csv/tsv column (name or 0-based number)")
    p.add_argument("--field", help="jsonl field")


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


def find_with_progress(sentences, settings, workdir: Path, bar: ProgressLine | None,
          cancel: threading.Event | None = None):
    from w2v_studio.core.corpus.phrases import PhrasesCancelled, find_phrases

    def progress(p) -> None:
        if bar is None:
            return
        if p.stage == "reading":
            bar.update(0.0, f"reading the corpus: {human_count(p.words)} words")
        else:
            bar.update(p.fraction, f"finding phrases in {human_count(p.words)} words")

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
        result = find_with_progress(sentences, settings, workdir, bar, cancel)
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    weakref.finalize(result.corpus, shutil.rmtree, workdir, True)
    info["phrases"] = {"min_count": settings.min_count, "threshold": settings.threshold,
                       "scoring": settings.scoring, "passes": settings.passes,
                       "connector_words": sorted(settings.connector_words),
                       "found": len(result.table)}
    if bar is not None:
        bar.message(f"phrases joined before training: {len(result.table)}"
                    + (f", e.g. {', '.join(r.phrase for r in result.table[:5])}"
                       if result.table else ""))
    return result.corpus
