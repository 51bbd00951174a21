"""Training settings as one frozen dataclass with Literal options (no int flags)."""

from __future__ import annotations

import dataclasses
import math
import numbers
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
Method = Literal["word2vec", "fasttext", "doc2vec"]
SubwordUnit = Literal["chars", "jamo"]

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Limit:
    """The allowed range of one numeric setting and what it means, for the message."""

    low: float
    high: float
    meaning: str
    integer: bool = True
    optional: bool = False  # None allowed (no limit)

    def problem(self, name: str, value: Any) -> str | None:
        """None when ``value`` fits, else a sentence saying what is wrong and what to use."""
        kind = "a whole number" if self.integer else "a number"
        span = f"between {_num(self.low)} and {_num(self.high)}"
        if isinstance(value, bool) or not isinstance(value, numbers.Real) or (
            self.integer and not isinstance(value, numbers.Integral)
        ):
            return f"{name} must be {kind} {span} ({self.meaning}), not {value!r}"
        if not math.isfinite(value):
            return f"{name} must be {kind} {span} ({self.meaning}), not {value}"
        if value < self.low:
            return f"{name} must be at least {_num(self.low)} ({self.meaning}; got {_num(value)})"
        if value > self.high:
            return f"{name} must be at most {_num(self.high)} ({self.meaning}; got {_num(value)})"
        return None


def _num(x: float) -> str:
    return f"{x:,}" if float(x).is_integer() and abs(x) >= 10_000 else f"{x:g}"


def _or(options: tuple[str, ...]) -> str:
    quoted = [repr(o) for o in options]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


# Ranges of every numeric setting, checked in TrainConfig.problems (the one place).
_NUMBERS: dict[str, Limit] = {
    "dim": Limit(1, 10_000, "vector size"),
    "window": Limit(1, 10_000, "context words on each side"),
    "negative": Limit(0, 1_000, "noise words per example"),
    "ns_exponent": Limit(-2, 2, "noise distribution exponent", integer=False),
    "epochs": Limit(1, 100_000, "passes over the corpus"),
    "min_count": Limit(1, 2**62, "minimum word count"),
    "max_final_vocab": Limit(1, 2**62, "largest vocabulary", optional=True),
    "sample": Limit(0, 1, "subsampling threshold, 0 = off", integer=False),
    "alpha": Limit(1e-10, 1, "initial learning rate", integer=False),
    "min_alpha": Limit(0, 1, "final learning rate", integer=False),
    "seed": Limit(0, 2**32 - 1, "random seed"),
    "threads": Limit(1, 1024, "CPU worker threads"),
    "processes": Limit(1, 256, "training processes on this machine"),
    "batch_words": Limit(1, 10**8, "words per worker job"),
    "batch_size": Limit(1, 10**8, "examples per GPU step"),
    "max_sentence_length": Limit(1, 10**8, "longest line in tokens"),
    "min_n": Limit(1, 100, "shortest character n-gram (fastText)"),
    "max_n": Limit(1, 100, "longest character n-gram (fastText)"),
    "buckets": Limit(1, 2**31 - 1, "hash buckets for n-grams (fastText)"),
}
_CHOICES: dict[str, tuple[str, ...]] = {
    "architecture": ("skipgram", "cbow"),
    "objective": ("softmax", "hierarchical", "negative"),
    "cbow_mode": ("mean", "sum"),
    "cbow_mean_update": ("word2vec", "exact"),
    "cbow_sum_update": ("gensim", "exact"),
    "max_final_vocab_rule": ("gensim", "top"),
    "device": ("auto", "cpu", "cuda", "mps"),
    "backend": ("auto", "numba", "torch"),
    "method": ("word2vec", "fasttext", "doc2vec"),
    "subword": ("chars", "jamo"),
}
_FLAGS = ("dynamic_window", "shared_negatives", "lowercase", "corpus_ids")


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
    # training processes on this machine (distributed.py): each trains part of the corpus
    # with ``threads`` threads and their vectors are merged regularly; 1 = this process
    processes: int = 1
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
    # "fasttext": each word's vector is the mean of its own row and its character n-grams'
    # rows (subword.py), so words outside the vocabulary get vectors from their n-grams;
    # "doc2vec": word vectors plus one vector per document (doc2vec.py)
    method: Method = "word2vec"
    min_n: int = 3  # fastText: shortest n-gram, in characters of "<word>"
    max_n: int = 6  # fastText: longest n-gram
    buckets: int = 2_000_000  # fastText: n-grams are hashed into this many rows
    subword: SubwordUnit = "chars"  # fastText: n-grams of characters, or of Hangul jamo

    def __post_init__(self) -> None:
        problems = self.problems()
        if problems:
            raise ValueError("; ".join(problems))

    def problems(self) -> list[str]:
        """Plain-language reasons this configuration cannot run (empty when valid).

        The one place every setting is checked: its type, NaN/infinity and its range.
        """
        p: list[str] = []
        for name, allowed in _CHOICES.items():
            value = getattr(self, name)
            if value not in allowed:
                p.append(f"{name} must be {_or(allowed)}, not {value!r}")
        for name in _FLAGS:
            if not isinstance(getattr(self, name), bool):
                p.append(f"{name} must be true or false, not {getattr(self, name)!r}")
        if not isinstance(self.tokenizer, str) or not self.tokenizer:
            p.append(f"tokenizer must be a plugin id such as 'whitespace', not {self.tokenizer!r}")
        if not isinstance(self.tokenizer_options, dict):
            p.append("tokenizer_options must be a set of name: value options, "
                     f"not {self.tokenizer_options!r}")
        for name, limit in _NUMBERS.items():
            value = getattr(self, name)
            if value is None and limit.optional:
                continue
            problem = limit.problem(name, value)
            if problem:
                p.append(problem)
        if p:
            return p  # the relations below need numbers of the right type
        if self.objective == "negative" and self.negative < 1:
            p.append(f"negative must be at least 1 for negative sampling (got {self.negative})")
        if self.min_alpha > self.alpha:
            p.append(f"min_alpha must be between 0 and alpha (got {self.min_alpha}, alpha is "
                     f"{self.alpha}): the learning rate falls from alpha to min_alpha")
        if self.method == "fasttext":
            p.extend(self._subword_problems())
        if self.method == "doc2vec" and self.objective == "softmax":
            p.append("document vectors (doc2vec) need negative sampling or hierarchical "
                     "softmax, not the full softmax")
        return p

    def _subword_problems(self) -> list[str]:
        p = []
        if self.min_n > self.max_n:
            p.append(f"min_n must be at most max_n (got min_n {self.min_n}, max_n "
                     f"{self.max_n}): n-grams are {self.min_n} to {self.max_n} characters long")
        if self.objective == "softmax":
            p.append("fastText (subword) training needs negative sampling or hierarchical "
                     "softmax, not the full softmax")
        if self.backend == "torch":
            p.append("fastText (subword) training runs on the CPU (numba) backend only; choose "
                     "backend 'auto' or 'numba'")
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
