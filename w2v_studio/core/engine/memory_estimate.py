"""How much memory a training run will need, estimated before it allocates anything.

A setting such as ``window=1000000`` or ``dim=10000`` on a large vocabulary used to end in a
MemoryError (or the system killing the process) after the corpus had been read. The trainer's
big buffers are known from the settings and the vocabulary size, so the run can be refused at
once with the estimate and the setting to lower.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from w2v_studio.core.engine.config import TrainConfig

_JOBS_PER_WORKER = 3  # jobs in flight per worker: the queue holds 2 per worker, 1 is running


@dataclass(frozen=True)
class MemoryEstimate:
    """Estimated bytes of the run's large buffers, by part (what the user can change)."""

    parts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.parts.values())

    def largest(self) -> str:
        return max(self.parts, key=self.parts.__getitem__) if self.parts else ""


def estimate_memory(config: TrainConfig, vocab_size: int) -> MemoryEstimate:
    """Bytes the trainer will hold for ``vocab_size`` words with ``config`` (a lower bound).

    >>> estimate_memory(TrainConfig(dim=100), 10_000).parts["word vectors"]
    8000000
    """
    v, d = max(int(vocab_size), 0), config.dim
    parts = {"word vectors": 2 * v * d * 4}  # input + output weights, float32
    if config.method == "fasttext":  # n-gram rows, and each word's list of them
        parts["n-gram vectors (buckets x dim)"] = config.buckets * d * 4
        parts["n-gram lists"] = v * 8 * (config.max_n - config.min_n + 1) * 12
    if config.objective == "negative":
        parts["noise table"] = v * (8 + 16)  # probabilities + alias table
    elif config.objective == "hierarchical":
        parts["Huffman tree"] = v * 64 * 5  # codes (uint8) + points (int32), up to 64 deep
    uses_torch = config.backend == "torch" or config.device in ("cuda", "mps")
    workers = 1 if uses_torch else config.threads
    per_word = 1 if config.architecture == "cbow" else 2 * config.window
    words = config.batch_words
    if uses_torch:
        words = max(words, 2 * config.batch_size // max(1, per_word // 2))
    # one job's examples: targets (int32) + context ids (int32, 2 x window per word) + offsets
    per_job = words * (per_word * 4 + 2 * config.window * 4 + per_word * 8)
    parts["context windows (window x threads)"] = per_job * workers * _JOBS_PER_WORKER
    if uses_torch:
        heads = 1 + config.negative if config.objective == "negative" else 64
        if config.objective == "softmax":
            heads = v
        parts["GPU batch (batch_size x dim)"] = config.batch_size * (heads + 1) * d * 4 * 3
    elif config.objective == "softmax":
        parts["softmax scores (vocabulary x threads)"] = v * 8 * workers
    n = max(1, config.processes)
    if n > 1:  # every process holds all of the above, its weights at the last merge, and
        # its two halves of the block the processes merge in (see local_merge)
        one = sum(parts.values())
        parts["processes (a model each)"] = (n - 1) * one + n * parts["word vectors"] * 3
    return MemoryEstimate(parts)


def available_memory() -> int | None:
    """Physical memory of this machine in bytes (None when the system does not say)."""
    try:
        return int(os.sysconf("SC_PAGE_SIZE")) * int(os.sysconf("SC_PHYS_PAGES"))
    except (AttributeError, ValueError, OSError):
        return None


def human_bytes(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if n < 1000 or unit == "TB":
            return f"{n:,.0f} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n /= 1000
    return f"{n:,.1f} TB"


def memory_problem(
    config: TrainConfig, vocab_size: int, available: int | None = None
) -> str | None:
    """A plain sentence when the run would need more memory than the machine has, else None.

    ``available`` defaults to this machine's physical memory; the run is refused when the
    estimate is larger.
    """
    limit = available_memory() if available is None else available
    if limit is None:
        return None
    est = estimate_memory(config, vocab_size)
    if est.total <= limit:
        return None
    shown = ", ".join(f"{k} {human_bytes(b)}" for k, b in est.parts.items() if b)
    return (
        f"these settings need about {human_bytes(est.total)} of memory ({shown})"
        f"{f' for {vocab_size:,} words' if vocab_size else ''}, but this machine has "
        f"{human_bytes(limit)}. Lower the setting "
        f"behind '{est.largest()}' (window, dim, threads, batch size, processes) or raise "
        f"min_count."
    )
