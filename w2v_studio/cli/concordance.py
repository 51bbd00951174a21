"""``w2v-studio concordance MODEL WORD``: the lines of a word in the model's corpus, as written."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from w2v_studio.cli.progress import ProgressLine, human_count


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "concordance",
        help="keyword-in-context lines of a word in the corpus a model was trained on",
        description="Print each occurrence of WORD in the original text of MODEL's corpus: "
        "file:line, left context, the word, right context. The corpus is found through the "
        "link the model folder records (tokenized again when the cache was deleted).",
    )
    p.add_argument("model", metavar="MODEL", help="model folder (with model.json)")
    p.add_argument("word", metavar="WORD", help="a word of the model's vocabulary (one token)")
    p.add_argument("--width", type=int, default=40, metavar="N",
                   help="characters of context on each side (default 40)")
    p.add_argument("--limit", type=int, default=100, metavar="N",
                   help="at most N lines (default 100)")
    p.add_argument("--json", action="store_true",
                   help="print a JSON list of {file, line, left, hit, right, start, end}")
    p.add_argument("--sources", metavar="FOLDER",
                   help="where the corpus files are now, when they were moved since training "
                        "(found by name and content)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=run)


def _load_model(path: str) -> Any:
    from w2v_studio.cli.errors import UserError
    from w2v_studio.core.engine.model import ModelFormatError, TrainedModel

    if not Path(path).is_dir():
        raise UserError(f"{path}: not a model folder. Give the folder a model was saved to "
                        "(it holds model.json).")
    try:
        return TrainedModel.load(path)
    except (ModelFormatError, OSError, ValueError) as e:
        raise UserError(str(e)) from None


def _find_tokenized(model: Any, model_path: str, quiet: bool, sources: str | None = None
                    ) -> tuple[Any, Any, bool]:
    """(link, TokenizedCorpus, sources readable): re-tokenizes when only the cache is gone."""
    from w2v_studio.cli.errors import UserError
    from w2v_studio.core.corpus.errors import CorpusError
    from w2v_studio.core.corpus.link import CorpusLink, find_corpus, relocate, retokenize

    link = CorpusLink.from_info(model.corpus_info)
    if link is None:
        raise UserError(f"{model_path}: this model records no corpus (it was trained before "
                        "models kept a link to their corpus, or made from vectors). Train it "
                        "again with 'w2v-studio train' to get its concordance.")
    if sources is not None:
        link, still = relocate(link, sources)
        if still:
            raise UserError(f"{sources}: these corpus files are not there (by name, with the "
                            f"same content): {', '.join(still)}. Give the folder that holds them.")
    found = find_corpus(link)
    if found.state in ("ready", "cached"):
        return link, found.tokenized, found.state == "ready"
    if found.state == "moved":
        raise UserError(
            f"the corpus of {model_path} was moved or changed and its tokenized copy is gone "
            f"({found.problem()}). Give the folder where they are now with --sources FOLDER, "
            "or put them back where they were."
        )
    bar = None if quiet else ProgressLine()
    if bar is not None:
        bar.message(f"tokenizing the corpus ({len(link.files)} file(s), tokenizer "
                    f"{link.tokenizer}): its tokenized copy is not in the cache")

    def progress(p: Any) -> None:
        if bar is not None:
            bar.update(p.fraction, f"tokenizing again: {human_count(p.lines)} lines")

    from w2v_studio.tokenizers.pipeline import TokenizeCancelled, TokenizeError

    try:
        tc = retokenize(link, on_progress=progress)
    except (TokenizeError, TokenizeCancelled, CorpusError) as e:
        raise UserError(f"the corpus could not be tokenized again: {e}") from None
    finally:
        if bar is not None:
            bar.close()
    return link, tc, True


def run(args: argparse.Namespace) -> int:
    from w2v_studio.cli.errors import UserError
    from w2v_studio.core.corpus.errors import CorpusError
    from w2v_studio.core.corpus.link import open_sources
    from w2v_studio.core.explore.concordance import Concordance
    from w2v_studio.core.explore.kwic import make_analyzer, source_kwic

    if args.width < 0 or args.limit < 1:
        raise UserError("--width must be 0 or more and --limit at least 1")
    model = _load_model(args.model)
    link, tc, readable = _find_tokenized(model, args.model, args.quiet, args.sources)
    lower = bool(getattr(model.config, "lowercase", False))
    conc = Concordance(tc.tokens_path, ignore_case=lower)
    try:
        result = conc.search(args.word, width=8, limit=args.limit)
    except ValueError as e:
        raise UserError(str(e)) from None
    corpus = None
    if readable:
        try:
            corpus = open_sources(link)
        except CorpusError:
            corpus = None
    if corpus is None and not args.quiet:
        print("warning: the source files were moved or changed; showing tokens instead of "
              "the original text", file=sys.stderr)
    analyze = make_analyzer(link.tokenizer, link.tokenizer_options, in_process=True)
    rows = source_kwic(result.lines, conc.line_tokens, corpus, analyze=analyze,
                       locate=tc.locate, width=args.width)  # fmt: skip
    if args.json:
        print(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=1))
        return 0
    _print_rows(rows, args.width)
    if not args.quiet:
        more = f" (showing {len(rows):,})" if result.total > len(rows) else ""
        print(f"{result.total:,} occurrence(s) of {args.word!r}{more}", file=sys.stderr)
    return 0


def _print_rows(rows: list[Any], width: int) -> None:
    from w2v_studio.core.explore.kwic import display_width

    wheres = [f"{Path(r.file).name}:{r.lineno}" for r in rows]
    pad = max((len(w) for w in wheres), default=0)
    for where, r in zip(wheres, rows, strict=True):
        left = r.left.replace("\t", " ")
        fill = " " * max(0, width - display_width(left))
        print(f"{where:<{pad}}  {fill}{left}[{r.hit}]{r.right.replace(chr(9), ' ')}")
