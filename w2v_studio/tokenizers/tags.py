"""Parts of speech of a tokenized corpus: each word's most frequent tag, in ``tags.json``.

Counted once, after tokenizing, on a sample of the corpus's first lines with the tokenizer's
``analyze``. Only tokens that are also training tokens count (``output=word``: ``학교`` is
both; with ``output=word/POS`` the training token ``학교/NNG`` is not an analysed word, and
nothing is written). A cache folder without ``tags.json`` simply has no tags.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from w2v_studio.core.engine.vocab_tags import MAX_TAG_LEN, is_tag_map
from w2v_studio.core.workspace.atomic import atomic_write

TAGS_FILE = "tags.json"
SAMPLE_LINES = 20_000


def count_tags(tok: Any, texts: Iterable[str]) -> dict[str, str]:
    """word -> its most frequent tag over ``texts`` (ties: the tag seen first); {} without tags.

    >>> from w2v_studio.tokenizers.base import WhitespaceTokenizer
    >>> count_tags(WhitespaceTokenizer(), ["a b"])
    {}
    """
    counts: dict[str, Counter[str]] = {}
    for text in texts:
        kept = set(tok.tokenize(text))
        for t in tok.analyze(text):
            if t.tag and t.text in kept:
                counts.setdefault(t.text, Counter())[t.tag[:MAX_TAG_LEN]] += 1
    return {w: c.most_common(1)[0][0] for w, c in counts.items()}


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


def tag_corpus(folder: Path, plugin: Any, opts: dict[str, Any], corpus: Any,
               n_lines: int = SAMPLE_LINES) -> None:
    """Count the tags of the first ``n_lines`` lines of ``corpus`` and write them into
    ``folder``. Tags are a help, not the corpus: a tokenizer that fails here writes nothing."""
    try:
        tok = plugin.make(opts)
        tags = count_tags(tok, (line.text for line in corpus.head(n_lines)))
        write_tags(folder, tags)
    except Exception:  # noqa: BLE001 - the tokenized corpus is whole without tags
        return
