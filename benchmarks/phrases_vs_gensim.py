"""Phrases against gensim ``Phrases`` on a prefix of the English sample: top-1,000 overlap.

Prints one JSON object. Usage::

    python benchmarks/phrases_vs_gensim.py [--tokens 2000000] [--top 1000]

Both read the same token lists (the first lines of ``shared/data/corpora/en/enwiki_sample.txt.xz``
up to ``--tokens`` tokens, lowercased, words and numbers kept, punctuation dropped) with the
same settings. Each table is sorted by score (ties by phrase) and the first ``--top`` phrases
are compared. Timings: learning the phrases, the table and the corpus with phrases joined
(ours writes it as ids to a temporary folder, gensim's is a list in memory).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import DATA, peak_rss_mb, require  # noqa: E402

from w2v_studio.core.corpus.phrases import (  # noqa: E402
    ENGLISH_CONNECTOR_WORDS,
    PhraseSettings,
    find_phrases,
)
from w2v_studio.core.corpus.reader import Corpus  # noqa: E402

WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


def read_tokens(path: Path, max_tokens: int) -> list[list[str]]:
    lines, n = [], 0
    for line in Corpus(path).lines(skip_empty=True):
        tokens = WORD.findall(line.text.lower())
        if tokens:
            lines.append(tokens)
            n += len(tokens)
        if n >= max_tokens:
            break
    return lines


def top(table: dict[str, float], k: int) -> list[str]:
    return [p for p, _ in sorted(table.items(), key=lambda t: (-t[1], t[0]))[:k]]


def compare(lines: list[list[str]], settings: PhraseSettings, k: int) -> dict:
    from gensim.models.phrases import Phrases

    with tempfile.TemporaryDirectory() as work:
        t0 = time.perf_counter()
        result = find_phrases(lines, settings, Path(work))
        ours_s = time.perf_counter() - t0
        ours = {r.phrase: r.score for r in result.table}
        ours_rss = peak_rss_mb()
    t0 = time.perf_counter()
    model = Phrases(lines, min_count=settings.min_count, threshold=settings.threshold,
                    scoring=settings.scoring, connector_words=settings.connector_words)
    theirs = model.export_phrases()
    joined = [model[s] for s in lines]
    gensim_s = time.perf_counter() - t0
    del joined
    a, b = top(ours, k), top(theirs, k)
    common = set(ours) & set(theirs)
    return {
        "settings": {"scoring": settings.scoring, "min_count": settings.min_count,
                     "threshold": settings.threshold,
                     "connector_words": sorted(settings.connector_words) or None},
        "phrases_ours": len(ours), "phrases_gensim": len(theirs),
        f"top{k}_overlap": len(set(a) & set(b)) / max(min(k, len(b)), 1),
        "same_phrase_set": set(ours) == set(theirs),
        "max_abs_score_diff": max((abs(ours[p] - theirs[p]) for p in common), default=0.0),
        "top10_ours": a[:10],
        "seconds_ours": round(ours_s, 2), "seconds_gensim": round(gensim_s, 2),
        "speedup": round(gensim_s / ours_s, 2), "peak_rss_mb_after_ours": round(ours_rss),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tokens", type=int, default=2_000_000)
    ap.add_argument("--top", type=int, default=1000)
    args = ap.parse_args()
    path = require(DATA / "corpora" / "en" / "enwiki_sample.txt.xz")
    t0 = time.perf_counter()
    lines = read_tokens(path, args.tokens)
    read_s = time.perf_counter() - t0
    runs = [compare(lines, PhraseSettings(), args.top),
            compare(lines, PhraseSettings(scoring="npmi", threshold=0.5,
                                          connector_words=ENGLISH_CONNECTOR_WORDS), args.top)]
    print(json.dumps({"corpus": str(path.name), "lines": len(lines),
                      "tokens": sum(map(len, lines)), "read_seconds": round(read_s, 2),
                      "runs": runs}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
