"""Export dialog: every vector format reads back; the map as PNG, SVG and coordinates CSV."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtGui import QImage

from tests.qt.explore_data import shown_explore_page, tiny_model
from w2v_studio.core.explore.word_selection import WordChoice
from w2v_studio.core.vectors.io.load import load_vectors
from w2v_studio.core.vectors.word_vectors import WordVectors
from w2v_studio.qt.shell.export_dialog import ExportDialog
from w2v_studio.qt.shell.state import AppState


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    return tiny_model(tmp_path_factory.mktemp("export"))[0]


@pytest.fixture
def dialog(qtbot, model):
    page = shown_explore_page(qtbot, model, (1000, 700))
    dlg = ExportDialog(page.state, None, explore_page=page)
    qtbot.addWidget(dlg)
    yield dlg
    page.shutdown()


def export(dlg, qtbot, fmt, path, limit=None):
    dlg.format.setCurrentIndex(dlg.format.findData(fmt))
    dlg.vec_path.setText(str(path))
    dlg.limit_on.setChecked(limit is not None)
    if limit is not None:
        dlg.limit.setValue(limit)
    with qtbot.waitSignal(dlg.exported, timeout=10000) as done:
        dlg.vec_export.click()
    return done.args[0]


@pytest.mark.parametrize("fmt", ["word2vec-binary", "word2vec-text"])
def test_vectors_read_back_with_top_n(dialog, qtbot, model, tmp_path, fmt):
    path = tmp_path / f"v.{fmt}"
    assert export(dialog, qtbot, fmt, path, limit=20) == [path]
    back = load_vectors(path)
    assert back.words == model.words[:20]
    np.testing.assert_allclose(back.vectors, model.input_vectors[:20], atol=1e-5)
    assert "Written" in dialog.messages.visible_text()


def test_npy_tsv_csv_and_vocab(dialog, qtbot, model, tmp_path):
    npy = export(dialog, qtbot, "npy", tmp_path / "v.npy")
    back = load_vectors(npy[0])
    assert back.words == model.words
    np.testing.assert_array_equal(back.vectors, model.input_vectors)
    tsv = export(dialog, qtbot, "tsv", tmp_path / "p.tsv", limit=10)
    rows = tsv[0].read_text(encoding="utf-8").splitlines()
    assert len(rows) == 10 and len(rows[0].split("\t")) == model.dim
    with open(export(dialog, qtbot, "csv", tmp_path / "v.csv")[0], encoding="utf-8") as f:
        table = list(csv.reader(f))
    assert [r[0] for r in table[1:]] == model.words
    vocab = export(dialog, qtbot, "vocab", tmp_path / "vocab.txt")[0]
    first = vocab.read_text(encoding="utf-8").splitlines()[0].split()
    assert first == [model.words[0], str(model.counts[0])]


def test_map_png_svg_and_points(dialog, tmp_path):
    page = dialog.page
    page.place(WordChoice("frequent", 30))
    dialog.map_format.setCurrentIndex(dialog.map_format.findData("points"))
    dialog.map_path.setText(str(tmp_path / "map"))
    [points] = dialog.export_map()
    assert points.suffix == ".csv"
    with open(points, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["word"] for r in rows] == page.placed_words
    xy = np.array([[float(r["x"]), float(r["y"])] for r in rows])
    np.testing.assert_allclose(xy, page.xy, rtol=1e-6)
    assert [int(r["count"]) for r in rows] == model_counts(page)

    dialog.map_format.setCurrentIndex(dialog.map_format.findData("png"))
    [png] = dialog.export_map()
    img = QImage(str(png))
    assert png.suffix == ".png" and not img.isNull()
    assert img.width() == 2400  # print size by default, whatever the window's size
    legend_strip = img.copy(0, img.height() - 40, img.width(), 40)
    assert len({legend_strip.pixel(x, y) for x in range(0, 2400, 7) for y in range(0, 40, 3)}) > 2

    dialog.map_format.setCurrentIndex(dialog.map_format.findData("svg"))
    [svg] = dialog.export_map()
    root = ET.parse(svg).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert len(root.findall(f".//{ns}circle")) == 30
    texts = {t.text for t in root.findall(f".//{ns}text")}
    legend = {text for _colour, text in page.colours.legend_items}
    assert legend and texts == set(page.map.labelled) | legend  # labels shown, and the legend
    assert float(root.get("height")) > page.map.vb.height()  # the legend below, not over it


def model_counts(page):
    wv = page.state.vectors
    return [int(wv.counts[i]) for i in page.placed_idx]


def test_words_with_spaces_are_refused_then_skipped(qtbot, tmp_path):
    state = AppState()
    wv = WordVectors(["good", "new york", "fine"], np.eye(3, dtype=np.float32), [3, 2, 1])
    state.set_model(None, wv, None, None)
    dlg = ExportDialog(state)
    qtbot.addWidget(dlg)
    assert not dlg.map_box.isEnabled()  # no Explore page: no map to export
    dlg.format.setCurrentIndex(dlg.format.findData("word2vec-text"))
    dlg.vec_path.setText(str(tmp_path / "v.txt"))
    dlg.vec_export.click()
    qtbot.waitUntil(lambda: "new york" in dlg.messages.visible_text(), timeout=5000)
    assert dlg.messages.level_of("export") == "error"
    assert not (tmp_path / "v.txt").exists()
    dlg.skip_bad.setChecked(True)
    with qtbot.waitSignal(dlg.exported, timeout=5000):
        dlg.vec_export.click()
    assert load_vectors(tmp_path / "v.txt").words == ["good", "fine"]
