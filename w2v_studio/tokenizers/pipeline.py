"""Tokenize a corpus in spawned worker processes, with progress, cancel, errors and a cache."""

from __future__ import annotations

import bisect
import json
import os
import shutil
import threading
import time
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

import numpy as np

from w2v_studio.core.corpus.encoded import ENCODED_FILES, IDS_FILE, LENGTHS_FILE, write_lexicon
from w2v_studio.core.workspace.atomic import atomic_dir
from w2v_studio.tokenizers.cache import COMPLETE_MARKER, cache_key, default_cache_dir
from w2v_studio.tokenizers.pool import PoolError, WorkerPool
from w2v_studio.tokenizers.registry import TokenizerUnavailable, get_plugin, unavailable_reason
from w2v_studio.tokenizers.tags import SAMPLE_LINES, TagCounts, most_frequent_tags, write_tags
from w2v_studio.tokenizers.tokenized import (
    LINENOS_FILE,
    META_FILE,
    TOKENS_FILE,
    LineError,
    TokenizedCorpus,
    TokenizeStats,
)
from w2v_studio.tokenizers.worker import Result, Task, run_batch

__all__ = [
    "LineError",
    "TokenizeCancelled",
    "TokenizeError",
    "TokenizeProgress",
    "TokenizedCorpus",
    "tokenize_corpus",
]

BATCH_CHARS = 100_000  # text per batch: big enough to hide IPC, small enough for progress
PROGRESS_EVERY = 0.1  # seconds between progress reports


class TokenizeError(Exception):
    """The corpus could not be tokenized; the message says why and what to do."""


class TokenizeCancelled(Exception):
    """Cancelled by the user; ``partial`` holds what was tokenized (not used as a cache hit)."""

    def __init__(self, message: str, partial: TokenizedCorpus | None = None) -> None:
        super().__init__(message)
        self.partial = partial


@dataclass(frozen=True)
class TokenizeProgress:
    """Progress of a run (``fraction`` is estimated from bytes read)."""

    lines: int
    chars: int
    tokens: int
    chars_per_sec: float
    fraction: float
    errors: int = 0
    elapsed: float = 0.0
    workers: int = 0
    from_cache: bool = False


@dataclass
class _Batch:
    task: Task
    where: list[tuple[int, int]]  # (file index, line number) of each item
    chars: int
    nbytes: int


def _batches(
    corpus: Any, file_index: dict[str, int], stop_on_error: bool, skip_lines: int = 0
) -> Iterator[_Batch]:
    """Batches of about BATCH_CHARS characters; the pieces of a long line stay together.
    The first ``skip_lines`` input lines are passed over (done by an earlier, cancelled run)."""
    texts: list[str] = []
    cont: list[bool] = []
    where: list[tuple[int, int]] = []
    chars = 0
    bid = 0
    prev: tuple[int, int] | None = None
    group = -1
    for line in corpus.lines():
        key = (file_index[str(line.path)], line.lineno)
        is_cont = key == prev
        if group < skip_lines:
            group += not is_cont
            if group < skip_lines:
                prev = key
                continue
        if chars >= BATCH_CHARS and not is_cont:
            nbytes = len("\n".join(texts).encode("utf-8", "replace")) + 1
            yield _Batch(Task(bid, texts, cont, stop_on_error=stop_on_error), where, chars, nbytes)
            bid += 1
            texts, cont, where, chars = [], [], [], 0
        texts.append(line.text)
        cont.append(is_cont)
        where.append(key)
        chars += len(line.text) + 1
        prev = key
    if texts:
        nbytes = len("\n".join(texts).encode("utf-8", "replace")) + 1
        yield _Batch(Task(bid, texts, cont, stop_on_error=stop_on_error), where, chars, nbytes)


def _text_bytes(f: Any) -> int:
    """Rough size of a file's text (compressed files hold about 3.5 times their size)."""
    compressed = str(f.path).lower().endswith((".xz", ".gz", ".bz2", ".zst", ".lzma"))
    return int(f.size * 3.5) if compressed else f.size


class _Run:
    """State of one tokenization: writes results in order, counts, reports progress."""

    def __init__(
        self,
        corpus: Any,
        out: Path,
        on_error: str,
        on_progress: Callable[[TokenizeProgress], None] | None,
        workers: int,
        resume: TokenizedCorpus | None = None,
    ) -> None:
        self.files = [str(f.path) for f in corpus.files]
        self.file_index = {p: i for i, p in enumerate(self.files)}
        self.total_bytes = max(1, sum(_text_bytes(f) for f in corpus.files))
        self.stop = on_error == "stop"
        self.on_progress = on_progress
        self.workers = workers
        self.f = open(out / TOKENS_FILE, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        # the same tokens as int32 lexicon ids, and the tokens per line (see core.encoded)
        self.ids_f = open(out / IDS_FILE, "wb")  # noqa: SIM115
        self.lengths_f = open(out / LENGTHS_FILE, "wb")  # noqa: SIM115
        self.lexicon: dict[str, int] = {}  # token -> id, in order of first occurrence
        self.linenos = array("q")
        self.file_starts = [0] * len(self.files)
        self.last_file = -1
        self.lines = self.tokens = self.chars = self.nbytes = 0
        self.errors: list[LineError] = []
        self.crashes: dict[tuple[int, int], str] = {}  # (batch id, item) -> message
        self.pending: dict[int, tuple[_Batch, Result]] = {}
        self.batches: dict[int, _Batch] = {}
        self.next_id = 0
        self.start = time.perf_counter()
        self.last_report = 0.0
        self.stopped_at: LineError | None = None
        self.resumed = 0
        self.tag_counts: TagCounts = {}  # of the first SAMPLE_LINES lines (tokenizers.tags)
        self.tag_items = SAMPLE_LINES
        if resume is not None:
            self._resume(resume)

    def _resume(self, part: TokenizedCorpus) -> None:
        """Start from what a cancelled or stopped run of the same settings left: its text and
        id files are copied, its lexicon goes on growing (``_load_partial`` checked them)."""
        enc = part.encoded()
        assert enc is not None
        with open(part.tokens_path, encoding="utf-8", newline="\n") as src:
            shutil.copyfileobj(src, self.f)
        for name, dst in ((IDS_FILE, self.ids_f), (LENGTHS_FILE, self.lengths_f)):
            with open(part.path / name, "rb") as src:
                shutil.copyfileobj(src, dst)
        self.lexicon = {w: i for i, w in enumerate(enc.words)}
        self.linenos = array("q", np.load(part.path / LINENOS_FILE, allow_pickle=False).tolist())
        s = part.stats
        self.lines, self.tokens, self.chars = s.lines, s.tokens, s.chars
        self.nbytes = int(s.chars * 2.5)  # only for the progress estimate
        self.errors = list(part.errors)
        self.file_starts = list(part.file_starts)
        self.last_file = bisect.bisect_right(self.file_starts, s.lines - 1) - 1 if s.lines else -1
        self.resumed = s.lines

    def feed(self, corpus: Any) -> Iterator[Task]:
        for b in _batches(corpus, self.file_index, self.stop, self.resumed):
            if self.tag_items > 0:
                b.task.tags = True
                self.tag_items -= len(b.task.texts)
            self.batches[b.task.batch_id] = b
            yield b.task

    def on_crash(self, task: Task, item: int, code: int | None) -> Task:
        self.crashes[(task.batch_id, item)] = (
            f"the tokenizer crashed on this line (worker exit code {code})"
        )
        if self.stop:
            return replace(task, stop_at=item if task.stop_at is None else min(item, task.stop_at))
        return replace(task, skip=task.skip | {item})

    def add(self, result: Result) -> None:
        """Take a result (any order); write every result that is next in line."""
        self.pending[result.batch_id] = (self.batches[result.batch_id], result)
        while self.next_id in self.pending and self.stopped_at is None:
            batch, res = self.pending.pop(self.next_id)
            del self.batches[self.next_id]
            self._write(batch, res)
            self.next_id += 1
        self.report()

    def _write(self, batch: _Batch, res: Result) -> None:
        if res.n_lines:
            self.f.write(res.text)
            self.f.write("\n")
        task = batch.task
        errs = sorted(
            [(i, m) for i, m in res.errors]
            + [(i, m) for (bid, i), m in self.crashes.items() if bid == task.batch_id]
        )
        for i in range(res.n_items):
            if not task.cont[i]:
                fi, lineno = batch.where[i]
                if fi != self.last_file:
                    for j in range(self.last_file + 1, fi + 1):
                        self.file_starts[j] = self.lines
                    self.last_file = fi
                self.linenos.append(lineno)
                self.lines += 1
        self.tokens += res.tokens
        for key, n in res.tag_counts.items():
            self.tag_counts[key] = self.tag_counts.get(key, 0) + n
        self._add_ids(res.types, np.frombuffer(res.ids, dtype="<i4"), res.line_lengths)
        self.chars += batch.chars
        self.nbytes += batch.nbytes
        for i, msg in errs:
            fi, lineno = batch.where[i]
            err = LineError(self.files[fi], lineno, msg)
            self.errors.append(err)
            if self.stop and self.stopped_at is None:
                self.stopped_at = err
        for bid, i in [k for k in self.crashes if k[0] == task.batch_id]:
            del self.crashes[(bid, i)]

    def _add_ids(self, types: list[str], local_ids: np.ndarray, line_lengths: bytes) -> None:
        """Append a batch's tokens as lexicon ids: one dict lookup per distinct token of the
        batch, the rest in numpy (the counts are taken from the id file at the end)."""
        lex = self.lexicon
        glob = np.fromiter((lex.setdefault(t, len(lex)) for t in types), dtype="<i4",
                           count=len(types))
        glob[local_ids].tofile(self.ids_f)
        self.lengths_f.write(line_lengths)

    def close(self) -> None:
        for f in (self.f, self.ids_f, self.lengths_f):
            f.close()

    def report(self, force: bool = False, fraction: float | None = None) -> None:
        now = time.perf_counter()
        if self.on_progress is None or (not force and now - self.last_report < PROGRESS_EVERY):
            return
        self.last_report = now
        elapsed = now - self.start
        frac = fraction if fraction is not None else min(0.99, self.nbytes / self.total_bytes)
        self.on_progress(TokenizeProgress(self.lines, self.chars, self.tokens,
                                          self.chars / elapsed if elapsed > 0 else 0.0, frac,
                                          len(self.errors), elapsed, self.workers))  # fmt: skip

    def finish(
        self, folder: Path, plugin_id: str, options: dict[str, Any], complete: bool
    ) -> TokenizedCorpus:
        self.close()
        write_lexicon(folder, self.lexicon)
        for j in range(self.last_file + 1, len(self.files)):
            self.file_starts[j] = self.lines
        np.save(folder / LINENOS_FILE, np.frombuffer(self.linenos, dtype=np.int64))
        stats = TokenizeStats(self.lines, self.tokens, len(self.lexicon), self.chars,
                              round(time.perf_counter() - self.start, 3))  # fmt: skip
        tc = TokenizedCorpus(folder, plugin_id, options, self.files, self.file_starts, stats,
                             self.errors, False, complete)  # fmt: skip
        (folder / META_FILE).write_text(json.dumps(tc.meta(), ensure_ascii=False, indent=1),
                                        encoding="utf-8")  # fmt: skip
        return tc


def _as_corpus(corpus: Any) -> Any:
    if hasattr(corpus, "files") and hasattr(corpus, "lines"):
        return corpus
    from w2v_studio.core.corpus.reader import Corpus

    return Corpus(corpus)


def _load_partial(where: Path, files: list[str]) -> TokenizedCorpus | None:
    """The partial result of an earlier run, if it is whole and matches these files."""
    try:
        part = TokenizedCorpus.load(where, from_cache=True)
        n = np.load(where / LINENOS_FILE, allow_pickle=False).shape[0]
        with open(part.tokens_path, "rb") as f:
            lines = sum(block.count(b"\n") for block in iter(lambda: f.read(1 << 20), b""))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if part.complete or part.files != files or not n == lines == part.stats.lines:
        return None
    return part if part.encoded() is not None else None


def _keep_partial(tmp: Path, partial: Path) -> None:
    if partial.exists():
        shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    for name in (TOKENS_FILE, LINENOS_FILE, META_FILE, *ENCODED_FILES):
        if (tmp / name).exists():
            os.replace(tmp / name, partial / name)


def _checked_plugin(plugin_id: str, options: dict[str, Any] | None) -> tuple[Any, Any, dict]:
    """The plugin, its ref and the checked options; TokenizeError when it cannot run."""
    try:
        plugin, ref = get_plugin(plugin_id)
        from w2v_studio.tokenizers.options import validate_options

        opts = validate_options(plugin_id, plugin.options, options, dict(plugin.aliases))
    except (ValueError, TokenizerUnavailable) as e:
        raise TokenizeError(str(e)) from None
    reason = unavailable_reason(plugin_id)
    if reason:
        raise TokenizeError(f"tokenizer {plugin_id!r} cannot run: {reason}")
    return plugin, ref, opts


def _from_cache(
    folder: Path, on_progress: Callable[[TokenizeProgress], None] | None
) -> TokenizedCorpus | None:
    """The cached run in ``folder`` when it is complete and readable (else None: tokenize)."""
    if not (folder / COMPLETE_MARKER).is_file():
        return None
    try:
        tc = TokenizedCorpus.load(folder, from_cache=True)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # damaged: tokenize again
    if on_progress is not None:
        s = tc.stats
        on_progress(TokenizeProgress(s.lines, s.chars, s.tokens, 0.0, 1.0,
                                     len(tc.errors), 0.0, 0, True))  # fmt: skip
    return tc


def tokenize_corpus(
    corpus: Any,
    plugin_id: str,
    options: dict[str, Any] | None = None,
    *,
    workers: int = 2,
    cache_dir: Path | None = None,
    on_progress: Callable[[TokenizeProgress], None] | None = None,
    cancel: threading.Event | None = None,
    on_error: Literal["skip", "stop"] = "skip",
) -> TokenizedCorpus:
    """Tokenize every line of ``corpus`` with plugin ``plugin_id``, or take it from the cache.

    Parameters
    ----------
    corpus : a ``w2v_studio.core.corpus.reader.Corpus`` (or paths, read with default settings).
    workers : spawned worker processes (0 tokenizes in this process: tests and scripts only).
    cache_dir : default ``$W2V_STUDIO_CACHE/tokenized`` or ``~/.cache/w2v-studio/tokenized``.
    on_error : ``skip`` a line that fails (reported in ``errors``) or ``stop`` the run.

    Raises TokenizeError (tokenizer cannot run, bad option, stopped on a line) and
    TokenizeCancelled (``cancel`` set; what was done is kept in a ``.partial`` folder).

    Example
    -------
    >>> tc = tokenize_corpus(Corpus(["reviews.txt"]), "mecab", {"lemma": True})  # doctest: +SKIP
    >>> next(iter(tc.sentences()))  # doctest: +SKIP
    ['영화', '정말', '재밌다']
    """
    if on_error not in ("skip", "stop"):
        raise ValueError(f"on_error must be 'skip' or 'stop', not {on_error!r}")
    plugin, ref, opts = _checked_plugin(plugin_id, options)
    corpus = _as_corpus(corpus)
    root = Path(cache_dir).expanduser() if cache_dir is not None else default_cache_dir()
    folder = root / cache_key(corpus, plugin_id, plugin.version, opts)
    cached = _from_cache(folder, on_progress)
    if cached is not None:
        return cached
    cancel = cancel or threading.Event()
    where = folder.with_name(folder.name + ".partial")
    resume = _load_partial(where, [str(f.path) for f in corpus.files]) if where.is_dir() else None
    with atomic_dir(folder, may_replace=lambda _: True) as tmp:  # our cache entry, damaged
        run = _Run(corpus, tmp, on_error, on_progress, workers, resume)
        try:
            _execute(run, corpus, ref, plugin_id, plugin, opts, workers, cancel)
        except BaseException:
            run.close()
            raise
        finally:
            if cancel.is_set() or run.stopped_at is not None:
                partial = run.finish(tmp, plugin_id, opts, complete=False)
                _keep_partial(tmp, where)
                partial.path = where
        if cancel.is_set():
            raise TokenizeCancelled(
                f"tokenizing cancelled after {run.lines:,} lines; they are kept in {where}",
                partial,
            )
        if run.stopped_at is not None:
            raise TokenizeError(
                f"stopped at {run.stopped_at}. The {run.lines:,} lines before it are kept in "
                f"{where}. Fix or remove that line, or choose to skip lines that fail."
            )
        tc = run.finish(tmp, plugin_id, opts, complete=True)
        write_tags(tmp, most_frequent_tags(run.tag_counts))  # tags.json, when the tokenizer tags
        (tmp / COMPLETE_MARKER).write_text("ok\n", encoding="utf-8")
    tc.path = folder
    if where.exists():
        shutil.rmtree(where, ignore_errors=True)
    run.report(force=True, fraction=1.0)
    return tc


def _execute(
    run: _Run,
    corpus: Any,
    ref: Any,
    plugin_id: str,
    plugin: Any,
    opts: dict[str, Any],
    workers: int,
    cancel: threading.Event,
) -> None:
    def should_stop() -> bool:
        return cancel.is_set() or run.stopped_at is not None

    run.report(force=True, fraction=0.0)
    if workers <= 0:
        try:
            tok = plugin.make(opts)
        except Exception as e:
            raise TokenizeError(f"tokenizer {plugin_id!r} could not start: {e}") from None
        for task in run.feed(corpus):
            if should_stop():
                break
            run.add(run_batch(tok, task))
        return
    pool = WorkerPool(workers, ref, plugin_id, opts, run.on_crash)
    try:
        for result in pool.run(run.feed(corpus), should_stop):
            run.add(result)
    except PoolError as e:
        raise TokenizeError(f"tokenizer {plugin_id!r} could not run: {e}") from None
    finally:
        pool.close()
