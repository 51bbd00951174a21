"""Keyword-in-context lines on the original text: the concordance's hits (found in the
tokenized corpus) shown in the source lines they came from, with the hit's character span.

The Nth line of ``tokens.txt`` is the Nth line the corpus reader yields (the pieces of a very
long line share one line number and one output line); the Nth token of that output line is the
Nth token the tokenizer's ``analyze`` gives for the original line, whose span is known (see
``tokenizers.spans``). When the counts differ, the tokens of ``tokens.txt`` are aligned with
the line instead, and when that fails the keyword is searched.

>>> rows = source_kwic(conc.search("서울"), conc.line_tokens, open_sources(link))  # doctest: +SKIP
>>> rows[0].left, rows[0].hit, rows[0].right  # doctest: +SKIP
('진행된 전시 ', '서울', '에서 열린 …')
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from w2v_studio.core.explore.concordance import ConcordanceCancelled, KwicLine, SortKey
from w2v_studio.tokenizers.base import Token
from w2v_studio.tokenizers.spans import align_spans, find_span

Analyzer = Callable[[str], list[Token]]
Span = tuple[int, int]
DEFAULT_WIDTH = 40  # characters of context on each side


@dataclass(frozen=True)
class OriginalLine:
    """An input line of the corpus: its file, 1-based line number and the text of its pieces
    (one piece unless the line was longer than the reader's ``max_chunk_chars``)."""

    file: str
    lineno: int
    pieces: tuple[str, ...]

    @cached_property
    def text(self) -> str:  # made once: the rows of a line share it
        return " ".join(self.pieces)


@dataclass(frozen=True)
class SourceKwic:
    """One hit in its original line: ``text[start:end]`` is the hit, ``left`` and ``right``
    the context cut to the width asked for. ``original`` is False when the source could not
    be read (the tokens joined by spaces are shown instead); ``exact`` is False when the span
    was found by searching the keyword rather than by token position."""

    file: str
    lineno: int
    text: str
    start: int
    end: int
    left: str
    hit: str
    right: str
    line: int = 0  # 0-based line of tokens.txt
    position: int = 0  # token index of the hit in that line
    left_tokens: tuple[str, ...] = ()
    right_tokens: tuple[str, ...] = ()
    original: bool = True
    exact: bool = True

    def to_dict(self) -> dict[str, Any]:
        """The fields ``w2v-studio concordance --json`` prints."""
        return {"file": self.file, "line": self.lineno, "left": self.left, "hit": self.hit,
                "right": self.right, "start": self.start, "end": self.end}  # fmt: skip


def original_lines(
    corpus: Any, wanted: Iterable[int], cancel: threading.Event | None = None
) -> dict[int, OriginalLine]:
    """The input lines of output lines ``wanted`` (0-based), in one pass over the corpus that
    stops after the last one wanted."""
    need = sorted(set(wanted))
    out: dict[int, OriginalLine] = {}
    if not need:
        return out
    last = need[-1]
    want = set(need)
    index, key, pieces = -1, None, []
    lines = corpus.lines()
    try:
        for n, ln in enumerate(lines):
            k = (ln.path, ln.lineno)
            if k != key:
                if index in want:
                    out[index] = OriginalLine(str(key[0]), key[1], tuple(pieces))
                index, key, pieces = index + 1, k, []
                if index > last:
                    break
                if cancel is not None and n % 4096 == 0 and cancel.is_set():
                    raise ConcordanceCancelled()
            if index in want:
                pieces.append(ln.text)
        else:
            if index in want and key is not None:
                out[index] = OriginalLine(str(key[0]), key[1], tuple(pieces))
    finally:
        lines.close()
    return out


def _analyzed(orig: OriginalLine, analyze: Analyzer) -> list[tuple[str, Span | None]]:
    """(text, span in ``orig.text``) of the analyzer's tokens of each piece, in order."""
    out: list[tuple[str, Span | None]] = []
    offset = 0
    for piece in orig.pieces:
        for t in analyze(piece):
            ok = t.start is not None and t.end is not None
            out.append((t.text, (t.start + offset, t.end + offset) if ok else None))  # type: ignore[operator]
        offset += len(piece) + 1
    return out


def _same_token(written: str, analyzed: str) -> bool:
    """A token of tokens.txt is the analyzer's token (case and width folded; ``word/TAG``)."""
    w, a = unicodedata.normalize("NFKC", written).casefold(), unicodedata.normalize(
        "NFKC", analyzed).casefold()  # fmt: skip
    return w == a or w.startswith(a + "/") or w == a.replace(" ", "_")


def token_spans(orig: OriginalLine, tokens: list[str], analyze: Analyzer | None = None
                ) -> list[Span | None]:
    """The span in ``orig.text`` of each token of its ``tokens.txt`` line: from the analyzer
    when it gives the same tokens (its segmentation may differ, as jieba's tagger does from
    its cutter), else by aligning the tokens themselves."""
    if analyze is not None:
        try:
            found = _analyzed(orig, analyze)
        except Exception:  # the tokenizer failed on this line: align instead
            found = []
        if len(found) == len(tokens) and all(
            _same_token(t, a) for t, (a, _) in zip(tokens, found, strict=True)
        ):
            return [span for _, span in found]
    return [(t.start, t.end) if t.start is not None else None  # type: ignore[misc]
            for t in align_spans(orig.text, tokens)]


def _search_keyword(text: str, tokens: list[str], pos: int) -> Span | None:
    """The span of the keyword's k-th occurrence in ``text`` (k: its rank among equal tokens)."""
    word = tokens[pos].casefold()
    k = sum(1 for t in tokens[:pos] if t.casefold() == word)
    at, span = 0, None
    for _ in range(k + 1):
        found = find_span(text, tokens[pos], at)
        if found is None:
            break
        span, at = found, found[1]
    return span


def _row(k: KwicLine, text: str, span: Span, where: tuple[str, int], width: int,
         original: bool, exact: bool) -> SourceKwic:
    s, e = span
    return SourceKwic(where[0], where[1], text, s, e, text[max(0, s - width): s], text[s:e],
                      text[e: e + width], k.line, k.position, k.left, k.right, original,
                      exact)  # fmt: skip


def _token_row(k: KwicLine, tokens: list[str], where: tuple[str, int], width: int) -> SourceKwic:
    """The hit in its tokens joined by spaces (when the original line cannot be read)."""
    text = " ".join(tokens)
    s = sum(len(t) + 1 for t in tokens[: k.position])
    return _row(k, text, (s, s + len(tokens[k.position])), where, width, False, True)


def source_kwic(
    hits: Iterable[KwicLine],
    tokens_of: Callable[[int], list[str]],
    corpus: Any = None,
    *,
    analyze: Analyzer | None = None,
    locate: Callable[[int], tuple[str, int]] | None = None,
    width: int = DEFAULT_WIDTH,
    cancel: threading.Event | None = None,
) -> list[SourceKwic]:
    """KWIC rows on the original text for concordance hits (``Concordance.search``).

    ``tokens_of(line)`` gives the tokens of a ``tokens.txt`` line (``Concordance.line_tokens``);
    ``corpus`` reads the sources with the recorded settings (``link.open_sources``; None: show
    tokens); ``analyze`` gives a line's tokens with spans (None: align the tokens);
    ``locate(line)`` gives (file, line number) from the tokenized corpus, used to check that
    the source lines are the ones tokenized and where the sources cannot be read.
    """
    hits = list(hits)
    lines = original_lines(corpus, [k.line for k in hits], cancel) if corpus is not None else {}
    spans_of: dict[int, list[Span | None]] = {}
    rows = []
    for k in hits:
        tokens = tokens_of(k.line)
        orig = lines.get(k.line)
        where = _where(k.line, orig, locate)
        if orig is None or not 0 <= k.position < len(tokens) or not _same_line(orig, where):
            rows.append(_token_row(k, tokens, where, width) if tokens else None)
            continue
        if k.line not in spans_of:
            spans_of[k.line] = token_spans(orig, tokens, analyze)
        span = spans_of[k.line][k.position]
        exact = span is not None
        if span is None:
            span = _search_keyword(orig.text, tokens, k.position)
        if span is None:
            rows.append(_token_row(k, tokens, where, width))
        else:
            rows.append(_row(k, orig.text, span, where, width, True, exact))
    return [r for r in rows if r is not None]


def _where(line: int, orig: OriginalLine | None,
           locate: Callable[[int], tuple[str, int]] | None) -> tuple[str, int]:
    """(file, line number) of an output line: the source read when it is the one the tokenized
    corpus names (its path is the current one), else what the tokenized corpus says."""
    if locate is not None:
        try:
            f, n = locate(line)
            where = str(f), int(n)
        except (IndexError, OSError, ValueError):
            where = ("", line + 1)
        if orig is None or not _same_line(orig, where):
            return where
    return (orig.file, orig.lineno) if orig is not None else ("", line + 1)


def _same_line(orig: OriginalLine, where: tuple[str, int]) -> bool:
    """The source line read is the one the tokenized corpus says (line numbers agree; the
    folder may differ when the sources were relocated)."""
    return not where[0] or (orig.lineno == where[1]
                            and Path(orig.file).name == Path(where[0]).name)  # fmt: skip


def sort_source(rows: list[SourceKwic], key: SortKey) -> list[SourceKwic]:
    """Sort as concordancers do: by the context words nearest the hit, outwards.

    >>> a = SourceKwic("f", 1, "", 0, 0, "", "k", "", 0, 0, ("x", "b"), ("z",))
    >>> b = SourceKwic("f", 2, "", 0, 0, "", "k", "", 1, 0, ("y", "a"), ("y",))
    >>> [r.lineno for r in sort_source([a, b], "left")]
    [2, 1]
    >>> [r.lineno for r in sort_source([a, b], "right")]
    [2, 1]
    """
    if key == "left":
        return sorted(rows, key=lambda r: (tuple(reversed(r.left_tokens)), r.line, r.position))
    if key == "right":
        return sorted(rows, key=lambda r: (r.right_tokens, r.line, r.position))
    return sorted(rows, key=lambda r: (r.line, r.position))


def display_width(text: str) -> int:
    """Columns a terminal gives ``text`` (East Asian wide and full-width characters take two).

    >>> display_width("서울 ab")
    7
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def make_analyzer(plugin_id: str, options: dict[str, Any], in_process: bool) -> Analyzer | None:
    """A line -> tokens-with-spans function for the recorded tokenizer, or None when it cannot
    run here (spans then come from aligning the tokens). ``in_process`` creates the tokenizer
    in this process unless the plugin must be isolated (konlpy's JVM); otherwise the preview
    helper process does the work (the GUI: nothing heavy loads in the window's process)."""
    try:
        from w2v_studio.tokenizers.registry import get_plugin, unavailable_reason

        plugin, _ = get_plugin(plugin_id)
        if unavailable_reason(plugin_id):
            return None
        if in_process and not plugin.isolate:
            from w2v_studio.tokenizers.options import validate_options
            from w2v_studio.tokenizers.spans import analyze_with_spans

            opts = validate_options(plugin_id, plugin.options, options, dict(plugin.aliases))
            made: list[Any] = []

            def analyze(text: str) -> list[Token]:
                if not made:  # created on the first line (no hit: no model loaded)
                    made.append(plugin.make(opts))
                return analyze_with_spans(made[0], text)

            return _once_failed(analyze)
    except Exception:  # unknown plugin, bad options: align instead
        return None
    from w2v_studio.tokenizers.preview import preview

    return _once_failed(lambda text: preview(plugin_id, options, text))


def _once_failed(fn: Analyzer) -> Analyzer:
    """``fn`` that, once it failed (helper process would not start), fails at once after."""
    failed: list[str] = []

    def run(text: str) -> list[Token]:
        if failed:
            raise RuntimeError(failed[0])
        try:
            return fn(text)
        except Exception as e:
            failed.append(str(e))
            raise

    return run


CSV_FIELDS = ("file", "line", "left", "hit", "right", "start", "end", "text")


def write_kwic_csv(path: str | Path, rows: Iterable[SourceKwic]) -> None:
    """Write KWIC rows as CSV (UTF-8 with a BOM, so spreadsheet programs read Korean and
    Chinese right), atomically: file, line, left, hit, right, start, end, whole line."""
    import csv

    from w2v_studio.core.workspace.atomic import atomic_write

    with atomic_write(path, encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(CSV_FIELDS)
        for r in rows:
            w.writerow([r.file, r.lineno, r.left, r.hit, r.right, r.start, r.end, r.text])
