"""Finds tokenizer plugins (built-in folder, entry points, user folder) and creates tokenizers.

Plugin folders describe themselves in ``plugin.json`` (see ``tokenizers.manifest``): they are
listed from it, and their code is imported only when the tokenizer is used. A user-folder
plugin without a manifest, or with a bad one, is listed as unavailable with the reason; its
code is never run.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import os
import re
import sys
import threading
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from w2v_studio.tokenizers.base import Tokenizer
from w2v_studio.tokenizers.manifest import (
    MANIFEST_FILE,
    ManifestError,
    TokenizerManifest,
    differences,
    read_manifest,
)
from w2v_studio.tokenizers.options import OptionSpec, validate_options
from w2v_studio.tokenizers.plugin_api import TokenizerPlugin

__all__ = [
    "OptionSpec",
    "PluginInfo",
    "PluginRef",
    "TokenizerUnavailable",
    "configure",
    "create_tokenizer",
    "get_plugin",
    "list_plugins",
    "load_plugin",
    "suggest_tokenizer",
    "unavailable_reason",
]

ENTRY_POINT_GROUP = "w2v_studio.tokenizers"
Source = Literal["builtin", "entry_point", "user"]


class TokenizerUnavailable(RuntimeError):
    """The tokenizer cannot run here (missing library, no Java, broken plugin)."""


@dataclass(frozen=True)
class PluginInfo:
    """What the GUI and ``w2v-studio tokenizers`` show about one plugin."""

    id: str
    name: str
    languages: tuple[str, ...]
    options: tuple[OptionSpec, ...]
    source: Source
    error: str | None = None
    version: str = "1"
    location: str = ""


@dataclass(frozen=True)
class PluginRef:
    """How to load a plugin again, in a worker process: a folder, a file or ``module:attr``."""

    kind: Literal["dir", "file", "object"]
    target: str
    source: Source
    module: str = "plugin"  # the module of a "dir" plugin (its manifest's "module")


@dataclass(frozen=True)
class _Entry:
    info: PluginInfo
    ref: PluginRef
    plugin: TokenizerPlugin | None
    manifest: TokenizerManifest | None = None  # listed from plugin.json; code not loaded yet


@dataclass(frozen=True)
class _Found:
    """What a folder scan found: code to import now (built-in without manifest), a manifest,
    or a problem that lists the plugin as unavailable without running its code."""

    ref: PluginRef
    fallback_id: str
    manifest: tuple[TokenizerManifest, ...] = ()
    problem: str | None = None


NO_MANIFEST = (
    "no plugin.json manifest beside its code; plugins from the user folder are listed from "
    "their manifest and their code runs only when chosen (see plugins/README.md)"
)


_lock = threading.Lock()
_entries: dict[str, _Entry] | None = None
_builtin_dir: Path | None = None
_user_dirs: list[Path] | None = None


def default_builtin_dir() -> Path:
    """The ``plugins/`` folder beside the ``w2v_studio`` package."""
    import w2v_studio

    return Path(w2v_studio.__file__).resolve().parent.parent / "plugins"


def default_user_dirs() -> list[Path]:
    """``$W2V_STUDIO_PLUGINS`` (os.pathsep-separated) or ``~/.local/share/w2v-studio/plugins``."""
    env = os.environ.get("W2V_STUDIO_PLUGINS")
    if env:
        return [Path(p).expanduser() for p in env.split(os.pathsep) if p]
    return [Path.home() / ".local" / "share" / "w2v-studio" / "plugins"]


def configure(builtin_dir: Path | None = None, user_dirs: list[Path] | None = None) -> None:
    """Point the registry at other plugin folders (None restores the default); forgets the list."""
    global _builtin_dir, _user_dirs, _entries
    with _lock:
        _builtin_dir = Path(builtin_dir) if builtin_dir is not None else None
        _user_dirs = [Path(p) for p in user_dirs] if user_dirs is not None else None
        _entries = None


def _module_name(ref: PluginRef) -> str:
    target = Path(ref.target)
    stem = re.sub(r"\W", "_", target.stem if ref.kind == "file" else target.name)
    return f"_w2v_plugin_{ref.source}_{stem}"


def _plugins_of(obj: Any) -> list[TokenizerPlugin]:
    """The plugins an object provides: a plugin, a list of them, or a module with PLUGIN(S)."""
    if isinstance(obj, types.ModuleType):
        obj = getattr(obj, "PLUGINS", None) or getattr(obj, "PLUGIN", None)
        if obj is None:
            raise ImportError("defines neither PLUGIN nor PLUGINS")
    if callable(obj) and not isinstance(obj, TokenizerPlugin) and not isinstance(obj, type):
        obj = obj()
    items = list(obj) if isinstance(obj, list | tuple) else [obj]
    for p in items:
        if not isinstance(p, TokenizerPlugin):
            raise ImportError(f"{p!r} is not a w2v_studio TokenizerPlugin")
    return items


def _import_ref(ref: PluginRef) -> list[TokenizerPlugin]:
    if ref.kind == "object":
        module_name, _, attr = ref.target.partition(":")
        obj: Any = importlib.import_module(module_name)
        for part in filter(None, attr.split(".")):
            obj = getattr(obj, part)
        return _plugins_of(obj)
    name = _module_name(ref)
    if ref.kind == "dir":
        folder = Path(ref.target)
        if name not in sys.modules:
            init = folder / "__init__.py"
            if init.exists():
                spec = importlib.util.spec_from_file_location(
                    name, init, submodule_search_locations=[str(folder)]
                )
                assert spec and spec.loader
                pkg = importlib.util.module_from_spec(spec)
                sys.modules[name] = pkg
                spec.loader.exec_module(pkg)
            else:
                pkg = types.ModuleType(name)
                pkg.__path__ = [str(folder)]
                sys.modules[name] = pkg
        return _plugins_of(importlib.import_module(f"{name}.{ref.module}"))
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ref.target)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[name]
            raise
    return _plugins_of(sys.modules[name])


def load_plugin(ref: PluginRef, plugin_id: str) -> TokenizerPlugin:
    """Load one plugin from its reference (used by worker processes)."""
    for p in _import_ref(ref):
        if p.id == plugin_id:
            return p
    raise TokenizerUnavailable(f"{ref.target} no longer provides tokenizer {plugin_id!r}")


def _scan_child(child: Path, source: Source) -> _Found | None:
    if child.is_dir():
        ref = PluginRef("dir", str(child), source)
        if (child / MANIFEST_FILE).is_file():
            try:
                m = read_manifest(child / MANIFEST_FILE)
            except ManifestError as e:
                return _Found(ref, child.name, problem=f"bad manifest: {e}")
            return _Found(PluginRef("dir", str(child), source, m.module), child.name, m.tokenizers)
        if not (child / "plugin.py").is_file():
            return None
        return _Found(ref, child.name) if source == "builtin" else _Found(
            ref, child.name, problem=f"{child}: {NO_MANIFEST}"
        )  # fmt: skip
    if child.is_file() and child.suffix == ".py":
        ref = PluginRef("file", str(child), source)
        if source == "builtin":
            return _Found(ref, child.stem)
        return _Found(ref, child.stem, problem=f"{child}: a single .py file; put it in a folder "
                                                f"with a plugin.json ({NO_MANIFEST})")  # fmt: skip
    return None


def _scan_dir(folder: Path, source: Source) -> list[_Found]:
    if not folder.is_dir():
        return []
    found = []
    for child in sorted(folder.iterdir()):
        if not child.name.startswith((".", "_")) and (item := _scan_child(child, source)):
            found.append(item)
    return found


def _error_text(e: BaseException) -> str:
    return f"{type(e).__name__}: {e}"


def _info(p: TokenizerPlugin | TokenizerManifest, ref: PluginRef) -> PluginInfo:
    return PluginInfo(p.id, p.name, tuple(p.languages), tuple(p.options), ref.source, None,
                      p.version, ref.target)  # fmt: skip


def _broken(plugin_id: str, ref: PluginRef, error: str) -> _Entry:
    return _Entry(PluginInfo(plugin_id, plugin_id, ("*",), (), ref.source, error,
                             location=ref.target), ref, None)  # fmt: skip


def _discover() -> dict[str, _Entry]:
    found = [_Found(PluginRef("object", "w2v_studio.tokenizers.whitespace:PLUGIN", "builtin"),
                    "whitespace")]  # fmt: skip
    found += _scan_dir(_builtin_dir or default_builtin_dir(), "builtin")
    try:
        eps = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
    except Exception:  # a broken installed distribution must not hide the built-in ones
        eps = []
    found += [_Found(PluginRef("object", ep.value, "entry_point"), ep.name) for ep in eps]
    for d in _user_dirs if _user_dirs is not None else default_user_dirs():
        found += _scan_dir(d, "user")

    entries: dict[str, _Entry] = {}
    for item in found:
        ref = item.ref
        if item.problem is not None:
            entries.setdefault(item.fallback_id, _broken(item.fallback_id, ref, item.problem))
            continue
        for t in item.manifest:  # first one wins: built-in, then entry points, then user
            entries.setdefault(t.id, _Entry(_info(t, ref), ref, None, t))
        if item.manifest:
            continue
        try:
            plugins = _import_ref(ref)
        except Exception as e:
            entries.setdefault(item.fallback_id, _broken(item.fallback_id, ref, _error_text(e)))
            continue
        for p in plugins:
            entries.setdefault(p.id, _Entry(_info(p, ref), ref, p))
    return entries


def _load(plugin_id: str, e: _Entry) -> _Entry:
    """Import the code of a plugin listed from its manifest (it is being used now)."""
    assert e.manifest is not None
    try:
        plugin = next((p for p in _import_ref(e.ref) if p.id == plugin_id), None)
    except Exception as ex:
        loaded = _broken(plugin_id, e.ref, f"{e.ref.target}: {_error_text(ex)}")
    else:
        module = f"{e.ref.module}.py"
        if plugin is None:
            problem = f"its {MANIFEST_FILE} lists {plugin_id!r} but {module} does not define it"
            loaded = _broken(plugin_id, e.ref, f"{e.ref.target}: {problem}")
        elif diff := differences(e.manifest, plugin):
            problem = f"{MANIFEST_FILE} and {module} disagree on {', '.join(diff)}"
            loaded = _broken(plugin_id, e.ref, f"{e.ref.target}: {problem}; update the manifest")
        else:
            loaded = _Entry(_info(plugin, e.ref), e.ref, plugin, e.manifest)
    with _lock:
        if _entries is not None and _entries.get(plugin_id) is e:
            _entries[plugin_id] = loaded
    return loaded


def _get_entries(refresh: bool = False) -> dict[str, _Entry]:
    global _entries
    with _lock:
        if _entries is None or refresh:
            _entries = _discover()
        return _entries


def list_plugins(refresh: bool = False) -> list[PluginInfo]:
    """Every plugin found, broken ones included (with ``error`` set).

    >>> "whitespace" in [p.id for p in list_plugins()]
    True
    """
    return [e.info for e in _get_entries(refresh).values()]


def _entry(plugin_id: str) -> _Entry:
    entries = _get_entries()
    if plugin_id not in entries:
        raise ValueError(
            f"no tokenizer with id {plugin_id!r}; available ids: {', '.join(entries)} "
            "(run `w2v-studio tokenizers` to see them)"
        )
    return entries[plugin_id]


def get_plugin(plugin_id: str) -> tuple[TokenizerPlugin, PluginRef]:
    """The loaded plugin and its reference; TokenizerUnavailable for a broken one.

    A plugin listed from its manifest is imported here, the first time it is used.
    """
    e = _entry(plugin_id)
    if e.plugin is None and e.manifest is not None and e.info.error is None:
        e = _load(plugin_id, e)
    if e.plugin is None:
        raise TokenizerUnavailable(f"tokenizer plugin {plugin_id!r} failed to load: {e.info.error}")
    return e.plugin, e.ref


def unavailable_reason(plugin_id: str) -> str | None:
    """None when the tokenizer can run, else the reason in plain words.

    >>> unavailable_reason("whitespace") is None
    True
    """
    try:
        e = _entry(plugin_id)
    except ValueError as ex:
        return str(ex)
    lazy = e.plugin is None and e.manifest is not None and e.info.error is None
    if lazy and e.manifest is not None and e.ref.source != "builtin":
        return e.manifest.missing_requirements()  # not chosen yet: from the manifest alone
    try:
        plugin, _ = get_plugin(plugin_id)
    except (ValueError, TokenizerUnavailable) as e:
        return str(e)
    try:
        return plugin.available()
    except Exception as e:
        return f"could not check {plugin_id!r}: {_error_text(e)}"


def plugin_options(plugin_id: str, options: dict[str, Any] | None) -> dict[str, Any]:
    """Options validated against the plugin's schema, defaults filled in (ValueError if bad)."""
    plugin, _ = get_plugin(plugin_id)
    return validate_options(plugin_id, plugin.options, options, dict(plugin.aliases))


def create_tokenizer(plugin_id: str, options: dict[str, Any] | None = None) -> Tokenizer:
    """A ready tokenizer; ValueError for an unknown id or a bad option, TokenizerUnavailable
    when it cannot run here.

    >>> create_tokenizer("whitespace", {"lowercase": True}).tokenize("A b")
    ['a', 'b']
    """
    plugin, _ = get_plugin(plugin_id)
    values = validate_options(plugin_id, plugin.options, options, dict(plugin.aliases))
    reason = unavailable_reason(plugin_id)
    if reason:
        raise TokenizerUnavailable(f"tokenizer {plugin_id!r} cannot run: {reason}")
    return plugin.make(values)


_PREFERENCES = {
    "ko": ("mecab", "kiwi", "okt", "komoran"),
    "zh": ("jieba",),
    "en": ("english",),
}


def suggest_tokenizer(language: str) -> str:
    """The recommended tokenizer id for a language code (first available of the preferred).

    >>> suggest_tokenizer("en")
    'english'
    """
    prefs = _PREFERENCES.get(language.lower().split("-")[0], ())
    for pid in prefs:
        if unavailable_reason(pid) is None:
            return pid
    return prefs[0] if prefs else "whitespace"
