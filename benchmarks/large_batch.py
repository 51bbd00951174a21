"""Large torch steps against the numba kernels on real text: quality on the same prefix.

Trains skip-gram negative sampling (``COMMON`` of train_vs_gensim.py) on the first lines of the
English sample with the numba kernels and with the torch backend at 65,536-example steps (and,
with --small, at small steps), each in its own subprocess, and prints ONE JSON object with
each run's analogy accuracy and WordSim-353 Spearman (train_vs_gensim's ``evaluate``) and
torch-64k's gap to numba.

    python benchmarks/large_batch.py                      # 15,000 lines, 5 epochs, sg+ns
    python benchmarks/large_batch.py --epochs 2 --runs torch:65536 --variant cbow_ns
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DATA, require  # noqa: E402
from train_vs_gensim import COMMON, VARIANTS, LineCorpus, _save_w2v, evaluate, prepare  # noqa: E402, I001


def run_one(corpus: Path, variant: str, backend: str, batch: int, epochs: int, threads: int,
            out: Path, tweaks: list[str]) -> dict:
    """Train one model (in this process) and save its input vectors to ``out``."""
    from w2v_studio.core.engine import torch_backend
    from w2v_studio.core.engine.config import TrainConfig
    from w2v_studio.core.engine.events import Finished
    from w2v_studio.core.engine.trainer import train

    for t in tweaks:  # NAME=VALUE: a module constant of torch_backend or a COMMON setting
        name, value = t.split("=", 1)
        if name not in COMMON:
            setattr(torch_backend, name, json.loads(value))
    extra = {k: json.loads(v) for k, v in (t.split("=", 1) for t in tweaks if "=" in t
                                            and t.split("=", 1)[0] in COMMON)}
    cfg = TrainConfig(**{**COMMON, "epochs": epochs, **extra}, **VARIANTS[variant], threads=threads,
                      device="cpu", batch_size=batch, backend=backend)
    t0 = time.perf_counter()
    fin = None
    for ev in train(cfg, LineCorpus(corpus)):
        if isinstance(ev, Finished):
            fin = ev
        elif not hasattr(ev, "words_per_sec") and hasattr(ev, "message"):
            raise SystemExit(f"training failed: {ev.message}")
    m = fin.model
    _save_w2v(out, m.words, m.input_vectors)
    return {"seconds": round(time.perf_counter() - t0, 1),
            "epoch_losses": [round(x, 4) for x in m.epoch_losses]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=DATA / "corpora/en/enwiki_sample.txt.xz")
    ap.add_argument("--max-lines", type=int, default=15000)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--variant", default="sg_ns", choices=sorted(VARIANTS))
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--runs", default="numba,torch:65536",
                    help="comma-separated: numba, torch:BATCH")
    ap.add_argument("--small", type=int, default=None, help="also torch at this batch size")
    ap.add_argument("--tweak", action="append", default=[], help=argparse.SUPPRESS)
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "w2v_bench")
    ap.add_argument("--_run", nargs=3, metavar=("BACKEND", "BATCH", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    corpus = prepare(require(args.corpus), args.max_lines, args.workdir)
    if args._run:
        backend, batch, out = args._run
        print(json.dumps(run_one(corpus, args.variant, backend, int(batch), args.epochs,
                                 args.threads, Path(out), args.tweak)))
        return
    runs = args.runs.split(",") + ([f"torch:{args.small}"] if args.small else [])
    report: dict = {"corpus": str(args.corpus), "max_lines": args.max_lines,
                    "variant": args.variant, "epochs": args.epochs, "threads": args.threads,
                    "settings": {**COMMON, "epochs": args.epochs}, "runs": {}}
    if args.tweak:
        report["tweaks"] = args.tweak
    for run in runs:
        backend, _, batch = run.partition(":")
        tag = "_".join(t.replace("=", "") for t in args.tweak)
        out = args.workdir / f"large_batch_{backend}_{batch or 0}_{args.variant}{tag}.bin"
        cmd = [sys.executable, __file__, "--_run", backend, batch or "16384", str(out),
               "--corpus", str(args.corpus), "--max-lines", str(args.max_lines),
               "--epochs", str(args.epochs), "--variant", args.variant,
               "--threads", str(args.threads), "--workdir", str(args.workdir)]
        cmd += [f"--tweak={t}" for t in args.tweak]
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            raise SystemExit(f"{run} failed:\n{p.stderr[-3000:]}")
        res = json.loads(p.stdout.strip().splitlines()[-1])
        res.update(evaluate(out))
        report["runs"][run] = res
        print(f"{run}: {res}", file=sys.stderr)
    r = report["runs"]
    if "numba" in r and "torch:65536" in r:
        report["torch_64k_minus_numba"] = {
            k: round(r["torch:65536"][k] - r["numba"][k], 4)
            for k in ("analogy_accuracy", "wordsim353_spearman")}
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
