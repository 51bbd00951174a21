"""PPMI, SVD and SGNS on the same English sample, on WordSim-353 and the Google analogies.

Levy, Goldberg & Dagan (2015, "Improving distributional similarity with lessons learned from
word embeddings") report SGNS clearly ahead on analogies and PPMI competitive on word
similarity. This script trains all three with the same vocabulary rules and window on a prefix
of ``shared/data/corpora/en/enwiki_sample.txt.xz`` (text8-style: lower case, a-z only) and
prints one JSON object, with ``agrees_with_levy_2015`` saying whether ours shows the same.

    python benchmarks/baselines_vs_sgns.py [--lines 22000] [--dim 300] [--epochs 5]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import DATA, peak_rss_mb, require  # noqa: E402
from benchmarks.train_vs_gensim import LineCorpus, prepare  # noqa: E402


def _evaluate(model) -> dict:
    from w2v_studio.core.evaluate.analogy import evaluate_analogies
    from w2v_studio.core.evaluate.similarity import evaluate_similarity
    from w2v_studio.core.vectors.word_vectors import WordVectors

    wv = WordVectors.from_model(model)
    ws = evaluate_similarity(wv, DATA / "eval/en/wordsim353.tsv")
    an = evaluate_analogies(wv, DATA / "eval/en/questions-words.txt", restrict_vocab=30_000)
    return {"wordsim353_spearman": round(ws.spearman, 4), "wordsim353_pairs_used": ws.used,
            "analogy_accuracy": round(an.overall.accuracy, 4),
            "analogy_semantic": round(an.semantic.accuracy, 4) if an.semantic else None,
            "analogy_syntactic": round(an.syntactic.accuracy, 4) if an.syntactic else None,
            "analogy_answered": an.overall.answered}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=22_000, help="corpus lines (~1.5M tokens)")
    ap.add_argument("--dim", type=int, default=300, help="SGNS and SVD size")
    ap.add_argument("--contexts", type=int, default=10_000, help="PPMI context columns")
    ap.add_argument("--max-vocab", type=int, default=30_000)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--epochs", type=int, default=5, help="SGNS passes over the corpus")
    args = ap.parse_args()

    from w2v_studio.core.analysis.count_models import CountSettings, build_count_model
    from w2v_studio.core.analysis.stability import train_model
    from w2v_studio.core.engine.config import TrainConfig

    source = require(DATA / "corpora/en/enwiki_sample.txt.xz")
    config = TrainConfig(dim=args.dim, window=5, min_count=5, max_final_vocab=args.max_vocab,
                         negative=5, sample=1e-3, epochs=args.epochs, threads=args.threads,
                         device="cpu", seed=1)
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = LineCorpus(prepare(source, args.lines, Path(tmp)))
        tokens = sum(len(s) for s in corpus)
        makers = {
            "sgns": lambda: train_model(config, corpus),
            "ppmi": lambda: build_count_model(config, corpus,
                                              CountSettings("ppmi", contexts=args.contexts)),
            "svd": lambda: build_count_model(config, corpus, CountSettings("svd")),
        }
        for name, make in makers.items():
            t0 = time.monotonic()
            model = make()
            seconds = time.monotonic() - t0
            results[name] = {"seconds": round(seconds, 1), "vocab": len(model.words),
                             "dim": model.dim, **_evaluate(model)}
            del model
    sg, pp, sv = results["sgns"], results["ppmi"], results["svd"]
    analogy_ok = sg["analogy_accuracy"] > max(pp["analogy_accuracy"], sv["analogy_accuracy"])
    similarity_ok = pp["wordsim353_spearman"] >= sg["wordsim353_spearman"] - 0.05
    print(json.dumps({
        "corpus": f"enwiki_sample prefix, {args.lines} lines, {tokens} tokens (a-z, lower)",
        "settings": {"window": 5, "min_count": 5, "max_vocab": args.max_vocab,
                     "dim": args.dim, "ppmi_contexts": args.contexts, "cds": 0.75,
                     "svd_eig": 0.5,
                     "sgns": f"skipgram, negative 5, sample 1e-3, {args.epochs} epochs"},
        "results": results,
        "sgns_ahead_on_analogies": analogy_ok,
        "ppmi_competitive_on_similarity (within 0.05 of SGNS)": similarity_ok,
        "agrees_with_levy_2015": analogy_ok and similarity_ok,
        "peak_rss_mb": round(peak_rss_mb()),
    }, indent=1))


if __name__ == "__main__":
    main()
