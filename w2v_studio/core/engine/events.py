"""Events yielded by ``train()``: plain frozen dataclasses, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from w2v_studio.core.engine.model import TrainedModel


@dataclass(frozen=True)
class Scanning:
    """The first pass over the corpus (counting words) is under way."""

    sentences: int
    words: int
    elapsed_seconds: float


@dataclass(frozen=True)
class Building:
    """A table training needs is being built after counting (the Huffman tree)."""

    what: str  # e.g. "Huffman tree"
    fraction: float  # 0..1 of this table
    elapsed_seconds: float


@dataclass(frozen=True)
class Started:
    """The vocabulary is built and training begins."""

    vocab_size: int
    corpus_words: int  # raw tokens per epoch (before min_count and subsampling)
    total_words: int  # corpus_words * epochs: the denominator of ``fraction``
    device: str  # e.g. "cpu (numba, 2 threads)" or "cuda:0 (torch)"


@dataclass(frozen=True)
class Progress:
    """Throttled to about 5 per second."""

    epoch: int  # 1-based
    epochs: int
    fraction: float  # 0..1 over the whole run
    words_done: int  # raw words processed so far over the whole run
    words_per_sec: float
    learning_rate: float
    loss: float  # mean per-example NLL since the previous Progress (float64), nan if none
    examples: int  # number of examples the loss is averaged over
    eta_seconds: float
    elapsed_seconds: float


@dataclass(frozen=True)
class EpochEnd:
    epoch: int
    epochs: int
    loss: float  # mean per-example NLL over the whole epoch
    words: int  # raw words of the corpus trained in this epoch
    seconds: float


@dataclass(frozen=True)
class Finished:
    model: TrainedModel
    seconds: float
    words_per_sec: float


@dataclass(frozen=True)
class Cancelled:
    """The user stopped the run; ``model`` holds the vectors trained so far (usable), or is
    None when the run was stopped before training began (while counting words)."""

    model: TrainedModel | None
    epoch: int  # 0 when stopped before training began
    fraction: float


@dataclass(frozen=True)
class Failed:
    """The run could not go on; ``model`` holds the last good vectors when there are any."""

    message: str  # what happened and what to do, in plain language
    model: TrainedModel | None = None


Event = Scanning | Building | Started | Progress | EpochEnd | Finished | Cancelled | Failed
