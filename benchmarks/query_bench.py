"""Query latency of WordVectors on a 200,000 x 300 vocabulary, and word2vec binary load time.

Usage: python benchmarks/query_bench.py [--vectors FILE] [--words 200000] [--dim 300] [--repeat 50]

Without --vectors it builds random vectors with words in Latin, Hangul and Hanzi, writes them
as a binary word2vec file in a temp folder and times loading it back. Prints ONE JSON object
(latencies in milliseconds: median and p95 over --repeat queries on random words).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from w2v_studio.core.vectors.io.export import export_vectors  # noqa: E402
from w2v_studio.core.vectors.io.load import load_vectors
from w2v_studio.core.vectors.word_vectors import WordVectors  # noqa: E402


def random_words(n: int, rng: np.random.Generator) -> list[str]:
    """Distinct words of 2-9 characters: half Latin, a quarter Hangul, a quarter Hanzi."""
    latin = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    hangul = np.array([chr(c) for c in range(0xAC00, 0xAC00 + 2000)])
    hanzi = np.array([chr(c) for c in range(0x4E00, 0x4E00 + 3000)])
    words: dict[str, None] = {}
    while len(words) < n:
        script = (latin, latin, hangul, hanzi)[int(rng.integers(4))]
        size = int(rng.integers(2, 10 if script is latin else 5))
        words.setdefault("".join(rng.choice(script, size)))
    return list(words)


def timed(fn, repeat: int) -> dict[str, float]:
    for i in range(3):  # warm up (thread pools, compiled kernels)
        fn(i)
    times = []
    for i in range(repeat):
        t = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - t) * 1000)
    return {
        "median_ms": round(float(np.median(times)), 3),
        "p95_ms": round(float(np.percentile(times, 95)), 3),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--vectors", help="real vectors (model folder or word2vec/GloVe file)")
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--dim", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    result: dict[str, object] = {
        "benchmark": "query_bench",
        "python": platform.python_version(),
        "numpy": np.__version__,
        "cpus": os.cpu_count(),
    }
    with tempfile.TemporaryDirectory() as tmp:
        if args.vectors:
            t = time.perf_counter()
            wv = load_vectors(args.vectors, limit=args.words)
            result["load_s"] = round(time.perf_counter() - t, 3)
            result["source"] = args.vectors
        else:
            words = random_words(args.words, rng)
            vectors = rng.normal(size=(args.words, args.dim)).astype(np.float32)
            counts = np.sort(rng.zipf(1.3, size=args.words))[::-1]
            path = Path(tmp) / "vectors.bin"
            t = time.perf_counter()
            export_vectors(WordVectors(words, vectors, counts), path, "word2vec-binary")
            result["write_word2vec_binary_s"] = round(time.perf_counter() - t, 3)
            result["file_mb"] = round(path.stat().st_size / 1e6, 1)
            t = time.perf_counter()
            wv = load_vectors(path)
            result["load_word2vec_binary_s"] = round(time.perf_counter() - t, 3)
            del vectors
        result["words"], result["dim"] = len(wv), wv.dim
        t = time.perf_counter()
        _ = wv.unit
        result["normalise_once_s"] = round(time.perf_counter() - t, 3)
        t = time.perf_counter()
        wv.suggest("x")
        result["spelling_index_once_s"] = round(time.perf_counter() - t, 3)
        pick = rng.integers(0, min(len(wv), 50_000), size=(args.repeat, 5))
        w = wv.words
        result["neighbours_top10"] = timed(lambda i: wv.neighbours(w[pick[i, 0]]), args.repeat)
        result["neighbours_restrict_50k"] = timed(
            lambda i: wv.neighbours(w[pick[i, 0]], restrict_vocab=50_000), args.repeat
        )
        result["analogy_3cosadd"] = timed(
            lambda i: wv.analogy(*(w[j] for j in pick[i, :3])), args.repeat
        )
        result["analogy_3cosmul"] = timed(
            lambda i: wv.analogy(*(w[j] for j in pick[i, :3]), method="3cosmul"), args.repeat
        )
        result["similarity"] = timed(
            lambda i: wv.similarity(w[pick[i, 0]], w[pick[i, 1]]), args.repeat
        )
        result["odd_one_out_5"] = timed(
            lambda i: wv.odd_one_out([w[j] for j in pick[i]]), args.repeat
        )
        result["rank"] = timed(lambda i: wv.rank(w[pick[i, 0]], w[pick[i, 1]]), args.repeat)

        def typo(i: int) -> list[str]:
            word = w[pick[i, 0]]
            return wv.suggest(word[:-1] + ("x" if word[-1] != "x" else "y"))

        result["suggest"] = timed(typo, args.repeat)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
