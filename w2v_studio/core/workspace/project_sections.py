"""The parts of a project beyond corpus and settings: the map, the evaluation, the word sets.

Each part is a dataclass with ``to_dict`` and a checked ``from_dict`` (messages name the
field, as for the rest of the project file; see ``project_fields``).

>>> MapSettings.from_dict({"method": "tsne", "count": 300}, "map.").method
'tsne'
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

from w2v_studio.core.analysis.word_sets import WordSet
from w2v_studio.core.explore.projection import METHODS
from w2v_studio.core.explore.word_selection import MAX_WORDS_DEFAULT, Source
from w2v_studio.core.workspace.project_fields import (
    ProjectError,
    check_path,
    choice,
    optional,
    paths,
    plain_json,
    relative,
    section,
    shown,
    texts,
    whole,
)

MAP_METHODS = (*METHODS, "axes")  # "axes": placed on semantic axes between two word sets
MAP_SOURCES: tuple[str, ...] = get_args(Source)
MAX_MAP_WORDS = 10_000_000
MAX_CLUSTERS = 16  # as the Explore page offers


@dataclass(frozen=True)
class MapSettings:
    """What the Explore page places and how: the words (``source``, ``count``, ``text``: the
    pasted list, the word or the regex), the projection and the colouring. The layout itself is
    in the layout cache, found again from the same words and settings."""

    source: str = "frequent"
    count: int = MAX_WORDS_DEFAULT
    text: str = ""
    method: str = "pca"
    colour: str = "frequency"  # "frequency", "cluster" (others: kept, shown when known)
    clusters: int = 8

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any], prefix: str = "map.") -> MapSettings:
        return cls(
            source=choice(d, "source", prefix, MAP_SOURCES, "frequent"),
            count=whole(d, "count", prefix, 1, MAX_MAP_WORDS, MAX_WORDS_DEFAULT),
            text=optional(d, "text", (str,), prefix) or "",
            method=choice(d, "method", prefix, MAP_METHODS, "pca"),
            colour=optional(d, "colour", (str,), prefix) or "frequency",
            clusters=whole(d, "clusters", prefix, 2, MAX_CLUSTERS, 8),
        )


@dataclass(frozen=True)
class EvaluationState:
    """The Evaluate page: its files, and the rest of what the page keeps (its settings and
    last results, as plain JSON that the page writes and reads back)."""

    files: tuple[str, ...] = ()
    data: dict[str, Any] = dataclasses.field(default_factory=dict)

    def to_dict(self, base: Path) -> dict[str, Any]:
        return {**self.data, "files": [relative(p, base) for p in self.files]}

    @classmethod
    def from_dict(
        cls, d: dict[str, Any], base: Path, prefix: str = "evaluation."
    ) -> EvaluationState:
        data = {k: plain_json(v, prefix + k) for k, v in d.items() if k != "files"}
        return cls(files=paths(d, "files", base, prefix), data=data)


def word_sets_to_list(sets: dict[str, WordSet]) -> list[dict[str, Any]]:
    """``role -> WordSet`` as the project stores it: a list of named sets with their role."""
    return [
        {"role": role, "name": ws.name, "words": list(ws.words), "source": ws.source}
        for role, ws in sets.items()
    ]


def word_sets_from_list(items: Any, field: str = "word_sets") -> dict[str, WordSet]:
    """The stored list back as ``role -> WordSet`` (a set without a role gets ``set N``)."""
    if items is None:
        return {}
    if not isinstance(items, list):
        raise ProjectError(f"field '{field}' must be a list of word sets, not {shown(items)}")
    out: dict[str, WordSet] = {}
    for i, item in enumerate(items):
        prefix = f"{field}[{i}]."
        if not isinstance(item, dict):
            raise ProjectError(f"field '{field}[{i}]' must be an object with a name and "
                               f"words, not {shown(item)}")
        role = optional(item, "role", (str,), prefix) or f"set {i + 1}"
        out[role] = WordSet(
            name=optional(item, "name", (str,), prefix) or "words",
            words=texts(item, "words", prefix),
            source=optional(item, "source", (str,), prefix) or "",
        )
    return out


def second_model_from(d: dict[str, Any], base: Path) -> str | None:
    """The Compare tab's second model (a model folder or a vector file), or None."""
    compare = section(d, "compare")
    value = compare.get("model")
    return check_path(value, base, "compare.model") if value else None
