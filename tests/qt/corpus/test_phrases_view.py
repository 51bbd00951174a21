"""The collocation table: found off the GUI thread, sortable, searchable, with a preview."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.core.corpus.test_phrases import planted
from w2v_studio.qt.corpus.phrases_view import PhrasesView

LINES = planted(pairs=(("new", "york"), ("서울", "대학교")))


def found_view(qtbot, threshold: float = 10.0) -> PhrasesView:
    view = PhrasesView()
    qtbot.addWidget(view)
    view.threshold.setValue(threshold)
    view.set_source(lambda: LINES)
    with qtbot.waitSignal(view.found, timeout=20_000):
        view.find_button.click()
    qtbot.waitUntil(lambda: not view.is_running())
    assert view.find_button.isEnabled()
    return view


def test_planted_phrases_come_first_and_the_preview_joins_them(qtbot):
    view = found_view(qtbot)
    rows = view.rows()
    assert {r[0] for r in rows[:2]} == {"new_york", "서울_대학교"}
    assert [r[2] for r in rows] == sorted((r[2] for r in rows), reverse=True)
    first = " ".join(LINES[0]).replace("new york", "new_york").replace("서울 대학교", "서울_대학교")
    assert view.preview.toPlainText().splitlines()[0] == first


def test_sorting_by_count_and_searching(qtbot):
    view = found_view(qtbot, threshold=0.5)
    view.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    counts = [r[1] for r in view.rows()]
    assert counts == sorted(counts) and len(counts) > 2
    view.search.setText("서울")
    assert [r[0] for r in view.rows()] == ["서울_대학교"]
    assert view.matches.text().startswith("1 of")


def test_without_a_corpus_find_is_off_and_says_why(qtbot):
    view = PhrasesView()
    qtbot.addWidget(view)
    view.set_source(None)
    assert not view.find_button.isEnabled()
    assert "tokenize a corpus" in view.messages.visible_text()


def test_npmi_threshold_follows_the_scoring_and_nothing_found_is_said(qtbot):
    view = PhrasesView()
    qtbot.addWidget(view)
    view.scoring.setCurrentIndex(1)
    assert view.threshold.value() == 0.5 and view.threshold.maximum() == 1.0
    view.set_source(lambda: [["a", "b", "c"], ["c", "b", "a"]])
    view.min_count.setValue(100)
    with qtbot.waitSignal(view.found, timeout=20_000):
        view.find_button.click()
    qtbot.waitUntil(lambda: not view.is_running())
    assert view.model.rowCount() == 0
    assert "No pair of words" in view.messages.visible_text()


def test_corpus_page_collocations_tab_finds_phrases_of_the_tokenized_corpus(qtbot, tmp_path):
    from w2v_studio.qt.corpus.page import CorpusPage
    from w2v_studio.qt.shell.state import AppState

    corpus = tmp_path / "c.txt"
    corpus.write_text("\n".join(" ".join(line) for line in LINES) + "\n", encoding="utf-8")
    page = CorpusPage(AppState(), cache_dir=tmp_path / "tok-cache")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.tok_combo.count() > 0, timeout=30_000)
    assert page.results.tabText(1) == "Collocations"
    assert not page.phrases.find_button.isEnabled()  # nothing tokenized yet
    page.add_paths([corpus])
    qtbot.waitUntil(lambda: page._scan is not None, timeout=30_000)
    page.set_tokenizer("whitespace", {})
    with qtbot.waitSignal(page.tokenized_ready, timeout=60_000):
        page.tokenize()
    page.results.setCurrentIndex(1)
    with qtbot.waitSignal(page.phrases.found, timeout=20_000):
        page.phrases.find_button.click()
    qtbot.waitUntil(lambda: not page.phrases.is_running())
    assert {r[0] for r in page.phrases.rows()[:2]} == {"new_york", "서울_대학교"}
    page.shutdown()
