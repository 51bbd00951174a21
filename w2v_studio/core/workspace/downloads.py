"""Download a file into a cache folder with progress, cancel, a size cap and checksum/size
verification; only http(s), and a redirect may not leave https."""

from __future__ import annotations

import hashlib
import os
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from w2v_studio.core.workspace.atomic import atomic_write

Verification = Literal["sha256", "size", "none"]
MAX_DOWNLOAD_BYTES = 2 << 30  # 2 GiB: refused above this unless the caller allows more


class DownloadError(Exception):
    """The download failed or the file is not the expected one; the message says what to do."""


class DownloadCancelled(Exception):
    """The user cancelled; nothing was left in the cache."""


@dataclass(frozen=True)
class DownloadResult:
    path: Path
    verified: Verification  # what was checked: the sha256, only the size, or nothing
    from_cache: bool
    sha256: str  # of the file as downloaded (so an unknown checksum can be recorded)


def default_cache_dir() -> Path:
    """``$W2V_STUDIO_CACHE`` or ``~/.cache/w2v-studio`` (XDG_CACHE_HOME respected)."""
    env = os.environ.get("W2V_STUDIO_CACHE")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base).expanduser() / "w2v-studio"


def sha256_of(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


class _NoDowngrade(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s), and never from https to plain http."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, PLR0913
        old = urllib.parse.urlsplit(req.full_url).scheme
        new = urllib.parse.urlsplit(newurl).scheme
        if new not in ("http", "https") or (old == "https" and new != "https"):
            raise DownloadError(
                f"{req.full_url}: the server redirected to {newurl}, which is not a secure "
                "(https) address; nothing was downloaded. Download the file yourself if you "
                "trust it."
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _open_url(url: str, timeout: float):
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise DownloadError(f"{url}: only http:// and https:// addresses can be downloaded.")
    opener = urllib.request.build_opener(_NoDowngrade)
    try:
        return opener.open(url, timeout=timeout)
    except urllib.error.HTTPError as e:
        raise DownloadError(f"{url}: the server answered {e.code} {e.reason}") from e
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise DownloadError(
            f"{url}: cannot connect ({reason}); check the internet connection or download the "
            f"file yourself and open it with File > Open corpus"
        ) from e


def _too_big(url: str, what: str, cap: int) -> DownloadError:
    return DownloadError(
        f"{url}: {what}, more than the {cap:,} bytes allowed for this file; nothing was "
        "kept. If the file is really meant to be that large, download it yourself."
    )


def download(
    url: str,
    dest: str | os.PathLike,
    *,
    sha256: str | None = None,
    size: int | None = None,
    on_progress: Callable[[int, int | None], None] | None = None,
    cancel: threading.Event | None = None,
    timeout: float = 30.0,
    max_bytes: int = MAX_DOWNLOAD_BYTES,
) -> DownloadResult:
    """Fetch ``url`` to ``dest`` (atomically) unless a verified copy is already there.

    ``on_progress(done_bytes, total_bytes_or_None)`` is called from the calling thread.
    With ``sha256`` the content is verified; with only ``size`` the length is; with neither
    the result says ``verified="none"``. A download larger than ``max_bytes`` (or than
    ``size`` when known) is refused: by its Content-Length before reading, else as soon as
    the bytes read pass the cap.

    >>> r = download("http://127.0.0.1:8000/a.txt", "/tmp/a.txt", size=5)  # doctest: +SKIP
    >>> r.verified
    'size'
    """
    dest = Path(dest)
    expected = sha256.lower() if sha256 else None
    if dest.exists():
        cached = _check_cached(dest, expected, size)
        if cached is not None:
            return cached
    cap = max_bytes
    response = _open_url(url, timeout)
    h = hashlib.sha256()
    done = 0
    with response:
        length = response.headers.get("Content-Length")
        total = int(length) if length and length.isdigit() else size
        if length and length.isdigit() and int(length) > cap:
            raise _too_big(url, f"the server announces {int(length):,} bytes", cap)
        if size is not None:
            cap = min(cap, size)  # stop reading as soon as the file is longer than it should be
        try:
            with atomic_write(dest, "wb") as f:
                while True:
                    if cancel is not None and cancel.is_set():
                        raise DownloadCancelled()
                    block = response.read(1 << 16)
                    if not block:
                        break
                    done += len(block)
                    if done > cap:
                        _verify(url, "", done, None, size)  # longer than its known size
                        raise _too_big(url, f"more than {cap:,} bytes arrived", cap)
                    f.write(block)
                    h.update(block)
                    if on_progress is not None:
                        on_progress(done, total)
                digest = h.hexdigest()
                _verify(url, digest, done, expected, size)
        except OSError as e:
            raise DownloadError(f"{url}: the download broke off after {done} bytes ({e})") from e
    Path(str(dest) + ".sha256").write_text(digest + "\n", encoding="ascii")
    verified: Verification = "sha256" if expected else ("size" if size is not None else "none")
    return DownloadResult(dest, verified, False, digest)


def _verify(url: str, digest: str, done: int, expected: str | None, size: int | None) -> None:
    if expected and digest != expected:
        raise DownloadError(
            f"{url}: the file is damaged or not the expected one (sha256 {digest[:12]}…, "
            f"expected {expected[:12]}…); it was not kept — try again later"
        )
    if size is not None and done != size:
        raise DownloadError(
            f"{url}: got {done:,} bytes, expected {size:,}; it was not kept — try again later"
        )


def _check_cached(dest: Path, expected: str | None, size: int | None) -> DownloadResult | None:
    """A cached file counts when it matches the known checksum (or size) and its sidecar."""
    sidecar = Path(str(dest) + ".sha256")
    recorded = sidecar.read_text(encoding="ascii").strip() if sidecar.exists() else None
    if size is not None and dest.stat().st_size != size:
        return None
    if not expected and recorded is None:
        return None  # not ours (or interrupted before the sidecar): fetch again, unhashed
    digest = sha256_of(dest)
    if expected:
        return DownloadResult(dest, "sha256", True, digest) if digest == expected else None
    if recorded != digest:
        return None  # changed since it was downloaded
    return DownloadResult(dest, "size" if size is not None else "none", True, digest)
