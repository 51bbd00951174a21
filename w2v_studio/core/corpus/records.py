"""The text of csv/tsv rows and JSON Lines records, with clear errors for bad rows."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal

from w2v_studio.core.corpus.errors import CorpusError

TEXT_COLUMNS = ("text", "review", "sentence", "content", "document")  # picked when no column given
Errors = Literal["strict", "replace"]


def jsonl_records(
    path: Path, lines: Iterable[tuple[int, str]], field: str | None, errors: Errors
) -> Iterator[tuple[int, str]]:
    """(line number, text) of each JSON line; ``field`` may be dotted (``meta.title``).

    >>> list(jsonl_records(Path("a.jsonl"), [(1, '{"text": "hi"}')], None, "strict"))
    [(1, 'hi')]
    """
    for lineno, raw in lines:
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as e:
            raise CorpusError(
                f"{path}, line {lineno}: not valid JSON ({e.msg}, column {e.colno}). Each "
                'line of a JSON Lines file must be one JSON object such as {"text": "..."}: '
                "fix or remove this line."
            ) from None
        value = json_value(obj, field, errors, f"{path}, line {lineno}")
        if value is not None:
            yield lineno, value


def json_value(obj: Any, field: str | None, errors: Errors, where: str) -> str | None:
    """The text of one JSON record (None: nothing to read there)."""
    if isinstance(obj, str):
        return obj
    if not isinstance(obj, dict):
        raise CorpusError(f"{where}: expected a JSON object with a text field, not {obj!r:.60}.")
    field = field or ("text" if "text" in obj else None)
    if field is None:
        raise CorpusError(
            f"{where}: which field holds the text? This object has the fields "
            f"{', '.join(map(repr, obj))}. Choose one of them (a.b for a nested field)."
        )
    value: Any = obj
    for part in [field] if field in obj else field.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            if errors == "replace":
                return None
            raise CorpusError(
                f"{where}: the field {field!r} is missing (fields here: "
                f"{', '.join(map(repr, obj))}). Choose another field, or skip such lines by "
                "reading with replacing (--encoding-errors replace on the command line)."
            )
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return " ".join(value)  # a pre-tokenized sentence
    if isinstance(value, (int, float)):
        return str(value)
    raise CorpusError(f"{where}: the field {field!r} holds {type(value).__name__}, not text.")


def table_records(
    path: Path,
    kind: Literal["csv", "tsv"],
    lines: Iterable[tuple[int, str]],
    column: str | int | None,
    errors: Errors,
) -> Iterator[tuple[int, str]]:
    """(line number where the row starts, text of the column) for each row after the header.

    csv: quoted fields (with newlines) as Excel writes them; tsv: tab-separated, no quoting.
    """
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))
    raw = (text + "\n" for _, text in lines)
    if kind == "tsv":  # no quoting: a review starting with " must not swallow lines
        rows = csv.reader(raw, delimiter="\t", quoting=csv.QUOTE_NONE)
    else:
        rows = csv.reader(raw, dialect="excel")
    start = 1
    try:
        header = next(rows, None)
        if header is None:
            return
        index = column_index([h.strip() for h in header], column, path)
        name = header[index].strip()
        start = rows.line_num + 1
        for row in rows:
            if row and index < len(row):
                yield start, row[index]
            elif row and errors == "strict":
                raise CorpusError(
                    f"{path}, line {start}: this row has {len(row)} field(s), but the text "
                    f"column {name!r} is field {index + 1}. Fix the row, or skip such rows by "
                    "reading with replacing (--encoding-errors replace on the command line)."
                )
            start = rows.line_num + 1
    except csv.Error as e:
        raise CorpusError(
            f"{path}, line {start}: cannot read this {kind.upper()} row ({e})."
        ) from None


def column_index(header: list[str], column: str | int | None, path: Path) -> int:
    """The 0-based index of the text column: by name, by number, or the obvious one.

    >>> column_index(["id", "Review", "label"], None, Path("a.csv"))
    1
    """
    listing = ", ".join(f"{i}: {h!r}" for i, h in enumerate(header))
    if isinstance(column, str):
        lowered = [h.lower() for h in header]
        if column in header:
            return header.index(column)
        if column.lower() in lowered:
            return lowered.index(column.lower())
        if not column.isdigit():
            raise CorpusError(
                f"{path}: there is no column {column!r}. The header has the columns "
                f"{listing}. Choose one of them by name or number."
            )
        column = int(column)
    if isinstance(column, int):
        if 0 <= column < len(header):
            return column
        raise CorpusError(
            f"{path}: there is no column number {column} (numbers start at 0). The header "
            f"has the columns {listing}. Choose one of them by name or number."
        )
    if len(header) == 1:
        return 0
    lowered = [h.lower() for h in header]
    for name in TEXT_COLUMNS:
        if name in lowered:
            return lowered.index(name)
    raise CorpusError(
        f"{path}: which column holds the text? The header has the columns {listing}. "
        "Choose one of them by name or number."
    )
