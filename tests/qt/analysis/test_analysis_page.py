"""The Analyse page: meaning change between saved models, WEAT on the current model, neighbour
stability of the current model's corpus; results equal the core functions."""

from __future__ import annotations

import pytest

from tests.core.analysis.test_shift import mover_corpus
from tests.core.analysis.test_stability import CFG, _corpus_with_a_rare_neighbour
from tests.core.analysis.test_weat import _association_corpus
from w2v_studio.core.analysis.count_models import CountSettings, build_count_model
from w2v_studio.core.analysis.stability import train_model
from w2v_studio.core.analysis.weat import weat
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.vectors.word_vectors import WordVectors
from w2v_studio.qt.analysis.page import AnalysisPage
from w2v_studio.qt.shell.state import AppState


@pytest.fixture
def page(qtbot):
    state = AppState()
    p = AnalysisPage(state)
    qtbot.addWidget(p)
    yield p
    p.shutdown()


def _use(page, model) -> None:
    page.state.set_model(model, WordVectors.from_model(model), None, None)


def test_meaning_change_ranks_the_moved_word_and_shows_its_neighbours_per_model(qtbot, page,
                                                                                tmp_path):
    for name, cluster, seed in (("old", 0, 1), ("new", 3, 2)):
        train_model(CFG, mover_corpus(cluster, seed=seed)).save(tmp_path / name)
    part = page.shift
    part.add_paths([tmp_path / "old", tmp_path / "new"])
    part.compare()
    qtbot.waitUntil(lambda: part.result is not None, timeout=30000)
    assert part.table.item(0, 0).text() == "mover"
    assert part.neighbours.columnCount() == 2
    assert part.neighbours.horizontalHeaderItem(1).text() == "new"
    assert part.neighbours.item(0, 1).text().startswith("c3")
    assert part.neighbours.item(0, 0).text().startswith("c0")
    xs, _ = part.path_line.getData()
    assert len(xs) == 2  # the word's path: one point per model


def test_meaning_change_needs_two_models(page):
    page.shift.compare()
    assert "at least two models" in page.shift.messages.visible_text()


def test_weat_result_equals_the_core_and_lists_unknown_words(qtbot, page):
    model = build_count_model(TrainConfig(dim=10, min_count=1, window=5),
                              _association_corpus(True), CountSettings("svd"))
    _use(page, model)
    part = page.weat
    for role, prefix in zip("XYAB", "xyab", strict=True):
        words = " ".join(f"{prefix}{i}" for i in range(8))
        part.boxes[role].words.setPlainText(words + (" unicorn" if role == "X" else ""))
    part.run()
    qtbot.waitUntil(lambda: part.result is not None, timeout=30000)
    sets = [[f"{p}{i}" for i in range(8)] for p in "xyab"]
    expected = weat(page.state.vectors, *sets)
    assert part.result.effect_size == pytest.approx(expected.effect_size)
    assert part.result.p_value == pytest.approx(expected.p_value)
    text = part.result_label.text()
    assert f"d = {expected.effect_size:.3f}" in text and "unicorn" in text


def test_weat_example_fills_the_original_lists_and_needs_a_model(page):
    part = page.weat
    part.examples.setCurrentIndex(part.examples.findData("7"))
    assert part.boxes["X"].word_set().words[0] == "math"
    assert part.boxes["B"].word_set().words[-1] == "daughter"
    part.examples.setCurrentIndex(part.examples.findData("2"))
    assert part.boxes["A"].word_set().words[0] == "caress"  # WEAT 2 reuses WEAT 1's attributes
    part.run()
    assert "Open or train a model first" in part.messages.visible_text()


def test_stability_marks_the_planted_rare_neighbour_unstable(qtbot, page, tmp_path):
    corpus = tmp_path / "c.txt"
    corpus.write_text("\n".join(" ".join(s) for s in _corpus_with_a_rare_neighbour()) + "\n",
                      encoding="utf-8")
    model = train_model(CFG, _corpus_with_a_rare_neighbour())
    model.corpus_info = {"files": [str(corpus)]}
    _use(page, model)
    part = page.stability
    part.word.setText("c0w0")
    part.runs.setValue(8)
    part.bootstrap.setChecked(True)
    part.run()
    qtbot.waitUntil(lambda: part.result is not None, timeout=60000)
    rows = {part.table.item(r, 0).text(): part.table.item(r, 3).text()
            for r in range(part.table.rowCount())}
    assert rows["rare"] == "unstable" and rows["c0w1"] == "stable"
    # the page trains the model's own settings on its corpus file: as the core does
    by_word = {n.word: n.runs for n in part.result.neighbours}
    assert part.table.item(0, 1).text() == f"{max(by_word.values())}/8"


def test_analyse_tab_is_in_the_main_window(window):
    assert window.tabs.tabText(4) == "Analyse"
    assert window.tabs.widget(4) is window.analysis_page



def test_semantic_axes_place_words_by_their_cosine_with_the_two_directions(page):
    import numpy as np

    from w2v_studio.core.analysis.axes import Axis, axis_projection

    model = build_count_model(TrainConfig(dim=10, min_count=1, window=5),
                              _association_corpus(True), CountSettings("svd"))
    _use(page, model)
    part = page.axes
    part.fields["x+"].setText("a0 a1 a2")
    part.fields["x-"].setText("b0 b1 b2")
    part.fields["y+"].setText("x0")
    part.fields["words"].setText("x3 y3 zebra")
    part.run()
    assert part.placed == ["x3", "y3"]
    expected = axis_projection(page.state.vectors, ["x3", "y3"], Axis(["a0", "a1", "a2"],
                               ["b0", "b1", "b2"]), Axis(["x0"], []))
    np.testing.assert_allclose(part.coords, expected)
    assert part.coords[0, 0] > part.coords[1, 0]  # x words lean to the a end, as planted
    assert "zebra" in part.messages.visible_text()


@pytest.mark.parametrize(("lang", "script", "tab"), [("ko", "[\uac00-\ud7a3]", "의미 변화"),
                                                     ("zh_CN", "[\u4e00-\u9fff]", "词义变化")])
def test_every_visible_text_is_translated(qtbot, page, translations, lang, script, tab):
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from w2v_studio.qt.shell import i18n

    try:
        i18n.install_language(lang)
        qtbot.waitUntil(lambda: page.tabs.tabText(0) == tab, timeout=3000)
        untranslated = []
        for part in page.parts:
            for w in part.findChildren(QLabel) + part.findChildren(QAbstractButton):
                text = w.text().strip()
                if text and not re.search(script, text) and text not in ("X", "Y", "A", "B"):
                    untranslated.append(text)
        assert untranslated == []
    finally:
        i18n.install_language("en")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Meaning change", timeout=3000)


def test_how_stable_from_the_questions_panel_runs_the_stability_check(window, qtbot, tmp_path):
    corpus = tmp_path / "c.txt"
    corpus.write_text("\n".join(" ".join(s) for s in _corpus_with_a_rare_neighbour()) + "\n",
                      encoding="utf-8")
    model = train_model(CFG, _corpus_with_a_rare_neighbour())
    model.corpus_info = {"files": [str(corpus)]}
    window.state.set_model(model, WordVectors.from_model(model), tmp_path, None)
    questions = window.explore_page.questions
    assert not questions.stable_button.isVisibleTo(questions)
    questions.ask_neighbours("c0w0", 5)
    assert questions.stable_button.isVisibleTo(questions)
    questions.stable_button.click()
    part = window.analysis_page.stability
    assert window.tabs.currentWidget() is window.analysis_page and part.word.text() == "c0w0"
    qtbot.waitUntil(lambda: part.result is not None, timeout=60000)
    assert part.result.word == "c0w0" and part.table.rowCount() > 0
