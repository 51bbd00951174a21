"""``w2v-studio train ... --method doc2vec --dm|--dbow``: document vectors from the command line.

Each line (a csv/tsv row, a jsonl record) or, with ``--doc-unit file``, each file is a document,
tokenized with ``--tokenizer``; the model folder holds the word model plus one vector per
document with its tag, source and text (``core.engine.doc2vec_model``).
"""

from __future__ import annotations

import argparse
import threading
from typing import Any

from w2v_studio.cli.errors import UserError
from w2v_studio.cli.progress import ProgressLine, human_count, human_duration


def add_doc2vec_options(p: argparse.ArgumentParser) -> None:
    """The settings of ``--method doc2vec``."""
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--dm", dest="doc_mode", action="store_const", const="dm",
                      help="doc2vec: PV-DM, the document and its context words predict each "
                           "word (mean of their vectors)")
    mode.add_argument("--dbow", dest="doc_mode", action="store_const", const="dbow",
                      help="doc2vec: PV-DBOW, the document alone predicts its words (default)")
    p.add_argument("--dbow-words", action="store_true",
                   help="doc2vec --dbow: train the word vectors too (skip-gram), as gensim's "
                        "dbow_words=1; without it a PV-DBOW model's word vectors stay random")
    p.add_argument("--doc-unit", choices=["line", "file"],
                   help="doc2vec: one document per line (a csv/tsv row or jsonl record: "
                        "default) or per file")


def check_doc2vec_options(args: argparse.Namespace) -> None:
    """Doc2vec options given without ``--method doc2vec`` are refused, saying so; so is
    continuing a doc2vec model as a word model (its documents would be left behind)."""
    resume = getattr(args, "resume", None)
    if resume is not None:
        from w2v_studio.core.engine.doc2vec_model import has_documents

        if has_documents(resume):
            raise UserError(f"{resume} is a doc2vec model: continuing its training is not "
                            "available; train a new one with --method doc2vec")
    if getattr(args, "method", None) == "doc2vec":
        return
    given = [flag for flag, value in (("--dm/--dbow", getattr(args, "doc_mode", None)),
                                      ("--dbow-words", getattr(args, "dbow_words", False)),
                                      ("--doc-unit", getattr(args, "doc_unit", None)))
             if value]
    if given:
        one = len(given) == 1
        raise UserError(f"{', '.join(given)} {'is a setting' if one else 'are settings'} of "
                        f"--method doc2vec; add --method doc2vec or leave "
                        f"{'it' if one else 'them'} out")


def run_doc2vec(args: argparse.Namespace, config: Any, cancel: threading.Event) -> int:
    """Read the documents, train, and write the model (the output folder is already claimed)."""
    from w2v_studio.cli.train_output import save_model
    from w2v_studio.core.engine.doc2vec import DocSettings, doc_config, train_documents

    for flag, value in (("--continue", args.resume), ("--phrases", args.phrases),
                        ("--nproc", args.nproc != 1)):
        if value:
            raise UserError(f"{flag} is not available with --method doc2vec; leave it out")
    if args.dbow_words and args.doc_mode == "dm":
        raise UserError("--dbow-words goes with --dbow (PV-DM always trains the word vectors)")
    settings = DocSettings(mode=args.doc_mode or "dbow", dbow_words=args.dbow_words,
                           unit=args.doc_unit or "line")
    try:
        config = doc_config(config, settings)
    except ValueError as e:
        raise UserError(f"invalid settings: {e}") from None
    bar = None if args.quiet else ProgressLine()
    documents, info = _read(args, config, settings, bar, cancel)
    if bar:
        bar.message(f"documents: {human_count(len(documents))} ({settings.mode}, one per "
                    f"{settings.unit})")
        if settings.mode == "dbow" and not settings.dbow_words:
            bar.message("note: PV-DBOW without --dbow-words leaves the word vectors as they "
                        "started (random); add --dbow-words to explore the words too")
    outcome = _show(train_documents(config, settings, documents, cancel=cancel), bar)
    model = getattr(outcome, "model", None)
    if model is not None:
        model.corpus_info = info
        save_model(model, args.output, args.overwrite)
    from w2v_studio.cli.train_output import report_outcome

    return report_outcome(outcome, model, args.output)


def _read(args: argparse.Namespace, config: Any, settings: Any, bar: ProgressLine | None,
          cancel: threading.Event):
    """(Documents, corpus_info): the corpus read and tokenized one document at a time."""
    from w2v_studio.core.corpus.errors import CorpusError
    from w2v_studio.core.corpus.reader import Corpus
    from w2v_studio.core.engine.doc2vec import read_documents
    from w2v_studio.core.evaluate.lookup import model_tokenizer

    column = int(args.column) if args.column is not None and args.column.isdigit() \
        else args.column
    info: dict[str, Any] = {"tokenizer": config.tokenizer,
                            "tokenizer_options": dict(config.tokenizer_options),
                            "column": column, "field": args.field}
    tokenizer, reason = model_tokenizer(info)
    if tokenizer is None:
        raise UserError(f"the documents cannot be tokenized: {reason}")
    if bar:
        bar.update(0.0, "reading and tokenizing the documents")
    try:
        corpus = Corpus(args.corpus, encoding=args.encoding, column=column, field=args.field,
                        errors=args.encoding_errors)
        documents = read_documents(corpus, tokenizer.tokenize, settings.unit, cancel)
    except CorpusError as e:
        raise UserError(str(e)) from None
    except Exception as e:  # noqa: BLE001 - a tokenizer plugin failing: said, not a traceback
        raise UserError(f"tokenizing the documents failed: {e}") from None
    if cancel.is_set():
        raise UserError("stopped while reading the documents: nothing was trained or written")
    if not len(documents):
        raise UserError("the corpus has no document with a word in it: check the files, "
                        "--column/--field and --tokenizer")
    from w2v_studio.core.corpus.link import make_link  # the model's link to its corpus

    info["encodings"] = {str(f.path.resolve()): f.encoding.encoding for f in corpus.files}
    info.update(make_link(corpus, None, config.tokenizer,
                          dict(config.tokenizer_options)).to_info())
    return documents, info


def _show(events, bar: ProgressLine | None):
    """Draw the run's progress; returns its final event."""
    from w2v_studio.core.engine import events as ev

    outcome = None
    try:
        for e in events:
            if bar is None:
                outcome = e
            elif isinstance(e, ev.Started):
                bar.message(f"vocabulary: {e.vocab_size} words; documents' words: "
                            f"{human_count(e.corpus_words)}; device: {e.device}")
            elif isinstance(e, ev.Progress):
                bar.update(e.fraction, f"epoch {e.epoch}/{e.epochs}  loss {e.loss:.4f}  "
                                       f"{human_count(e.words_per_sec)} words/s  "
                                       f"ETA {human_duration(e.eta_seconds)}")
            elif isinstance(e, ev.EpochEnd):
                bar.message(f"epoch {e.epoch}/{e.epochs}: mean loss {e.loss:.4f}")
            outcome = e
    finally:
        if bar:
            bar.close()
    return outcome
