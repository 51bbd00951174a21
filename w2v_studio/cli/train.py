"""``w2v-studio train``: train a model from the command line with a progress bar."""

from __future__ import annotations

import argparse
import os
import threading
from pathlib import Path
from typing import Any

from w2v_studio.cli.doc2vec_train import add_doc2vec_options, check_doc2vec_options
from w2v_studio.cli.phrase_options import add_phrase_options, add_text_options
from w2v_studio.cli.progress import ProgressLine, human_count, human_duration
from w2v_studio.cli.train_output import report_outcome


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "train", help="train word vectors on a corpus",
        description="Train word vectors on text files or folders and write a model folder. "
                    "Ctrl-C stops the run and keeps the vectors trained so far.")
    p.add_argument("corpus", nargs="+", type=Path, metavar="CORPUS",
                   help="text/csv/tsv/jsonl files or folders (.gz/.bz2/.xz too)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="MODEL_DIR",
                   help="model folder to write (new, empty, or a model with --overwrite)")
    p.add_argument("--overwrite", action="store_true",
                   help="replace MODEL_DIR if it already holds a model (never anything else)")
    p.add_argument("--method", choices=["word2vec", "fasttext", "ppmi", "svd", "doc2vec"],
                   default="word2vec",
                   help="word2vec (default); fasttext: words plus their character n-grams, "
                        "so unknown words get vectors; or a count-based baseline: ppmi, or "
                        "its truncated svd (--dim: svd size / ppmi contexts kept); doc2vec: "
                        "a vector per document too (--dbow or --dm)")
    add_subword_options(p)
    add_train_options(p)
    p.add_argument("--phrases", action="store_true",
                   help="join collocations (new_york) before training; the --phrases-* "
                        "options are those of 'w2v-studio phrases'")
    add_phrase_options(p, prefix="phrases-")
    p.add_argument("--continue", dest="resume", type=Path, metavar="MODEL_DIR",
                   help="continue training this model for --epochs more epochs")
    p.add_argument("--nproc", type=int, default=1, metavar="N",
                   help="train in N processes on this machine (torch.distributed, gloo), "
                        "each with --threads threads; replicas averaged after every epoch")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    add_doc2vec_options(p)  # --method doc2vec: document vectors
    p.set_defaults(func=run)


def add_subword_options(p: argparse.ArgumentParser) -> None:
    """The n-gram settings of ``--method fasttext``."""
    p.add_argument("--min-n", type=int, help="fasttext: shortest character n-gram (3)")
    p.add_argument("--max-n", type=int, help="fasttext: longest character n-gram (6)")
    p.add_argument("--buckets", type=int, metavar="N",
                   help="fasttext: n-grams are hashed into N rows (2000000)")
    p.add_argument("--subword", choices=["chars", "jamo"],
                   help="fasttext: n-grams of characters (chars, default) or of Hangul jamo "
                        "(each syllable split into its consonants and vowel)")


def add_train_options(p: argparse.ArgumentParser) -> None:
    """The training settings and corpus options (shared by slices and stability)."""
    p.add_argument("--preset", choices=["gensim", "word2vec_c", "small_corpus", "quality"],
                   help="start from a preset; the options below override it")
    p.add_argument("--arch", choices=["skipgram", "cbow"], help="architecture (skipgram)")
    p.add_argument("--objective", choices=["softmax", "hierarchical", "negative"],
                   help="output layer (negative)")
    p.add_argument("--cbow-mode", choices=["mean", "sum"], help="CBOW: average or add contexts")
    p.add_argument("--dim", type=int, help="vector size (100)")
    p.add_argument("--window", type=int, help="context words on each side (5)")
    p.add_argument("--no-dynamic-window", action="store_true",
                   help="always use the full window (word2vec.c shrinks it at random)")
    p.add_argument("--negative", type=int, help="noise words per example (5)")
    p.add_argument("--ns-exponent", type=float, help="noise distribution exponent (0.75)")
    p.add_argument("--epochs", type=int, help="passes over the corpus (5)")
    p.add_argument("--min-count", type=int, help="ignore words seen fewer times (5)")
    p.add_argument("--max-vocab", type=int, help="keep at most this many words")
    p.add_argument("--sample", type=float, help="subsampling threshold, 0 = off (1e-3)")
    p.add_argument("--alpha", type=float, help="initial learning rate (0.025)")
    p.add_argument("--min-alpha", type=float, help="final learning rate (0.0001)")
    p.add_argument("--device", choices=["auto", "cpu", "cuda", "mps"], help="(auto)")
    p.add_argument("--backend", choices=["auto", "numba", "torch"], help="(auto)")
    p.add_argument("--batch-size", type=int, help="examples per step on a GPU (16384)")
    p.add_argument("--threads", type=int, help="CPU worker threads (2)")
    p.add_argument("--seed", type=int, help="random seed (1)")
    p.add_argument("--lowercase", action="store_true", help="fold case before counting")
    p.add_argument("--no-corpus-ids", action="store_true",
                   help="read the text at every epoch instead of once (the default writes the "
                        "corpus as ids to a temporary folder: 4 bytes per word)")
    add_text_options(p, encoding_errors=True)


_FIELDS = {"arch": "architecture", "objective": "objective", "cbow_mode": "cbow_mode",
           "dim": "dim", "window": "window", "negative": "negative",
           "ns_exponent": "ns_exponent", "epochs": "epochs", "min_count": "min_count",
           "max_vocab": "max_final_vocab", "sample": "sample", "alpha": "alpha",
           "min_alpha": "min_alpha", "device": "device", "backend": "backend",
           "batch_size": "batch_size", "threads": "threads", "seed": "seed"}


def build_config(args: argparse.Namespace):
    from w2v_studio.cli.errors import UserError
    from w2v_studio.core.engine.config import PRESETS, TrainConfig
    from w2v_studio.tokenizers.options import parse_option_args

    values: dict[str, Any] = dict(PRESETS[args.preset]) if args.preset else {}
    for arg, fld in _FIELDS.items():
        v = getattr(args, arg)
        if v is not None:
            values[fld] = v
    if getattr(args, "method", None) == "fasttext":
        values["method"] = "fasttext"
    for name in ("min_n", "max_n", "buckets", "subword"):
        if getattr(args, name, None) is not None:
            if values.get("method") != "fasttext":
                raise UserError(f"--{name.replace('_', '-')} is a setting of --method "
                                "fasttext; add --method fasttext or leave it out")
            values[name] = getattr(args, name)
    if args.no_dynamic_window:
        values["dynamic_window"] = False
    if args.lowercase:
        values["lowercase"] = True
    if args.no_corpus_ids:
        values["corpus_ids"] = False
    values["tokenizer"] = args.tokenizer
    try:
        values["tokenizer_options"] = parse_option_args(args.opt)
    except ValueError as e:
        raise UserError(str(e)) from None
    if values.get("min_alpha") is not None and values.get("alpha") is not None:
        values["min_alpha"] = min(values["min_alpha"], values["alpha"])
    elif "alpha" in values and values["alpha"] < TrainConfig.min_alpha:
        values["min_alpha"] = values["alpha"]
    try:
        return TrainConfig(**values)
    except ValueError as e:
        raise UserError(f"invalid settings: {e}") from None


def open_corpus(args: argparse.Namespace, config, bar: ProgressLine | None,
                cancel: threading.Event | None = None):
    """(sentences, corpus_info): the token stream, tokenized through the plugin when needed."""
    from w2v_studio.cli.errors import UserError
    from w2v_studio.core.corpus.errors import CorpusError
    from w2v_studio.core.corpus.reader import Corpus

    column: Any = args.column
    if column is not None and column.isdigit():
        column = int(column)
    try:
        corpus = Corpus(args.corpus, encoding=args.encoding, column=column, field=args.field,
                        errors=getattr(args, "encoding_errors", "strict"))
    except CorpusError as e:
        raise UserError(str(e)) from None
    info: dict[str, Any] = {
        "files": [str(f.path.resolve()) for f in corpus.files],
        "encodings": {str(f.path.resolve()): f.encoding.encoding for f in corpus.files},
        "encoding_errors": corpus.errors,
        "column": column, "field": args.field, "tokenizer": config.tokenizer,
        "tokenizer_options": dict(config.tokenizer_options),
    }
    from w2v_studio.core.corpus.link import make_link  # the model's link to its corpus

    if config.tokenizer == "whitespace" and not config.tokenizer_options:
        _warn_replaced(corpus, bar)
        info.update(make_link(corpus, None, config.tokenizer).to_info())
        return corpus.sentences(None, max_sentence_length=config.max_sentence_length), info
    from w2v_studio.tokenizers.pipeline import TokenizeCancelled, TokenizeError, tokenize_corpus

    def on_progress(p) -> None:
        if bar is not None:
            bar.update(p.fraction, f"tokenizing: {human_count(p.lines)} lines, "
                                   f"{human_count(p.chars_per_sec)} chars/s")

    try:
        tc = tokenize_corpus(corpus, config.tokenizer, config.tokenizer_options,
                             workers=max(1, config.threads), on_progress=on_progress,
                             cancel=cancel)
    except (TokenizeError, TokenizeCancelled) as e:
        raise UserError(str(e)) from None
    except CorpusError as e:
        raise UserError(str(e)) from None
    if bar is not None:
        bar.message(f"tokenized {human_count(tc.tokens)} tokens"
                    f"{' (from cache)' if tc.from_cache else ''}: {tc.path}")
        for err in tc.errors[:5]:
            bar.message(f"warning: skipped {err}")
    _warn_replaced(corpus, bar)
    info["tokenized_path"] = str(tc.path)
    info.update(make_link(corpus, tc).to_info())
    return tc.sentences(config.max_sentence_length), info


def _warn_replaced(corpus, bar: ProgressLine | None) -> None:
    """With --encoding-errors replace: say how many undecodable bytes were replaced, where."""
    from w2v_studio.cli.errors import UserError
    from w2v_studio.core.corpus.errors import CorpusError

    try:
        note = corpus.replacement_note()
    except CorpusError as e:
        raise UserError(str(e)) from None
    if note and bar is not None:
        bar.message(f"warning: {note}")
    elif note:
        print(f"warning: {note}", file=__import__("sys").stderr)


def run(args: argparse.Namespace) -> int:
    from w2v_studio.cli.train_output import claimed_output, stop_on_signals

    config = build_config(args)
    check_doc2vec_options(args)
    args.output = args.output.absolute()  # "-o ." still names the folder once it is swapped
    from w2v_studio.core.engine.torchrun import writes_the_model

    if not writes_the_model():  # a torchrun rank other than 0 writes no model: no claim
        with stop_on_signals() as cancel:
            return _train_and_save(args, config, cancel)
    with claimed_output(args.output, args.overwrite), stop_on_signals() as cancel:
        return _train_and_save(args, config, cancel)


def _train_and_save(args: argparse.Namespace, config, cancel: threading.Event) -> int:
    """Train (or build a count model, or doc2vec) and write the model; the exit code."""
    if args.method == "doc2vec":
        from w2v_studio.cli.doc2vec_train import run_doc2vec

        return run_doc2vec(args, config, cancel)
    if args.method not in ("word2vec", "fasttext"):
        from w2v_studio.cli.count_models import run_count_model

        return run_count_model(args, config, open_corpus)
    from w2v_studio.core.engine.torchrun import writes_the_model

    bar = None if args.quiet else ProgressLine()
    init = _resumed_model(args, config)
    sentences, info = open_corpus(args, config, bar, cancel)
    if getattr(args, "phrases", False):
        from w2v_studio.cli.phrase_options import join_for_training

        sentences = join_for_training(sentences, args, config, bar, info, cancel)
    try:
        outcome = _follow(_events(args, config, sentences, init, cancel), config, bar, cancel)
    finally:
        if bar:
            bar.close()
    model = getattr(outcome, "model", None)
    if not writes_the_model():  # a torchrun rank other than 0: rank 0 writes the model
        from w2v_studio.core.engine.events import Finished

        return 0 if isinstance(outcome, Finished) else 1
    if model is not None:
        from w2v_studio.cli.train_output import save_model

        model.corpus_info = {**model.corpus_info, **info} if init is not None else info
        if info.get("tokenized_path"):  # the tokenizer's parts of speech, when it gave any
            from w2v_studio.core.engine.vocab_tags import vocab_tags
            from w2v_studio.tokenizers.tags import read_tags

            tags = read_tags(Path(info["tokenized_path"]))
            model.vocab_tags = vocab_tags(model.vocab.words, tags) or model.vocab_tags
        save_model(model, args.output, args.overwrite)
    return report_outcome(outcome, model, args.output)


def _resumed_model(args: argparse.Namespace, config):
    """The model ``--continue`` names (checked), or None; refuses a run that cannot fit."""
    from w2v_studio.cli.errors import UserError
    from w2v_studio.core.engine.memory_estimate import memory_problem
    from w2v_studio.core.engine.model import ModelFormatError, TrainedModel
    from w2v_studio.core.engine.model_check import resume_problem

    init = None
    if args.resume is not None:
        try:
            init = TrainedModel.load(args.resume)
        except ModelFormatError as e:
            raise UserError(str(e)) from None
        if problem := resume_problem(init.output_vectors, args.resume):
            raise UserError(problem)
    if problem := memory_problem(config, 0 if init is None else len(init.words)):
        raise UserError(problem)
    return init


def _events(args: argparse.Namespace, config, sentences, init, cancel: threading.Event):
    """The run's events: one process, or ``--nproc`` processes / a torchrun rank."""
    from w2v_studio.cli.errors import UserError
    from w2v_studio.core.engine.process_rules import processes_problem
    from w2v_studio.core.engine.torchrun import across_processes, launched_by_torchrun
    from w2v_studio.core.engine.trainer import train

    nproc = getattr(args, "nproc", 1)  # slices and stability train in one process
    if nproc == 1 and not launched_by_torchrun():
        return train(config, sentences, cancel=cancel, init=init)
    torchrun = launched_by_torchrun()
    world = int(os.environ["WORLD_SIZE"]) if torchrun else nproc
    if problem := processes_problem(config, init is not None, world):
        raise UserError(f"{'torchrun' if torchrun else f'--nproc {nproc}'}: {problem}")
    if 1 < nproc <= 256:  # the saved model's config says how many processes trained it
        config = config.with_changes(processes=nproc)
    return across_processes(config, sentences, nproc, cancel=cancel)


def _follow(events, config, bar: ProgressLine | None, cancel: threading.Event):
    """Show the run's progress on the terminal; the final event."""
    from w2v_studio.cli.errors import UserError
    from w2v_studio.core.engine import events as ev
    from w2v_studio.core.engine.memory_estimate import memory_problem

    outcome = None
    for e in events:
        if isinstance(e, ev.Scanning):
            if bar:
                bar.update(0.0, f"counting words: {human_count(e.words)}")
        elif isinstance(e, ev.Started):
            if problem := memory_problem(config, e.vocab_size):
                cancel.set()
                raise UserError(problem)
            if bar:
                bar.message(f"vocabulary: {e.vocab_size} words; corpus: "
                            f"{human_count(e.corpus_words)} words; device: {e.device}")
        elif isinstance(e, ev.Progress):
            if bar:
                bar.update(e.fraction, f"epoch {e.epoch}/{e.epochs}  loss {e.loss:.4f}  "
                                       f"{human_count(e.words_per_sec)} words/s  "
                                       f"lr {e.learning_rate:.5f}  "
                                       f"ETA {human_duration(e.eta_seconds)}")
        elif isinstance(e, ev.EpochEnd):
            if bar:
                bar.message(f"epoch {e.epoch}/{e.epochs}: mean loss {e.loss:.4f}, "
                            f"{human_count(e.words)} words in {human_duration(e.seconds)}")
        else:
            outcome = e
    return outcome
