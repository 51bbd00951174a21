"""Typed option schemas of tokenizer plugins, and checking user values against them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

OptionType = Literal["bool", "int", "float", "str", "choice", "path", "multichoice"]

_TRUE = {"1", "true", "yes", "on", "y", "t"}
_FALSE = {"0", "false", "no", "off", "n", "f", ""}


@dataclass(frozen=True)
class OptionSpec:
    """One option of a tokenizer, enough for the GUI to draw a form field.

    ``default`` of a ``multichoice`` is a tuple of choices; of a ``path`` it is ``""`` (none).

    >>> OptionSpec("lowercase", "bool", True, "Fold upper case to lower case").label
    'Lowercase'
    """

    name: str
    type: OptionType
    default: Any
    help: str
    label: str = ""
    choices: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.label:
            object.__setattr__(self, "label", self.name.replace("_", " ").capitalize())


def _coerce(spec: OptionSpec, value: Any) -> Any:
    """The value converted to the option's type, or ValueError with a plain reason."""
    t = spec.type
    if t == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        raise ValueError(f"expected true or false, got {value!r}")
    if t == "int":
        if isinstance(value, bool):
            raise ValueError(f"expected a whole number, got {value!r}")
        try:
            return int(str(value).strip()) if not isinstance(value, int) else value
        except ValueError:
            raise ValueError(f"expected a whole number, got {value!r}") from None
    if t == "float":
        try:
            return float(value)
        except (TypeError, ValueError):
            raise ValueError(f"expected a number, got {value!r}") from None
    if t == "str":
        return str(value)
    if t == "choice":
        v = str(value)
        if v not in spec.choices:
            raise ValueError(f"{v!r} is not one of: {', '.join(spec.choices)}")
        return v
    if t == "multichoice":
        if isinstance(value, str):
            items = [x.strip() for x in value.replace("+", ",").split(",") if x.strip()]
        else:
            items = [str(x) for x in value]
        bad = [x for x in items if x not in spec.choices]
        if bad:
            raise ValueError(f"{', '.join(map(repr, bad))} not among: {', '.join(spec.choices)}")
        # keep the schema's order so that equal settings hash equally
        return tuple(c for c in spec.choices if c in set(items))
    if t == "path":
        if value is None or str(value) == "":
            return ""
        p = Path(str(value)).expanduser()
        if not p.is_file():
            raise ValueError(f"file not found: {p}")
        return str(p.resolve())
    raise ValueError(f"unknown option type {t!r}")  # pragma: no cover - schema error


def validate_options(
    plugin_id: str,
    specs: tuple[OptionSpec, ...],
    options: Mapping[str, Any] | None,
    aliases: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """All options of a plugin with defaults filled in and values converted to their types.

    Values may be strings (as typed on the command line): ``"true"``, ``"3"``, ``"a,b"``.
    Raises ValueError naming the plugin, the option and what is allowed.

    >>> spec = (OptionSpec("lowercase", "bool", True, "lower case"),)
    >>> validate_options("english", spec, {"lowercase": "no"})
    {'lowercase': False}
    """
    by_name = {s.name: s for s in specs}
    out = {s.name: s.default for s in specs}
    for key, value in (options or {}).items():
        name = (aliases or {}).get(key, key)
        spec = by_name.get(name)
        if spec is None:
            known = ", ".join(by_name) or "none"
            raise ValueError(
                f"tokenizer {plugin_id!r} has no option {key!r}; its options are: {known}"
            )
        try:
            out[name] = _coerce(spec, value)
        except ValueError as e:
            raise ValueError(f"tokenizer {plugin_id!r}, option {key!r}: {e}") from None
    for spec in specs:  # defaults of multichoice given as lists: normalise them too
        if spec.type == "multichoice" and not isinstance(out[spec.name], tuple):
            out[spec.name] = tuple(out[spec.name])
    return out


def parse_option_args(pairs: list[str] | None) -> dict[str, str]:
    """``["key=value", ...]`` from the command line as a dict (values stay strings).

    >>> parse_option_args(["drop=particle,ending", "lemma=true"])
    {'drop': 'particle,ending', 'lemma': 'true'}
    """
    out: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"--opt {pair!r}: write it as key=value, e.g. --opt lowercase=false")
        out[key.strip()] = value.strip()
    return out
