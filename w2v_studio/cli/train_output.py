"""The output side of ``w2v-studio train``: claim the model folder before training, stop
cleanly on signals, and save the model where asked or, if that fails, to a recovery folder."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from w2v_studio.cli.errors import UserError
from w2v_studio.cli.progress import human_count, human_duration

STOP_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")  # Ctrl-C, a job scheduler, a closed terminal


@contextlib.contextmanager
def stop_on_signals() -> Iterator[threading.Event]:
    """An event set by the first SIGINT, SIGTERM or SIGHUP: the run stops cleanly and keeps
    its vectors. A second signal of the same kind acts as it did before (Ctrl-C interrupts)."""
    cancel = threading.Event()
    previous: dict[int, Any] = {}

    def on_signal(signum: int, frame: Any) -> None:
        cancel.set()
        signal.signal(signum, previous[signum])

    if threading.current_thread() is threading.main_thread():
        for name in STOP_SIGNALS:
            sig = getattr(signal, name, None)
            if sig is not None:
                previous[sig] = signal.getsignal(sig)
                signal.signal(sig, on_signal)
    try:
        yield cancel
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextlib.contextmanager
def claimed_output(path: Path, overwrite: bool) -> Iterator[Path]:
    """Check ``path`` and hold its lock for the run: a refusal costs no training time.

    Leftovers of interrupted saves and temp folders of killed runs are cleaned up first.
    """
    from w2v_studio.core.engine.model_save import SaveRefused, check_target, describe_failure
    from w2v_studio.core.workspace import locks
    from w2v_studio.core.workspace.atomic import recover_interrupted
    from w2v_studio.core.workspace.tempdirs import sweep_stale_temp_dirs

    sweep_stale_temp_dirs()
    try:
        took = locks.acquire(path)
    except locks.LockedError as e:
        raise UserError(str(e)) from None
    except OSError as e:
        raise UserError(f"{describe_failure(e, path)}. Choose another folder with -o.") from None
    try:
        try:
            recover_interrupted(path)
            check_target(path, overwrite)
        except SaveRefused as e:
            raise UserError(str(e)) from None
        yield path
    finally:
        if took:
            locks.release(path)


def save_model(model: Any, path: Path, overwrite: bool) -> None:
    """Save to ``path``; on failure save to a recovery folder and raise UserError saying where."""
    from w2v_studio.core.engine.model_save import save_or_recover

    try:
        outcome = save_or_recover(model, path, overwrite)
    except OSError as e:
        raise UserError(f"{e}. The trained model could not be kept.") from None
    if outcome.problem is not None:
        raise UserError(f"{outcome.problem}. The trained model was saved to {outcome.path} "
                        "instead: move that folder where you want it, or open it from there.")


def report_outcome(outcome, model, output) -> int:
    """Say how the run ended (word or doc2vec model); the exit code (a failed run raises
    UserError)."""
    from w2v_studio.core.engine import events as ev

    if isinstance(outcome, ev.Finished):
        docs = getattr(model, "doc_vectors", None)  # a doc2vec model
        what = f"{len(docs)} documents and " if docs is not None else ""
        print(f"trained {what}{len(model.words)} words x {model.dim} in "
              f"{human_duration(outcome.seconds)} ({human_count(outcome.words_per_sec)} "
              f"words/s); model written to {output}")
        return 0
    if isinstance(outcome, ev.Cancelled) and model is None:
        print("stopped before training began: nothing was trained or written")
        return 130
    if isinstance(outcome, ev.Cancelled):
        print(f"stopped at {outcome.fraction * 100:.0f}%: the partial model (usable vectors) "
              f"was written to {output}")
        return 130
    msg = getattr(outcome, "message", "training ended without a result")
    if model is not None:
        msg += f" The last good vectors were written to {output}."
    raise UserError(msg)
