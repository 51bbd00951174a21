"""A model's parts of speech: ``vocab_tags.json``, each vocabulary word's most frequent tag.

Optional: written when the model was trained on a tokenized corpus whose tokenizer gave tags
(``tokenizers.tags``), listed as ``files.vocab_tags`` in ``model.json``. A JSON object of
word -> short tag string (``{"학교": "NNG", "가": "VV"}``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

VOCAB_TAGS_FILE = "vocab_tags.json"
MAX_TAG_LEN = 32
_MAX_BYTES = 256 * 1024 * 1024


def is_tag_map(data: Any) -> bool:
    """Whether ``data`` is a dict of word -> tag (a non-empty string of at most 32 chars)."""
    return isinstance(data, dict) and all(
        isinstance(k, str) and isinstance(v, str) and 0 < len(v) <= MAX_TAG_LEN
        for k, v in data.items()
    )


def vocab_tags(words: Sequence[str], tags: dict[str, str] | None) -> dict[str, str] | None:
    """The tags of ``words`` only (None when there are none)."""
    if not tags:
        return None
    out = {w: tags[w] for w in words if w in tags}
    return out or None


def write_vocab_tags(folder: Path, meta: dict[str, Any], tags: dict[str, str] | None) -> None:
    """Write ``vocab_tags.json`` into a model folder being saved and list it in ``meta``."""
    if not tags:
        return
    (folder / VOCAB_TAGS_FILE).write_text(json.dumps(tags, ensure_ascii=False), encoding="utf-8")
    meta["files"]["vocab_tags"] = VOCAB_TAGS_FILE


def read_vocab_tags(path: Path) -> dict[str, str]:
    """The tags in ``path``; ``ModelFormatError`` says what is wrong with the file."""
    from w2v_studio.core.engine.model_check import fail

    try:
        if path.stat().st_size > _MAX_BYTES:
            raise fail(path, f"the file is larger than {_MAX_BYTES >> 20} MB")
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise fail(path, f"cannot be read ({e.strerror or e})") from e
    except (ValueError, RecursionError) as e:
        raise fail(path, f"not valid JSON ({e})") from e
    if not is_tag_map(data):
        raise fail(path, "the parts of speech must be a JSON object of word -> tag (a text "
                   f"of 1 to {MAX_TAG_LEN} characters)")
    return data


def main_tag(tag: str | None) -> str | None:
    """The tag a word is shown and filtered by: a compound mecab tag's first part
    (``VV+EP`` -> ``VV``).

    >>> main_tag("VV+EP"), main_tag("NNG"), main_tag(None)
    ('VV', 'NNG', None)
    """
    return tag.split("+", 1)[0] or tag if tag else None


def pos_groups(words: Sequence[str], tags: dict[str, str] | None,
               top: int) -> tuple[list[str], list[int]]:
    """The ``top`` most frequent tags among ``words`` and each word's group: the index of its
    tag in that list, or ``len(list)`` ("other": a rarer tag, or none).

    >>> pos_groups(["a", "b", "c", "d"], {"a": "N", "b": "N", "c": "V+E"}, 1)
    (['N'], [0, 0, 1, 1])
    """
    names = [main_tag(tags.get(w)) if tags else None for w in words]
    kept = [t for t, _ in Counter(n for n in names if n).most_common(top)]
    index = {t: i for i, t in enumerate(kept)}
    return kept, [index.get(n, len(kept)) if n else len(kept) for n in names]
