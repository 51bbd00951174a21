"""Tokenize one sentence and return tokens with tags, for the GUI's live preview."""

from __future__ import annotations

import contextlib
import json
import multiprocessing as mp
import threading
from typing import Any

from w2v_studio.tokenizers.base import Token, Tokenizer
from w2v_studio.tokenizers.registry import (
    PluginRef,
    TokenizerUnavailable,
    create_tokenizer,
    get_plugin,
    load_plugin,
    plugin_options,
)
from w2v_studio.tokenizers.spans import analyze_with_spans

_lock = threading.Lock()
_local: dict[str, Tokenizer] = {}
_helpers: dict[str, Any] = {}  # plugin id -> (options key, process, conn)
_MAX_CACHED = 8
IN_PROCESS = frozenset({"whitespace"})  # cheap enough to preview in this process


def _key(plugin_id: str, options: dict[str, Any]) -> str:
    return json.dumps([plugin_id, sorted(options.items())], default=str, ensure_ascii=False)


def _helper_main(ref: PluginRef, plugin_id: str, options: dict[str, Any], conn: Any) -> None:
    """Helper process of one plugin: keeps a tokenizer per options, answers (options, text).
    The plugin is loaded from its ref, as the tokenizing workers do (user plugin folders
    configured in the parent are not known here)."""
    made: dict[str, Tokenizer] = {}
    try:
        plugin = load_plugin(ref, plugin_id)
        reason = plugin.available()
        if reason:
            raise TokenizerUnavailable(f"tokenizer {plugin_id!r} cannot run: {reason}")
        made[_key(plugin_id, options)] = plugin.make(options)
    except Exception as e:
        conn.send(("error", f"{type(e).__name__}: {e}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        if request is None:
            return
        opts, text = request
        try:
            key = _key(plugin_id, opts)
            if key not in made:
                if len(made) >= _MAX_CACHED:
                    made.pop(next(iter(made)))
                made[key] = plugin.make(opts)
            toks = analyze_with_spans(made[key], text)
            conn.send(("ok", [(t.text, t.tag, t.start, t.end) for t in toks]))
        except Exception as e:
            conn.send(("error", f"{type(e).__name__}: {e}"))


def _isolated(ref: PluginRef, plugin_id: str, options: dict[str, Any], text: str,
              timeout: float) -> list[Token]:
    key = _key(plugin_id, options)
    entry = _helpers.get(plugin_id)
    if entry is None or not entry[1].is_alive():
        if entry is not None:
            shutdown(plugin_id)
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        p = ctx.Process(target=_helper_main, args=(ref, plugin_id, options, child), daemon=True,
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
    conn.send((options, text))
    if not conn.poll(timeout):
        shutdown(plugin_id)
        raise RuntimeError(f"tokenizer {plugin_id!r} did not answer within {timeout:.0f} s")
    kind, payload = conn.recv()
    if kind == "error":
        raise RuntimeError(payload)
    return [Token(*t) for t in payload]


def preview(
    plugin_id: str, options: dict[str, Any] | None, text: str, timeout: float = 60.0
) -> list[Token]:
    """Tokens of ``text`` with their tags and character spans (``text[t.start:t.end]``, see
    ``tokenizers.spans``); the tokenizer is kept for the next call.

    Every tokenizer but the built-in whitespace one runs in a helper process per plugin (kept
    for the next call): konlpy's JVM must, and the others load dictionaries or models in
    Python (jieba builds its 350,000-word trie in about a second), which would hold the GIL
    and freeze the window while the preview starts.
    Raises ValueError for a bad option, TokenizerUnavailable or RuntimeError if it cannot run.

    >>> [t.text for t in preview("whitespace", {}, "already segmented text")]
    ['already', 'segmented', 'text']
    """
    opts = plugin_options(plugin_id, options)
    plugin, ref = get_plugin(plugin_id)
    with _lock:
        if plugin.isolate or plugin_id not in IN_PROCESS:
            return _isolated(ref, plugin_id, opts, text, timeout)
        key = _key(plugin_id, opts)
        tok = _local.get(key)
        if tok is None:
            if len(_local) >= _MAX_CACHED:
                _local.pop(next(iter(_local)))
            tok = _local[key] = create_tokenizer(plugin_id, opts)
        return analyze_with_spans(tok, text)


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
