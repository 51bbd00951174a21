"""The frequency list holds every word of the corpus, and finds words by part or pattern."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from w2v_studio.qt.corpus.frequency_list import FrequencyList

WORDS = ["the", "학교", "学校", "theory", "other", "school", "学生"]
WORDS += [f"w{i}" for i in range(5000)]
COUNTS = np.arange(len(WORDS), 0, -1)


def make(qtbot) -> FrequencyList:
    fl = FrequencyList()
    qtbot.addWidget(fl)
    fl.set_words(WORDS, COUNTS)
    return fl


def test_every_word_is_listed_with_its_rank(qtbot):
    fl = make(qtbot)
    assert fl.model.rowCount() == len(WORDS)  # not only the top few hundred
    assert fl.rows(2) == [("the", len(WORDS)), ("학교", len(WORDS) - 1)]
    assert fl.model.value(len(WORDS) - 1, 0) == len(WORDS)
    assert "5,007 different words" in fl.matches.text()


def test_search_finds_words_containing_the_text_in_any_script(qtbot):
    fl = make(qtbot)
    fl.search.setText("THE")
    assert [w for w, _ in fl.rows()] == ["the", "theory", "other"]
    assert "3 of 5,007 words match" in fl.matches.text()
    fl.search.setText("学")
    assert [w for w, _ in fl.rows()] == ["学校", "学生"]
    fl.search.setText("re:^w49\\d\\d$")
    assert len(fl.rows()) == 100
    fl.search.setText("re:[")  # a broken pattern matches nothing and is marked, no crash
    assert fl.rows() == [] and "fde2e1" in fl.search.styleSheet()
    fl.search.setText("")
    assert fl.model.rowCount() == len(WORDS)


def test_sorting_by_word_then_back_by_rank(qtbot):
    fl = make(qtbot)
    fl.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by word
    first = fl.rows(1)[0][0]
    assert first == min(WORDS)
    fl.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert fl.rows(1)[0][0] == "the"


def test_a_large_list_sorts_by_word_and_count_and_searches(qtbot):
    fl = FrequencyList()
    qtbot.addWidget(fl)
    n = 300_000
    fl.set_words([f"w{i:06d}" for i in range(n)], np.arange(n, 0, -1))
    fl.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert fl.rows(2) == [("w299999", 1), ("w299998", 2)]
    fl.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert fl.rows(1) == [("w000000", n)]
    fl.search.setText("w2999")
    assert len(fl.rows()) == 100 and fl.rows(1) == [("w299900", 100)]
