"""A model's link to the corpus it was trained on: the tokenized cache and the source files.

The link is stored in ``model.json`` under ``corpus`` -> ``link`` (``TrainedModel.corpus_info``).
Reopening a model, :func:`find_corpus` says whether the cached tokenized corpus is still there,
or the cache is gone but the sources are unchanged (:func:`retokenize` makes it again), or the
sources moved or changed (:func:`relocate` finds them by name and content in another folder).

>>> link = CorpusLink.from_info(model.corpus_info)  # doctest: +SKIP
>>> found = find_corpus(link)  # doctest: +SKIP
>>> found.state, found.tokenized.path  # doctest: +SKIP
('ready', PosixPath('~/.cache/w2v-studio/tokenized/0123abcd'))
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

LINK_KEY = "link"  # the key of the link in corpus_info
LINK_VERSION = 1
HASH_LIMIT = 512 * 1024 * 1024  # sources larger than this together are not hashed by the GUI

State = Literal["ready", "cached", "retokenize", "moved"]


@dataclass(frozen=True)
class SourceFile:
    """A source file as it was when the model was trained (None: not recorded)."""

    path: str
    size: int | None = None
    mtime: float | None = None
    sha256: str | None = None
    encoding: str | None = None


@dataclass(frozen=True)
class CorpusLink:
    """Everything needed to find, read again and tokenize again a model's corpus."""

    files: tuple[SourceFile, ...]
    tokenizer: str = "whitespace"
    tokenizer_version: str | None = None
    tokenizer_options: dict[str, Any] = field(default_factory=dict)
    cache_key: str | None = None
    cache_folder: str | None = None
    column: str | int | None = None
    field: str | None = None
    encoding_errors: str = "strict"
    max_chunk_chars: int = 1_000_000

    def to_info(self) -> dict[str, Any]:
        """The entries for ``corpus_info``: the link, and the plain keys older readers use."""
        d = asdict(self)
        d["files"] = [asdict(f) for f in self.files]
        d["version"] = LINK_VERSION
        info: dict[str, Any] = {
            LINK_KEY: d,
            "files": [f.path for f in self.files],
            "tokenizer": self.tokenizer,
            "tokenizer_options": dict(self.tokenizer_options),
        }
        if self.cache_folder:
            info["tokenized_path"] = self.cache_folder
        return info

    @classmethod
    def from_info(cls, info: dict[str, Any] | None) -> CorpusLink | None:
        """The link in a model's ``corpus_info``; older models (only ``files``, ``tokenizer``
        and maybe ``tokenized_path``, ``encodings``, ``column``...) give a link without sizes
        and hashes. None when no source file is named (vectors, or a model without corpus)."""
        info = info or {}
        d = info.get(LINK_KEY)
        if isinstance(d, dict) and isinstance(d.get("files"), list):
            try:
                files = tuple(SourceFile(**_known(SourceFile, f)) for f in d["files"])
                rest = _known(cls, d)
                rest.pop("files", None)
                link = cls(files=files, **rest)
                if files and _well_typed(link):
                    return link
            except TypeError:
                pass
            # damaged (edited by hand, written by something else): read the plain keys below
        paths = info.get("files")
        if not isinstance(paths, list) or not paths or not all(isinstance(p, str) for p in paths):
            return None
        encodings = info.get("encodings") if isinstance(info.get("encodings"), dict) else {}
        cache = info.get("tokenized_path")
        return cls(
            files=tuple(SourceFile(p, encoding=encodings.get(p)) for p in paths),
            tokenizer=str(info.get("tokenizer") or "whitespace"),
            tokenizer_options=dict(info.get("tokenizer_options") or {}),
            cache_key=Path(cache).name if isinstance(cache, str) and cache else None,
            cache_folder=cache if isinstance(cache, str) and cache else None,
            column=info.get("column"),
            field=info.get("field"),
            encoding_errors=str(info.get("encoding_errors") or "strict"),
        )


_TYPES: dict[str, tuple[type, ...]] = {
    "path": (str,), "size": (int, type(None)), "mtime": (int, float, type(None)),
    "sha256": (str, type(None)), "encoding": (str, type(None)), "tokenizer": (str,),
    "tokenizer_version": (str, type(None)), "tokenizer_options": (dict,),
    "cache_key": (str, type(None)), "cache_folder": (str, type(None)),
    "column": (str, int, type(None)), "field": (str, type(None)), "encoding_errors": (str,),
    "max_chunk_chars": (int,),
}  # fmt: skip


def _well_typed(link: CorpusLink) -> bool:
    """Every value of the link (and of each file) has the type it must have."""
    items = [(k, getattr(link, k)) for k in _TYPES if hasattr(link, k)]
    items += [(k, getattr(f, k)) for f in link.files for k in _TYPES if hasattr(f, k)]
    return all(isinstance(v, _TYPES[k]) and not isinstance(v, bool) for k, v in items)


def _known(cls: type, d: dict[str, Any]) -> dict[str, Any]:
    names = set(cls.__dataclass_fields__)
    return {k: v for k, v in d.items() if k in names}


def make_link(corpus: Any, tokenized: Any = None, tokenizer: str | None = None,
              options: dict[str, Any] | None = None, hash_files: bool = True) -> CorpusLink:
    """The link of a corpus (``core.corpus.reader.Corpus``) and, when it was tokenized, its
    ``TokenizedCorpus`` (whose folder name is the cache key). Sources are hashed (sha256)
    unless ``hash_files`` is False."""
    from w2v_studio.tokenizers.cache import file_sha256

    files = []
    for f in corpus.files:
        p = Path(f.path).resolve()
        st = p.stat()
        digest = file_sha256(p) if hash_files else None
        files.append(SourceFile(str(p), st.st_size, st.st_mtime, digest, f.encoding.encoding))
    pid = tokenizer or getattr(tokenized, "tokenizer", None) or "whitespace"
    opts = dict(getattr(tokenized, "options", None) or options or {})
    folder = Path(tokenized.path) if tokenized is not None else None
    key = folder.name if folder is not None else _expected_key(corpus, pid, opts)
    return CorpusLink(
        files=tuple(files),
        tokenizer=pid,
        tokenizer_version=_plugin_version(pid),
        tokenizer_options={k: list(v) if isinstance(v, tuple) else v for k, v in opts.items()},
        cache_key=key,
        cache_folder=str(folder.resolve()) if folder is not None else None,
        column=corpus.column, field=corpus.field, encoding_errors=corpus.errors,
        max_chunk_chars=corpus.max_chunk_chars,
    )  # fmt: skip


def _expected_key(corpus: Any, plugin_id: str, options: dict[str, Any]) -> str | None:
    """The cache key a tokenization of ``corpus`` would have (models trained on untokenized
    text find the copy made by their first concordance), or None when it cannot be known."""
    try:
        from w2v_studio.tokenizers.cache import cache_key
        from w2v_studio.tokenizers.options import validate_options
        from w2v_studio.tokenizers.registry import get_plugin

        plugin, _ = get_plugin(plugin_id)
        opts = validate_options(plugin_id, plugin.options, options, dict(plugin.aliases))
        return cache_key(corpus, plugin_id, plugin.version, opts)
    except Exception:  # a plugin not installed here, unreadable files: no key
        return None


def _plugin_version(plugin_id: str) -> str | None:
    try:
        from w2v_studio.tokenizers.registry import get_plugin

        return str(get_plugin(plugin_id)[0].version)
    except Exception:  # a plugin that is not installed here: recorded without its version
        return None


@dataclass
class CorpusFound:
    """What :func:`find_corpus` found. ``state``: ``ready`` (cache and sources there),
    ``cached`` (cache there, sources moved or changed: tokens only), ``retokenize`` (cache gone,
    sources unchanged), ``moved`` (cache gone, sources moved or changed)."""

    link: CorpusLink
    tokenized: Any  # TokenizedCorpus or None
    missing: list[str] = field(default_factory=list)  # recorded paths not found
    changed: list[str] = field(default_factory=list)  # found with other content

    @property
    def sources_ok(self) -> bool:
        return not self.missing and not self.changed

    @property
    def state(self) -> State:
        if self.tokenized is not None:
            return "ready" if self.sources_ok else "cached"
        return "retokenize" if self.sources_ok else "moved"

    def problem(self) -> str:
        """One sentence naming the moved or changed files ('' when there is none)."""
        parts = []
        if self.missing:
            parts.append("not found: " + ", ".join(self.missing))
        if self.changed:
            parts.append("changed since training: " + ", ".join(self.changed))
        return "; ".join(parts)


def _cache_candidates(link: CorpusLink, cache_root: Path | None) -> list[Path]:
    out = [Path(link.cache_folder).expanduser()] if link.cache_folder else []
    if link.cache_key:
        from w2v_studio.tokenizers.cache import default_cache_dir

        root = Path(cache_root).expanduser() if cache_root is not None else default_cache_dir()
        out.append(root / link.cache_key)
    return out


def _load_cached(link: CorpusLink, cache_root: Path | None) -> Any:
    from w2v_studio.tokenizers.cache import COMPLETE_MARKER
    from w2v_studio.tokenizers.tokenized import TokenizedCorpus

    for folder in _cache_candidates(link, cache_root):
        if not (folder / COMPLETE_MARKER).is_file() or not (folder / "tokens.txt").is_file():
            continue
        try:
            return TokenizedCorpus.load(folder)
        except (OSError, ValueError, KeyError, TypeError):
            continue  # damaged: try the next place, else tokenize again
    return None


def file_state(f: SourceFile) -> Literal["ok", "missing", "changed"]:
    """Whether a recorded source is there unchanged: same size and time, else same hash."""
    p = Path(f.path)
    try:
        st = p.stat()
    except OSError:
        return "missing"
    if not p.is_file():
        return "missing"
    if f.size is not None and st.st_size != f.size:
        return "changed"
    if f.mtime is None or f.sha256 is None or abs(st.st_mtime - f.mtime) < 1e-3:
        return "ok"
    from w2v_studio.tokenizers.cache import file_sha256

    return "ok" if file_sha256(p) == f.sha256 else "changed"


def find_corpus(link: CorpusLink, cache_root: Path | None = None) -> CorpusFound:
    """Look for the tokenized corpus and the sources of ``link`` (see :class:`CorpusFound`)."""
    found = CorpusFound(link, _load_cached(link, cache_root))
    for f in link.files:
        st = file_state(f)
        if st == "missing":
            found.missing.append(f.path)
        elif st == "changed":
            found.changed.append(f.path)
    return found


def relocate(link: CorpusLink, folder: str | os.PathLike) -> tuple[CorpusLink, list[str]]:
    """The link with each moved or changed source replaced by a file of the same name (and,
    where recorded, the same size and sha256) found in ``folder`` or below it; also returns
    the names still not found.

    >>> new, still_missing = relocate(link, "/media/usb/corpora")  # doctest: +SKIP
    """
    root = Path(folder).expanduser()
    files: list[SourceFile] = []
    missing: list[str] = []
    for f in link.files:
        if file_state(f) == "ok":
            files.append(f)
            continue
        hit = _search(root, f)
        if hit is None:
            missing.append(Path(f.path).name)
            files.append(f)
        else:
            files.append(replace(f, path=str(hit.resolve()), mtime=hit.stat().st_mtime))
    return replace(link, files=tuple(files)), missing


def _search(root: Path, f: SourceFile) -> Path | None:
    name = Path(f.path).name
    try:
        candidates = sorted(root.rglob(name)) if root.is_dir() else []
    except OSError:
        return None
    for c in candidates:
        if not c.is_file() or (f.size is not None and c.stat().st_size != f.size):
            continue
        if f.sha256 is not None:
            from w2v_studio.tokenizers.cache import file_sha256

            if file_sha256(c) != f.sha256:
                continue
        return c
    return None


def open_sources(link: CorpusLink) -> Any:
    """The sources as a ``Corpus`` read with the recorded settings (encodings, column, field,
    encoding errors, long-line size). Raises CorpusError when they cannot be read."""
    from w2v_studio.core.corpus.reader import Corpus

    paths = [f.path for f in link.files]
    encodings = {f.path: f.encoding for f in link.files if f.encoding}
    errors = "replace" if link.encoding_errors == "replace" else "strict"
    return Corpus(paths, encodings=encodings or None, column=link.column, field=link.field,
                  max_chunk_chars=link.max_chunk_chars, errors=errors)  # fmt: skip


def retokenize(
    link: CorpusLink,
    *,
    on_progress: Callable[[Any], None] | None = None,
    cancel: threading.Event | None = None,
    workers: int = 2,
    cache_dir: Path | None = None,
) -> Any:
    """Tokenize the sources again with the recorded tokenizer and options (the cache entry
    comes back under the same key when the tokenizer's version is the same); returns the
    ``TokenizedCorpus``. Raises CorpusError, TokenizeError or TokenizeCancelled."""
    from w2v_studio.tokenizers.pipeline import tokenize_corpus

    return tokenize_corpus(open_sources(link), link.tokenizer, link.tokenizer_options,
                           workers=workers, cache_dir=cache_dir, on_progress=on_progress,
                           cancel=cancel)  # fmt: skip
