"""Example corpora: the Korean constitution shipped with konlpy and downloadable samples."""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from w2v_studio.core.workspace.archives import ArchiveError, ArchiveLimits, extract_member
from w2v_studio.core.workspace.downloads import (
    DownloadError,
    DownloadResult,
    default_cache_dir,
    download,
)


@dataclass(frozen=True)
class SampleCorpus:
    """One entry of the catalogue. ``sha256``/``size`` are None where not known yet: the UI
    then says the file was checked by size only, or not checked at all."""

    id: str
    name: str
    language: Literal["en", "ko", "zh"]
    url: str
    filename: str  # name in the cache folder
    size: int | None  # bytes of the download, when known
    sha256: str | None  # of the download, when known
    archive: Literal["none", "zip"] = "none"
    member: str | None = None  # file to extract from a zip
    column: str | None = None  # text column when the file is CSV/TSV
    note: str = ""
    max_bytes: int = 200 << 20  # a download larger than this is refused
    max_unpacked: int = 1 << 30  # an archive unpacking to more than this is refused
    # plain-http address tried only when ``url`` cannot be reached; allowed only because
    # ``sha256`` then proves the content (a sample without a checksum gets no fallback)
    http_fallback: str | None = None


CATALOGUE: tuple[SampleCorpus, ...] = (
    SampleCorpus(
        id="text8",
        name="text8 (English Wikipedia, 100 MB of lowercase text, one line)",
        language="en",
        url="https://mattmahoney.net/dc/text8.zip",
        filename="text8.zip",
        size=31_344_016,  # published size of text8.zip
        # the sha256 that several independent projects pin for this file (e.g. TensorFlow's
        # word2vec tutorial copies, gensim-style loaders); a mismatch keeps nothing
        sha256="a6640522afe85d1963ad56c05b0ede0a0c000dddc9671758a6cc09b7a38e5232",
        archive="zip",
        member="text8",
        http_fallback="http://mattmahoney.net/dc/text8.zip",
    ),
    SampleCorpus(
        id="nsmc",
        name="NSMC (Korean movie reviews, 200,000 lines, 14 MB)",
        language="ko",
        url="https://raw.githubusercontent.com/e9t/nsmc/master/ratings.txt",
        filename="nsmc_ratings.txt",
        size=None,
        sha256=None,
        column="document",
    ),
    SampleCorpus(
        id="chnsenticorp",
        name="ChnSentiCorp hotel reviews (Chinese, 7,766 lines, 3 MB)",
        language="zh",
        url="https://raw.githubusercontent.com/SophonPlus/ChineseNlpCorpus/master/"
        "datasets/ChnSentiCorp_htl_all/ChnSentiCorp_htl_all.csv",
        filename="ChnSentiCorp_htl_all.csv",
        size=None,
        sha256=None,
        column="review",
    ),
)


def sample_by_id(sample_id: str) -> SampleCorpus:
    for s in CATALOGUE:
        if s.id == sample_id:
            return s
    raise KeyError(f"no sample corpus called {sample_id!r}")


def fetch_sample(
    sample: SampleCorpus,
    cache_dir: Path | None = None,
    *,
    on_progress: Callable[[int, int | None], None] | None = None,
    cancel: threading.Event | None = None,
) -> tuple[Path, DownloadResult]:
    """Download (or reuse from the cache) and unpack a sample; return the text file's path.

    >>> path, result = fetch_sample(sample_by_id("text8"))  # doctest: +SKIP
    """
    cache = Path(cache_dir) if cache_dir is not None else default_cache_dir() / "samples"
    urls = [sample.url]
    if sample.http_fallback and sample.sha256:
        urls.append(sample.http_fallback)
    for i, url in enumerate(urls):
        try:
            result = download(url, cache / sample.filename, sha256=sample.sha256,
                              size=sample.size, on_progress=on_progress, cancel=cancel,
                              max_bytes=sample.max_bytes)  # fmt: skip
            break
        except DownloadError as e:
            if i == len(urls) - 1 or "cannot connect" not in str(e):
                raise
    if sample.archive == "zip":
        out = cache / (sample.member or Path(sample.filename).stem)
        if not out.exists() or result.from_cache is False:
            limits = ArchiveLimits(max_members=1000, max_total_bytes=sample.max_unpacked)
            try:
                extract_member(result.path, sample.member, out, limits)
            except ArchiveError as e:
                raise DownloadError(str(e)) from None
        return out, result
    return result.path, result


def konlpy_constitution() -> Path | None:
    """The Korean constitution text that ships inside konlpy (None when konlpy is missing)."""
    spec = importlib.util.find_spec("konlpy")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        p = Path(root) / "data" / "corpus" / "kolaw" / "constitution.txt"
        if p.exists():
            return p
    return None
