"""Train this engine and gensim on the same token stream and compare speed, memory and quality.

Prints one JSON object. Each run happens in its own subprocess (so peak memory is per engine),
alternating engines per variant. Default corpus: the English Wikipedia sample, lowercased, with
characters outside a-z turned into spaces (text8-style).

    python benchmarks/train_vs_gensim.py                       # all three variants, full corpus
    python benchmarks/train_vs_gensim.py --variants sg_ns --max-lines 50000 --device cuda

With ``--device cuda`` ours trains on the GPU (torch backend, 65,536-example steps unless
--batch-size says otherwise) and gensim uses every core of the machine (--gensim-threads).
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DATA, peak_rss_mb, require  # noqa: E402

VARIANTS = {
    "sg_ns": dict(architecture="skipgram", objective="negative"),
    "cbow_ns": dict(architecture="cbow", objective="negative"),
    "sg_hs": dict(architecture="skipgram", objective="hierarchical"),
}
COMMON = dict(dim=100, window=5, negative=5, sample=1e-3, min_count=5, epochs=5, alpha=0.025,
              min_alpha=0.0001, seed=1)


class LineCorpus:
    """Restartable: one list of tokens per line of a whitespace-tokenized file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __iter__(self):
        with open(self.path, encoding="utf-8") as f:
            for line in f:
                toks = line.split()
                if toks:
                    yield toks


def prepare(source: Path, max_lines: int | None, workdir: Path) -> Path:
    """text8-style stream: lowercase, anything outside a-z becomes a space."""
    out = workdir / f"{source.name}.{max_lines or 'all'}.txt"
    if out.exists():
        return out
    pat = re.compile(r"[^a-z]+")
    tmp = out.with_suffix(".part")
    with lzma.open(source, "rt", encoding="utf-8") as fin, open(tmp, "w", encoding="utf-8") as fo:
        for i, line in enumerate(fin):
            if max_lines is not None and i >= max_lines:
                break
            text = pat.sub(" ", line.lower()).strip()
            if text:
                fo.write(text + "\n")
    tmp.rename(out)
    return out


# ---------------------------------------------------------------- one run (in a subprocess)
def run_ours(corpus: Path, variant: str, threads: int, device: str, out: Path,
             batch_size: int, backend: str = "auto") -> dict:
    from w2v_studio.core.engine.config import TrainConfig
    from w2v_studio.core.engine.events import Finished, Started
    from w2v_studio.core.engine.trainer import train

    cfg = TrainConfig(**COMMON, **VARIANTS[variant], threads=threads, device=device,
                      batch_size=batch_size, backend=backend)
    t_train = None
    fin = None
    t0 = time.perf_counter()
    for ev in train(cfg, LineCorpus(corpus)):
        if isinstance(ev, Started):
            t_train = time.perf_counter()
            prep = t_train - t0  # counting the corpus (and writing it as ids)
            raw = ev.total_words
        elif not hasattr(ev, "words_per_sec") and hasattr(ev, "message"):
            raise SystemExit(f"training failed: {ev.message}")
        if isinstance(ev, Finished):
            fin = ev
    secs = time.perf_counter() - t_train
    m = fin.model
    _save_w2v(out, m.words, m.input_vectors)
    return {"train_seconds": secs, "words_per_sec": raw / secs, "vocab": len(m.words),
            "vocab_seconds": prep,
            "epoch_losses": m.epoch_losses, "peak_rss_mb": peak_rss_mb()}


def run_gensim(corpus: Path, variant: str, threads: int, out: Path) -> dict:
    from gensim.models import Word2Vec

    v = VARIANTS[variant]
    hs = v["objective"] == "hierarchical"
    model = Word2Vec(vector_size=COMMON["dim"], window=COMMON["window"],
                     negative=0 if hs else COMMON["negative"], hs=int(hs),
                     sg=int(v["architecture"] == "skipgram"), sample=COMMON["sample"],
                     min_count=COMMON["min_count"], alpha=COMMON["alpha"],
                     min_alpha=COMMON["min_alpha"], seed=COMMON["seed"], workers=threads,
                     cbow_mean=1)
    sents = LineCorpus(corpus)
    t0 = time.perf_counter()
    model.build_vocab(sents)
    prep = time.perf_counter() - t0
    raw = model.corpus_total_words
    t = time.perf_counter()
    model.train(sents, total_examples=model.corpus_count, epochs=COMMON["epochs"])
    secs = time.perf_counter() - t
    model.wv.save_word2vec_format(str(out), binary=True)
    return {"train_seconds": secs, "words_per_sec": raw * COMMON["epochs"] / secs,
            "vocab": len(model.wv), "vocab_seconds": prep, "peak_rss_mb": peak_rss_mb()}


def _save_w2v(path: Path, words, vecs) -> None:
    import numpy as np

    with open(path, "wb") as f:
        f.write(f"{len(words)} {vecs.shape[1]}\n".encode())
        for w, v in zip(words, vecs, strict=True):
            f.write(w.encode() + b" " + np.asarray(v, dtype="<f4").tobytes() + b"\n")


def evaluate(vec_path: Path) -> dict:
    from gensim.models import KeyedVectors

    kv = KeyedVectors.load_word2vec_format(str(vec_path), binary=True)
    acc, _ = kv.evaluate_word_analogies(str(DATA / "eval/en/questions-words.txt"),
                                        restrict_vocab=30000)
    ws = kv.evaluate_word_pairs(str(DATA / "eval/en/wordsim353.tsv"))
    return {"analogy_accuracy": round(float(acc), 4), "wordsim353_spearman":
            round(float(ws[1].statistic if hasattr(ws[1], "statistic") else ws[1][0]), 4)}


def _device_name(device: str) -> str:
    """The device ours trains on, with the GPU's name for cuda."""
    if device != "cuda":
        return device
    import torch

    if not torch.cuda.is_available():
        raise SystemExit("--device cuda: no CUDA device is visible to torch")
    return f"cuda ({torch.cuda.get_device_name(0)})"


def _summary(runs: dict[str, list]) -> dict:
    """Each engine's fastest run, and ours relative to gensim's."""
    summary: dict = {}
    for e, rs in runs.items():
        best = max(rs, key=lambda r: r["words_per_sec"])
        summary[e] = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in best.items()
                      if k != "epoch_losses"}
        summary[e]["words_per_sec_all"] = [round(r["words_per_sec"]) for r in rs]
    if "ours" in runs and "gensim" in runs:
        o, g = summary["ours"], summary["gensim"]
        summary["speed_ratio"] = round(o["words_per_sec"] / g["words_per_sec"], 3)
        summary["rss_ratio"] = round(o["peak_rss_mb"] / g["peak_rss_mb"], 3)
        if "vocab_seconds" in o and "vocab_seconds" in g:  # counting pass + training
            summary["total_time_ratio"] = round(
                (g["vocab_seconds"] + g["train_seconds"])
                / (o["vocab_seconds"] + o["train_seconds"]), 3)
        summary["analogy_diff"] = round(o["analogy_accuracy"] - g["analogy_accuracy"], 4)
        summary["wordsim_diff"] = round(o["wordsim353_spearman"] - g["wordsim353_spearman"], 4)
    return summary


# ---------------------------------------------------------------- orchestration
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=DATA / "corpora/en/enwiki_sample.txt.xz")
    ap.add_argument("--variants", default="sg_ns,cbow_ns,sg_hs")
    ap.add_argument("--threads", type=int, default=2, help="ours on CPU (and gensim by default)")
    ap.add_argument("--gensim-threads", type=int, default=None,
                    help="gensim's workers (default: --threads; every core with --device cuda)")
    ap.add_argument("--device", default="cpu", help="ours: cpu, cuda (the GPU) or auto")
    ap.add_argument("--batch-size", type=int, default=None,
                    help="torch examples per step (default 16384; 65536 with --device cuda)")
    ap.add_argument("--backend", default="auto", help="ours: auto, numba or torch")
    ap.add_argument("--max-lines", type=int, default=None)
    ap.add_argument("--repeats", type=int, default=1, help="alternating runs per engine")
    ap.add_argument("--engines", default="ours,gensim")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "w2v_bench")
    ap.add_argument("--_run", nargs=3, metavar=("ENGINE", "VARIANT", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.batch_size is None:
        args.batch_size = 65536 if args.device == "cuda" else 16384
    if args.gensim_threads is None:
        args.gensim_threads = (os.cpu_count() or 1) if args.device == "cuda" else args.threads
    device = args.device if args._run else _device_name(args.device)  # no GPU: say so first
    args.workdir.mkdir(parents=True, exist_ok=True)
    corpus = prepare(require(args.corpus), args.max_lines, args.workdir)
    if args._run:
        engine, variant, out = args._run
        if engine == "ours":
            res = run_ours(corpus, variant, args.threads, args.device, Path(out), args.batch_size,
                           args.backend)
        else:
            res = run_gensim(corpus, variant, args.gensim_threads, Path(out))
        print(json.dumps(res))
        return
    with open(corpus, encoding="utf-8") as f:
        tokens = sum(len(line.split()) for line in f)
    report: dict = {"corpus": str(args.corpus), "max_lines": args.max_lines,
                    "corpus_tokens": tokens, "threads": args.threads,
                    "gensim_threads": args.gensim_threads, "device": device,
                    "backend": args.backend, "batch_size": args.batch_size,
                    "settings": COMMON, "variants": {}}
    engines = args.engines.split(",")
    for variant in args.variants.split(","):
        runs: dict[str, list] = {e: [] for e in engines}
        for rep in range(args.repeats):
            for engine in engines if rep % 2 == 0 else engines[::-1]:
                out = args.workdir / f"{engine}_{variant}.bin"
                cmd = [sys.executable, __file__, "--_run", engine, variant, str(out),
                       "--corpus", str(args.corpus), "--threads", str(args.threads),
                       "--gensim-threads", str(args.gensim_threads),
                       "--device", args.device, "--batch-size", str(args.batch_size),
                       "--backend", args.backend,
                       "--workdir", str(args.workdir)]
                if args.max_lines:
                    cmd += ["--max-lines", str(args.max_lines)]
                p = subprocess.run(cmd, capture_output=True, text=True)
                if p.returncode != 0:
                    raise SystemExit(f"{engine} {variant} failed:\n{p.stderr[-3000:]}")
                res = json.loads(p.stdout.strip().splitlines()[-1])
                res.update(evaluate(out))
                runs[engine].append(res)
                print(f"{variant} {engine}: {res['words_per_sec']:.0f} w/s, "
                      f"rss {res['peak_rss_mb']:.0f} MB, analogy {res['analogy_accuracy']}, "
                      f"ws353 {res['wordsim353_spearman']}", file=sys.stderr)
        summary = _summary(runs)
        report["variants"][variant] = summary
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
