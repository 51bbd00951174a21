"""``w2v-studio export | neighbours | analogy | similarity | evaluate``: vectors from the shell."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from w2v_studio.core.evaluate.analogy import AnalogyResult
    from w2v_studio.core.evaluate.similarity import SimilarityResult
    from w2v_studio.core.vectors.word_vectors import Neighbour, WordVectors
    from w2v_studio.tokenizers.base import Tokenizer

EXPORT_FORMATS = ["word2vec-binary", "word2vec-text", "vocab", "tsv", "csv", "npy",
                  "fasttext-vec", "fasttext-bin"]
MODEL_HELP = "model folder (with model.json) or vector file: word2vec .bin/.txt, GloVe, .vec, .npy"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("export", help="write vectors for other tools (word2vec, TSV, ...)")
    p.add_argument("model", metavar="MODEL_DIR", help=MODEL_HELP)
    p.add_argument(
        "--format",
        required=True,
        choices=EXPORT_FORMATS,
        help="tsv = vectors.tsv + metadata.tsv for projector.tensorflow.org; "
        "npy = vectors.npy + vocab.txt; vocab = 'word count' lines; fasttext-vec / "
        "fasttext-bin = fastText's .vec / .bin (bin: models trained with --method fasttext)",
    )
    p.add_argument("--limit", type=int, metavar="N", help="only the N most frequent words")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="PATH",
        help="file to write (tsv/npy: a folder, or x.tsv / x.npy plus a sibling file)",
    )
    p.add_argument(
        "--skip-bad-words",
        action="store_true",
        help="leave out words containing whitespace instead of stopping",
    )
    p.set_defaults(func=run_export)

    p = subparsers.add_parser("neighbours", help="nearest words of a word (cosine)")
    _query_args(p)
    p.add_argument("words", metavar="WORD", nargs="+", help="word (several words are added)")
    p.add_argument("--minus", nargs="+", default=[], metavar="WORD", help="words to subtract")
    p.add_argument("--topn", type=int, default=10, metavar="N", help="how many (default 10)")
    p.set_defaults(func=run_neighbours)

    p = subparsers.add_parser("analogy", help="A is to B as C is to ? (e.g. man king woman)")
    _query_args(p)
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    p.add_argument("c", metavar="C")
    p.add_argument("--method", choices=["3cosadd", "3cosmul"], default="3cosadd")
    p.add_argument("--topn", type=int, default=10, metavar="N", help="how many (default 10)")
    p.set_defaults(func=run_analogy)

    p = subparsers.add_parser("similarity", help="cosine similarity of two words")
    _query_args(p)
    p.add_argument("w1", metavar="WORD1")
    p.add_argument("w2", metavar="WORD2")
    p.set_defaults(func=run_similarity)

    _register_evaluate(subparsers)


def _register_evaluate(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("evaluate", help="word-similarity and analogy benchmarks")
    p.add_argument("model", metavar="MODEL", help=MODEL_HELP)
    p.add_argument(
        "--similarity",
        nargs="+",
        default=[],
        metavar="FILE",
        help="word1<TAB>word2<TAB>score files ('#' comments)",
    )
    p.add_argument(
        "--analogy",
        nargs="+",
        default=[],
        metavar="FILE",
        help="': section' + 'a b c d' files (questions-words.txt format)",
    )
    p.add_argument("--json", metavar="OUT", help="also write all results as JSON")
    p.add_argument(
        "--questions",
        metavar="OUT.tsv",
        help="also write every question (expected word, answer, rank; human score and "
        "cosine; or the unknown word that skipped it) as TSV",
    )
    p.add_argument(
        "--lookup-tokenizer",
        action="store_true",
        help="look test words that are not in the vocabulary up through the model's "
        "tokenizer (its first token: 자동차를 -> 자동차); needs a model folder",
    )
    p.add_argument(
        "--restrict",
        type=int,
        default=300_000,
        metavar="N",
        help="only the N most frequent words count as known (default 300000)",
    )
    p.add_argument(
        "--case-insensitive",
        action="store_true",
        help="fold case of letters that have it (Hangul and Hanzi are unchanged)",
    )
    p.add_argument("--method", choices=["3cosadd", "3cosmul"], default="3cosadd")
    p.set_defaults(func=run_evaluate)


def _query_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("model", metavar="MODEL_DIR", help=MODEL_HELP)
    p.add_argument("--restrict", type=int, metavar="N", help="search only the N most frequent")
    p.add_argument("--limit", type=int, metavar="N", help="read only the first N vectors")


def _load(path: str, limit: int | None = None) -> WordVectors:
    from w2v_studio.cli.errors import UserError
    from w2v_studio.core.vectors.io import VectorFormatError
    from w2v_studio.core.vectors.io.load import load_vectors

    try:
        wv = load_vectors(path, limit=limit)
    except VectorFormatError as e:
        raise UserError(str(e)) from None
    except OSError as e:
        raise UserError(f"cannot read {path}: {e.strerror or e}") from None
    for w in wv.warnings:
        print(f"warning: {w}", file=sys.stderr)
    return wv


def _user_errors(func: Any) -> Any:
    """Turn unknown words and bad files into one clear ``error:`` line (exit code 2)."""

    def wrapper(args: argparse.Namespace) -> int:
        from w2v_studio.cli.errors import UserError
        from w2v_studio.core.evaluate.common import EvaluationFileError
        from w2v_studio.core.vectors.io import VectorFormatError
        from w2v_studio.core.vectors.word_vectors import UnknownWordError

        try:
            return func(args)
        except (UnknownWordError, VectorFormatError, EvaluationFileError) as e:
            raise UserError(str(e)) from None
        except OSError as e:
            raise UserError(f"{e.filename or ''}: {e.strerror or e}") from None

    return wrapper


@_user_errors
def run_export(args: argparse.Namespace) -> int:
    from w2v_studio.core.vectors.io.export import export_vectors

    if args.format == "fasttext-bin":
        from w2v_studio.cli.fasttext_export import export_fasttext_bin

        return export_fasttext_bin(args)
    wv = _load(args.model)
    bad = "skip" if args.skip_bad_words else "error"
    written = export_vectors(wv, args.output, args.format, limit=args.limit, bad=bad)
    n = len(wv) if args.limit is None else min(args.limit, len(wv))
    print(f"wrote {n:,} words x {wv.dim} dims ({args.format}): " + ", ".join(map(str, written)))
    return 0


@_user_errors
def run_neighbours(args: argparse.Namespace) -> int:
    wv = _load(args.model, args.limit)
    words = args.words[0] if len(args.words) == 1 else args.words
    result = wv.neighbours(words, args.minus, topn=args.topn, restrict_vocab=args.restrict)
    query = " + ".join(args.words) + "".join(f" - {w}" for w in args.minus)
    print(f"nearest to {query}:")
    _print_neighbours(result)
    return 0


@_user_errors
def run_analogy(args: argparse.Namespace) -> int:
    wv = _load(args.model, args.limit)
    result = wv.analogy(
        args.a, args.b, args.c, method=args.method, topn=args.topn, restrict_vocab=args.restrict
    )
    print(f"{args.a} : {args.b} :: {args.c} : ?   ({args.method})")
    _print_neighbours(result, "score" if args.method == "3cosmul" else "similarity")
    return 0


@_user_errors
def run_similarity(args: argparse.Namespace) -> int:
    wv = _load(args.model, args.limit)
    print(f"{wv.similarity(args.w1, args.w2):.4f}")
    return 0


@_user_errors
def run_evaluate(args: argparse.Namespace) -> int:
    from w2v_studio.cli.errors import UserError
    from w2v_studio.core.evaluate.analogy import evaluate_analogies
    from w2v_studio.core.evaluate.similarity import evaluate_similarity
    from w2v_studio.core.workspace.atomic import atomic_write

    if not args.similarity and not args.analogy:
        raise UserError("give at least one --similarity FILE or --analogy FILE")
    wv = _load(args.model)
    tokenizer = _model_tokenizer(args.model, args.lookup_tokenizer)
    opts = {"restrict_vocab": args.restrict, "case_insensitive": args.case_insensitive}
    more = {"tokenizer": tokenizer, "lookup": args.lookup_tokenizer}
    sims = [evaluate_similarity(wv, f, **opts, **more) for f in args.similarity]
    analogies = [
        evaluate_analogies(wv, f, method=args.method, **opts, **more) for f in args.analogy
    ]
    print(
        f"model: {args.model} ({len(wv):,} words x {wv.dim} dims); top {args.restrict:,} "
        f"words; {'case-insensitive' if args.case_insensitive else 'case-sensitive'}"
        + ("; test words looked up through the model's tokenizer" if args.lookup_tokenizer
           else "")
    )  # fmt: skip
    if sims:
        _print_similarity(sims)
    for r in analogies:
        _print_analogy(r)
    if args.questions:
        from w2v_studio.core.evaluate.records import write_questions_tsv

        write_questions_tsv(args.questions, [*sims, *analogies])
        print(f"wrote {args.questions}")
    if args.json:
        report = {
            "model": args.model,
            "vocab_size": len(wv),
            "dim": wv.dim,
            **opts,
            "lookup_tokenizer": args.lookup_tokenizer,
            "similarity": [s.to_dict() for s in sims],
            "analogy": [a.to_dict() for a in analogies],
        }
        with atomic_write(args.json, "w") as f:
            json.dump(_no_nan(report), f, ensure_ascii=False, indent=2, allow_nan=False)
        print(f"wrote {args.json}")
    return 0


def _model_tokenizer(model: str, required: bool) -> Tokenizer | None:
    """The tokenizer recorded in a model folder (to explain skipped questions, and for
    ``--lookup-tokenizer``); None for vector files. Missing when required: an error."""
    from pathlib import Path

    from w2v_studio.cli.errors import UserError
    from w2v_studio.core.engine.model_check import read_meta
    from w2v_studio.core.evaluate.lookup import model_tokenizer

    reason = "it is a vector file, which does not record a tokenizer; give the model folder"
    tokenizer = None
    if (Path(model) / "model.json").is_file():
        tokenizer, reason = model_tokenizer(read_meta(Path(model)).corpus_info)
    if tokenizer is None and required:
        raise UserError(f"--lookup-tokenizer: {model}: {reason}")
    return tokenizer


def _no_nan(value: Any) -> Any:
    """JSON has no NaN: correlations that could not be computed become null."""
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, dict):
        return {k: _no_nan(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_no_nan(v) for v in value]
    return value


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    """Left-align ``text`` in ``width`` terminal columns (Hangul and Hanzi take two)."""
    return text + " " * max(width - _width(text), 0)


def _print_neighbours(result: list[Neighbour], label: str = "similarity") -> None:
    width = max([_width(n.word) for n in result] + [4])
    print(f"{'rank':>4}  {_pad('word', width)}  {label:>10}  {'count':>12}")
    for n in result:
        count = "?" if n.count is None else f"{n.count:,}"
        print(f"{n.rank:>4}  {_pad(n.word, width)}  {n.similarity:>10.4f}  {count:>12}")


def _fmt(x: float) -> str:
    return "n/a" if x != x else f"{x:.3f}"


def _print_similarity(results: list[SimilarityResult]) -> None:
    from pathlib import Path

    names = [Path(r.path).name for r in results]
    width = max(_width(n) for n in names + ["word similarity"])
    print(
        f"\n{_pad('word similarity', width)}  {'pairs':>6}  {'used':>6}  {'OOV':>6}  "
        f"{'Spearman':>8}  {'Pearson':>8}"
    )
    for name, r in zip(names, results, strict=True):
        print(
            f"{_pad(name, width)}  {r.pairs:>6}  {r.used:>6}  {r.oov_share:>6.1%}  "
            f"{_fmt(r.spearman):>8}  {_fmt(r.pearson):>8}"
        )
        _print_unknown(r, "  ")


def _print_analogy(r: AnalogyResult) -> None:
    from pathlib import Path

    rows = [(s.name, s) for s in r.sections]
    rows += [(f"[{g.name}]", g) for g in (r.semantic, r.syntactic) if g is not None]
    rows.append(("[overall]", r.overall))
    width = max(_width(name) for name, _ in rows + [("section", None)])
    print(f"\nanalogies: {Path(r.path).name} ({r.method})")
    print(
        f"{_pad('section', width)}  {'kind':<9}  {'correct':>7}  {'answered':>8}  "
        f"{'accuracy':>8}  {'skipped':>7}"
    )
    for name, s in rows:
        acc = f"{s.accuracy:.1%}" if s.answered else "n/a"
        kind = "" if s is r.overall else s.kind
        print(
            f"{_pad(name, width)}  {kind:<9}  {s.correct:>7}  {s.answered:>8}  {acc:>8}  "
            f"{s.skipped:>7}"
        )
    print(
        f"skipped (unknown word): {r.overall.skipped:,} of {r.overall.questions:,} "
        f"({r.skipped_share:.1%})"
    )
    _print_unknown(r, "")


def _print_unknown(r: SimilarityResult | AnalogyResult, indent: str) -> None:
    """The unknown words (with the questions each blocked), why questions were skipped, the
    words found through the tokenizer and the malformed lines."""
    if r.unknown:
        shown = ", ".join(f"{u.word} ({u.questions})" for u in r.unknown[:8])
        print(f"{indent}unknown words: {shown}" + (" ..." if len(r.unknown) > 8 else ""))
    reasons = getattr(r, "skip_reasons", None) or [getattr(r, "skip_reason", None)]
    for reason in reasons:
        if reason is not None:
            print(f"{indent}why skipped: {reason.sentence()}")
    if r.looked_up:
        shown = ", ".join(f"{w} -> {f}" for w, f in r.looked_up[:5])
        more = " ..." if len(r.looked_up) > 5 else ""
        print(f"{indent}found through the tokenizer: {len(r.looked_up):,} words ({shown}{more})")
    if r.skipped_note:
        print(f"{indent}{r.skipped_note}")
