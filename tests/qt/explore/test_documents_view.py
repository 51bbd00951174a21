"""Explore > Documents: a doc2vec model folder opened in the app shows its documents on a map,
the most similar ones to a document or a typed text, with their original text."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.core.engine.test_doc2vec import planted, trained
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.vectors.word_vectors import WordVectors
from w2v_studio.qt.explore.page import ExplorePage
from w2v_studio.qt.shell.state import AppState


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A PV-DBOW model of 120 planted documents of 4 topics (document i has topic i % 4)."""
    docs, _ = planted(120)
    model = trained("dbow", docs, epochs=30)[-1].model
    model.corpus_info = {"tokenizer": "whitespace", "tokenizer_options": {}}
    path = tmp_path_factory.mktemp("docs") / "model"
    model.save(path)
    return path, docs


@pytest.fixture
def page(qtbot):
    state = AppState()
    page = ExplorePage(state)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.documents)
    yield page
    page.shutdown()


def open_folder(page, qtbot, path) -> None:
    """As File > Open does: the word model with its folder (the documents load in a thread)."""
    model = TrainedModel.load(path)
    page.state.set_model(model, WordVectors.from_model(model), path, None)
    qtbot.waitUntil(lambda: page.documents.docs is not None, timeout=5000)


def test_documents_of_an_opened_model_are_on_the_map(page, qtbot, folder):
    path, _ = folder
    open_folder(page, qtbot, path)
    view = page.documents
    assert len(view.map.words) == 120 and view.map.words[0] == "doc0"
    assert "120 documents" in view.status.text()
    assert page.tabs.tabText(page.tabs.indexOf(view)) == "Documents"


def test_clicking_a_document_lists_similar_ones_of_its_topic_with_their_text(
        page, qtbot, folder):
    path, docs = folder
    open_folder(page, qtbot, path)
    view = page.documents
    pos = view.map.plot.mapFromScene(view.map.scene_pos_of("doc5"))
    qtbot.mouseClick(view.map.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.text.toPlainText() == " ".join(docs[5])
    assert view.table.rowCount() == 10
    indexes = [d.index for d in view.results]
    assert 5 not in indexes and all(i % 4 == 5 % 4 for i in indexes)
    view.table.cellClicked.emit(2, 0)
    assert view.text.toPlainText() == " ".join(docs[indexes[2]])


def test_typed_text_finds_its_training_document(page, qtbot, folder):
    path, docs = folder
    open_folder(page, qtbot, path)
    view = page.documents
    view.query.setText(" ".join(docs[17]))
    view.go.click()
    qtbot.waitUntil(lambda: bool(view.results), timeout=5000)
    assert view.results[0].index == 17
    assert view.table.item(0, 2).text() == "doc17"
    assert view.table.item(0, 3).toolTip() == " ".join(docs[17])  # the whole original text


def test_typed_text_of_unknown_words_says_so_in_the_page(page, qtbot, folder):
    path, _ = folder
    open_folder(page, qtbot, path)
    view = page.documents
    view.query.setText("nothing here is known")
    view.go.click()
    qtbot.waitUntil(lambda: "none of the text's words" in view.status.text(), timeout=5000)
    assert view.table.rowCount() == 0


def test_a_word_model_says_how_to_get_document_vectors(page, qtbot, folder, tmp_path):
    words = TrainedModel.load(folder[0])
    plain = TrainedModel(vocab=words.vocab, config=words.config,
                         input_vectors=words.input_vectors)
    plain.save(tmp_path / "w")
    page.state.set_model(plain, WordVectors.from_model(plain), tmp_path / "w", None)
    view = page.documents
    assert view.docs is None and "--method doc2vec" in view.status.text()
    assert not view.go.isEnabled()
    assert np.asarray(view.map.xy).shape == (0, 2)


def test_a_doc2vec_folder_opened_and_saved_elsewhere_keeps_its_documents(
        window, qtbot, folder, tmp_path):
    from w2v_studio.core.engine.doc2vec_model import load_doc_model

    path, _ = folder
    window.model_io.open_model(path, ask=False)
    window.model_io.wait()
    qtbot.waitUntil(lambda: window.state.model_dir == path, timeout=5000)
    view = window.explore_page.documents
    qtbot.waitUntil(lambda: view.docs is not None, timeout=5000)
    assert view.docs.model is window.state.model  # no second read of the folder
    window.model_io.save_model_to(tmp_path / "copy")
    window.model_io.wait()
    qtbot.waitUntil(lambda: window.state.model_dir == tmp_path / "copy", timeout=5000)
    copy = load_doc_model(tmp_path / "copy")
    np.testing.assert_array_equal(copy.doc_vectors, load_doc_model(path).doc_vectors)
    assert copy.doc_texts == load_doc_model(path).doc_texts


def test_a_large_model_maps_an_even_sample_and_still_finds_every_document(
        page, qtbot, folder, monkeypatch):
    from w2v_studio.qt.explore import documents_view

    monkeypatch.setattr(documents_view, "MAP_LIMIT", 30)
    open_folder(page, qtbot, folder[0])
    view = page.documents
    assert len(view.map.words) == 30 and view.map.words[:2] == ["doc0", "doc4"]
    assert "30 of them" in view.status.text()
    label = view.map.words[1]  # doc4
    pos = view.map.plot.mapFromScene(view.map.scene_pos_of(label))
    qtbot.mouseClick(view.map.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.text.toPlainText() == " ".join(folder[1][4])
    assert sum(d.index % 4 == 0 for d in view.results) >= 8  # mostly doc4's topic
    assert any(d.index not in view._point for d in view.results)  # found though not drawn
