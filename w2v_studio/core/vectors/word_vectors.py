"""WordVectors: nearest neighbours, analogies, similarities over a vocabulary with counts."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

if TYPE_CHECKING:
    from w2v_studio.core.vectors.spelling import SpellingIndex

AnalogyMethod = Literal["3cosadd", "3cosmul"]
Query = str | Sequence[str] | np.ndarray


@dataclass(frozen=True)
class Neighbour:
    """One result word: cosine ``similarity`` (3CosMul: its score), corpus ``count`` (None when
    the vectors came without counts) and 1-based ``rank`` in the result list."""

    word: str
    similarity: float
    count: int | None
    rank: int


@dataclass(frozen=True)
class OddOneOut:
    """The word that fits least, and every word ranked by similarity to the group's centroid."""

    word: str
    ranking: tuple[Neighbour, ...]  # most central first; the odd one is last


class UnknownWordError(KeyError):
    """A word that is not in the vocabulary; ``suggestions`` are close spellings that are."""

    def __init__(self, word: str, suggestions: Sequence[str] = ()) -> None:
        super().__init__(word)
        self.word = word
        self.suggestions = list(suggestions)

    def __str__(self) -> str:
        msg = f"{self.word!r} is not in the vocabulary."
        if self.suggestions:
            return msg + " Did you mean: " + ", ".join(self.suggestions) + "?"
        return msg + (
            " No similar spelling was found; words are case-sensitive, and words rarer than "
            "the model's min_count are not in it."
        )


class WordVectors:
    """Query-only word vectors (the counterpart of gensim's ``KeyedVectors``).

    Rows are in vocabulary order (most frequent first for trained models and word2vec files),
    so ``restrict_vocab=N`` means "only the N most frequent words". The unit-length matrix
    is computed once, on the first query, and kept.

    Examples
    --------
    >>> wv = WordVectors(["king", "queen", "man", "woman"],
    ...                  np.array([[1, 1], [1, -1], [2, 1.1], [2, -0.9]], np.float32),
    ...                  counts=[10, 8, 30, 25])
    >>> wv.analogy("man", "king", "woman", topn=1)[0].word
    'queen'
    >>> round(wv.similarity("king", "man"), 3)
    0.96
    """

    def __init__(
        self,
        words: Sequence[str],
        vectors: np.ndarray,
        counts: Sequence[int] | np.ndarray | None = None,
        *,
        warnings: Sequence[str] = (),
        source: str = "",
        oov: Callable[[str], np.ndarray | None] | None = None,
    ) -> None:
        self.words: list[str] = list(words)
        self.vectors: np.ndarray = np.ascontiguousarray(vectors, dtype=np.float32)
        if self.vectors.ndim != 2 or len(self.vectors) != len(self.words):
            raise ValueError(
                f"need one vector per word: {len(self.words)} words, vectors of shape "
                f"{self.vectors.shape}"
            )
        self.counts: np.ndarray | None = None
        if counts is not None:
            self.counts = np.asarray(counts, dtype=np.int64)
            if self.counts.shape != (len(self.words),):
                raise ValueError(f"need one count per word, got shape {self.counts.shape}")
        self.index: dict[str, int] = {w: i for i, w in enumerate(self.words)}
        if len(self.index) != len(self.words):
            dup = next(w for i, w in enumerate(self.words) if self.index[w] != i)
            raise ValueError(f"the word {dup!r} appears more than once")
        self.warnings: tuple[str, ...] = tuple(warnings)
        self.source = source
        # vectors for words outside the vocabulary (fastText models: from their n-grams)
        self.oov = oov
        self.tags: dict[str, str] | None = None  # word -> part of speech, when the model has them
        self._unit: np.ndarray | None = None
        self._spelling: SpellingIndex | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_model(cls, model: Any) -> WordVectors:
        """The input vectors of a trained model (``engine.model.TrainedModel``), with counts;
        a fastText model's words averaged with their n-grams, unknown words from n-grams."""
        if getattr(model, "ngram_vectors", None) is not None:
            from w2v_studio.core.engine.subword import model_vectors

            vectors, oov = model_vectors(model)
            wv = cls(model.vocab.words, vectors, model.vocab.counts, oov=oov)
        else:
            wv = cls(model.vocab.words, model.input_vectors, model.vocab.counts)
        wv.tags = getattr(model, "vocab_tags", None)
        return wv

    def head(self, n: int) -> WordVectors:
        """The first ``n`` words (the most frequent) as a new object."""
        counts = None if self.counts is None else self.counts[:n]
        wv = WordVectors(self.words[:n], self.vectors[:n], counts, source=self.source)
        wv.tags = self.tags
        return wv

    # ------------------------------------------------------------------ basics
    def __len__(self) -> int:
        return len(self.words)

    def __contains__(self, word: object) -> bool:
        return word in self.index

    def __repr__(self) -> str:
        where = f" from {self.source}" if self.source else ""
        return f"<WordVectors {len(self):,} words x {self.dim} dims{where}>"

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])

    @property
    def unit(self) -> np.ndarray:
        """(V, D) float32 rows scaled to length 1 (zero rows stay zero); computed once."""
        if self._unit is None:
            with self._lock:
                if self._unit is None:
                    norms = np.linalg.norm(self.vectors, axis=1, keepdims=True)
                    norms[norms == 0] = 1.0
                    self._unit = (self.vectors / norms).astype(np.float32, copy=False)
        return self._unit

    def id(self, word: str) -> int:
        """Row of ``word``; raises :class:`UnknownWordError` with close spellings."""
        i = self.index.get(word)
        if i is None:
            raise UnknownWordError(word, self.suggest(word))
        return i

    def count(self, word: str) -> int | None:
        """Corpus frequency of ``word`` (None when the vectors carry no counts)."""
        i = self.id(word)
        return None if self.counts is None else int(self.counts[i])

    def vector(self, word: str, *, unit: bool = False) -> np.ndarray:
        """A copy of the vector of ``word`` (length 1 with ``unit=True``); built from its
        n-grams when the vectors have an ``oov`` function and the word is unknown."""
        if word not in self.index and self.oov is not None:
            return self._unit_vector(word)[0].copy() if unit else self._oov(word)
        return (self.unit if unit else self.vectors)[self.id(word)].copy()

    def built_from_ngrams(self, word: str) -> bool:
        """Whether ``word`` is outside the vocabulary but has a vector from its n-grams."""
        return word not in self.index and self.oov is not None and self.oov(word) is not None

    def _oov(self, word: str) -> np.ndarray:
        v = self.oov(word) if self.oov is not None else None
        if v is None:
            raise UnknownWordError(word, self.suggest(word))
        return np.asarray(v, dtype=np.float32).copy()

    def _unit_vector(self, word: str) -> tuple[np.ndarray, int | None]:
        """The unit vector of ``word`` and its row (None: built from its n-grams)."""
        i = self.index.get(word)
        if i is not None or self.oov is None:
            i = self.id(word)
            return self.unit[i], i
        v = self._oov(word)
        norm = float(np.linalg.norm(v))
        return (v / norm if norm else v), None

    def most_frequent(self, n: int) -> list[str]:
        """The first ``n`` words in vocabulary order (most frequent first)."""
        return self.words[: max(n, 0)]

    def suggest(self, word: str, n: int = 5) -> list[str]:
        """Vocabulary words spelled like ``word`` (Korean compared by jamo, Chinese by char)."""
        if self._spelling is None:
            from w2v_studio.core.vectors.spelling import SpellingIndex

            with self._lock:
                if self._spelling is None:
                    self._spelling = SpellingIndex(self.words)
        return self._spelling.suggest(word, n)

    # ------------------------------------------------------------------ queries
    def neighbours(
        self,
        word_or_positive: Query,
        negative: Sequence[str] = (),
        topn: int = 10,
        restrict_vocab: int | None = None,
    ) -> list[Neighbour]:
        """Nearest words by cosine to a word, or to sum(positive) - sum(negative) of unit vectors.

        The query words themselves are left out. ``restrict_vocab=N`` searches only the N most
        frequent words. A vector (``np.ndarray``) may stand in for the positive words.

        >>> wv.neighbours("king", topn=2)  # doctest: +SKIP
        [Neighbour(word='man', similarity=0.95, count=30, rank=1), ...]
        """
        query, exclude = self._combine(word_or_positive, negative)
        unit = self.unit[:restrict_vocab] if restrict_vocab else self.unit
        scores = unit @ query
        return self._results(scores, topn, exclude)

    def analogy(
        self,
        a: str,
        b: str,
        c: str,
        method: AnalogyMethod = "3cosadd",
        topn: int = 10,
        restrict_vocab: int | None = None,
    ) -> list[Neighbour]:
        """Answers to a : b :: c : ? (e.g. man : king :: woman : queen), a, b, c left out.

        ``3cosadd``: cosine to b - a + c. ``3cosmul`` (Levy & Goldberg 2014): cos(d,b) cos(d,c) /
        (cos(d,a) + 1e-6) with cosines shifted to [0, 1]; its scores are not cosines.
        """
        if method == "3cosadd":
            return self.neighbours([b, c], [a], topn=topn, restrict_vocab=restrict_vocab)
        if method != "3cosmul":
            raise ValueError(f"method must be '3cosadd' or '3cosmul', not {method!r}")
        ia, ib, ic = self.id(a), self.id(b), self.id(c)
        unit = self.unit[:restrict_vocab] if restrict_vocab else self.unit
        from w2v_studio.core.vectors.query_kernels import cosmul_scores

        scores = cosmul_scores(unit, self.unit[ia], self.unit[ib], self.unit[ic])
        return self._results(scores, topn, {ia, ib, ic})

    def similarity(self, w1: str, w2: str) -> float:
        """Cosine similarity of two words (-1 .. 1)."""
        return float(self._unit_vector(w1)[0] @ self._unit_vector(w2)[0])

    def n_similarity(self, ws1: Sequence[str], ws2: Sequence[str]) -> float:
        """Cosine similarity of the mean vectors of two word sets (as gensim's ``n_similarity``)."""
        if not ws1 or not ws2:
            raise ValueError("both word sets need at least one word")
        m1 = self.vectors[[self.id(w) for w in ws1]].mean(axis=0)
        m2 = self.vectors[[self.id(w) for w in ws2]].mean(axis=0)
        denom = float(np.linalg.norm(m1) * np.linalg.norm(m2))
        return float(m1 @ m2) / denom if denom else 0.0

    def odd_one_out(self, words: Sequence[str]) -> OddOneOut:
        """The word least similar to the centroid of the unit vectors of all ``words``."""
        if len(words) < 2:
            raise ValueError("odd-one-out needs at least two words")
        ids = [self.id(w) for w in words]
        vecs = self.unit[ids]
        centre = vecs.mean(axis=0)
        norm = float(np.linalg.norm(centre))
        sims = vecs @ (centre / norm if norm else centre)
        order = sorted(range(len(ids)), key=lambda k: (-float(sims[k]), k))
        ranking = tuple(
            Neighbour(words[k], float(sims[k]), self._count(ids[k]), r + 1)
            for r, k in enumerate(order)
        )
        return OddOneOut(ranking[-1].word, ranking)

    def rank(self, word: str, other: str, restrict_vocab: int | None = None) -> int:
        """Position of ``other`` among the neighbours of ``word`` (1 = its nearest neighbour)."""
        i, j = self.id(word), self.id(other)
        unit = self.unit[:restrict_vocab] if restrict_vocab else self.unit
        sims = unit @ self.unit[i]
        target = float(self.unit[j] @ self.unit[i])
        closer = int(np.count_nonzero(sims > target))
        if i < len(sims) and sims[i] > target:
            closer -= 1  # the word itself is not its own neighbour
        return closer + 1

    def similarities(self, word: str) -> np.ndarray:
        """Cosine of ``word`` with every word, in vocabulary order."""
        return self.unit @ self._unit_vector(word)[0]

    # ------------------------------------------------------------------ helpers
    def _count(self, i: int) -> int | None:
        return None if self.counts is None else int(self.counts[i])

    def _combine(self, positive: Query, negative: Sequence[str]) -> tuple[np.ndarray, set[int]]:
        if isinstance(negative, str):  # one word, whatever the positive side is
            negative = [negative]
        if isinstance(positive, np.ndarray):
            pos_ids: list[int] = []
            query = np.asarray(positive, dtype=np.float32).copy()
            qn = float(np.linalg.norm(query))
            query = query / qn if qn else query
        else:
            pos_words = [positive] if isinstance(positive, str) else list(positive)
            if not pos_words:
                raise ValueError("give at least one positive word")
            found = [self._unit_vector(w) for w in pos_words]
            pos_ids = [i for _, i in found if i is not None]
            query = np.sum([v for v, _ in found], axis=0)
        neg = [self._unit_vector(w) for w in negative]
        neg_ids = [i for _, i in neg if i is not None]
        if neg:
            query = query - np.sum([v for v, _ in neg], axis=0)
        norm = float(np.linalg.norm(query))
        if norm:
            query = query / norm
        return query.astype(np.float32, copy=False), set(pos_ids + neg_ids)

    def _results(self, scores: np.ndarray, topn: int, exclude: set[int]) -> list[Neighbour]:
        best = top_indices(scores, topn + len(exclude))
        picked = [i for i in best.tolist() if i not in exclude][: max(topn, 0)]
        return [
            Neighbour(self.words[i], float(scores[i]), self._count(i), r + 1)
            for r, i in enumerate(picked)
        ]


def top_indices(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the ``k`` largest scores, best first (ties: lower index first); NaN last."""
    n = len(scores)
    k = min(max(k, 0), n)
    if k == 0:
        return np.empty(0, dtype=np.int64)
    safe = np.where(np.isnan(scores), -np.inf, scores) if np.isnan(scores).any() else scores
    idx = np.argpartition(safe, n - k)[n - k :] if k < n else np.arange(n)
    return idx[np.lexsort((idx, -safe[idx]))]

