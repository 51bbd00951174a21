"""Exports: gensim reads word2vec files back exactly; TSV/CSV/npy/vocab files; bad words refused."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from w2v_studio.core.vectors.io import VectorFormatError
from w2v_studio.core.vectors.io.export import export_vectors
from w2v_studio.core.vectors.word_vectors import WordVectors

WORDS = ["the", "학교", "학생들은", "中国", "北京大学", "naïve", "C++", "1998年"]


def _wv(counts: bool = True) -> WordVectors:
    rng = np.random.default_rng(2)
    vectors = rng.normal(size=(len(WORDS), 7)).astype(np.float32)
    vectors[0, 0] = np.float32(1e-38)  # extremes survive text export too
    vectors[1, 1] = np.float32(-3.4e38)
    return WordVectors(WORDS, vectors, np.arange(len(WORDS), 0, -1) * 5 if counts else None)


@pytest.mark.parametrize(("fmt", "binary"), [("word2vec-binary", True), ("word2vec-text", False)])
def test_gensim_reads_exports_back_identically(tmp_path, fmt, binary):
    kv_mod = pytest.importorskip("gensim.models.keyedvectors")
    wv = _wv()
    out = tmp_path / ("v.bin" if binary else "v.txt")
    assert export_vectors(wv, out, fmt) == [out]
    kv = kv_mod.KeyedVectors.load_word2vec_format(str(out), binary=binary)
    assert kv.index_to_key == WORDS
    np.testing.assert_array_equal(kv.vectors, wv.vectors)
    limited = kv_mod.KeyedVectors.load_word2vec_format(
        str(export_vectors(wv, tmp_path / "l", fmt, limit=3)[0]), binary=binary
    )
    assert limited.index_to_key == WORDS[:3]


def test_vocab_file_like_save_vocab(tmp_path):
    export_vectors(_wv(), tmp_path / "vocab.txt", "vocab")
    lines = (tmp_path / "vocab.txt").read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ["the 40", "학교 35"] and len(lines) == len(WORDS)
    with pytest.raises(VectorFormatError, match="no word counts"):
        export_vectors(_wv(counts=False), tmp_path / "v2.txt", "vocab")
    assert not (tmp_path / "v2.txt").exists()


def test_projector_tsv_with_metadata(tmp_path):
    written = export_vectors(_wv(), tmp_path / "projector", "tsv")
    assert [p.name for p in written] == ["vectors.tsv", "metadata.tsv"]
    rows = (tmp_path / "projector" / "vectors.tsv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == len(WORDS) and len(rows[0].split("\t")) == 7
    assert np.float32(rows[3].split("\t")[2]) == _wv().vectors[3, 2]
    meta = (tmp_path / "projector" / "metadata.tsv").read_text(encoding="utf-8").splitlines()
    assert meta[0] == "word\tcount" and meta[2] == "학교\t35" and len(meta) == len(WORDS) + 1
    # one column: no header row (the Projector's convention)
    export_vectors(_wv(counts=False), tmp_path / "plain.tsv", "tsv")
    meta = (tmp_path / "plain.metadata.tsv").read_text(encoding="utf-8").splitlines()
    assert meta == WORDS


def test_csv_and_npy(tmp_path):
    wv = _wv()
    export_vectors(wv, tmp_path / "v.csv", "csv")
    with open(tmp_path / "v.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["word", "count", "d1"] and len(rows[0]) == 9
    assert rows[4][0] == "中国" and rows[4][1] == "25"
    assert [np.float32(x) for x in rows[2][2:]] == wv.vectors[1].tolist()
    written = export_vectors(wv, tmp_path / "out", "npy")
    assert [p.name for p in written] == ["vectors.npy", "vocab.txt"]
    np.testing.assert_array_equal(np.load(written[0], allow_pickle=False), wv.vectors)
    assert written[1].read_text(encoding="utf-8").splitlines()[3] == "中国 25"


@pytest.mark.parametrize("fmt", ["word2vec-binary", "word2vec-text", "vocab", "tsv", "csv", "npy"])
def test_words_with_whitespace_are_refused_then_skipped_on_request(tmp_path, fmt):
    words = ["ok", "new york", "tab\there", "line\nbreak", "全角\u3000空格", "fine"]
    wv = WordVectors(words, np.ones((6, 3), np.float32), np.arange(6, 0, -1))
    target = tmp_path / "out"
    with pytest.raises(
        VectorFormatError, match=r"4 word\(s\) contain spaces.*'new york' \(row 2\)"
    ):
        export_vectors(wv, target, fmt)
    assert not target.exists() and list(tmp_path.iterdir()) == []  # nothing half-written
    written = export_vectors(wv, target, fmt, bad="skip")
    text = b"".join(p.read_bytes() for p in written)
    assert b"fine" in text and b"new york" not in text and b"tab\there" not in text


def test_export_replaces_existing_file_atomically(tmp_path):
    out = tmp_path / "v.txt"
    out.write_text("old content", encoding="utf-8")
    export_vectors(_wv(), out, "word2vec-text")
    assert out.read_text(encoding="utf-8").startswith("8 7\n")
    assert [p.name for p in tmp_path.iterdir()] == ["v.txt"]  # no temp files left behind
