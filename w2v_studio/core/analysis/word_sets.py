"""Named word lists (for WEAT, semantic axes, map selections), read from and written to text.

Text format: one or more words per line separated by whitespace or commas; ``#`` starts a
comment; an optional first comment ``# name: NAME`` names the set (else the file name does).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from w2v_studio.core.workspace.atomic import atomic_write

WORDSETS_DIR = Path(__file__).resolve().parents[3] / "resources" / "wordsets"
_SPLIT = re.compile(r"[\s,]+")


class WordSetError(ValueError):
    """A word-set file that cannot be read: says which file and what to do."""


@dataclass
class WordSet:
    """A named list of words (order kept, duplicates dropped).

    >>> WordSet.parse("# name: pets\\ncat, dog\\ndog fish").words
    ['cat', 'dog', 'fish']
    """

    name: str
    words: list[str]
    source: str = ""  # where the list comes from (a citation or a file)
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.words = list(dict.fromkeys(w for w in self.words if w))

    @classmethod
    def parse(cls, text: str, name: str = "", source: str = "") -> WordSet:
        """Read the text format; ``# name:`` and ``# source:`` comments fill those fields."""
        words: list[str] = []
        notes: list[str] = []
        for line in text.splitlines():
            body, _, comment = line.partition("#")
            comment = comment.strip()
            key, sep, value = comment.partition(":")
            if sep and key.strip().lower() == "name" and not name:
                name = value.strip()
            elif sep and key.strip().lower() == "source":
                source = source or value.strip()
            elif comment:
                notes.append(comment)
            words.extend(w for w in _SPLIT.split(body.strip()) if w)
        return cls(name or "words", words, source, notes)

    def to_text(self) -> str:
        head = [f"# name: {self.name}"]
        if self.source:
            head.append(f"# source: {self.source}")
        head += [f"# {n}" for n in self.notes]
        return "\n".join(head + self.words) + "\n"


def read_word_set(path: str | os.PathLike) -> WordSet:
    """Read a word-set file; a missing, unreadable or empty file raises :class:`WordSetError`."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise WordSetError(f"{p}: no such word-set file. Check the path.") from None
    except UnicodeDecodeError as e:
        raise WordSetError(f"{p}: not UTF-8 text (byte {e.start}). Save the list as UTF-8 "
                           "and try again.") from None
    except OSError as e:
        raise WordSetError(f"{p}: cannot be read ({e.strerror}).") from None
    ws = WordSet.parse(text)
    if ws.name == "words":
        ws.name = p.stem
    ws.source = ws.source or str(p)
    if not ws.words:
        raise WordSetError(f"{p}: no words in it. Put words one per line (or separated by "
                           "spaces or commas); lines starting with # are comments.")
    return ws


def write_word_set(ws: WordSet, path: str | os.PathLike) -> Path:
    """Write the text format atomically."""
    with atomic_write(path) as f:
        f.write(ws.to_text())
    return Path(path)


def shipped_word_sets(language: str = "en") -> list[WordSet]:
    """The word lists shipped with the program for ``language`` (``resources/wordsets/<lang>``)."""
    folder = WORDSETS_DIR / language
    if not folder.is_dir():
        return []
    return [read_word_set(p) for p in sorted(folder.glob("*.txt"))]
