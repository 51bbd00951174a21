"""t-SNE and UMAP in a spawned process: Cancel terminates it and frees the CPU at once, and
t-SNE's progress comes back through the pipe."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable

import numpy as np

from w2v_studio.core.explore.projection import (
    ProjectionCancelled,
    ProjectionError,
    ProjectionSettings,
    project,
)


def _child(conn, vectors: np.ndarray, settings: ProjectionSettings) -> None:
    def report(fraction: float | None, _message: str) -> None:
        if fraction is not None and 0.0 < fraction < 1.0:
            conn.send(("progress", fraction))

    try:
        conn.send(("ok", project(vectors, settings, progress=report)))
    except ProjectionError as e:
        conn.send(("error", str(e)))
    except Exception as e:  # reported to the parent as a message, not a traceback
        conn.send(("error", f"{settings.method} failed: {type(e).__name__}: {e}"))
    finally:
        conn.close()


class ProjectionProcess:
    """Runs t-SNE/UMAP in a spawned process, so Cancel stops it and frees the CPU at once.

    >>> job = ProjectionProcess(np.eye(10), ProjectionSettings(method="pca"))  # doctest: +SKIP
    >>> job.start(); points = job.wait()  # doctest: +SKIP
    """

    def __init__(self, vectors: np.ndarray, settings: ProjectionSettings) -> None:
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.settings = settings
        self._ctx = multiprocessing.get_context("spawn")
        self._conn, child_conn = self._ctx.Pipe(duplex=False)
        self._proc = self._ctx.Process(
            target=_child, args=(child_conn, self.vectors, settings), daemon=True
        )
        self._child_conn = child_conn
        self._result: np.ndarray | None = None
        self._error: str | None = None
        self._cancelled = False
        self.fraction: float | None = None  # t-SNE's progress as it comes (None: not known)

    def start(self) -> None:
        self._proc.start()
        self._child_conn.close()

    def cancel(self) -> None:
        """Stop the computation now (terminates the process)."""
        self._cancelled = True
        if self._proc.is_alive():
            self._proc.terminate()
        self._proc.join(timeout=5)

    def poll(self, timeout: float = 0.0) -> bool:
        """True once a result or an error is available (or the process died)."""
        if self._result is not None or self._error is not None:
            return True
        if self._cancelled:
            return True
        try:
            while self._conn.poll(timeout):
                kind, payload = self._conn.recv()
                if kind == "progress":
                    self.fraction = float(payload)
                    timeout = 0.0
                    continue
                if kind == "ok":
                    self._result = payload
                else:
                    self._error = payload
                self._proc.join(timeout=5)
                return True
        except (EOFError, OSError):
            pass
        if not self._proc.is_alive():
            self._error = (
                f"the {self.settings.method} process stopped unexpectedly (exit code "
                f"{self._proc.exitcode}); try fewer words or PCA"
            )
            return True
        return False

    def wait(
        self,
        cancel: threading.Event | None = None,
        interval: float = 0.1,
        progress: Callable[[float], None] | None = None,
    ) -> np.ndarray:
        """Block until done, passing t-SNE's fraction done to ``progress`` as it changes;
        raises ProjectionCancelled or ProjectionError."""
        last = None
        while not self.poll(interval):
            if cancel is not None and cancel.is_set():
                self.cancel()
                break
            if progress is not None and self.fraction is not None and self.fraction != last:
                last = self.fraction
                progress(last)
        return self.result()

    def result(self) -> np.ndarray:
        if self._cancelled:
            raise ProjectionCancelled()
        if self._error is not None:
            raise ProjectionError(self._error)
        assert self._result is not None
        return self._result
