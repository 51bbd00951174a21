"""DocVectors: the documents of a doc2vec model folder, their neighbours and new texts.

The most similar training documents to a document of the model or to a typed text (tokenized
with the tokenizer recorded in the model's ``corpus_info``, its vector inferred with the word
vectors frozen), each with its tag, source and original text; and 2-D coordinates of every
document for a map.

>>> docs = DocVectors.load("reviews_model/")  # doctest: +SKIP
>>> [d.tag for d in docs.similar_to_text("좋은 영화", 3)]  # doctest: +SKIP
['ratings.txt:118', 'ratings.txt:4051', 'ratings.txt:77']
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from w2v_studio.core.engine.doc2vec_model import DocModel
    from w2v_studio.tokenizers.base import Tokenizer


class DocQueryError(ValueError):
    """A query that cannot be answered; the message says why and what to do."""


@dataclass(frozen=True)
class SimilarDocument:
    """One result: the document's position, tag, source, original text, cosine similarity and
    1-based rank."""

    index: int
    tag: str
    source: str
    text: str
    similarity: float
    rank: int


class DocVectors:
    """The document vectors of a :class:`DocModel` with cosine-similarity queries."""

    def __init__(self, model: DocModel, *, in_thread: bool = False) -> None:
        self.model, self.in_thread = model, in_thread  # in_thread: queries run in a thread
        v = np.asarray(model.doc_vectors, dtype=np.float32)
        norms = np.linalg.norm(v, axis=1, keepdims=True)
        self.unit = v / np.where(norms > 0, norms, 1.0)
        self._tokenizer: Tokenizer | None = None

    @classmethod
    def load(cls, path: str | Path, *, in_thread: bool = False) -> DocVectors:
        """Read a model folder with document vectors (``ModelFormatError`` if it has none)."""
        from w2v_studio.core.engine.doc2vec_model import load_doc_model

        return cls(load_doc_model(path), in_thread=in_thread)

    def __len__(self) -> int:
        return len(self.unit)

    @property
    def tags(self) -> list[str]:
        return self.model.doc_tags

    def document(self, index: int, similarity: float = 1.0, rank: int = 0) -> SimilarDocument:
        m = self.model
        return SimilarDocument(index, m.doc_tags[index], m.doc_sources[index],
                               m.doc_texts[index], similarity, rank)

    def find(self, tag: str) -> int:
        """The position of the first document tagged ``tag``."""
        try:
            return self.model.doc_tags.index(tag)
        except ValueError:
            raise DocQueryError(f"no document is tagged {tag!r} (tags look like "
                                f"{self.model.doc_tags[0]!r} for a line, a file's name for a "
                                "file)" if len(self) else "the model has no documents") from None

    def similar_to_vector(self, vector: np.ndarray, n: int = 10,
                          exclude: int | None = None) -> list[SimilarDocument]:
        """The ``n`` documents most similar (cosine) to ``vector``, most similar first."""
        v = np.asarray(vector, dtype=np.float32)
        norm = float(np.linalg.norm(v))
        if not len(self) or norm == 0.0:
            return []
        sims = self.unit @ (v / norm)
        if exclude is not None:
            sims[exclude] = -np.inf
        k = min(n, len(sims) - (exclude is not None))
        if k <= 0:
            return []
        top = np.argpartition(-sims, k - 1)[:k]
        top = top[np.argsort(-sims[top], kind="stable")]
        return [self.document(int(i), float(sims[i]), r) for r, i in enumerate(top, 1)]

    def similar_to_document(self, index: int, n: int = 10) -> list[SimilarDocument]:
        """The ``n`` other documents most similar to document ``index``."""
        if not 0 <= index < len(self):
            raise DocQueryError(f"there is no document {index} (the model has {len(self)})")
        return self.similar_to_vector(self.unit[index], n, exclude=index)

    def tokenize(self, text: str) -> list[str]:
        """``text`` as the model's tokenizer cuts it (the one recorded when it was trained)."""
        if self._tokenizer is None:
            from w2v_studio.core.evaluate.lookup import model_tokenizer

            tokenizer, reason = model_tokenizer(self.model.corpus_info, in_thread=self.in_thread)
            if tokenizer is None:
                raise DocQueryError(f"the text cannot be tokenized: {reason}")
            self._tokenizer = tokenizer
        try:
            return self._tokenizer.tokenize(text)
        except Exception as e:  # noqa: BLE001 - a plugin failing: said, never a traceback
            raise DocQueryError(f"the tokenizer failed on the text ({e})") from e

    def infer(self, tokens: list[str], epochs: int | None = None) -> np.ndarray:
        """The vector of a new document given as tokens; DocQueryError when none is known."""
        from w2v_studio.core.engine.doc2vec_model import infer_vectors

        known = [t for t in tokens if t in self.model.vocab.index]
        if not known:
            raise DocQueryError("none of the text's words is in the model's vocabulary, so it "
                                "has no vector; try a longer text or other words")
        return infer_vectors(self.model, [tokens], epochs=epochs)[0]

    def similar_to_text(self, text: str, n: int = 10, epochs: int | None = None
                        ) -> list[SimilarDocument]:
        """The ``n`` training documents most similar to a typed text."""
        return self.similar_to_vector(self.infer(self.tokenize(text), epochs), n)

    def map_coordinates(self, indexes: np.ndarray | None = None) -> np.ndarray:
        """(N, 2) coordinates of the documents (or of those at ``indexes``): their first two
        principal components."""
        unit = self.unit if indexes is None else self.unit[indexes]
        if len(unit) < 2:
            return np.zeros((len(unit), 2), np.float32)
        x = unit - unit.mean(axis=0)
        _, _, vt = np.linalg.svd(x, full_matrices=False)
        xy = x @ vt[:2].T
        if xy.shape[1] < 2:
            xy = np.pad(xy, ((0, 0), (0, 2 - xy.shape[1])))
        return xy.astype(np.float32)
