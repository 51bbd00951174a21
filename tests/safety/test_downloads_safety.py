"""Downloads (issue 11, item 8): https, a size cap, bounded archive extraction.

Everything runs against a local HTTP server on 127.0.0.1, never the internet.
"""

from __future__ import annotations

import http.server
import io
import re
import tarfile
import threading
import urllib.request
import zipfile
from pathlib import Path

import pytest

from w2v_studio.core.corpus.sample_corpora import CATALOGUE, SampleCorpus, fetch_sample
from w2v_studio.core.workspace.archives import (
    ArchiveError,
    ArchiveLimits,
    extract_all,
    extract_member,
)
from w2v_studio.core.workspace.downloads import DownloadError, _NoDowngrade, download


class _Routes(http.server.BaseHTTPRequestHandler):
    """/lying-length: announces 10**12 bytes; /endless: 64 MiB without a length;
    /to-file: redirects to file:///etc/passwd; /files/NAME: bytes from ``files``."""

    files: dict[str, bytes] = {}
    sent: list[int] = []

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        if self.path == "/lying-length":
            self.send_response(200)
            self.send_header("Content-Length", str(10**12))
            self.end_headers()
            self.wfile.write(b"x" * 1000)
        elif self.path == "/endless":
            self.send_response(200)
            self.end_headers()  # no Content-Length: the client must count
            try:
                for _ in range(1024):
                    self.wfile.write(b"y" * (1 << 16))
                    type(self).sent.append(1 << 16)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
        elif self.path.startswith("/files/") and self.path[7:] in self.files:
            data = self.files[self.path[7:]]
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        else:
            self.send_error(404)


@pytest.fixture
def server():
    _Routes.files, _Routes.sent = {}, []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Routes)
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _zip(members: dict[str, bytes], links: tuple[str, ...] = ()) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
        for name in links:
            info = zipfile.ZipInfo(name)
            info.external_attr = 0o120777 << 16  # a symbolic link, as Info-ZIP stores it
            z.writestr(info, "/etc/passwd")
    return buf.getvalue()


def _tar(path: Path, add) -> Path:
    with tarfile.open(path, "w") as t:
        add(t)
    return path


def _tar_file(t: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    t.addfile(info, io.BytesIO(data))


# --------------------------------------------------------------------- size cap
def test_content_length_over_the_cap_is_refused_before_reading(server, tmp_path):
    dest = tmp_path / "cache" / "big.txt"
    with pytest.raises(DownloadError, match=r"announces 1,000,000,000,000 bytes, more than"):
        download(f"{server}/lying-length", dest, max_bytes=10_000)
    assert not dest.exists() and not list(tmp_path.rglob("*.txt*"))


def test_bytes_read_over_the_cap_stop_the_download_and_keep_nothing(server, tmp_path):
    dest = tmp_path / "endless.txt"
    with pytest.raises(DownloadError, match=r"more than 100,000 bytes arrived"):
        download(f"{server}/endless", dest, max_bytes=100_000)
    assert not dest.exists() and list(tmp_path.iterdir()) == []
    # the client stopped reading long before the end (the sockets' buffers can take some MiB)
    assert sum(_Routes.sent) < 32 << 20


def test_a_file_longer_than_its_known_size_is_cut_off(server, tmp_path):
    _Routes.files["c.txt"] = b"z" * 300_000
    with pytest.raises(DownloadError, match=r"expected 1,000"):
        download(f"{server}/files/c.txt", tmp_path / "c.txt", size=1000)
    assert not (tmp_path / "c.txt").exists()


# --------------------------------------------------------------------- schemes and redirects
def test_a_file_url_is_refused(tmp_path):
    with pytest.raises(DownloadError, match="only http:// and https://"):
        download("file:///etc/passwd", tmp_path / "p.txt")
    assert not (tmp_path / "p.txt").exists()


def test_a_redirect_to_a_file_url_is_refused(server, tmp_path):
    with pytest.raises(DownloadError, match="'file:///etc/passwd' is not allowed"):
        download(f"{server}/to-file", tmp_path / "p.txt")
    assert not (tmp_path / "p.txt").exists()


def test_a_redirect_from_https_to_http_is_refused():
    req = urllib.request.Request("https://example.org/text8.zip")
    with pytest.raises(DownloadError, match="to http://example.org/x, which is not a secure"):
        _NoDowngrade().redirect_request(req, None, 302, "Found", {}, "http://example.org/x")


def test_sample_corpora_use_https_and_text8_has_its_sha256():
    assert all(s.url.startswith("https://") for s in CATALOGUE)
    text8 = next(s for s in CATALOGUE if s.id == "text8")
    assert text8.size == 31_344_016 and re.fullmatch(r"[0-9a-f]{64}", text8.sha256 or "")


# --------------------------------------------------------------------- archives
def test_zip_member_with_dotdot_path_is_refused(tmp_path):
    archive = tmp_path / "a.zip"
    archive.write_bytes(_zip({"text8": b"ok", "../evil.txt": b"owned"}))
    with pytest.raises(ArchiveError, match=r"'../evil.txt' would be written outside"):
        extract_member(archive, "text8", tmp_path / "out" / "text8")
    assert not (tmp_path / "out" / "text8").exists() and not (tmp_path / "evil.txt").exists()


def test_zip_member_with_absolute_path_is_refused(tmp_path):
    archive = tmp_path / "a.zip"
    archive.write_bytes(_zip({"/tmp/w2v-evil.txt": b"owned"}))
    with pytest.raises(ArchiveError, match="absolute or '..' path"):
        extract_all(archive, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_zip_symlink_member_is_refused(tmp_path):
    archive = tmp_path / "a.zip"
    archive.write_bytes(_zip({"text8": b"ok"}, links=("link",)))
    with pytest.raises(ArchiveError, match="'link' is a link or special file"):
        extract_all(archive, tmp_path / "out")


def test_tar_symlink_member_is_refused(tmp_path):
    def add(t):
        link = tarfile.TarInfo("passwd")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        t.addfile(link)

    with pytest.raises(ArchiveError, match="'passwd' is a link"):
        extract_all(_tar(tmp_path / "a.tar", add), tmp_path / "out")


def test_tar_member_with_dotdot_path_is_refused(tmp_path):
    archive = _tar(tmp_path / "a.tar", lambda t: _tar_file(t, "a/../../evil.txt", b"x"))
    with pytest.raises(ArchiveError, match="would be written outside"):
        extract_all(archive, tmp_path / "out")
    assert not (tmp_path / "evil.txt").exists()


def test_zip_bomb_over_the_uncompressed_cap_is_refused(tmp_path):
    archive = tmp_path / "bomb.zip"
    archive.write_bytes(_zip({"text8": bytes(5 << 20)}))  # 5 MiB of zeros, a few KB packed
    assert archive.stat().st_size < 50_000
    with pytest.raises(ArchiveError, match=r"unpack to 5,242,880 bytes, more than the 1,048,576"):
        extract_member(archive, "text8", tmp_path / "text8", ArchiveLimits(max_total_bytes=1 << 20))
    assert not (tmp_path / "text8").exists()


def test_too_many_members_are_refused(tmp_path):
    archive = tmp_path / "many.zip"
    archive.write_bytes(_zip({f"f{i}.txt": b"x" for i in range(11)}))
    with pytest.raises(ArchiveError, match="11 members, more than the 10 allowed"):
        extract_all(archive, tmp_path / "out", ArchiveLimits(max_members=10))


def test_a_safe_archive_is_unpacked_whole(tmp_path):
    archive = tmp_path / "ok.tar"
    _tar(archive, lambda t: (_tar_file(t, "a.txt", b"alpha"), _tar_file(t, "d/b.txt", b"beta")))
    written = extract_all(archive, tmp_path / "out")
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in written) == ["a.txt",
                                                                                  "d/b.txt"]
    assert (tmp_path / "out" / "d" / "b.txt").read_bytes() == b"beta"


def test_sample_zip_with_escaping_member_is_refused_with_a_clear_message(server, tmp_path):
    _Routes.files["s.zip"] = _zip({"s.txt": "문장\n".encode(), "../../escape.txt": b"x"})
    sample = SampleCorpus(id="s", name="S", language="ko", url=f"{server}/files/s.zip",
                          filename="s.zip", size=None, sha256=None, archive="zip",
                          member="s.txt")  # fmt: skip
    with pytest.raises(DownloadError, match="would be written outside the target folder"):
        fetch_sample(sample, tmp_path / "samples")
    assert not (tmp_path / "samples" / "s.txt").exists()
    assert not (tmp_path / "escape.txt").exists()
