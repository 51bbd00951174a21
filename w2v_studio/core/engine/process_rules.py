"""When training may run in several processes, and how many processes make sense here.

No Qt and no heavy imports: the Train page asks this on the GUI thread. torch is consulted only
when something else has already imported it (then ``torch.cuda.device_count()`` costs nothing);
otherwise the CPU cores decide.

>>> from w2v_studio.core.engine.config import TrainConfig
>>> processes_problem(TrainConfig(processes=1), continuing=True) is None
True
>>> processes_problem(TrainConfig(processes=2, method="fasttext"), continuing=False)[:8]
'fastText'
"""

from __future__ import annotations

import os
import sys

from w2v_studio.core.engine.config import TrainConfig

# The reasons, fixed sentences (the GUI translates them by their English text).
TOO_FEW = "The number of processes must be at least 1."
FASTTEXT = ("fastText models cannot be trained in several processes yet: their word-piece rows "
            "are not merged across processes. Use one process and more CPU threads.")
DOC2VEC = ("doc2vec models cannot be trained in several processes yet: their document vectors "
           "are not merged across processes. Use one process and more CPU threads.")
CONTINUING = ("Continuing a model cannot use several processes yet. Use one process, or train "
              "a new model.")
REASONS = (TOO_FEW, FASTTEXT, DOC2VEC, CONTINUING)


def processes_problem(config: TrainConfig, continuing: bool,
                      processes: int | None = None) -> str | None:
    """Why this run cannot train in ``processes`` processes (``config.processes`` when not
    given), or None when it can; one process is always fine."""
    n = config.processes if processes is None else processes
    if n == 1:
        return None
    if n < 1:
        return TOO_FEW
    if config.method == "fasttext":
        return FASTTEXT
    if config.method == "doc2vec":
        return DOC2VEC
    if continuing:
        return CONTINUING
    return None


def cpu_cores() -> int:
    """The cores this process may run on (its affinity where the system says, else all)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def useful_processes() -> int:
    """How many training processes make sense on this machine: one per CUDA device when there
    are several (only when torch is already imported: never imported just to ask), else one
    per CPU core."""
    torch = sys.modules.get("torch")
    if torch is not None:
        try:
            gpus = int(torch.cuda.device_count())
        except Exception:  # a broken CUDA set-up: the CPU count still holds
            gpus = 0
        if gpus > 1:
            return gpus
    return cpu_cores()
