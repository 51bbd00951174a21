"""Downloads against a local HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import hashlib
import http.server
import threading
import zipfile
from functools import partial

import pytest

from w2v_studio.core.corpus.sample_corpora import SampleCorpus, fetch_sample, konlpy_constitution
from w2v_studio.core.workspace.downloads import DownloadCancelled, DownloadError, download


class _Handler(http.server.SimpleHTTPRequestHandler):
    hits: list[str] = []

    def log_message(self, *args):  # keep pytest output clean
        pass

    def do_GET(self):  # noqa: N802
        type(self).hits.append(self.path)
        super().do_GET()


@pytest.fixture
def server(tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    _Handler.hits = []
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(_Handler, directory=str(root))
    )
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield root, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_verified_by_sha256_then_reused_from_the_cache(server, tmp_path):
    root, url = server
    data = ("대한민국 헌법\n" * 5000).encode("utf-8")
    (root / "c.txt").write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    seen = []
    r = download(
        f"{url}/c.txt",
        tmp_path / "cache" / "c.txt",
        sha256=digest,
        on_progress=lambda d, t: seen.append((d, t)),
    )
    assert r.verified == "sha256" and not r.from_cache and r.sha256 == digest
    assert r.path.read_bytes() == data
    assert seen[-1] == (len(data), len(data))
    again = download(f"{url}/c.txt", tmp_path / "cache" / "c.txt", sha256=digest)
    assert again.from_cache and again.verified == "sha256"
    assert _Handler.hits == ["/c.txt"]  # the second call did not fetch


def test_a_wrong_checksum_keeps_nothing(server, tmp_path):
    root, url = server
    (root / "c.txt").write_bytes(b"not what you expect")
    dest = tmp_path / "cache" / "c.txt"
    with pytest.raises(DownloadError, match="damaged or not the expected one"):
        download(f"{url}/c.txt", dest, sha256="0" * 64)
    assert not dest.exists()
    assert list(dest.parent.iterdir()) == []


def test_size_only_and_unverified_are_said_so(server, tmp_path):
    root, url = server
    (root / "c.txt").write_bytes(b"x" * 1000)
    assert download(f"{url}/c.txt", tmp_path / "a", size=1000).verified == "size"
    assert download(f"{url}/c.txt", tmp_path / "b").verified == "none"
    with pytest.raises(DownloadError, match="got 1,000 bytes, expected 999"):
        download(f"{url}/c.txt", tmp_path / "c", size=999)


def test_cancel_and_server_errors(server, tmp_path):
    root, url = server
    (root / "big.bin").write_bytes(b"y" * 2_000_000)
    cancel = threading.Event()

    def progress(done, total):
        if done > 100_000:
            cancel.set()

    with pytest.raises(DownloadCancelled):
        download(f"{url}/big.bin", tmp_path / "big.bin", on_progress=progress, cancel=cancel)
    assert not (tmp_path / "big.bin").exists()
    with pytest.raises(DownloadError, match="answered 404"):
        download(f"{url}/missing.txt", tmp_path / "m.txt")
    with pytest.raises(DownloadError, match="cannot connect"):
        download("http://127.0.0.1:9/x", tmp_path / "x", timeout=2)


def test_zip_sample_is_unpacked(server, tmp_path):
    root, url = server
    with zipfile.ZipFile(root / "text8.zip", "w") as z:
        z.writestr("text8", " anarchism originated as a term of abuse" * 100)
    digest = hashlib.sha256((root / "text8.zip").read_bytes()).hexdigest()
    sample = SampleCorpus(
        "t8",
        "tiny text8",
        "en",
        f"{url}/text8.zip",
        "text8.zip",
        None,
        digest,
        archive="zip",
        member="text8",
    )
    path, result = fetch_sample(sample, tmp_path / "samples")
    assert path.name == "text8" and path.read_text().startswith(" anarchism")
    assert result.verified == "sha256"


def test_korean_constitution_example_is_found():
    path = konlpy_constitution()
    assert path is not None and "대한민국" in path.read_text(encoding="utf-8")[:200]
