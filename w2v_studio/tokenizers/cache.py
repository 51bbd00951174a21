"""Where tokenized corpora are cached, and the key that says a cached one still fits."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

CACHE_FORMAT = 2  # bump when the layout of a cache folder or the pipeline's output changes
# 2: token ids, line lengths and lexicon counts beside tokens.txt (core.encoded)
COMPLETE_MARKER = "complete"


def default_cache_dir() -> Path:
    """``$W2V_STUDIO_CACHE/tokenized``, else ``~/.cache/w2v-studio/tokenized`` (XDG respected)."""
    from w2v_studio.core.workspace.downloads import default_cache_dir as app_cache_dir

    return app_cache_dir() / "tokenized"


def file_sha256(path: str | os.PathLike, block: int = 1 << 20) -> str:
    """The sha256 of a file's bytes, read in blocks.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"; _ = p.write_bytes(b"abc")
    >>> file_sha256(p)[:12]
    'ba7816bf8f01'
    """
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(block):
            h.update(chunk)
    return h.hexdigest()


def cache_key(corpus: Any, plugin_id: str, plugin_version: str, options: dict[str, Any]) -> str:
    """A hex key from the corpus files' content, order and reading settings, the tokenizer id,
    its version and its options (files named by path options enter by content)."""
    files = []
    for f in corpus.files:
        files.append({
            "sha256": file_sha256(f.path),
            "kind": getattr(f, "kind", "text"),
            "encoding": getattr(getattr(f, "encoding", None), "encoding", None),
        })  # fmt: skip
    opts = {}
    for k, v in sorted(options.items()):
        if isinstance(v, str) and v and os.path.isfile(v) and k in _path_keys(plugin_id, options):
            v = {"file_sha256": file_sha256(v)}
        elif isinstance(v, tuple):
            v = list(v)
        opts[k] = v
    doc = {
        "format": CACHE_FORMAT,
        "files": files,
        "column": _plain(getattr(corpus, "column", None)),
        "field": _plain(getattr(corpus, "field", None)),
        "max_chunk_chars": getattr(corpus, "max_chunk_chars", None),
        "errors": getattr(corpus, "errors", None),
        "tokenizer": plugin_id,
        "version": plugin_version,
        "options": opts,
    }
    blob = json.dumps(doc, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


def _plain(v: Any) -> Any:
    return v if v is None or isinstance(v, int | str) else str(v)


def _path_keys(plugin_id: str, options: dict[str, Any]) -> set[str]:
    try:
        from w2v_studio.tokenizers.registry import get_plugin

        plugin, _ = get_plugin(plugin_id)
        return {s.name for s in plugin.options if s.type == "path"}
    except Exception:
        return set(options)
