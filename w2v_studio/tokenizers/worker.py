"""The tokenizing worker: one spawned process, one tokenizer, batches of lines over a pipe."""

from __future__ import annotations

import os
import signal
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from w2v_studio.tokenizers.base import Tokenizer
from w2v_studio.tokenizers.registry import PluginRef, load_plugin
from w2v_studio.tokenizers.tags import TagCounts, add_line_tags
from w2v_studio.tokenizers.text import clean_tokens, needs_cleaning


@dataclass
class Task:
    """A batch of corpus lines. ``cont[i]`` marks a piece of the same input line as item i-1."""

    batch_id: int
    texts: list[str]
    cont: list[bool]
    skip: frozenset[int] = frozenset()  # items that crashed a worker: not tried again
    stop_at: int | None = None  # on_error="stop": items from here on are not tokenized
    stop_on_error: bool = False
    line_by_line: bool = False  # do not use the tokenizer's tokenize_many
    tags: bool = False  # count each token's part-of-speech tags too (tokenizers.tags)


IN_MANY = -3  # position value while tokenize_many runs (the failing line is not known)


@dataclass
class Result:
    """Output of one batch: text of its output lines, counts, its distinct tokens, line errors,
    and the same tokens as ids into ``types`` (so the parent never splits the text again)."""

    batch_id: int
    text: str  # output lines joined by "\n" (no trailing newline)
    n_lines: int  # output lines in ``text``
    n_items: int  # items handled (less than len(texts) when stopped on an error)
    tokens: int
    types: list[str]  # distinct tokens in order of first occurrence
    errors: list[tuple[int, str]] = field(default_factory=list)  # (item index, message)
    ids: bytes = b""  # int32 index into ``types`` of every token, in order
    line_lengths: bytes = b""  # int32 tokens on each output line
    tag_counts: TagCounts = field(default_factory=dict)  # (token, tag) -> n, when task.tags


def _error(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    return f"{type(e).__name__}: {text[0] if text else ''}".rstrip(": ")


def run_batch(tok: Tokenizer, task: Task, position: Any = None) -> Result:
    """Tokenize one batch; ``position`` (shared array) tells the parent which item is running."""
    texts, cont = task.texts, task.cont
    n = len(texts) if task.stop_at is None else min(task.stop_at, len(texts))
    many = getattr(tok, "tokenize_many", None)
    pre: list[list[str]] | None = None
    if many is not None and not task.skip and not task.line_by_line and n == len(texts):
        if position is not None:
            position[1] = IN_MANY
        try:
            pre = many(texts)
        except Exception:
            pre = None  # tokenize line by line to find the failing one
    lines: list[str] = []
    local: dict[str, int] = {}
    ids: list[int] = []
    lengths: list[int] = []
    errors: list[tuple[int, str]] = []
    tag_counts: TagCounts = {}
    ntok = 0
    handled = n
    for i in range(n):
        toks: list[str]
        if i in task.skip:
            toks = []
        else:
            if position is not None:
                position[1] = i
            try:
                toks = pre[i] if pre is not None else tok.tokenize(texts[i])
            except Exception as e:
                errors.append((i, _error(e)))
                if task.stop_on_error:
                    handled = i
                    break
                toks = []
        s = " ".join(toks)
        if needs_cleaning(toks, s):  # a token with whitespace inside, or an empty one
            toks = clean_tokens(toks)
            s = " ".join(toks)
        if task.tags:
            add_line_tags(tag_counts, tok, texts[i], toks)
        ntok += len(toks)
        ids.extend([local.setdefault(t, len(local)) for t in toks])
        if cont[i] and lines:
            lines[-1] = f"{lines[-1]} {s}" if lines[-1] and s else lines[-1] or s
            lengths[-1] += len(toks)
        else:
            lines.append(s)
            lengths.append(len(toks))
    if position is not None:
        position[1] = -2
    return Result(task.batch_id, "\n".join(lines), len(lines), handled, ntok, list(local), errors,
                  np.asarray(ids, dtype="<i4").tobytes(),
                  np.asarray(lengths, dtype="<i4").tobytes(), tag_counts)


def worker_main(
    ref: PluginRef, plugin_id: str, options: dict[str, Any], conn: Any, position: Any
) -> None:
    """Entry point of a spawned worker: create the tokenizer once, then serve batches."""
    # Ctrl+C goes to the whole process group: the parent handles it and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        plugin = load_plugin(ref, plugin_id)
        reason = plugin.available()
        if reason:
            raise RuntimeError(reason)
        tok = plugin.make(options)
    except BaseException as e:  # reported, not raised: the parent shows it to the user
        conn.send(("init_error", _error(e)))
        conn.close()
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            task = conn.recv()
        except EOFError:
            break
        if task is None:
            break
        position[0] = task.batch_id
        conn.send(("done", run_batch(tok, task, position)))
    conn.close()
