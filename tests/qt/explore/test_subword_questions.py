"""Explore page with a fastText model: an unknown word's neighbours, from its n-grams, are
answered and marked as built from n-grams; the map places them."""

from __future__ import annotations

import pytest

from tests.core.engine.test_subword_training import fasttext_model
from tests.qt.explore_data import shown_explore_page
from w2v_studio.core.explore.word_selection import WordChoice


@pytest.fixture(scope="module")
def model():
    return fasttext_model()


@pytest.fixture
def page(qtbot, model):
    page = shown_explore_page(qtbot, model)
    yield page
    page.shutdown()


def test_neighbours_of_an_unknown_word_are_marked_built_from_ngrams(page):
    q = page.questions
    q.ask_neighbours("walked", 5)
    assert not q.hint.isVisible() and q.table.rowCount() == 5
    assert "walk" in q.result_words()
    assert "built from n-grams" in q.summary.text()
    q.ask_neighbours("walk", 5)
    assert "built from n-grams" not in q.summary.text()


def test_the_map_places_the_neighbours_of_an_unknown_word(page):
    assert page.place(WordChoice("neighbours", 4, text="walked"))
    assert "walk" in page.placed_words and "walked" not in page.placed_words
    assert "walked" in page.messages.visible_text()
