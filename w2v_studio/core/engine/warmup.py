"""Load the numba kernels before the first run: ``warm_up()`` trains three tiny models.

The first call of a numba function imports numba and llvmlite and loads (or, on a fresh
install, compiles) its machine code: a second or more of work that holds Python's GIL. The app
does it in a background thread at start, so the first press of Start neither waits for it nor
makes the window stutter while it happens.

>>> seconds = warm_up()  # doctest: +SKIP
"""

from __future__ import annotations

import time

from w2v_studio.core.engine.config import TrainConfig

_WORDS = [["a", "b", "c", "d", "a", "b"]] * 8


def warm_up(objectives: tuple[str, ...] = ("negative", "hierarchical", "softmax")) -> float:
    """Run every kernel once (negative sampling, hierarchical and full softmax, or only those
    of ``objectives``; skip-gram and CBOW call the same compiled code, with other flag values);
    returns the seconds."""
    from w2v_studio.core.engine.trainer import train

    t0 = time.perf_counter()
    for objective in objectives:
        config = TrainConfig(dim=4, min_count=1, epochs=1, sample=0, threads=1,
                             objective=objective, backend="numba")
        for _ in train(config, _WORDS):
            pass
    return time.perf_counter() - t0
