"""Which words to place on the map: most frequent, a pasted list, a word's neighbours, a regex."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import numpy as np

if TYPE_CHECKING:
    from w2v_studio.core.vectors.word_vectors import WordVectors

Source = Literal["frequent", "list", "neighbours", "regex"]
MAX_WORDS_DEFAULT = 2000


class SelectionError(ValueError):
    """The choice of words cannot be used (bad regex, unknown word, nothing matched)."""


@dataclass(frozen=True)
class WordChoice:
    """The user's choice of words. ``text`` is the pasted list, the word or the regex."""

    source: Source = "frequent"
    n: int = MAX_WORDS_DEFAULT  # most frequent: how many; neighbours/regex: at most how many
    text: str = ""


@dataclass(frozen=True)
class Selection:
    indices: np.ndarray  # (N,) int64 rows of the vectors, in placement order
    unknown: tuple[str, ...] = ()  # pasted words that are not in the vocabulary
    centre: str | None = None  # the query word (neighbours)
    suggestions: dict[str, list[str]] = field(default_factory=dict)


def split_words(text: str) -> list[str]:
    """Words of a pasted list: separated by whitespace, commas or semicolons; duplicates once.

    >>> split_words("king, queen;man\\n woman king")
    ['king', 'queen', 'man', 'woman']
    """
    seen: dict[str, None] = {}
    for w in re.split(r"[\s,;，、；]+", text):
        if w:
            seen.setdefault(w, None)
    return list(seen)


def select_words(wv: WordVectors, choice: WordChoice) -> Selection:
    """Rows of ``wv`` to project for ``choice``.

    >>> from w2v_studio.core.vectors.word_vectors import WordVectors
    >>> wv = WordVectors(["a", "b", "ab"], np.eye(3, dtype=np.float32), [3, 2, 1])
    >>> select_words(wv, WordChoice("regex", text="^a")).indices.tolist()
    [0, 2]
    """
    n_max = max(1, int(choice.n))
    if choice.source == "frequent":
        return Selection(np.arange(min(n_max, len(wv)), dtype=np.int64))
    if choice.source == "list":
        words = split_words(choice.text)
        if not words:
            raise SelectionError("Paste some words first (separated by spaces, commas or lines).")
        known = [w for w in words if w in wv.index]
        unknown = tuple(w for w in words if w not in wv.index)
        if not known:
            raise SelectionError(
                "None of the pasted words is in the vocabulary: " + ", ".join(unknown[:10])
            )
        return Selection(np.array([wv.index[w] for w in known], np.int64), unknown)
    if choice.source == "neighbours":
        word = choice.text.strip()
        if not word:
            raise SelectionError("Type the word whose neighbours you want to place.")
        if word not in wv.index and not wv.built_from_ngrams(word):
            from w2v_studio.core.vectors.word_vectors import UnknownWordError

            raise UnknownWordError(word, wv.suggest(word))
        near = wv.neighbours(word, topn=max(1, n_max - 1))
        if word not in wv.index:  # a vector built from n-grams: its known neighbours only
            return Selection(np.array([wv.index[nb.word] for nb in near], np.int64), (word,))
        idx = [wv.index[word]] + [wv.index[nb.word] for nb in near]
        return Selection(np.array(idx, np.int64), centre=word)
    if choice.source == "regex":
        try:
            pat = re.compile(choice.text)
        except re.error as e:
            raise SelectionError(f"The pattern {choice.text!r} is not a valid regex: {e}") from e
        idx = []
        for i, w in enumerate(wv.words):
            if pat.search(w):
                idx.append(i)
                if len(idx) >= n_max:
                    break
        if not idx:
            raise SelectionError(f"No word of the vocabulary matches {choice.text!r}.")
        return Selection(np.array(idx, np.int64))
    raise SelectionError(f"unknown word source {choice.source!r}")


BAND_EDGES = (100, 1_000, 10_000, 100_000)  # frequency-rank bands: 1-100, 101-1,000, ...


def frequency_bands(indices: np.ndarray, counts: np.ndarray | None = None) -> np.ndarray:
    """Band id of each selected row by its frequency rank in the whole vocabulary:
    0 = ranks 1-100, 1 = ranks 101-1,000, ... (``BAND_EDGES``). Without counts, or with counts
    already in descending order, the row number is the rank.

    >>> frequency_bands(np.array([0, 99, 100, 5000])).tolist()
    [0, 0, 1, 2]
    """
    ranks = np.asarray(indices, dtype=np.int64)
    if counts is not None and len(counts) > 1 and np.any(np.diff(counts) > 0):
        order = np.argsort(-np.asarray(counts), kind="stable")
        global_rank = np.empty(len(order), np.int64)
        global_rank[order] = np.arange(len(order))
        ranks = global_rank[ranks]
    return np.searchsorted(np.array(BAND_EDGES), ranks, side="right").astype(np.int32)
