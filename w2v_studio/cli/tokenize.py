"""``w2v-studio tokenize`` (corpus -> one line of tokens per input line) and ``tokenizers``."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from w2v_studio.cli.errors import UserError


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "tokenize",
        help="tokenize a corpus: one output line per input line, tokens separated by spaces",
        description="Tokenize text files with a tokenizer plugin (see `w2v-studio tokenizers`). "
        "The result is cached: the same corpus with the same settings is not tokenized again.",
    )
    p.add_argument("corpus", nargs="+", metavar="CORPUS", help="text files or folders")
    p.add_argument(
        "--tokenizer",
        "-t",
        required=True,
        metavar="ID",
        help="english, jieba, mecab, kiwi, okt, komoran, whitespace, or a plugin's id",
    )
    p.add_argument(
        "--opt",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="tokenizer option, repeatable (e.g. --opt drop=particle,ending)",
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.txt",
        help="output file ('-' for standard output)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=2,
        metavar="N",
        help="worker processes (default 2; 0 runs in this process)",
    )
    p.add_argument("--encoding", help="encoding of the files (default: detected per file)")
    p.add_argument(
        "--encoding-errors",
        choices=("strict", "replace"),
        default="strict",
        help="bytes that cannot be decoded: stop with an error (strict, default), or replace "
        "them by \ufffd and report how many (replace)",
    )
    p.add_argument("--column", help="csv/tsv: the text column (name or 0-based number)")
    p.add_argument("--field", help="jsonl: the text field (dotted path allowed)")
    p.add_argument(
        "--on-error",
        choices=("skip", "stop"),
        default="skip",
        help="a line that fails: skip it and report it (default), or stop",
    )
    p.add_argument("--cache-dir", type=Path, help="where tokenized corpora are cached")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    p.set_defaults(func=run_tokenize)  # fmt: skip

    q = subparsers.add_parser(
        "tokenizers", help="list tokenizer plugins, whether they can run here and why not"
    )
    q.add_argument("--verbose", "-v", action="store_true", help="also list each one's options")
    q.add_argument("--json", action="store_true", help="print JSON instead of text")
    q.add_argument("--refresh", action="store_true", help=argparse.SUPPRESS)
    q.set_defaults(func=run_tokenizers)


class _Progress:
    """Progress on stderr: one updating line on a terminal, a line every 5 s otherwise."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self.last = 0.0
        self.shown = False

    def __call__(self, p: Any) -> None:
        if self.quiet:
            return
        now = time.monotonic()
        if not self.tty and now - self.last < 5 and p.fraction < 1:
            return
        self.last = now
        if p.from_cache:
            msg = f"from cache: {p.lines:,} lines, {p.tokens:,} tokens"
        else:
            msg = (
                f"{p.fraction:4.0%}  {p.lines:,} lines  {p.chars:,} chars  {p.tokens:,} tokens"
                f"  {p.chars_per_sec:,.0f} chars/s"
            )
            if p.errors:
                msg += f"  {p.errors} errors"
        print(("\r" + msg + "\x1b[K") if self.tty else msg, end="" if self.tty else "\n",
              file=sys.stderr, flush=True)  # fmt: skip
        self.shown = True

    def end(self) -> None:
        if self.shown and self.tty:
            print(file=sys.stderr)


def _column(value: str | None) -> str | int | None:
    return int(value) if value is not None and value.isdigit() else value


def run_tokenize(args: argparse.Namespace) -> int:
    from w2v_studio.core.corpus.errors import CorpusError
    from w2v_studio.core.corpus.reader import Corpus
    from w2v_studio.core.workspace.atomic import atomic_write
    from w2v_studio.tokenizers.options import parse_option_args
    from w2v_studio.tokenizers.pipeline import TokenizeCancelled, TokenizeError, tokenize_corpus

    if args.workers < 0:
        raise UserError(f"--workers must be 0 or more, not {args.workers}")
    try:
        options = parse_option_args(args.opt)
    except ValueError as e:
        raise UserError(str(e)) from None
    for c in args.corpus:
        if not Path(c).exists():
            raise UserError(f"{c}: no such file or folder")
    progress = _Progress(args.quiet)
    try:
        corpus = Corpus(args.corpus, encoding=args.encoding, column=_column(args.column),
                        field=args.field, errors=args.encoding_errors)  # fmt: skip
        if not corpus.files:
            raise UserError(f"no text files found in {', '.join(args.corpus)}")
        tc = tokenize_corpus(corpus, args.tokenizer, options, workers=args.workers,
                             cache_dir=args.cache_dir, on_progress=progress,
                             on_error=args.on_error)  # fmt: skip
    except (TokenizeError, CorpusError) as e:
        progress.end()
        raise UserError(str(e)) from None
    except TokenizeCancelled as e:
        progress.end()
        raise UserError(str(e)) from None
    progress.end()
    if args.output == "-":
        with open(tc.tokens_path, "rb") as f:
            shutil.copyfileobj(f, sys.stdout.buffer)
        sys.stdout.flush()
    else:
        with (
            open(tc.tokens_path, "rb") as src,
            atomic_write(args.output, "wb", encoding=None) as dst,
        ):
            shutil.copyfileobj(src, dst, 1 << 20)
    try:
        note = corpus.replacement_note()
    except CorpusError as e:
        raise UserError(str(e)) from None
    if note:
        print(f"warning: {note}", file=sys.stderr)
    for err in tc.errors[:20]:
        print(f"warning: {err}", file=sys.stderr)
    if len(tc.errors) > 20:
        print(f"warning: ... and {len(tc.errors) - 20} more lines that failed", file=sys.stderr)
    if not args.quiet:
        s = tc.stats
        where = "" if args.output == "-" else f" -> {args.output}"
        print(f"{s.lines:,} lines, {s.tokens:,} tokens, {s.types:,} distinct{where}"
              + (" (from cache)" if tc.from_cache else ""), file=sys.stderr)  # fmt: skip
    return 0


def _spec_text(spec: Any) -> str:
    default = ",".join(spec.default) if isinstance(spec.default, tuple) else spec.default
    kind = spec.type + (f" [{'|'.join(spec.choices)}]" if spec.choices else "")
    return f"      {spec.name} ({kind}, default {default!r}): {spec.help}"


def run_tokenizers(args: argparse.Namespace) -> int:
    from w2v_studio.tokenizers.registry import list_plugins, unavailable_reason

    plugins = list_plugins(refresh=args.refresh)
    rows = []
    for p in plugins:
        reason = p.error and f"failed to load: {p.error}" or unavailable_reason(p.id)
        rows.append((p, reason))
    if args.json:
        out = [{"id": p.id, "name": p.name, "languages": list(p.languages), "source": p.source,
                "available": reason is None, "reason": reason,
                "options": [{"name": s.name, "type": s.type, "default": s.default,
                             "choices": list(s.choices), "help": s.help} for s in p.options]}
               for p, reason in rows]  # fmt: skip
        print(json.dumps(out, ensure_ascii=False, indent=1, default=list))
        return 0
    width = max(len(p.id) for p, _ in rows)
    for p, reason in rows:
        state = "available" if reason is None else "unavailable"
        langs = ",".join(p.languages)
        print(f"{p.id:<{width}}  {state:<11}  [{langs}]  {p.name}"
              + ("" if p.source == "builtin" else f"  ({p.source})"))  # fmt: skip
        if reason:
            print(f"{'':<{width}}  why: {reason}")
        if args.verbose:
            for spec in p.options:
                print(_spec_text(spec))
    return 0
