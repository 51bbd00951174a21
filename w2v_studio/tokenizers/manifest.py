"""Plugin manifests (``plugin.json``): what a plugin offers, read without running its code.

A plugin folder holds ``plugin.json`` beside its Python code. The registry lists the plugin
from the manifest alone and imports the code only when the user selects the tokenizer (as
napari's npe2 manifests do). Every problem is reported with the file and the field::

    {
      "manifest_version": 1,
      "module": "plugin.py",
      "tokenizers": [
        {"id": "upper", "name": "Upper case words", "languages": ["en"], "version": "1",
         "requires": ["regex"],
         "options": [{"name": "suffix", "type": "str", "default": "", "help": "appended"}]}
      ]
    }

A manifest with one tokenizer may also give its fields at the top level instead of in
``"tokenizers"``.
"""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, get_args

from w2v_studio.tokenizers.options import OptionSpec, OptionType

MANIFEST_FILE = "plugin.json"
MANIFEST_VERSION = 1
MAX_MANIFEST_BYTES = 1 << 20
_ID = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")
_MODULE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_TOP_KEYS = {"manifest_version", "module", "tokenizers"}
_TOKENIZER_KEYS = {"id", "name", "languages", "options", "version", "description",
                   "isolate", "requires"}  # fmt: skip
_OPTION_KEYS = {"name", "type", "default", "help", "label", "choices"}


class ManifestError(ValueError):
    """A manifest problem: ``file``, ``field`` (dotted, e.g. ``tokenizers[0].id``) and why."""

    def __init__(self, file: Path, field: str, problem: str) -> None:
        self.file, self.field, self.problem = file, field, problem
        where = f"{file}, field {field!r}" if field else str(file)
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class TokenizerManifest:
    """One tokenizer as its manifest describes it."""

    id: str
    name: str
    languages: tuple[str, ...]
    options: tuple[OptionSpec, ...] = ()
    version: str = "1"
    description: str = ""
    isolate: bool = False
    requires: tuple[str, ...] = ()  # top-level Python modules it needs (checked, not imported)

    def missing_requirements(self) -> str | None:
        """Why it cannot run (a required module is not installed), found without importing."""
        missing = [m for m in self.requires if importlib.util.find_spec(m) is None]
        if not missing:
            return None
        return f"needs the Python package(s) {', '.join(missing)}: pip install {' '.join(missing)}"


@dataclass(frozen=True)
class PluginManifest:
    """A whole ``plugin.json``: the module to import when used, and its tokenizers."""

    path: Path
    module: str  # module name inside the plugin folder ("plugin" for plugin.py)
    tokenizers: tuple[TokenizerManifest, ...]


class _Reader:
    """Checks one manifest's fields, naming the file and the field in every error."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, field: str, problem: str) -> ManifestError:
        return ManifestError(self.path, field, problem)

    def get(self, obj: dict, key: str, kind: type | tuple[type, ...], field: str,
            default: Any = ..., what: str = "") -> Any:  # fmt: skip
        if key not in obj:
            if default is ...:
                raise self.fail(field, "is missing")
            return default
        value = obj[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(field, f"must be {what}, not {json.dumps(value)[:60]}")
        return value

    def strings(self, obj: dict, key: str, field: str, default: Any = ...) -> tuple[str, ...]:
        values = self.get(obj, key, list, field, default, "a list of strings")
        for i, v in enumerate(values):
            if not isinstance(v, str) or not v:
                raise self.fail(f"{field}[{i}]", "must be a non-empty string")
        return tuple(values)

    def keys(self, obj: dict, allowed: set[str], field: str) -> None:
        unknown = sorted(set(obj) - allowed)
        if unknown:
            prefix = f"{field}." if field else ""
            raise self.fail(f"{prefix}{unknown[0]}",
                            f"unknown field; allowed: {', '.join(sorted(allowed))}")  # fmt: skip

    def option(self, obj: Any, field: str) -> OptionSpec:
        if not isinstance(obj, dict):
            raise self.fail(field, "must be an object with name, type, default and help")
        self.keys(obj, _OPTION_KEYS, field)
        name = self.get(obj, "name", str, f"{field}.name", what="a string")
        if not _MODULE_NAME.fullmatch(name):
            raise self.fail(f"{field}.name", f"{name!r} is not a valid option name (a_z0_9)")
        kinds = get_args(OptionType)
        kind = self.get(obj, "type", str, f"{field}.type", what="a string")
        if kind not in kinds:
            raise self.fail(f"{field}.type", f"{kind!r} is not one of {', '.join(kinds)}")
        choices = self.strings(obj, "choices", f"{field}.choices", ())
        if kind in ("choice", "multichoice") and not choices:
            raise self.fail(f"{field}.choices", f"a {kind} option needs its choices")
        default = self._default(obj, kind, choices, f"{field}.default")
        help_text = self.get(obj, "help", str, f"{field}.help", "", "a string")
        label = self.get(obj, "label", str, f"{field}.label", "", "a string")
        return OptionSpec(name, kind, default, help_text, label, choices)  # type: ignore[arg-type]

    def _default(self, obj: dict, kind: str, choices: tuple[str, ...], field: str) -> Any:
        if "default" not in obj:
            raise self.fail(field, "is missing")
        value = obj["default"]
        ok = {
            "bool": isinstance(value, bool),
            "int": isinstance(value, int) and not isinstance(value, bool),
            "float": isinstance(value, int | float) and not isinstance(value, bool),
            "str": isinstance(value, str),
            "path": isinstance(value, str),
            "choice": value in choices,
            "multichoice": isinstance(value, list) and all(v in choices for v in value),
        }[kind]
        if not ok:
            raise self.fail(field, f"{json.dumps(value)[:60]} does not fit the type {kind!r}"
                            + (f" (choices: {', '.join(choices)})" if choices else ""))  # fmt: skip
        return tuple(value) if kind == "multichoice" else value

    def tokenizer(self, obj: Any, field: str) -> TokenizerManifest:
        prefix = f"{field}." if field else ""
        if not isinstance(obj, dict):
            raise self.fail(field, "must be an object with id, name, languages")
        tid = self.get(obj, "id", str, f"{prefix}id", what="a string")
        if not _ID.fullmatch(tid):
            raise self.fail(f"{prefix}id", f"{tid!r}: use lower-case letters, digits, _ . -")
        name = self.get(obj, "name", str, f"{prefix}name", what="a string")
        if not name.strip():
            raise self.fail(f"{prefix}name", "must not be empty")
        languages = self.strings(obj, "languages", f"{prefix}languages")
        if not languages:
            raise self.fail(f"{prefix}languages", 'must list language codes, or ["*"] for any')
        raw_options = self.get(obj, "options", list, f"{prefix}options", [], "a list")
        options = tuple(self.option(o, f"{prefix}options[{i}]") for i, o in enumerate(raw_options))
        names = [o.name for o in options]
        if len(set(names)) != len(names):
            dup = next(n for n in names if names.count(n) > 1)
            raise self.fail(f"{prefix}options", f"the option {dup!r} is given twice")
        requires = self.strings(obj, "requires", f"{prefix}requires", ())
        for i, mod in enumerate(requires):
            if not _MODULE_NAME.fullmatch(mod):
                raise self.fail(f"{prefix}requires[{i}]", f"{mod!r} is not a top-level module")
        return TokenizerManifest(
            tid, name, languages, options,
            self.get(obj, "version", str, f"{prefix}version", "1", "a string"),
            self.get(obj, "description", str, f"{prefix}description", "", "a string"),
            self.get(obj, "isolate", bool, f"{prefix}isolate", False, "true or false"),
            requires,
        )  # fmt: skip


def _load_json(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            raise ManifestError(path, "", f"larger than {MAX_MANIFEST_BYTES:,} bytes")
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ManifestError(path, "", f"not valid JSON (line {e.lineno}, column {e.colno}: "
                                      f"{e.msg})") from None  # fmt: skip
    except UnicodeDecodeError:
        raise ManifestError(path, "", "not UTF-8 text") from None
    except OSError as e:
        raise ManifestError(path, "", f"cannot be read ({e.strerror or e})") from None


def read_manifest(path: str | Path) -> PluginManifest:
    """Read and check a ``plugin.json``; ManifestError names the file and the field.

    No code of the plugin runs: only the JSON is read, and the module file is checked to exist.
    """
    path = Path(path)
    doc = _load_json(path)
    r = _Reader(path)
    if not isinstance(doc, dict):
        raise r.fail("", "must be a JSON object")
    version = r.get(doc, "manifest_version", int, "manifest_version", MANIFEST_VERSION,
                    "a whole number")  # fmt: skip
    if version != MANIFEST_VERSION:
        problem = f"{version} is not supported (this app reads {MANIFEST_VERSION}); update the app"
        raise r.fail("manifest_version", problem)
    module = r.get(doc, "module", str, "module", "plugin.py", "a file name such as plugin.py")
    rel = PurePosixPath(module)
    plain = len(rel.parts) == 1 and rel.suffix == ".py" and _MODULE_NAME.fullmatch(rel.stem)
    if rel.is_absolute() or not plain:
        raise r.fail("module", f"{module!r} must be a .py file in the plugin folder")
    if not (path.parent / module).is_file():
        raise r.fail("module", f"{module!r} does not exist in {path.parent}")
    if "tokenizers" in doc:
        r.keys(doc, _TOP_KEYS, "")
        items = r.get(doc, "tokenizers", list, "tokenizers", what="a list of tokenizers")
        if not items:
            raise r.fail("tokenizers", "must list at least one tokenizer")
        tokenizers = tuple(r.tokenizer(t, f"tokenizers[{i}]") for i, t in enumerate(items))
    else:
        r.keys(doc, (_TOP_KEYS - {"tokenizers"}) | _TOKENIZER_KEYS, "")
        body = {k: v for k, v in doc.items() if k in _TOKENIZER_KEYS}
        tokenizers = (r.tokenizer(body, ""),)
    ids = [t.id for t in tokenizers]
    if len(set(ids)) != len(ids):
        raise r.fail("tokenizers", f"the id {next(i for i in ids if ids.count(i) > 1)!r} is "
                                   "given twice")  # fmt: skip
    return PluginManifest(path, rel.stem, tokenizers)


def manifest_of(plugin: Any) -> dict[str, Any]:
    """The manifest entry that describes a loaded ``TokenizerPlugin`` (to write plugin.json
    files, and to check that a manifest still says what the code does)."""
    return {
        "id": plugin.id,
        "name": plugin.name,
        "languages": list(plugin.languages),
        "version": plugin.version,
        "description": plugin.description,
        "isolate": plugin.isolate,
        "options": [
            {"name": o.name, "type": o.type,
             "default": list(o.default) if isinstance(o.default, tuple) else o.default,
             "help": o.help, "label": o.label, "choices": list(o.choices)}
            for o in plugin.options
        ],
    }  # fmt: skip


def differences(t: TokenizerManifest, plugin: Any) -> list[str]:
    """The fields where a manifest and the loaded plugin disagree (empty: they agree)."""
    code = manifest_of(plugin)
    mine = {"languages": list(t.languages), "version": t.version, "isolate": t.isolate,
            "options": [(o.name, o.type, o.default, o.choices) for o in t.options]}  # fmt: skip
    code_options = [(o["name"], o["type"], tuple(o["default"]) if isinstance(o["default"], list)
                     else o["default"], tuple(o["choices"])) for o in code["options"]]  # fmt: skip
    theirs = {"languages": code["languages"], "version": code["version"],
              "isolate": code["isolate"], "options": code_options}  # fmt: skip
    return [k for k in mine if mine[k] != theirs[k]]
