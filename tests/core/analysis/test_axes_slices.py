"""Semantic axes and corpus slices."""

from __future__ import annotations

import json

import numpy as np
import pytest

from w2v_studio.core.analysis.align import procrustes_rotation
from w2v_studio.core.analysis.axes import Axis, AxisError, axis_projection
from w2v_studio.core.analysis.slices import (
    SliceError,
    align_sequence,
    slices_by_file,
    slices_by_folder,
    split_by_field,
)
from w2v_studio.core.corpus.reader import Corpus
from w2v_studio.core.vectors.word_vectors import WordVectors


def test_axis_projection_places_words_by_cosine_with_the_directions():
    wv = WordVectors(["he", "she", "big", "small", "nurse", "giant"],
                     np.array([[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [-3, 0, 4],
                               [0, 2, 0]], dtype=np.float32))
    xy = axis_projection(wv, ["nurse", "giant"], Axis(["she"], ["he"]), Axis(["big"], ["small"]))
    np.testing.assert_allclose(xy, [[0.6, 0.0], [0.0, 1.0]], atol=1e-6)
    with pytest.raises(AxisError, match="not in the model"):
        axis_projection(wv, ["zebra"], Axis(["she"], ["he"]))
    with pytest.raises(AxisError, match="none of"):
        Axis(["x1", "x2"], ["he"]).direction(wv)


def test_slices_by_file_and_by_folder(tmp_path):
    for d, f in [("1990s", "a.txt"), ("1990s", "b.txt"), ("2000s", "c.txt")]:
        (tmp_path / d).mkdir(exist_ok=True)
        (tmp_path / d / f).write_text("x y\n", encoding="utf-8")
    assert [s.name for s in slices_by_file([tmp_path])] == ["a", "b", "c"]
    folders = slices_by_folder([tmp_path])
    assert [(s.name, len(s.paths)) for s in folders] == [("1990s", 2), ("2000s", 1)]


def test_split_by_a_jsonl_field_orders_years_and_keeps_each_text(tmp_path):
    rows = [{"year": 2001, "text": "new words"}, {"year": 1999, "text": "old words"},
            {"year": 2001, "text": "more new"}, {"text": "no year"}]
    src = tmp_path / "c.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "split"
    out.mkdir()
    split = split_by_field(Corpus([src], field="text"), "year", out)
    assert [(s.name, s.value, s.lines) for s in split.slices] == [("1999", "1999", 1),
                                                                  ("2001", "2001", 2)]
    assert split.slices[1].paths[0].read_text(encoding="utf-8") == "new words\nmore new\n"
    assert split.skipped == 1


def test_split_by_field_refuses_plain_text(tmp_path):
    (tmp_path / "a.txt").write_text("x\n", encoding="utf-8")
    with pytest.raises(SliceError, match="csv, tsv or jsonl"):
        split_by_field(Corpus([tmp_path / "a.txt"]), "year", tmp_path)


def test_align_sequence_chains_onto_the_previous_slice():
    rng = np.random.default_rng(0)
    base = rng.normal(size=(50, 4)).astype(np.float32)
    qs = [np.linalg.qr(rng.normal(size=(4, 4)))[0] for _ in range(2)]
    words = [f"w{i}" for i in range(50)]
    models = [WordVectors(words, base)] + [WordVectors(words, base @ q) for q in qs]
    for to in ("first", "previous"):
        aligned, fits = align_sequence(models, to)
        assert fits[0] is None
        for wv in aligned:
            np.testing.assert_allclose(wv.vectors, base, atol=1e-4)
    np.testing.assert_allclose(procrustes_rotation(base, base @ qs[0]), qs[0].T, atol=1e-5)
