"""Live preview: tokens with tags; JVM tokenizers answer from a helper process."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from w2v_studio.tokenizers.preview import _helpers, preview, shutdown


def test_preview_returns_tags_and_follows_options():
    toks = preview("mecab", {}, "아버지가 방에 들어가신다.")
    assert [(t.text, t.tag) for t in toks][:2] == [("아버지", "NNG"), ("방", "NNG")]
    with_particles = preview("mecab", {"drop": "punctuation"}, "아버지가 방에 들어가신다.")
    assert ("가", "JKS") in [(t.text, t.tag) for t in with_particles]
    zh = preview("jieba", {}, "我来到北京清华大学")
    assert [(t.text, t.tag) for t in zh][-1] == ("清华大学", "nt")
    with pytest.raises(ValueError, match="no option"):
        preview("jieba", {"modes": "search"}, "x")


def test_jvm_preview_runs_outside_this_process():
    try:
        toks = preview("okt", {"lemma": True}, "아버지가 방에 들어가신다")
        assert [(t.text, t.tag) for t in toks] == [
            ("아버지", "Noun"), ("방", "Noun"), ("들어가다", "Verb")
        ]  # fmt: skip
        helper = _helpers["okt"][1]  # the JVM runs there, not in this (GUI) process
        assert helper.pid != os.getpid() and helper.is_alive()
    finally:
        shutdown()


def test_importing_the_tokenizer_layer_stays_light():
    code = (
        "import sys\n"
        "import w2v_studio.tokenizers.pipeline, w2v_studio.tokenizers.preview\n"
        "from w2v_studio.tokenizers.registry import list_plugins, unavailable_reason\n"
        "[unavailable_reason(p.id) for p in list_plugins()]\n"
        "heavy = ('jieba', 'konlpy', 'jpype', 'mecab', 'kiwipiepy', 'PySide6', 'pyqtgraph', "
        "'torch')\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
