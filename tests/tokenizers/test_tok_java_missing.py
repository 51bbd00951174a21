"""Without Java, okt and komoran say why; mecab and kiwi keep working (in a subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = r"""
import json
from w2v_studio.core.corpus.reader import Corpus
from w2v_studio.tokenizers.registry import create_tokenizer, list_plugins, unavailable_reason
from w2v_studio.tokenizers.pipeline import TokenizeError, tokenize_corpus

out = {pid: unavailable_reason(pid) for pid in ("okt", "komoran", "mecab", "kiwi")}
out["listed"] = sorted(p.id for p in list_plugins())
out["mecab_tokens"] = create_tokenizer("mecab").tokenize("아버지가 방에 들어가신다")
out["kiwi_tokens"] = create_tokenizer("kiwi").tokenize("아버지가 방에 들어가신다")
try:
    tokenize_corpus(Corpus([CORPUS]), "okt", workers=1, cache_dir=CACHE)
except TokenizeError as e:
    out["pipeline_error"] = str(e)
print(json.dumps(out, ensure_ascii=False))
"""


def test_java_missing_is_reported_and_other_korean_backends_work(tmp_path):
    corpus = tmp_path / "ko.txt"
    corpus.write_text("아버지가 방에 들어가신다\n", encoding="utf-8")
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("JAVA_HOME", "JDK_HOME", "JRE_HOME")}
    env["PATH"] = str(empty_bin)  # no `java` on PATH
    script = f"CORPUS = {str(corpus)!r}\nCACHE = {str(tmp_path / 'cache')!r}\n" + SCRIPT
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    expected = (
        "Java runtime not found: install OpenJDK 11+ or set JAVA_HOME; Mecab and Kiwi need no Java"
    )
    assert out["okt"] == expected and out["komoran"] == expected
    assert out["mecab"] is None and out["kiwi"] is None
    assert {"okt", "komoran", "mecab", "kiwi"} <= set(out["listed"])
    assert out["mecab_tokens"] == ["아버지", "방", "들어가"]
    assert out["kiwi_tokens"][:2] == ["아버지", "방"]
    assert expected in out["pipeline_error"] and "'okt' cannot run" in out["pipeline_error"]
