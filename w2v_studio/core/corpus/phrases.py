"""Phrases: join collocations ("new york" -> "new_york") before training, as word2vec.c's
word2phrase and gensim's ``Phrases`` do, and the table of collocations with their scores.

A pass counts every word and every pair of neighbouring words of a line (with the connector
words between them, when some are given) on the corpus as lexicon ids, scores the pairs,
and joins those scoring above the threshold, reading each line from left to right. A second
pass runs on the joined corpus, so "new_york" + "city" can become "new_york_city". The
scores, the counts and the joins are gensim's (``Phrases(...).export_phrases()`` gives the
same table; ``len(vocab)`` there is our ``vocab_size``: distinct words plus distinct pairs).
One difference: gensim keys a pair by its joined string, so in a second pass new + york_city
and new_york + city count as one; here they stay two pairs.

Memory: the corpus stays on disk as ids (4 bytes per token, one folder per pass); in memory
are the lexicon and one int64 key and count per distinct pair.

>>> import tempfile, pathlib
>>> work = pathlib.Path(tempfile.mkdtemp())
>>> lines = [["i", "saw", "new", "york"], ["new", "york", "is", "big"],
...          ["i", "saw", "a", "big", "city"], ["a", "city", "is", "new"]] * 5
>>> settings = PhraseSettings(min_count=3, threshold=0.7, scoring="npmi")
>>> result = find_phrases(lines, settings, work)
>>> [(r.phrase, r.count, round(r.score, 2)) for r in result.table]
[('i_saw', 10, 1.0), ('new_york', 10, 0.81)]
>>> list(result.corpus)[:2]
[['i_saw', 'new_york'], ['new_york', 'is', 'big']]
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from w2v_studio.core.corpus.encoded import (
    IDS_FILE,
    LENGTHS_FILE,
    EncodedCorpus,
    encode_while_counting,
    write_lexicon,
)
from w2v_studio.core.corpus.phrases_count import CandidateCounter, greedy_joins, score
from w2v_studio.core.corpus.phrases_table import Collocation, sort_table
from w2v_studio.core.workspace.atomic import atomic_write

Scoring = Literal["default", "npmi"]
_BLOCK_TOKENS = 1 << 20

# gensim.models.phrases.ENGLISH_CONNECTOR_WORDS
ENGLISH_CONNECTOR_WORDS = frozenset(
    ["a", "an", "the", "for", "of", "with", "without", "at", "from", "to", "in", "on", "by",
     "and", "or"])


class PhrasesCancelled(Exception):
    """Raised when ``cancel`` was set while finding phrases."""


@dataclass(frozen=True)
class PhraseSettings:
    """How phrases are found (gensim's ``Phrases`` defaults)."""

    min_count: int = 5  # pairs seen fewer times score low (default) or are left out (npmi)
    threshold: float = 10.0  # a pair scoring above this is joined (npmi: in [-1, 1])
    scoring: Scoring = "default"  # "default" (Mikolov et al. 2013) or "npmi" (Bouma 2009)
    passes: int = 1  # a second pass joins phrases of the first into longer ones
    delimiter: str = "_"
    connector_words: frozenset[str] = frozenset()  # may sit inside a phrase: bank_of_america

    def __post_init__(self) -> None:
        if self.scoring not in ("default", "npmi"):
            raise ValueError(f"scoring must be 'default' or 'npmi', not {self.scoring!r}")
        if self.min_count < 0:
            raise ValueError(f"min_count must be at least 0, not {self.min_count}")
        if self.passes < 1:
            raise ValueError(f"passes must be at least 1, not {self.passes}")
        if not self.delimiter or any(c.isspace() for c in self.delimiter):
            raise ValueError("the delimiter must be non-empty and have no spaces")
        if self.scoring == "npmi" and not -1.0 <= self.threshold <= 1.0:
            raise ValueError(f"an npmi threshold lies in [-1, 1], not {self.threshold}")


@dataclass
class PhraseResult:
    """The corpus with phrases joined (ids in the last pass's folder) and the phrases found
    (all passes, highest score first)."""

    corpus: EncodedCorpus
    table: list[Collocation]


@dataclass(frozen=True)
class PhraseProgress:
    """Where :func:`find_phrases` is: reading the corpus (``fraction`` 0, ``words`` read so
    far), then counting and joining (``fraction`` of all passes done, ``words`` in the corpus)."""

    stage: Literal["reading", "phrases"]
    fraction: float
    words: int


Progress = Callable[[PhraseProgress], None]


def find_phrases(sentences: Iterable[Sequence[str]], settings: PhraseSettings, workdir: Path,
                 *, progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> PhraseResult:
    """Find phrases in ``sentences`` (token lists, or an :class:`EncodedCorpus`) and join them.

    Each pass writes its corpus as ids into ``workdir/pass{n}`` (an earlier pass's folder is
    removed when the next is written); ``progress`` gets :class:`PhraseProgress` reports and
    ``cancel`` stops it between blocks (raising :class:`PhrasesCancelled`).
    """
    workdir = Path(workdir)
    report = progress or (lambda _p: None)
    cancel = cancel or threading.Event()
    if isinstance(sentences, EncodedCorpus):
        enc, own = sentences, False
    else:
        folder = workdir / "pass0"
        folder.mkdir(parents=True, exist_ok=True)
        scan = encode_while_counting(sentences, folder)
        enc = _drain(scan, cancel, report)
        own = True
    table: list[Collocation] = []
    words = enc.tokens
    for n in range(settings.passes):
        def step(f: float, n: int = n) -> None:
            if cancel.is_set():
                raise PhrasesCancelled("stopped while finding phrases")
            report(PhraseProgress("phrases", (n + f) / settings.passes, words))

        found = learn_pass(enc, settings, step)
        table.extend(found.rows)
        out = workdir / f"pass{n + 1}"
        out.mkdir(parents=True, exist_ok=True)
        joined = found.apply(out, step)
        if own:
            shutil.rmtree(enc.path, ignore_errors=True)
        enc, own = joined, True
    report(PhraseProgress("phrases", 1.0, words))
    return PhraseResult(enc, sort_table(table))


def _drain(scan, cancel: threading.Event, report: Progress) -> EncodedCorpus:
    try:
        while True:
            _lines, words, _secs = next(scan)
            report(PhraseProgress("reading", 0.0, words))
            if cancel.is_set():
                scan.close()
                raise PhrasesCancelled("stopped while reading the corpus")
    except StopIteration as done:
        return done.value


def line_blocks(enc: EncodedCorpus, block_tokens: int = _BLOCK_TOKENS
                ) -> Iterator[tuple[np.ndarray, np.ndarray, int]]:
    """(ids, line lengths, tokens before the block) for blocks of whole lines of ``enc``."""
    lengths = enc.line_lengths
    cum = np.concatenate([[0], np.cumsum(lengths, dtype=np.int64)])
    p = 0
    with open(enc.path / IDS_FILE, "rb") as f:
        while p < lengths.size:
            q = int(np.searchsorted(cum, cum[p] + block_tokens, side="right")) - 1
            q = min(max(q, p + 1), lengths.size)
            ids = np.fromfile(f, dtype="<i4", count=int(cum[q] - cum[p]))
            yield ids, lengths[p:q], int(cum[p])
            p = q


@dataclass
class LearnedPass:
    """The phrases of one pass: accepted keys (sorted), their strings and table rows."""

    enc: EncodedCorpus
    counter: CandidateCounter
    keys: np.ndarray  # (P,) int64, sorted
    phrases: list[str]
    rows: list[Collocation]

    def apply(self, out: Path, progress: Callable[[float], None]) -> EncodedCorpus:
        """Write the corpus with these phrases joined into the empty folder ``out``."""
        enc, words = self.enc, list(self.enc.words)
        index = {w: i for i, w in enumerate(words)} if self.phrases else {}
        new_ids = np.empty(len(self.phrases), dtype=np.int64)
        for i, p in enumerate(self.phrases):
            got = index.get(p)
            if got is None:
                got = index[p] = len(words)
                words.append(p)
            new_ids[i] = got
        total = max(enc.tokens, 1)
        with open(out / IDS_FILE, "wb") as fi, open(out / LENGTHS_FILE, "wb") as fl:
            for ids, lengths, before in line_blocks(enc):
                joined, lens = self._join_block(ids, lengths, new_ids)
                joined.astype("<i4").tofile(fi)
                lens.astype("<i4").tofile(fl)
                progress(0.5 + 0.5 * (before + ids.size) / total)
        write_lexicon(out, words)
        return EncodedCorpus.open(out, enc.max_sentence_length)

    def _join_block(self, ids: np.ndarray, lengths: np.ndarray, new_ids: np.ndarray
                    ) -> tuple[np.ndarray, np.ndarray]:
        c = self.counter.candidates(ids, lengths)
        where = np.searchsorted(self.keys, c.keys)
        where = np.minimum(where, max(self.keys.size - 1, 0))
        found = self.keys[where] == c.keys if self.keys.size else np.zeros(c.keys.size, bool)
        take = greedy_joins(found, c.start, c.end)
        out = ids.astype(np.int64)
        out[c.start[take]] = new_ids[where[take]]
        gone = np.zeros(ids.size + 1, dtype=np.int64)  # tokens a phrase swallowed
        np.add.at(gone, c.start[take] + 1, 1)
        np.add.at(gone, c.end[take] + 1, -1)
        keep = np.cumsum(gone[:-1]) == 0
        line_of = np.repeat(np.arange(lengths.size), lengths)
        return out[keep], np.bincount(line_of[keep], minlength=lengths.size)


def learn_pass(enc: EncodedCorpus, settings: PhraseSettings,
               progress: Callable[[float], None] | None = None) -> LearnedPass:
    """Count and score the pairs of ``enc``; the phrases are those scoring above the
    threshold (``progress`` gets fractions up to 0.5: applying them is the other half)."""
    words = enc.words
    conn = np.array([i for i, w in enumerate(words) if w in settings.connector_words],
                    dtype=np.int64)
    counter = CandidateCounter(len(words), conn)
    total = max(enc.tokens, 1)
    for ids, lengths, before in line_blocks(enc):
        counter.add(ids, lengths)
        if progress is not None:
            progress(0.5 * (before + ids.size) / total)
    keys, count_ab = counter.result()
    middle, a, b = counter.split_arrays(keys)
    counts = enc.counts
    n_words = int(np.count_nonzero(counts[~counter.is_connector[: counts.size]] > 0))
    scores = score(settings.scoring, count_ab, counts[a], counts[b],
                   min_count=settings.min_count, vocab_size=n_words + keys.size,
                   corpus_words=enc.tokens)
    ok = np.flatnonzero(scores > settings.threshold)
    phrases = [_phrase(words, counter.middles[m], i, j, settings.delimiter)
               for m, i, j in zip(middle[ok].tolist(), a[ok].tolist(), b[ok].tolist(), strict=True)]
    rows = [Collocation(p, n, ca, cb, s) for p, n, ca, cb, s in
            zip(phrases, count_ab[ok].tolist(), counts[a[ok]].tolist(),
                counts[b[ok]].tolist(), scores[ok].tolist(), strict=True)]
    return LearnedPass(enc, counter, keys[ok], phrases, rows)


def _phrase(words: list[str], middle: tuple[int, ...], a: int, b: int, delimiter: str) -> str:
    return delimiter.join([words[a], *(words[m] for m in middle), words[b]])


def write_text(enc: EncodedCorpus, path: str | Path) -> int:
    """Write the corpus as text atomically, one line of space-separated tokens per line;
    returns the number of lines written."""
    words = enc.words
    n = 0
    with atomic_write(path, newline="\n") as f:
        for ids, lengths, _ in line_blocks(enc):
            ends = np.cumsum(lengths).tolist()
            tokens = [words[i] for i in ids.tolist()]
            start = 0
            for end in ends:
                if end > start:
                    f.write(" ".join(tokens[start:end]) + "\n")
                    n += 1
                start = end
    return n
