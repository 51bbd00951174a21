"""Parts of speech of a tokenized corpus: each word's most frequent tag, in ``tags.json``.

Counted by the tokenizing workers on the corpus's first lines (``SAMPLE_LINES``) with the
tokenizer's ``analyze``. Only tokens that are also training tokens count (``output=word``:
``학교`` is both; with ``output=word/POS`` the training token ``학교/NNG`` is not an analysed
word, and nothing is written). A cache folder without ``tags.json`` simply has no tags.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from w2v_studio.core.engine.vocab_tags import MAX_TAG_LEN, is_tag_map
from w2v_studio.core.workspace.atomic import atomic_write

TAGS_FILE = "tags.json"
SAMPLE_LINES = 20_000


TagCounts = dict[tuple[str, str], int]  # (token, tag) -> times seen


def add_line_tags(counts: TagCounts, tok: Any, text: str, toks: list[str]) -> None:
    """Count the tags ``tok.analyze`` gives the training tokens ``toks`` of line ``text``
    (an analysis that fails, or tokens without tags, add nothing)."""
    if not toks:
        return
    try:
        analysed = tok.analyze(text)
    except Exception:  # noqa: BLE001 - tags are a help; the line's tokens are kept
        return
    kept = set(toks)
    for t in analysed:
        if t.tag and t.text in kept:
            key = (t.text, t.tag[:MAX_TAG_LEN])
            counts[key] = counts.get(key, 0) + 1


def most_frequent_tags(counts: TagCounts) -> dict[str, str]:
    """word -> its most frequent tag (ties: the tag counted first).

    >>> most_frequent_tags({("run", "V"): 2, ("run", "N"): 3, ("dog", "N"): 1})
    {'run': 'N', 'dog': 'N'}
    """
    best: dict[str, tuple[int, str]] = {}
    for (word, tag), n in counts.items():
        if word not in best or n > best[word][0]:
            best[word] = (n, tag)
    return {w: tag for w, (_n, tag) in best.items()}


def count_tags(tok: Any, texts: Iterable[str]) -> dict[str, str]:
    """word -> its most frequent tag over ``texts`` (what the tokenizing workers count).

    >>> from w2v_studio.tokenizers.base import WhitespaceTokenizer
    >>> count_tags(WhitespaceTokenizer(), ["a b"])
    {}
    """
    counts: TagCounts = {}
    for text in texts:
        add_line_tags(counts, tok, text, tok.tokenize(text))
    return most_frequent_tags(counts)


def write_tags(folder: Path, tags: dict[str, str]) -> None:
    """Write ``tags.json`` into ``folder`` (atomically); nothing when ``tags`` is empty."""
    if not tags:
        return
    with atomic_write(Path(folder) / TAGS_FILE) as f:
        json.dump(tags, f, ensure_ascii=False)


def read_tags(folder: Path) -> dict[str, str] | None:
    """The tags of a tokenized corpus folder, or None when it has none or they are unreadable."""
    path = Path(folder) / TAGS_FILE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return checked_tags(data)


def checked_tags(data: Any) -> dict[str, str] | None:
    """``data`` when it is a JSON object of word -> short tag string, else None."""
    return data if is_tag_map(data) else None
