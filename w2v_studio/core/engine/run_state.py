"""The state of a run across its epochs, and the NaN guard's restore point."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from w2v_studio.core.engine.model import TrainedModel

# the NaN guard keeps a copy of the weights in memory at each epoch start up to this size;
# larger models have none (a diverged run then returns no vectors) and nothing goes to disk
RESTORE_POINT_BYTES = 256 << 20


@dataclass
class RunState:
    """What the epochs of one run have done so far."""

    t0: float
    last_event: float = 0.0
    words_done: int = 0
    win_loss: float = 0.0  # loss and examples since the last Progress event
    win_n: int = 0
    completed: int = 0  # epochs
    outcome: str = "finished"  # or "cancelled", "failed" (the first one sticks)
    message: str = ""
    diverged: bool = False

    def end(self, outcome: str, message: str = "") -> None:
        if self.outcome == "finished":
            self.outcome, self.message = outcome, message


class RestorePoint:
    """The weights at the start of the epoch, kept in memory (never on disk) when that costs
    at most RESTORE_POINT_BYTES; the NaN guard puts them back when a run diverges."""

    def __init__(self, model: TrainedModel) -> None:
        self.arrays = [a for a in (model.input_vectors, model.output_vectors) if a is not None]
        self.nbytes = sum(a.nbytes for a in self.arrays)
        self.copies: list[np.ndarray] | None = None

    def save(self, torch_backend) -> None:
        if self.nbytes > RESTORE_POINT_BYTES:
            return
        if torch_backend is not None:
            torch_backend.sync()
        if self.copies is None:
            self.copies = [a.copy() for a in self.arrays]
        else:
            for a, c in zip(self.arrays, self.copies, strict=True):
                np.copyto(c, a)

    def restore(self) -> bool:
        if self.copies is None:
            return False
        for a, c in zip(self.arrays, self.copies, strict=True):
            np.copyto(a, c)
        return True


def gigabytes(nbytes: int) -> str:
    return f"{nbytes / 1e9:.1f} GB"
