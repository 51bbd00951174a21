"""Character spans of tokens in their line, for keyword-in-context lines on the original text.

Most tokenizers return token texts, not offsets. :func:`align_spans` finds each token in the
line from where the previous one ended: exactly, then ignoring case, then after NFKC and
full-width folding, then through fallbacks for changed forms (a Korean dictionary form ending
in 다 is searched by its stem, ``word/TAG`` by its word, ``New_York`` as ``New York``). This
works for every plugin, user plugins included. A tokenizer that knows its own spans returns
tokens with ``start``/``end`` from ``analyze`` (or offers ``analyze_spans``); Kiwi's are read
directly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from w2v_studio.tokenizers.base import Token

_TAG = re.compile(r"/[A-Za-z][A-Za-z0-9+_-]*\Z")  # the "/NNG" of word/POS output


class _Folded:
    """A line folded char by char (NFKC and/or casefold), with each folded char's origin."""

    def __init__(self, text: str, nfkc: bool) -> None:
        parts: list[str] = []
        origin: list[int] = []
        for i, ch in enumerate(text):
            f = unicodedata.normalize("NFKC", ch) if nfkc else ch
            f = f.casefold()
            parts.append(f)
            origin.extend([i] * len(f))
        self.text = "".join(parts)
        self.origin = origin
        self.nfkc = nfkc
        self._n = len(text)

    def fold(self, s: str) -> str:
        return (unicodedata.normalize("NFKC", s) if self.nfkc else s).casefold()

    def find(self, needle: str, start: int) -> tuple[int, int] | None:
        """(start, end) in the original line of ``needle`` found at or after ``start``."""
        needle = self.fold(needle)
        if not needle:
            return None
        try:  # the first folded char that comes from original position >= start
            fstart = self.origin.index(start) if start < self._n else len(self.text)
        except ValueError:
            fstart = next((j for j, o in enumerate(self.origin) if o >= start), len(self.text))
        j = self.text.find(needle, fstart)
        if j < 0:
            return None
        return self.origin[j], self.origin[j + len(needle) - 1] + 1


class _Line:
    """Searches in one line, with the folded copies made only when needed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: dict[bool, _Folded] = {}

    def _fold(self, nfkc: bool) -> _Folded:
        if nfkc not in self._folded:
            self._folded[nfkc] = _Folded(self.text, nfkc)
        return self._folded[nfkc]

    def candidates(self, needle: str, start: int) -> list[tuple[int, int]]:
        """Where ``needle`` is first found at or after ``start``: exactly, ignoring case, and
        after NFKC (full-width) folding (the folded searches only when the exact one does not
        find it right at ``start``)."""
        if not needle:
            return []
        i = self.text.find(needle, start)
        if i >= 0 and not self.text[start:i].strip():
            return [(i, i + len(needle))]
        found = [(i, i + len(needle))] if i >= 0 else []
        for nfkc in (False, True):
            span = self._fold(nfkc).find(needle, start)
            if span is not None:
                found.append(span)
        return found


def _fallbacks(token: str) -> list[tuple[str, bool]]:
    """Other forms under which a token may appear in the text, each with whether it is a
    Korean stem (which may have merged with the ending that follows it)."""
    out = []
    m = _TAG.search(token)
    if m and m.start() > 0:
        token = token[: m.start()]
        out.append((token, False))
    if "_" in token.strip("_"):
        out.append((token.replace("_", " "), False))
    if len(token) > 1 and token.endswith("다"):  # Korean dictionary form: 먹다 -> 먹
        out.append((token[:-1], True))
    return out


def _earlier(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span that starts first (the longer one when both start at the same place)."""
    if a is None or b is None:
        return a or b
    return a if (a[0], -a[1]) <= (b[0], -b[1]) else b


def find_span(line: str | _Line, token: str, start: int = 0) -> tuple[int, int] | None:
    """Where ``token`` is in ``line`` at or after ``start``: the earliest place found exactly,
    ignoring case, after NFKC folding, or under another form (a dictionary form by its stem,
    also merged with its ending: 보다 in 봤다; ``word/TAG`` by its word).

    >>> find_span("ＡＢＣ and", "abc"), find_span("밥을 먹었다", "먹다"), find_span("갔다", "가다")
    ((0, 3), (3, 4), (0, 1))
    >>> find_span("영화를 봤는데 나중에 보고", "보다")  # the near, merged one, not 보고
    (4, 5)
    """
    ln = line if isinstance(line, _Line) else _Line(line)
    forms = [(token, _syllable(token) is not None), *_fallbacks(token)]  # 하 (Kiwi) in 했
    best = None
    for form, stem in forms:
        for span in ln.candidates(form, start) + ([_contracted(ln.text, form, start)] if stem
                                                  else []):  # fmt: skip
            best = _earlier(best, span)
        if best is not None and not ln.text[start:best[0]].strip():
            return best  # only spaces before it: nothing can be found earlier
    if best is None:
        for form, stem in forms:
            if stem and (best := _same_initial(ln.text, form, start)) is not None:
                break
    return best


_SYLLABLE0, _SYLLABLES = 0xAC00, 11172
NEAR = 12  # a merged stem is looked for this many characters ahead at most
# vowel of a stem's last syllable -> vowels it takes when merged with an ending (보+아 -> 봐,
# 주+어 -> 줘, 마시+어 -> 마셔, 쓰+어 -> 써, 바쁘+아 -> 바빠, 하+여 -> 해, 되+어 -> 돼)
_MERGED = {8: (9,), 13: (14,), 20: (6,), 18: (4, 0), 0: (1,), 11: (10,)}


def _syllable(stem: str) -> tuple[int, int] | None:
    """(initial, vowel) index of the last syllable of ``stem``, or None (not Hangul)."""
    last = ord(stem[-1]) - _SYLLABLE0 if stem else -1
    if not 0 <= last < _SYLLABLES:
        return None
    return last // 588, (last % 588) // 28


def _search(text: str, head: str, ranges: list[tuple[int, int]], start: int
            ) -> tuple[int, int] | None:
    cls = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges)
    m = re.compile(f"{re.escape(head)}[{cls}]").search(text, start, start + NEAR)
    return (m.start(), m.end()) if m else None


def _contracted(text: str, stem: str, start: int) -> tuple[int, int] | None:
    """A Korean stem whose last syllable took a final consonant or merged with the ending
    (가+았 -> 갔, 보+았 -> 봤, 하+였 -> 했), close after ``start``."""
    sy = _syllable(stem)
    if sy is None:
        return None
    cho, jung = sy
    ranges = []
    for v in (jung, *_MERGED.get(jung, ())):
        lo = _SYLLABLE0 + (cho * 21 + v) * 28
        ranges.append((lo, lo + 27))
    return _search(text, stem[:-1], ranges, start)


def _same_initial(text: str, stem: str, start: int) -> tuple[int, int] | None:
    """Last resort for irregular stems (듣다 -> 들어): a syllable with the same initial."""
    sy = _syllable(stem)
    if sy is None:
        return None
    lo = _SYLLABLE0 + sy[0] * 588
    return _search(text, stem[:-1], [(lo, lo + 587)], start)


def align_spans(text: str, tokens: Sequence[Token | str]) -> list[Token]:
    """``tokens`` with ``start``/``end`` set by searching each one in ``text`` from the end of
    the previous one; a token that cannot be found gets no span (None) and the search goes on
    from where it was. Spans already set are kept.

    >>> [(t.text, t.start, t.end) for t in align_spans("서울에서 전시를", ["서울", "전시"])]
    [('서울', 0, 2), ('전시', 5, 7)]
    >>> [(t.start, t.end) for t in align_spans("我来到北京。", ["我", "来到", "北京"])]
    [(0, 1), (1, 3), (3, 5)]
    """
    ln = _Line(text)
    pos = 0
    out: list[Token] = []
    for t in tokens:
        tok = t if isinstance(t, Token) else Token(t)
        if tok.start is None or tok.end is None:
            span = find_span(ln, tok.text, pos)
            if span is not None:
                tok = replace(tok, start=span[0], end=span[1])
        if tok.end is not None:
            pos = max(pos, tok.end)
        out.append(tok)
    return out


def _kiwi_tokens(tok: Any, text: str) -> list[Token] | None:
    """Kiwi knows where each morpheme is (``start``, ``len``): read the spans from it, with
    the plugin's own filter (the same tokens ``analyze`` gives)."""
    kiwi, filt = getattr(tok, "_kiwi", None), getattr(tok, "filter", None)
    if kiwi is None or filt is None or not hasattr(filt, "keep"):
        return None
    if not text.strip():
        return []
    from w2v_studio.tokenizers.text import clean_token

    out = []
    for m in kiwi.tokenize(text):
        if not filt.keep(m.tag):
            continue
        word = clean_token(m.lemma if filt.wants_lemma(m.tag) else m.form)
        if word:
            out.append(Token(word, m.tag, m.start, m.start + m.len))
    return out


def analyze_with_spans(tokenizer: Any, text: str) -> list[Token]:
    """The tokenizer's ``analyze`` tokens of ``text`` with spans: its own where it has them
    (``analyze_spans``, Kiwi's offsets, spans already set), else aligned by search."""
    own = getattr(tokenizer, "analyze_spans", None)
    if callable(own):
        toks = list(own(text))
    else:
        toks = _kiwi_tokens(tokenizer, text)
        if toks is None:
            toks = list(tokenizer.analyze(text))
    if all(t.start is not None and t.end is not None for t in toks):
        return toks
    return align_spans(text, toks)
