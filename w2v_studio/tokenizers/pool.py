"""A pool of spawned tokenizer workers that survives crashes and keeps results in order."""

from __future__ import annotations

import multiprocessing as mp
import multiprocessing.connection
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from w2v_studio.tokenizers.registry import PluginRef
from w2v_studio.tokenizers.worker import IN_MANY, Result, Task, worker_main

MAX_RESTARTS_WITHOUT_PROGRESS = 3


class PoolError(RuntimeError):
    """The workers cannot run (the tokenizer fails to start, or they keep crashing)."""


@dataclass
class _Worker:
    process: Any
    conn: Any
    position: Any  # shared [batch id, item index]: which line is being tokenized
    task: Task | None = None
    ready: bool = False


class WorkerPool:
    """``n`` spawned processes, each with its own tokenizer; one batch in flight per worker.

    ``on_crash(task, item, exitcode)`` is told which item crashed a worker (item is -1 when it
    died outside a line) and returns the task to run again (or None to drop it).
    """

    def __init__(
        self,
        n: int,
        ref: PluginRef,
        plugin_id: str,
        options: dict[str, Any],
        on_crash: Callable[[Task, int, int | None], Task | None],
    ) -> None:
        self._ctx = mp.get_context("spawn")  # never fork: JVMs and Qt break in forked children
        self._args = (ref, plugin_id, options)
        self._on_crash = on_crash
        self._fruitless_restarts = 0
        self.workers = [self._start() for _ in range(n)]

    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        position = self._ctx.RawArray("q", [-1, -1])
        p = self._ctx.Process(target=worker_main, args=(*self._args, child, position),
                              daemon=True, name="w2v-studio-tokenizer")  # fmt: skip
        p.start()
        child.close()
        return _Worker(p, parent, position)

    def run(self, tasks: Iterator[Task], should_stop: Callable[[], bool]) -> Iterator[Result]:
        """Results of the tasks as they finish (not in order); stops early when told to."""
        queue: list[Task] = []  # tasks to run again after a crash, first
        exhausted = False
        while True:
            if should_stop():
                return
            for w in self.workers:
                if w.task is None and w.ready:
                    task = queue.pop(0) if queue else None
                    if task is None and not exhausted:
                        task = next(tasks, None)
                        exhausted = task is None
                    if task is not None:
                        w.task = task
                        w.conn.send(task)
            if exhausted and not queue and all(w.task is None for w in self.workers):
                return
            conns = [w.conn for w in self.workers] + [w.process.sentinel for w in self.workers]
            ready = multiprocessing.connection.wait(conns, timeout=0.2)
            for i, w in enumerate(list(self.workers)):
                msg = None
                if w.conn in ready:
                    try:
                        msg = w.conn.recv()
                    except (EOFError, OSError):
                        msg = None  # the worker is gone: handled below
                if msg is not None:
                    kind = msg[0]
                    if kind == "init_error":
                        raise PoolError(msg[1])
                    if kind == "ready":
                        w.ready = True
                    elif kind == "done":
                        w.task = None
                        self._fruitless_restarts = 0
                        yield msg[1]
                    continue
                if w.process.sentinel in ready or w.conn in ready:
                    if w.process.sentinel not in ready:
                        w.process.join(2)  # its pipe closed: it is ending
                    if w.conn in ready or not w.conn.poll():
                        again = self._crashed(i, w)
                        if again is not None:
                            queue.insert(0, again)

    def _crashed(self, i: int, w: _Worker) -> Task | None:
        w.process.join(1)
        code = w.process.exitcode
        task, item = w.task, -1
        if task is not None and w.position[0] == task.batch_id:
            item = int(w.position[1])
        if item == IN_MANY and task is not None and not task.line_by_line:
            item = -1  # it died inside tokenize_many: run the batch again line by line
            task = replace(task, line_by_line=True)
        elif item < 0:
            self._fruitless_restarts += 1
            if self._fruitless_restarts > MAX_RESTARTS_WITHOUT_PROGRESS:
                raise PoolError(
                    f"the tokenizer worker process keeps crashing (exit code {code}) before "
                    "tokenizing anything"
                )
        w.conn.close()
        self.workers[i] = self._start()
        if task is None:
            return None
        if item < 0:
            return task  # it died outside a line: run the batch again
        return self._on_crash(task, item, code)

    def close(self) -> None:
        """Stop every worker (politely, then by force)."""
        for w in self.workers:
            try:
                if w.task is None and w.process.is_alive():
                    w.conn.send(None)
            except (OSError, BrokenPipeError):
                pass
        for w in self.workers:
            w.process.join(timeout=0.5 if w.task is None else 0)
            if w.process.is_alive():
                w.process.terminate()
                w.process.join(timeout=2)
            if w.process.is_alive():
                w.process.kill()
            w.conn.close()
