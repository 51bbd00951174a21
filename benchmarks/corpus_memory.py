"""Memory and speed of the streaming corpus reader: a text8-like single line and enwiki.

Prints one JSON object. Usage::

    python benchmarks/corpus_memory.py [--mb 100] [--enwiki-lines 100000]

The enwiki part reads ``shared/data/corpora/en/enwiki_sample.txt.xz`` beside the repository
(or under ``$W2V_SHARED_DATA``) and is skipped when it is missing.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import psutil

from w2v_studio.core.corpus.reader import Corpus

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("W2V_SHARED_DATA", REPO.parent / "shared" / "data"))
ENWIKI = SHARED / "corpora" / "en" / "enwiki_sample.txt.xz"


def write_single_line(path: Path, megabytes: int, seed: int = 0) -> int:
    """Write a text8-like file: lowercase words, one space apart, no newline at all."""
    rng = random.Random(seed)
    letters = "etaoinshrdlucmfwypvbgkjqxz"
    vocab = ["".join(rng.choices(letters, k=rng.randint(1, 10))) for _ in range(20_000)]
    weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(vocab))))
    written = tokens = 0
    with open(path, "w", encoding="ascii") as f:
        while written < megabytes * 1_000_000:
            words = rng.choices(vocab, cum_weights=weights, k=50_000)
            chunk = " ".join(words) + " "
            f.write(chunk)
            written += len(chunk)
            tokens += len(words)
    return tokens


def measure(corpus: Corpus, max_lines: int | None = None) -> dict:
    """Iterate the sentences once; RSS is sampled at every sentence."""
    proc = psutil.Process()
    before = proc.memory_info().rss
    peak = before
    n_sentences = n_tokens = longest = 0
    start = time.perf_counter()
    sentences = iter(corpus.sentences())
    if max_lines is not None:
        sentences = itertools.islice(sentences, max_lines)
    for i, tokens in enumerate(sentences):
        n_sentences += 1
        n_tokens += len(tokens)
        longest = max(longest, len(tokens))
        if i % 64 == 0 or len(tokens) > 1000:
            peak = max(peak, proc.memory_info().rss)
    seconds = time.perf_counter() - start
    peak = max(peak, proc.memory_info().rss)
    return {
        "bytes_on_disk": corpus.total_size,
        "sentences": n_sentences,
        "tokens": n_tokens,
        "max_sentence_length": longest,
        "seconds": round(seconds, 2),
        "tokens_per_s": round(n_tokens / seconds),
        "rss_before_mb": round(before / 2**20, 1),
        "peak_rss_growth_mb": round((peak - before) / 2**20, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=100, help="size of the single-line file")
    parser.add_argument("--enwiki-lines", type=int, default=100_000, help="0 = all lines")
    args = parser.parse_args()
    result: dict = {"benchmark": "corpus_memory"}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "text8_like"
        written_tokens = write_single_line(path, args.mb)
        single = measure(Corpus(path, encoding="utf-8"))
        single["tokens_written"] = written_tokens
        single["all_tokens_read"] = single["tokens"] == written_tokens
        result["single_line"] = single
    if ENWIKI.exists():
        enwiki = measure(Corpus(ENWIKI), args.enwiki_lines or None)
        enwiki["file"] = str(ENWIKI)
        enwiki["note"] = "growth includes the xz decoder's dictionary (64 MiB for this file)"
        result["enwiki_xz"] = enwiki
    else:
        result["enwiki_xz"] = {"skipped": f"{ENWIKI} not found"}
    result["ru_maxrss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
