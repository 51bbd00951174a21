#!/usr/bin/env bash
# Every GPU check of the engine in one run, for a machine with CUDA and no internet; prints one
# JSON object (the gpu-marked tests, then ours on the GPU against gensim on every core:
# full English sample, sg+ns, dim 100, window 5, 5 epochs, 65,536-example steps).
#
# Once, on a machine with the data and pip (from the repository root):
#     bash benchmarks/gpu_check.sh --prepare
# puts gensim's wheels (cp312, manylinux x86-64) and the English sample with its evaluation
# sets into .gpu_check/ (ignored by git through .git/info/exclude; about 60 MB). Then on the
# CUDA machine, from the repository root with .gpu_check/ beside it:
#     bash benchmarks/gpu_check.sh
# It finishes in under 10 minutes (the benchmark is cut off at GPU_CHECK_BENCH_S seconds).
set -uo pipefail
cd "$(dirname "$0")/.."
HERE=.gpu_check
SHARED_DATA=${W2V_SHARED:-$(cd .. && pwd)/shared}/data

if [ "${1:-}" = "--prepare" ]; then
    set -e
    grep -qx '/.gpu_check/' .git/info/exclude 2>/dev/null || echo '/.gpu_check/' >> .git/info/exclude
    mkdir -p "$HERE/whl" "$HERE/data/corpora/en" "$HERE/data/eval/en"
    python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 \
        --implementation cp --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 \
        --platform manylinux2014_x86_64 -d "$HERE/whl" gensim==4.4.0 smart_open==7.3.1
    cp "$SHARED_DATA/corpora/en/enwiki_sample.txt.xz" "$HERE/data/corpora/en/"
    cp "$SHARED_DATA/eval/en/questions-words.txt" "$SHARED_DATA/eval/en/wordsim353.tsv" \
        "$HERE/data/eval/en/"
    du -sh "$HERE"
    exit 0
fi

LOGS=${OUT:-/tmp/gpu_check}
mkdir -p "$LOGS"
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \
    --target /tmp/gpu_check_site "$HERE"/whl/*.whl > "$LOGS/pip.log" 2>&1
export PYTHONPATH="/tmp/gpu_check_site:$PWD" W2V_SHARED="$PWD/$HERE" PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader \
    > "$LOGS/gpu.txt" 2>&1

timeout 150 python3 -m pytest -q -p no:cacheprovider -m gpu tests/core/engine \
    > "$LOGS/pytest.log" 2>&1
echo $? > "$LOGS/pytest.rc"

timeout "${GPU_CHECK_BENCH_S:-400}" python3 benchmarks/train_vs_gensim.py --device cuda \
    --variants sg_ns --batch-size 65536 --workdir /tmp/gpu_check_bench \
    > "$LOGS/bench.json" 2> "$LOGS/bench.log"
echo $? > "$LOGS/bench.rc"

python3 - "$LOGS" <<'EOF'
import json, pathlib, sys
logs = pathlib.Path(sys.argv[1])
read = lambda name: (logs / name).read_text(errors="replace") if (logs / name).exists() else ""
tests = read("pytest.log").strip().splitlines()
try:
    bench = json.loads(read("bench.json"))
except ValueError:
    bench = {"error": read("bench.log")[-3000:]}
print(json.dumps({"gpu": read("gpu.txt").strip(), "pip": read("pip.log")[-500:],
                  "gpu_tests": {"rc": int(read("pytest.rc") or -1), "summary": tests[-1:],
                                "failures": [t for t in tests if "FAILED" in t or "Error" in t][:20]},
                  "benchmark_rc": int(read("bench.rc") or -1), "benchmark": bench}, indent=1))
EOF
