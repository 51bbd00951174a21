"""Count-based baselines (Levy, Goldberg & Dagan 2015): PPMI with context-distribution
smoothing and its truncated SVD, from the same corpus, vocabulary rules and window as word2vec.

- co-occurrence: every pair of in-vocabulary words at most ``window`` apart in a sentence
  (words outside the vocabulary are removed first, as word2vec does), counted both ways;
- ``PPMI(w, c) = max(0, log(#(w,c) / (#(w) * P_0.75(c))))``, ``P_0.75(c) = #(c)^0.75 / sum``;
- SVD: the ``dim`` largest singular triplets of the PPMI matrix, ``W = U * S^eig`` (eig 0.5).

Memory is bounded by a vocabulary cap (V words make at most V x V pairs); the PPMI model
keeps as dimensions the ``contexts`` most frequent words. Both are saved as ordinary model
folders (``model.json`` records the method), so every part of the app opens them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Literal

import numpy as np

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.engine.vocab import Vocab, build_vocab

Method = Literal["ppmi", "svd"]
DEFAULT_VOCAB_CAP = 50_000
MEMORY_LIMIT = 2 << 30  # bytes for the dense vectors of a model
FLUSH_PAIRS = 4_000_000  # pairs buffered before they are added to the sparse matrix


class CountModelError(ValueError):
    """Settings that would not fit in memory, or a corpus too small for the method."""


@dataclass(frozen=True)
class CountSettings:
    """What only the count-based methods need (the rest comes from the TrainConfig)."""

    method: Method = "ppmi"
    cds: float = 0.75  # context-distribution smoothing exponent
    eig: float = 0.5  # SVD: weight of the singular values (0 = U only, 1 = U * S)
    contexts: int = 10_000  # PPMI: the most frequent context words kept as dimensions
    vocab_cap: int = DEFAULT_VOCAB_CAP  # used when the config sets no max_final_vocab


def _gb(n: float) -> str:
    return f"{n / (1 << 30):.1f} GB"


def cooccurrence(sentences: Iterable[Sequence[str]], vocab: Vocab, window: int,
                 lowercase: bool = False):
    """(V, V) scipy.sparse CSR float64 matrix of symmetric window co-occurrence counts."""
    from scipy import sparse

    v = len(vocab)
    total = sparse.csr_matrix((v, v), dtype=np.float64)
    ids: list[np.ndarray] = []
    sid: list[np.ndarray] = []
    buffered = 0

    def flush() -> None:
        nonlocal total, buffered
        if not ids:
            return
        flat, sent = np.concatenate(ids), np.concatenate(sid)
        rows, cols = [], []
        for d in range(1, window + 1):
            same = sent[:-d] == sent[d:]
            rows += [flat[:-d][same], flat[d:][same]]
            cols += [flat[d:][same], flat[:-d][same]]
        r, c = np.concatenate(rows), np.concatenate(cols)
        total = total + sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(v, v))
        ids.clear()
        sid.clear()
        buffered = 0

    for n, sentence in enumerate(sentences):
        enc = vocab.encode([w.lower() for w in sentence] if lowercase else sentence)
        if len(enc) > 1:
            ids.append(enc)
            sid.append(np.full(len(enc), n, dtype=np.int64))
            buffered += len(enc) * window
            if buffered >= FLUSH_PAIRS:
                flush()
    flush()
    return total


def ppmi(counts, cds: float = 0.75):
    """Positive PMI with context-distribution smoothing of a CSR co-occurrence matrix."""
    counts = counts.tocsr()
    row = np.asarray(counts.sum(axis=1)).ravel()
    col = np.asarray(counts.sum(axis=0)).ravel() ** cds
    p_ctx = col / col.sum() if col.sum() > 0 else col
    out = counts.copy()
    rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
    with np.errstate(divide="ignore"):
        pmi = np.log(out.data) - np.log(row[rows]) - np.log(p_ctx[out.indices])
    out.data = np.maximum(pmi, 0.0)
    out.eliminate_zeros()
    return out


def svd_vectors(matrix, dim: int, eig: float = 0.5, seed: int = 1) -> np.ndarray:
    """(V, dim) float32: ``U * S**eig`` of the ``dim`` largest singular triplets."""
    from scipy.sparse.linalg import svds

    v = min(matrix.shape)
    if dim >= v:
        raise CountModelError(f"--dim {dim} must be smaller than the vocabulary ({v} words) "
                              "for SVD; choose a smaller --dim")
    v0 = np.random.default_rng(seed).random(v)
    u, s, _ = svds(matrix.astype(np.float64), k=dim, v0=v0)
    order = np.argsort(-s)
    return (u[:, order] * s[order] ** eig).astype(np.float32)


def _vocabulary(config: TrainConfig, sentences: Iterable[Sequence[str]],
                settings: CountSettings, note: Callable[[str], None]) -> Vocab:
    cap = config.max_final_vocab or settings.vocab_cap
    lowered = ([w.lower() for w in s] for s in sentences) if config.lowercase else sentences
    vocab = build_vocab(lowered, min_count=config.min_count, max_final_vocab=cap)
    if len(vocab) < 2:
        raise CountModelError(f"only {len(vocab)} word(s) occur at least {config.min_count} "
                              "times; use a larger corpus or a lower --min-count")
    if config.max_final_vocab is None and len(vocab) == cap:
        note(f"vocabulary capped at the {cap:,} most frequent words (memory grows with the "
             "square of the vocabulary); set --max-vocab to change it")
    return vocab


def build_count_model(config: TrainConfig, sentences: Iterable[Sequence[str]],
                      settings: CountSettings = CountSettings(),
                      note: Callable[[str], None] = lambda _m: None) -> TrainedModel:
    """Count a restartable corpus twice (vocabulary, then pairs) and return a finished model.

    >>> from w2v_studio.core.engine.config import TrainConfig
    >>> m = build_count_model(TrainConfig(min_count=1, window=2), [["a", "b", "c"]] * 5)
    >>> sorted(m.words), m.dim, m.corpus_info["method"]
    (['a', 'b', 'c'], 3, 'ppmi')
    """
    vocab = _vocabulary(config, sentences, settings, note)
    v = len(vocab)
    n_ctx = min(v, settings.contexts) if settings.method == "ppmi" else config.dim
    need = v * n_ctx * 4
    if need > MEMORY_LIMIT:
        what = "--dim (contexts kept)" if settings.method == "ppmi" else "--dim"
        raise CountModelError(f"{settings.method.upper()} vectors of {v:,} words x {n_ctx:,} "
                              f"dimensions would take {_gb(need)} (limit {_gb(MEMORY_LIMIT)}); "
                              f"lower --max-vocab or {what}")
    note(f"counting co-occurrences of {v:,} words within {config.window} words")
    try:
        counts = cooccurrence(sentences, vocab, config.window, config.lowercase)
        weights = ppmi(counts, settings.cds)
    except MemoryError:
        raise CountModelError(f"out of memory counting {v:,} x {v:,} co-occurrences; lower "
                              "--max-vocab or --window") from None
    note(f"PPMI matrix: {weights.nnz:,} non-zero cells")
    if settings.method == "ppmi":
        vectors = weights[:, :n_ctx].toarray().astype(np.float32)
    else:
        vectors = svd_vectors(weights, config.dim, settings.eig, config.seed)
    record = {"method": settings.method, "count_model": {**asdict(settings),
                                                          "nonzero": int(weights.nnz)}}
    return TrainedModel(vocab=vocab, config=config.with_changes(dim=vectors.shape[1]),
                        input_vectors=vectors, status="finished", corpus_info=record)
