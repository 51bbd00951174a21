"""Training settings as one frozen dataclass with Literal options (no int flags)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

Architecture = Literal["skipgram", "cbow"]
Objective = Literal["softmax", "hierarchical", "negative"]
Device = Literal["auto", "cpu", "cuda", "mps"]
CbowMode = Literal["mean", "sum"]
CbowMeanUpdate = Literal["word2vec", "exact"]
CbowSumUpdate = Literal["gensim", "exact"]
MaxVocabRule = Literal["gensim", "top"]
Backend = Literal["auto", "numba", "torch"]

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class TrainConfig:
    """Everything that decides what a training run does.

    >>> TrainConfig(architecture="cbow", objective="hierarchical").with_changes(dim=50).dim
    50
    """

    architecture: Architecture = "skipgram"  # predict context from centre (skipgram) or reverse
    objective: Objective = "negative"  # full softmax, hierarchical softmax, negative sampling
    cbow_mode: CbowMode = "mean"  # CBOW: average (mean) or add (sum) the context vectors
    # CBOW-mean update of the context words: "word2vec" gives each the whole hidden-layer error
    # (word2vec.c and gensim; an input learning rate of alpha x context size), "exact" the true
    # gradient of the mean (error / context size), which learns the input vectors more slowly
    cbow_mean_update: CbowMeanUpdate = "word2vec"
    # CBOW-sum update: "gensim" divides the error by the context size (cbow_mean=0), "exact"
    # gives each context word the true gradient of the sum (steps up to 2 x window larger)
    cbow_sum_update: CbowSumUpdate = "gensim"
    dim: int = 100  # vector size
    window: int = 5  # how many words on each side count as context
    dynamic_window: bool = True  # shrink the window at random per word, as word2vec.c does
    negative: int = 5  # noise words per example (objective="negative")
    ns_exponent: float = 0.75  # noise distribution = unigram ** ns_exponent
    shared_negatives: bool = True  # skip-gram: one window's pairs share their noise words
    epochs: int = 5  # passes over the corpus
    min_count: int = 5  # drop words seen fewer times
    max_final_vocab: int | None = None  # keep at most this many words (most frequent)
    # "gensim": raise min_count until the vocabulary fits (may keep fewer); "top": the N first
    max_final_vocab_rule: MaxVocabRule = "gensim"
    sample: float = 1e-3  # subsampling threshold for frequent words (0 = off)
    alpha: float = 0.025  # initial learning rate
    min_alpha: float = 0.0001  # final learning rate (linear decay over the whole run)
    seed: int = 1
    device: Device = "auto"
    threads: int = 2  # CPU worker threads
    backend: Backend = "auto"  # numba (CPU) or torch (GPU/CPU); auto = numba on CPU
    batch_words: int = 10_000  # words handed to a worker at once (CPU)
    batch_size: int = 16_384  # examples per step for the torch backend
    max_sentence_length: int = 10_000  # longer lines are cut into chunks of this many tokens
    lowercase: bool = False  # fold case before counting (only affects scripts with case)
    # read the corpus once, writing it as ids to a temporary folder (4 bytes per word) that
    # every epoch reads; off: read and look up the text at every epoch (slower)
    corpus_ids: bool = True
    tokenizer: str = "whitespace"  # tokenizer plugin id
    tokenizer_options: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        problems = self.problems()
        if problems:
            raise ValueError("; ".join(problems))

    def problems(self) -> list[str]:
        """Plain-language reasons this configuration cannot run (empty when valid)."""
        p: list[str] = []
        if self.architecture not in ("skipgram", "cbow"):
            p.append(f"architecture must be 'skipgram' or 'cbow', not {self.architecture!r}")
        if self.objective not in ("softmax", "hierarchical", "negative"):
            p.append("objective must be 'softmax', 'hierarchical' or 'negative', "
                     f"not {self.objective!r}")
        if self.cbow_mode not in ("mean", "sum"):
            p.append(f"cbow_mode must be 'mean' or 'sum', not {self.cbow_mode!r}")
        if self.cbow_mean_update not in ("word2vec", "exact"):
            p.append("cbow_mean_update must be 'word2vec' or 'exact', "
                     f"not {self.cbow_mean_update!r}")
        if self.cbow_sum_update not in ("gensim", "exact"):
            p.append(f"cbow_sum_update must be 'gensim' or 'exact', not {self.cbow_sum_update!r}")
        if self.max_final_vocab_rule not in ("gensim", "top"):
            p.append("max_final_vocab_rule must be 'gensim' or 'top', "
                     f"not {self.max_final_vocab_rule!r}")
        if self.device not in ("auto", "cpu", "cuda", "mps"):
            p.append(f"device must be auto, cpu, cuda or mps, not {self.device!r}")
        if self.backend not in ("auto", "numba", "torch"):
            p.append(f"backend must be auto, numba or torch, not {self.backend!r}")
        if self.dim < 1:
            p.append(f"dim must be at least 1 (got {self.dim})")
        if self.window < 1:
            p.append(f"window must be at least 1 (got {self.window})")
        if self.objective == "negative" and self.negative < 1:
            p.append(f"negative must be at least 1 for negative sampling (got {self.negative})")
        if self.epochs < 1:
            p.append(f"epochs must be at least 1 (got {self.epochs})")
        if self.min_count < 1:
            p.append(f"min_count must be at least 1 (got {self.min_count})")
        if self.max_final_vocab is not None and self.max_final_vocab < 1:
            p.append("max_final_vocab must be positive or None")
        if self.sample < 0:
            p.append(f"sample must be 0 (off) or positive (got {self.sample})")
        if not (self.alpha > 0):
            p.append(f"alpha must be positive (got {self.alpha})")
        if self.min_alpha < 0 or self.min_alpha > self.alpha:
            p.append(f"min_alpha must be between 0 and alpha (got {self.min_alpha})")
        if self.threads < 1:
            p.append(f"threads must be at least 1 (got {self.threads})")
        if self.batch_words < 1 or self.batch_size < 1:
            p.append("batch_words and batch_size must be positive")
        return p

    def with_changes(self, **changes: Any) -> TrainConfig:
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["schema_version"] = SCHEMA_VERSION
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TrainConfig:
        """Build from a saved dict; unknown keys (from newer versions) are ignored."""
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})


PRESETS: dict[str, dict[str, Any]] = {
    # gensim 4 Word2Vec defaults (CBOW, negative sampling, window 5, 5 epochs).
    "gensim": dict(architecture="cbow", objective="negative", cbow_mode="mean", dim=100,
                   window=5, negative=5, epochs=5, min_count=5, sample=1e-3, alpha=0.025,
                   min_alpha=0.0001),
    # word2vec.c defaults (CBOW, negative 5, window 5, sample 1e-3, alpha 0.05 for CBOW).
    "word2vec_c": dict(architecture="cbow", objective="negative", cbow_mode="mean", dim=100,
                       window=5, negative=5, epochs=5, min_count=5, sample=1e-3, alpha=0.05,
                       min_alpha=0.0001 * 0.05 / 0.025),
    # A few MB of text: more epochs, keep rare words, smaller vectors.
    "small_corpus": dict(architecture="skipgram", objective="negative", dim=50, window=5,
                         negative=10, epochs=20, min_count=2, sample=1e-4, alpha=0.025),
    # Slower, better vectors: skip-gram, more negatives, larger vectors.
    "quality": dict(architecture="skipgram", objective="negative", dim=300, window=8,
                    negative=15, epochs=10, min_count=5, sample=1e-4, alpha=0.025),
}
