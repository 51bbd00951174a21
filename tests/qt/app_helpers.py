"""Small generated corpora for the app's Qt tests."""

from __future__ import annotations

import random
from pathlib import Path


def make_sentences(n: int, length: int = 12, vocab: int = 60, seed: int = 0) -> list[list[str]]:
    """Sentences with a little structure: words of the same group occur together."""
    rng = random.Random(seed)
    groups = [[f"g{g}w{i}" for i in range(vocab // 6)] for g in range(6)]
    out = []
    for _ in range(n):
        g = groups[rng.randrange(len(groups))]
        out.append([rng.choice(g) for _ in range(length)])
    return out


def write_corpus(path: Path, n: int = 400, seed: int = 0, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "\n".join(" ".join(s) for s in make_sentences(n, seed=seed)) + "\n", encoding=encoding
    )
    return path
