"""Subword (fastText) vectors for Korean: this app's ``--method fasttext --subword jamo`` against
gensim's FastText with the same settings and threads, on Mecab tokens of a prefix of the Korean
Wikipedia + NSMC samples. Prints JSON.

gensim has no jamo mode, so it trains on the same tokens decomposed into jamo (``jamo.py``),
as Park et al. (ACL 2018) fed fastText; its words are mapped back to syllables for evaluation.
Both are evaluated by this app's evaluation code: Korean WS-353 (Spearman) and the semantic
sections of the Korean analogy set (3CosAdd). Unknown words: some derived forms (a stem plus
one syllable, e.g. a compound such as 대통령직 beside 대통령) are removed from the training
tokens; for each, the rank of its stem among the neighbours of its n-gram vector is reported.

    python benchmarks/subword_vs_gensim.py --wiki-lines 12000 --nsmc-lines 60000
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from itertools import islice
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks._common import DATA, peak_rss_mb, require  # noqa: E402

KO = DATA / "corpora/ko"
EVAL = DATA / "eval/ko"


def prefix_corpus(workdir: Path, wiki_lines: int, nsmc_lines: int) -> Path:
    raw = workdir / "raw.txt"
    with open(raw, "w", encoding="utf-8") as out:
        for name, n in (("kowiki_sample.txt.xz", wiki_lines), ("nsmc_reviews.txt.xz", nsmc_lines)):
            with lzma.open(require(KO / name), "rt", encoding="utf-8") as f:
                out.writelines(islice(f, n))
    return raw


def mecab_tokens(raw: Path, workdir: Path) -> list[list[str]]:
    """Tokenized by the app's mecab plugin through ``w2v-studio tokenize``."""
    tok = workdir / "tokens.txt"
    subprocess.run([sys.executable, "-m", "w2v_studio", "tokenize", str(raw), "--tokenizer",
                    "mecab", "-o", str(tok), "--workers", "2", "--cache-dir",
                    str(workdir / "cache"), "--quiet"], check=True)
    with open(tok, encoding="utf-8") as f:
        return [line.split() for line in f if line.strip()]


def _hangul(word: str) -> bool:
    return all(0xAC00 <= ord(c) <= 0xD7A3 for c in word)


def held_back_forms(sentences: list[list[str]], n: int, seed: int) -> dict[str, str]:
    """form -> stem: forms seen 5..100 times whose stem (the form minus its last syllable) is
    seen at least 50 times; both Hangul, the stem at least 2 syllables."""
    counts = Counter(w for s in sentences for w in s)
    pairs = {f: f[:-1] for f, c in counts.items()
             if 5 <= c <= 100 and len(f) >= 3 and _hangul(f) and counts.get(f[:-1], 0) >= 50}
    chosen = sorted(pairs)
    random.Random(seed).shuffle(chosen)
    return {f: pairs[f] for f in chosen[:n]}


def settings(args: argparse.Namespace) -> dict:
    return dict(dim=100, window=5, negative=5, min_count=5, epochs=args.epochs, sample=1e-3,
                alpha=0.025, min_n=3, max_n=6, buckets=args.buckets, threads=args.threads)


def run_ours(sentences: list[list[str]], s: dict):
    from w2v_studio.core.engine.config import TrainConfig
    from w2v_studio.core.engine.trainer import train
    from w2v_studio.core.vectors.word_vectors import WordVectors

    cfg = TrainConfig(method="fasttext", subword="jamo", architecture="skipgram",
                      objective="negative", **s)
    t0 = time.perf_counter()
    final = list(train(cfg, sentences))[-1]
    total = time.perf_counter() - t0
    if type(final).__name__ != "Finished":
        raise SystemExit(f"our training did not finish: {final}")
    wv = WordVectors.from_model(final.model)
    return wv, {"train_seconds": round(final.seconds, 2), "total_seconds": round(total, 2),
                "words_per_sec": round(final.words_per_sec), "vocab": len(wv)}


def run_gensim(sentences: list[list[str]], s: dict):
    from gensim.models import FastText

    from w2v_studio.core.engine.jamo import decompose
    from w2v_studio.core.vectors.word_vectors import WordVectors

    jamo = [[decompose(w) for w in sent] for sent in sentences]
    back = {decompose(w): w for sent in sentences for w in sent}
    m = FastText(vector_size=s["dim"], window=s["window"], negative=s["negative"], sg=1, hs=0,
                 min_count=s["min_count"], sample=s["sample"], alpha=s["alpha"],
                 min_n=s["min_n"], max_n=s["max_n"], bucket=s["buckets"],
                 workers=s["threads"], seed=1)
    t0 = time.perf_counter()
    m.build_vocab(corpus_iterable=jamo)
    t1 = time.perf_counter()
    m.train(corpus_iterable=jamo, total_examples=m.corpus_count, total_words=m.corpus_total_words,
            epochs=s["epochs"])
    t2 = time.perf_counter()
    kv = m.wv
    words = [back[k] for k in kv.index_to_key]
    counts = [kv.get_vecattr(k, "count") for k in kv.index_to_key]
    wv = WordVectors(words, kv.vectors, counts,
                     oov=lambda w: kv.get_vector(decompose(w)))
    return wv, {"train_seconds": round(t2 - t1, 2), "total_seconds": round(t2 - t0, 2),
                "words_per_sec": round(m.corpus_total_words * s["epochs"] / (t2 - t1)),
                "vocab": len(wv)}


def quality(wv, forms: dict[str, str]) -> dict:
    from w2v_studio.core.evaluate.analogy import evaluate_analogies
    from w2v_studio.core.evaluate.similarity import evaluate_similarity

    ws = evaluate_similarity(wv, EVAL / "ws353_korean.tsv")
    an = evaluate_analogies(wv, EVAL / "word_analogy_korean.txt")
    ranks = []
    for form, stem in forms.items():
        sims = wv.similarities(form)  # the form is unknown: its vector is built from n-grams
        ranks.append(int(np.count_nonzero(sims > sims[wv.id(stem)])) + 1)
    r = np.array(ranks)
    return {
        "ws353_spearman": round(float(ws.spearman), 4), "ws353_pairs_used": ws.used,
        "semantic_analogy_accuracy": round(an.semantic.accuracy, 4),
        "semantic_questions_answered": an.semantic.answered,
        "syntactic_analogy_accuracy": round(an.syntactic.accuracy, 4),
        "held_back": {"forms": len(r), "median_stem_rank": float(np.median(r)),
                      "stem_in_top10": round(float(np.mean(r <= 10)), 3),
                      "mean_reciprocal_rank": round(float(np.mean(1.0 / r)), 3),
                      "examples": [f"{f} -> {s}: {k}" for (f, s), k
                                   in islice(zip(forms.items(), ranks, strict=True), 6)]},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--wiki-lines", type=int, default=12_000)
    ap.add_argument("--nsmc-lines", type=int, default=60_000)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--buckets", type=int, default=500_000)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--held-back", type=int, default=100)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="subword_bench_") as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        sentences = mecab_tokens(prefix_corpus(work, args.wiki_lines, args.nsmc_lines), work)
        tokenize_seconds = time.perf_counter() - t0
    forms = held_back_forms(sentences, args.held_back, seed=1)
    sentences = [[w for w in s if w not in forms] for s in sentences]
    s = settings(args)
    ours, ours_speed = run_ours(sentences, s)
    theirs, gensim_speed = run_gensim(sentences, s)
    result = {
        "benchmark": "subword_vs_gensim",
        "corpus": {"wiki_lines": args.wiki_lines, "nsmc_lines": args.nsmc_lines,
                   "tokens": sum(map(len, sentences)), "tokenizer": "mecab",
                   "tokenize_seconds": round(tokenize_seconds, 1)},
        "settings": {**s, "architecture": "skipgram", "objective": "negative",
                     "subword": "jamo"},
        "ours": {**ours_speed, **quality(ours, forms)},
        "gensim": {**gensim_speed, **quality(theirs, forms)},
        "peak_rss_mb": round(peak_rss_mb()),
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
