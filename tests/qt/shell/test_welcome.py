"""The first-start panel: the bundled example and a sample downloaded from a local server."""

from __future__ import annotations

import hashlib
import http.server
import threading
from functools import partial

import pytest


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def server(tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(root)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield root, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_sample_download_is_verified_and_opened(qtbot, window, server, tmp_path):
    from w2v_studio.core.corpus.sample_corpora import SampleCorpus

    root, url = server
    data = "我们 今天 去 北京\n".encode() * 20000
    (root / "zh.txt").write_bytes(data)
    sample = SampleCorpus(
        "zh-test",
        "test",
        "zh",
        f"{url}/zh.txt",
        "zh.txt",
        len(data),
        hashlib.sha256(data).hexdigest(),
    )
    panel = window.corpus_page.welcome
    assert window.corpus_page.stack.currentWidget() is panel  # first start: the empty state
    panel.cache_dir = tmp_path / "samples"
    with qtbot.waitSignal(panel.corpus_chosen, timeout=30_000) as blocker:
        panel.download(sample)
        assert panel.progress.isVisible() and panel.cancel_button.isVisible()
    assert blocker.args[0] == str(tmp_path / "samples" / "zh.txt")
    assert "verified by SHA-256" in panel.messages.visible_text()
    qtbot.waitUntil(lambda: window.corpus_page._scan is not None, timeout=30_000)
    assert "Chinese" in window.corpus_page.language_label.text()
    qtbot.waitUntil(lambda: not panel.progress.isVisible(), timeout=5_000)


def test_a_failed_download_says_why(qtbot, window, server, tmp_path):
    from w2v_studio.core.corpus.sample_corpora import SampleCorpus

    _, url = server
    panel = window.corpus_page.welcome
    panel.cache_dir = tmp_path / "samples"
    panel.download(SampleCorpus("x", "x", "en", f"{url}/nope.zip", "nope.zip", None, None))
    qtbot.waitUntil(lambda: "answered 404" in panel.messages.visible_text(), timeout=30_000)
    qtbot.waitUntil(lambda: panel.sample_rows["text8"][1].isEnabled(), timeout=5_000)


def test_korean_constitution_example(qtbot, window):
    panel = window.corpus_page.welcome
    assert panel.kolaw_button.isEnabled()
    panel.kolaw_button.click()
    qtbot.waitUntil(lambda: window.corpus_page._scan is not None, timeout=30_000)
    assert window.corpus_page.table.item(0, 0).text() == "constitution.txt"
    assert "Korean" in window.corpus_page.language_label.text()
