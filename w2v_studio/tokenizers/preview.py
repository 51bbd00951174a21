"""Tokenize one sentence and return tokens with tags, for the GUI's live preview."""

from __future__ import annotations

import contextlib
import json
import multiprocessing as mp
import threading
from typing import Any

from w2v_studio.tokenizers.base import Token, Tokenizer
from w2v_studio.tokenizers.registry import create_tokenizer, get_plugin, plugin_options

_lock = threading.Lock()
_local: dict[str, Tokenizer] = {}
_helpers: dict[str, Any] = {}  # plugin id -> (options key, process, conn)
_MAX_CACHED = 8


def _key(plugin_id: str, options: dict[str, Any]) -> str:
    return json.dumps([plugin_id, sorted(options.items())], default=str, ensure_ascii=False)


def _helper_main(plugin_id: str, options: dict[str, Any], conn: Any) -> None:
    """Helper process for tokenizers that must not run in the GUI process (JVM)."""
    try:
        tok = create_tokenizer(plugin_id, options)
    except Exception as e:
        conn.send(("error", f"{type(e).__name__}: {e}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            text = conn.recv()
        except EOFError:
            return
        if text is None:
            return
        try:
            conn.send(("ok", [(t.text, t.tag) for t in tok.analyze(text)]))
        except Exception as e:
            conn.send(("error", f"{type(e).__name__}: {e}"))


def _isolated(plugin_id: str, options: dict[str, Any], text: str, timeout: float) -> list[Token]:
    key = _key(plugin_id, options)
    entry = _helpers.get(plugin_id)
    if entry is None or entry[0] != key or not entry[1].is_alive():
        if entry is not None:
            shutdown(plugin_id)
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        p = ctx.Process(target=_helper_main, args=(plugin_id, options, child), daemon=True,
                        name=f"w2v-studio-preview-{plugin_id}")  # fmt: skip
        p.start()
        child.close()
        if not parent.poll(timeout):
            p.kill()
            raise RuntimeError(f"tokenizer {plugin_id!r} did not start within {timeout:.0f} s")
        kind, msg = parent.recv()
        if kind == "error":
            p.join(1)
            raise RuntimeError(msg)
        entry = _helpers[plugin_id] = (key, p, parent)
    _, p, conn = entry
    conn.send(text)
    if not conn.poll(timeout):
        shutdown(plugin_id)
        raise RuntimeError(f"tokenizer {plugin_id!r} did not answer within {timeout:.0f} s")
    kind, payload = conn.recv()
    if kind == "error":
        raise RuntimeError(payload)
    return [Token(t, tag) for t, tag in payload]


def preview(
    plugin_id: str, options: dict[str, Any] | None, text: str, timeout: float = 60.0
) -> list[Token]:
    """Tokens of ``text`` with their tags; the tokenizer is kept for the next call.

    Tokenizers that need their own process (konlpy's JVM) run in a helper process.
    Raises ValueError for a bad option, TokenizerUnavailable or RuntimeError if it cannot run.

    >>> [t.text for t in preview("whitespace", {}, "already segmented text")]
    ['already', 'segmented', 'text']
    """
    opts = plugin_options(plugin_id, options)
    plugin, _ = get_plugin(plugin_id)
    with _lock:
        if plugin.isolate:
            return _isolated(plugin_id, opts, text, timeout)
        key = _key(plugin_id, opts)
        tok = _local.get(key)
        if tok is None:
            if len(_local) >= _MAX_CACHED:
                _local.pop(next(iter(_local)))
            tok = _local[key] = create_tokenizer(plugin_id, opts)
        return list(tok.analyze(text))


def shutdown(plugin_id: str | None = None) -> None:
    """Stop preview helper processes (all of them when ``plugin_id`` is None)."""
    for pid in [plugin_id] if plugin_id else list(_helpers):
        entry = _helpers.pop(pid, None)
        if entry is None:
            continue
        _, p, conn = entry
        with contextlib.suppress(OSError):
            conn.send(None)
        p.join(2)
        if p.is_alive():
            p.kill()
        conn.close()
