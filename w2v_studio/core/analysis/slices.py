"""Cut a corpus into slices (by file, by folder, or by a csv/jsonl field such as a year) and
align the models trained on them in sequence (onto the first slice, or each onto the one
before it).
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TextIO

from w2v_studio.core.analysis.align import Alignment, fit_alignment, rotate
from w2v_studio.core.vectors.word_vectors import WordVectors

AlignTo = Literal["first", "previous"]
MAX_SLICES = 500


class SliceError(ValueError):
    """A slicing that cannot be done: says what and what to do."""


@dataclass
class Slice:
    """A named part of the corpus: the files it reads (for a field, a file written for it)."""

    name: str
    paths: list[Path]
    value: str | None = None  # the field value, when sliced by a field
    lines: int = 0


@dataclass
class FieldSplit:
    slices: list[Slice]
    skipped: int = 0  # records without the field
    sources: list[str] = field(default_factory=list)


def _safe(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name).strip("._") or "slice"


def unique_names(names: list[str], template: str = "{name}_{n}") -> list[str]:
    """The names with repeats numbered from the second on (``template`` says how).

    >>> unique_names(["a", "b", "a"]), unique_names(["a", "a"], "{name} ({n})")
    (['a', 'b', 'a_2'], ['a', 'a (2)'])
    """
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else template.format(name=name, n=seen[name]))
    return out


def slices_by_file(paths: Sequence[str | os.PathLike]) -> list[Slice]:
    """One slice per corpus file, in the order given (folders expanded, sorted)."""
    from w2v_studio.core.corpus.reader import expand_paths

    files = expand_paths(paths)
    names = unique_names([_safe(f.name.split(".")[0]) for f in files])
    return [Slice(n, [f]) for n, f in zip(names, files, strict=True)]


def slices_by_folder(paths: Sequence[str | os.PathLike]) -> list[Slice]:
    """One slice per folder holding corpus files, in first-seen order."""
    from w2v_studio.core.corpus.reader import expand_paths

    groups: dict[Path, list[Path]] = {}
    for f in expand_paths(paths):
        groups.setdefault(f.parent, []).append(f)
    names = unique_names([_safe(d.name) for d in groups])
    return [Slice(n, files) for n, files in zip(names, groups.values(), strict=True)]


def _natural(values: list[str]) -> list[str]:
    try:
        return sorted(values, key=float)
    except ValueError:
        return sorted(values)


def _keys(corpus, key: str) -> dict[tuple[Path, int], str]:
    from w2v_studio.core.corpus.records import jsonl_records, table_records
    from w2v_studio.core.corpus.textstream import physical_lines, read_text

    out: dict[tuple[Path, int], str] = {}
    for cf in corpus.files:
        if cf.kind == "text":
            raise SliceError(f"{cf.path} is plain text: slicing by a field needs csv, tsv or "
                             "jsonl files (or use --by file / --by folder)")
        lines = physical_lines(read_text(cf.path, cf.encoding.encoding, "replace"), None)
        if cf.kind == "jsonl":
            records = jsonl_records(cf.path, lines, key, "replace")
        else:
            records = table_records(cf.path, cf.kind, lines, key, "replace")
        out.update({(cf.path, n): v.strip() for n, v in records if v.strip()})
    return out


def split_by_field(corpus, key: str, out_dir: str | os.PathLike) -> FieldSplit:
    """Write the text of each record into ``out_dir/<value>.txt`` by the value of ``key``.

    ``corpus`` is a ``core.corpus.reader.Corpus`` opened with the text column/field.
    """
    keys = _keys(corpus, key)
    out_dir = Path(out_dir)
    handles: dict[str, TextIO] = {}
    counts: dict[str, int] = {}
    skipped = 0
    with contextlib.ExitStack() as stack:
        for line in corpus.lines(skip_empty=True):
            value = keys.get((line.path, line.lineno))
            if value is None:
                skipped += 1
                continue
            if value not in handles:
                if len(handles) >= MAX_SLICES:
                    raise SliceError(f"the field {key!r} has more than {MAX_SLICES} different "
                                     "values; slice by a coarser field (a year, a decade)")
                path = out_dir / f"{len(handles)}.txt"
                handles[value] = stack.enter_context(open(path, "w", encoding="utf-8"))
            handles[value].write(line.text.replace("\n", " ") + "\n")
            counts[value] = counts.get(value, 0) + 1
    if not handles:
        raise SliceError(f"no record has a value for the field {key!r}; check its name")
    order = _natural(list(handles))
    names = unique_names([_safe(v) for v in order])
    slices = [Slice(n, [Path(handles[v].name)], v, counts[v])
              for n, v in zip(names, order, strict=True)]
    return FieldSplit(slices, skipped, [str(f.path.resolve()) for f in corpus.files])


def align_sequence(models: Sequence[WordVectors], to: AlignTo = "first",
                   anchors: Sequence[str] | None = None
                   ) -> tuple[list[WordVectors], list[Alignment | None]]:
    """Rotate every model into the first one's space; ``previous`` fits each model onto the
    already aligned one before it (a chain, as for decades), ``first`` onto the first."""
    aligned: list[WordVectors] = [models[0]]
    fits: list[Alignment | None] = [None]
    for wv in models[1:]:
        base = aligned[0] if to == "first" else aligned[-1]
        fit = fit_alignment(base, wv, anchors)
        aligned.append(rotate(wv, fit.rotation))
        fits.append(fit)
    return aligned, fits
