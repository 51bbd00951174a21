"""Standard sets: fetched from a local web server (never the internet) through the checked
download, converted to the app's format with the citation on top, and listed."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import http.server
import re
import threading

import numpy as np
import pytest

from w2v_studio.core.evaluate.analogy import evaluate_analogies
from w2v_studio.core.evaluate.files import sniff_kind
from w2v_studio.core.evaluate.similarity import evaluate_similarity
from w2v_studio.core.evaluate.standard_sets import (
    STANDARD_SETS,
    fetch_set,
    fetched_sets,
    sets_folder,
)
from w2v_studio.core.vectors.word_vectors import WordVectors
from w2v_studio.core.workspace.downloads import DownloadError

KO_CSV = "\ufeffword 1,word 2,kor_score\r\n사랑,섹스,6.42\r\n호랑이,고양이,7.17\r\n책,종이,6.17\r\n"
KO_ANALOGY = ": syn1_case\r\n자동차 자동차를 비행기 비행기를\r\n학교 학교에 도시 도시에\r\n"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("www")
    (root / "WS353_korean.csv").write_bytes(KO_CSV.encode("utf-8"))
    (root / "word_analogy_korean.txt").write_bytes(KO_ANALOGY.encode("utf-8"))
    handler = functools.partial(_Quiet, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # noqa: ANN002
        pass


def _local(set_id: str, base: str, content: str) -> object:
    """The catalogue entry, served from the local server with the fake file's checksum."""
    s = next(s for s in STANDARD_SETS if s.id == set_id)
    data = content.encode("utf-8")
    name = s.url.rsplit("/", 1)[1]
    return dataclasses.replace(s, url=f"{base}/{name}", sha256=hashlib.sha256(data).hexdigest(),
                               size=len(data))  # fmt: skip


def test_csv_set_becomes_tsv_with_citation_and_is_listed(server, tmp_path):
    s = _local("ko-ws353", server, KO_CSV)
    out = fetch_set(s, tmp_path)
    assert out == sets_folder(tmp_path) / "ko-ws353.tsv"
    lines = out.read_text(encoding="utf-8").splitlines()
    comments = [ln for ln in lines if ln.startswith("#")]
    assert any("Park, S." in ln and "ACL 2018" in ln for ln in comments)
    assert [ln for ln in lines if not ln.startswith("#")] == [
        "사랑\t섹스\t6.42", "호랑이\t고양이\t7.17", "책\t종이\t6.17"]  # fmt: skip
    assert sniff_kind(out) == "similarity"
    wv = WordVectors(["사랑", "섹스", "호랑이", "고양이"], np.eye(4, dtype=np.float32))
    r = evaluate_similarity(wv, out)
    assert (r.pairs, r.used, r.missing_words) == (3, 2, ("책", "종이"))
    assert [(x.id, p) for x, p in fetched_sets(tmp_path)] == [("ko-ws353", out)]


def test_analogy_set_keeps_sections_and_questions(server, tmp_path):
    s = _local("ko-analogy", server, KO_ANALOGY)
    out = fetch_set(s, tmp_path)
    body = [ln for ln in out.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    assert body == [": syn1_case", "자동차 자동차를 비행기 비행기를", "학교 학교에 도시 도시에"]
    words = ["자동차", "자동차를", "비행기", "비행기를", "학교", "학교에", "도시", "도시에"]
    wv = WordVectors(words, np.random.default_rng(0).normal(size=(8, 4)).astype(np.float32))
    assert evaluate_analogies(wv, out).overall.answered == 2


def test_wrong_checksum_keeps_nothing(server, tmp_path):
    s = dataclasses.replace(_local("ko-ws353", server, KO_CSV), sha256="0" * 64)
    with pytest.raises(DownloadError, match="damaged or not the expected one"):
        fetch_set(s, tmp_path)
    assert fetched_sets(tmp_path) == []


def test_catalogue_has_every_set_pinned_with_citation():
    ids = {s.id for s in STANDARD_SETS}
    assert ids == {"ko-ws353", "ko-analogy", "zh-ca8-morphological", "zh-ca8-semantic",
                   "zh-wordsim240", "en-ws353", "en-simlex999", "en-google-analogies"}
    for s in STANDARD_SETS:
        assert re.match(r"https://raw\.githubusercontent\.com/[\w.-]+/[\w.-]+/[0-9a-f]{40}/",
                        s.url), s.url  # a fixed commit: the checksum stays right
        assert s.citation and s.license and len(s.sha256 or "") == 64 and s.size
