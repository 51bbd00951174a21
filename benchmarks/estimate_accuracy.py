"""How close is the Corpus page's "Training time (measured here)" to the real run?

For each shared corpus (English Wikipedia, Korean NSMC reviews as eojeol, Chinese People's Daily
as its gold words: whitespace tokens, so no tokenizer time is mixed in) and each setting, the
probe (``core.engine.speed_probe``, about a second) predicts the run's time; then the run is
timed. Prints one JSON object; ``pass`` when every prediction is within 35% of the actual time.

    python benchmarks/estimate_accuracy.py                 # about 5 minutes on 2 cores
    python benchmarks/estimate_accuracy.py --lines 20000   # a quicker, smaller check
"""

from __future__ import annotations

import argparse
import itertools
import json
import lzma
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DATA, require  # noqa: E402

from w2v_studio.core.corpus.encoded import EncodedCorpus, write_encoded  # noqa: E402
from w2v_studio.core.engine.config import TrainConfig  # noqa: E402
from w2v_studio.core.engine.speed_probe import ProbeSample  # noqa: E402
from w2v_studio.core.engine.trainer import train  # noqa: E402
from w2v_studio.core.engine.warmup import warm_up  # noqa: E402

CORPORA = {
    "en_wikipedia": "corpora/en/enwiki_sample.txt.xz",
    "ko_nsmc_eojeol": "corpora/ko/nsmc_reviews.txt.xz",
    "zh_peoples_daily_words": "corpora/zh/peoples_daily_199801_segmented.txt.xz",
}
SETTINGS = {
    "sg_ns": dict(architecture="skipgram", objective="negative"),
    "cbow_ns": dict(architecture="cbow", objective="negative"),
    "sg_hs": dict(architecture="skipgram", objective="hierarchical"),
    "sg_softmax_3k": dict(architecture="skipgram", objective="softmax", max_final_vocab=3000,
                          dim=50, epochs=1),
}


def encode(name: str, lines: int, folder: Path) -> EncodedCorpus:
    with lzma.open(require(DATA / CORPORA[name]), "rt", encoding="utf-8") as f:
        write_encoded(folder, (line.split() for line in itertools.islice(f, lines)))
    return EncodedCorpus.open(folder)


def timed_run(config: TrainConfig, corpus: EncodedCorpus) -> float:
    t0 = time.perf_counter()
    for _ in train(config, corpus):
        pass
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=60_000, help="lines of each corpus")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--corpora", nargs="+", default=list(CORPORA))
    ap.add_argument("--settings", nargs="+", default=list(SETTINGS))
    args = ap.parse_args(argv)
    warm_up()
    out: dict = {"benchmark": "estimate_accuracy", "lines": args.lines, "threads": args.threads,
                 "runs": []}
    worst = 0.0
    for name in args.corpora:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = encode(name, args.lines, Path(tmp))
            sample = ProbeSample(corpus)
            for key in args.settings:
                cfg = TrainConfig(min_count=5, threads=args.threads, epochs=args.epochs)
                cfg = cfg.with_changes(**SETTINGS[key])
                t0 = time.perf_counter()
                probe = sample.measure(cfg)
                probe_s = time.perf_counter() - t0
                predicted = probe.seconds_for(corpus.tokens, cfg.epochs)
                actual = timed_run(cfg, corpus)
                error = predicted / actual - 1.0
                worst = max(worst, abs(error))
                out["runs"].append({"corpus": name, "tokens": corpus.tokens, "setting": key,
                                    "epochs": cfg.epochs, "probe_seconds": round(probe_s, 2),
                                    "predicted_seconds": round(predicted, 2),
                                    "actual_seconds": round(actual, 2),
                                    "error": round(error, 3)})  # fmt: skip
                print(json.dumps(out["runs"][-1]), file=sys.stderr)
            sample.close()
    out["worst_error"] = round(worst, 3)
    out["pass"] = worst <= 0.35
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
