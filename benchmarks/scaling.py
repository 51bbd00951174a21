"""Words per second and quality of training over 1, 2 and 4 processes on CPU (torch.distributed,
gloo; the numba kernels in each process), against one process with as many threads.

Prints one JSON object: for each run its processes x threads, words/s over the training (from
Started to Finished), analogy accuracy and WordSim-353 Spearman (gensim's evaluators, as in
train_vs_gensim.py), and the speed of each run relative to the first.

    python benchmarks/scaling.py --max-lines 15000 --epochs 2        # a short check
    python benchmarks/scaling.py --runs 1x2,2x1,4x1                    # processes x threads
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DATA, require  # noqa: E402
from train_vs_gensim import COMMON, VARIANTS, LineCorpus, _save_w2v, evaluate, prepare  # noqa: E402


def run_one(corpus: Path, nproc: int, threads: int, epochs: int, variant: str, out: Path,
            merge: str = "scaled") -> dict:
    """Train with ``nproc`` processes of ``threads`` threads: words/s and quality, or why it
    failed."""
    from w2v_studio.core.engine.config import TrainConfig
    from w2v_studio.core.engine.distributed import RunReport, train_processes
    from w2v_studio.core.engine.events import Finished, Started
    from w2v_studio.core.engine.trainer import train

    cfg = TrainConfig(**{**COMMON, "epochs": epochs}, **VARIANTS[variant], threads=threads,
                      backend="numba", device="cpu")
    report = RunReport()
    events = train(cfg, LineCorpus(corpus)) if nproc == 1 else \
        train_processes(cfg, LineCorpus(corpus), nproc, merge=merge, report=report)
    t_train, total, fin = None, 0, None
    t0 = time.perf_counter()
    for ev in events:
        if isinstance(ev, Started):
            t_train, total = time.perf_counter(), ev.total_words
        elif isinstance(ev, Finished):
            fin = ev
        elif hasattr(ev, "message") and not hasattr(ev, "words_per_sec"):
            return {"processes": nproc, "threads": threads, "failed": ev.message[:300]}
    now = time.perf_counter()
    secs = now - t_train
    _save_w2v(out, fin.model.words, fin.model.input_vectors)
    return {"processes": nproc, "threads": threads, "train_seconds": round(secs, 2),
            "words_per_sec": round(total / secs),
            "seconds_with_start": round(now - t0, 2),  # counting and start-up included
            "words_per_sec_with_start": round(total / (now - t0)),
            **({"merge_seconds_per_rank": report.merge_seconds} if nproc > 1 else {}),
            **evaluate(out)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=DATA / "corpora/en/enwiki_sample.txt.xz")
    ap.add_argument("--max-lines", type=int, default=15000)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--variant", default="sg_ns", choices=sorted(VARIANTS))
    ap.add_argument("--runs", default="1x2,2x1,1x1,4x1",
                    help="comma-separated PROCESSESxTHREADS (the first is the reference)")
    ap.add_argument("--merge", default="scaled", choices=("scaled", "sum", "average"),
                    help="how processes merge their replicas (distributed.train_processes)")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "w2v_bench")
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    corpus = prepare(require(args.corpus), args.max_lines, args.workdir)
    runs = []
    for spec in args.runs.split(","):
        nproc, threads = (int(x) for x in spec.lower().split("x"))
        res = run_one(corpus, nproc, threads, args.epochs, args.variant,
                      args.workdir / f"scaling_{nproc}x{threads}.bin", args.merge)
        runs.append(res)
        print(f"{nproc} x {threads}: {res}", file=sys.stderr)
    for r in runs:
        if "words_per_sec" in r and "words_per_sec" in runs[0]:
            r["speed_vs_first"] = round(r["words_per_sec"] / runs[0]["words_per_sec"], 3)
            r["speed_with_start_vs_first"] = round(
                r["words_per_sec_with_start"] / runs[0]["words_per_sec_with_start"], 3)
    print(json.dumps({"corpus": str(args.corpus), "max_lines": args.max_lines,
                      "variant": args.variant, "merge": args.merge,
                      "settings": {**COMMON, "epochs": args.epochs},
                      "runs": runs}, indent=1))


if __name__ == "__main__":
    main()
