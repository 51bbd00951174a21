"""Explore page with a tiny trained model: map, hover/click, questions, concordance, compare."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from tests.qt.explore_data import TOPICS, shown_explore_page, tiny_model
from w2v_studio.core.explore.projection import ProjectionSettings
from w2v_studio.core.explore.word_selection import WordChoice
from w2v_studio.core.vectors.word_vectors import WordVectors
from w2v_studio.qt.explore.page import ExplorePage
from w2v_studio.qt.shell.state import AppState


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    return tiny_model(tmp_path_factory.mktemp("explore"))


@pytest.fixture
def page(qtbot, trained):
    page = shown_explore_page(qtbot, trained[0])
    yield page
    page.shutdown()


def viewport_point(page, word) -> QPoint:
    view = page.map.plot
    return view.mapFromScene(page.map.scene_pos_of(word))


def test_pca_places_every_word_and_no_label_is_clipped(page, trained):
    model, _ = trained
    assert sorted(page.placed_words) == sorted(model.words)
    assert len(page.map.labelled) >= 5  # overlapping labels are skipped
    assert_no_label_clipped(page)


def test_hover_shows_word_and_count_and_click_selects(page, qtbot, trained):
    model, _ = trained
    word = "tiger"
    pos = viewport_point(page, word)
    with qtbot.waitSignal(page.map.word_hovered, timeout=2000) as hovered:
        qtbot.mouseMove(page.map.plot.viewport(), pos)
    assert hovered.args == [word]
    count = int(model.counts[model.vocab.index[word]])
    assert page.map.vb.toolTip() == f"{word}\ncount: {count:,}"

    with qtbot.waitSignal(page.map.word_clicked, timeout=2000) as clicked:
        qtbot.mouseClick(page.map.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert clicked.args == [word]
    assert page.map.words[page.map.selected] == word
    # the click also asks for its neighbours: mostly animals, ringed on the map
    nbs = page.questions.result_words()
    assert len(nbs) == 20 and word not in nbs
    assert sum(w in TOPICS["animal"] for w in nbs[:5]) >= 4
    assert {page.map.words[i] for i in page.map.highlighted} == set(nbs)


def test_leaving_a_point_clears_the_hover(page, qtbot):
    view = page.map.plot
    pts = [view.mapFromScene(page.map.scene_pos_of(w)) for w in page.map.words]
    empty = next(
        QPoint(x, y)
        for x in range(20, view.width() - 20, 15)
        for y in range(20, view.height() - 20, 15)
        if min(abs(p.x() - x) + abs(p.y() - y) for p in pts) > 30
    )
    qtbot.mouseMove(view.viewport(), viewport_point(page, "cake"))
    qtbot.waitUntil(lambda: page.map.hovered is not None)
    qtbot.wait(100)  # pyqtgraph drops mouse moves closer together than a screen refresh
    with qtbot.waitSignal(page.map.word_hovered, timeout=2000) as left:
        qtbot.mouseMove(view.viewport(), empty)
    assert left.args == [""]
    assert page.map.vb.toolTip() == ""


def test_analogy_fills_the_table(page, trained):
    model, _ = trained
    wv = WordVectors.from_model(model)
    page.questions.ask_analogy("cat", "dog", "bread", method="3cosmul", topn=5)
    expected = [nb.word for nb in wv.analogy("cat", "dog", "bread", method="3cosmul", topn=5)]
    assert page.questions.result_words() == expected
    assert page.questions.table.rowCount() == 5
    assert not {"cat", "dog", "bread"} & set(expected)
    score = float(page.questions.table.item(0, 2).text())
    assert score == pytest.approx(
        wv.analogy("cat", "dog", "bread", method="3cosmul", topn=1)[0].similarity, abs=1e-4
    )


def test_arithmetic_similarity_and_odd_one_out(page):
    q = page.questions
    q.ask_arithmetic(["cat", "rice"], ["bread"], topn=5)
    assert q.table.rowCount() == 5
    q.ask_similarity("cat", "dog")
    assert q.table.item(0, 0).text() == "cat" and float(q.table.item(0, 2).text()) > 0.5
    q.ask_odd_one_out(["cat", "dog", "tiger", "paris"])
    assert q.result_words()[-1] == "paris"


def test_unknown_word_shows_the_suggestion_and_the_link_asks_again(page):
    q = page.questions
    q.ask_neighbours("tigre")
    assert q.hint.isVisible()
    assert "tigre" in q.hint.text() and 'href="tiger"' in q.hint.text()
    assert q.table.rowCount() == 0
    q.hint.linkActivated.emit("tiger")
    assert q.nb_word.text() == "tiger" and q.table.rowCount() == 20


def test_clicking_a_result_row_centres_the_map(page, qtbot):
    page.questions.ask_neighbours("서울", 5)
    row_word = page.questions.table.item(2, 1).text()
    page.questions.table.cellClicked.emit(2, 1)
    assert page.map.words[page.map.selected] == row_word
    (x0, x1), (y0, y1) = page.map.vb.viewRange()
    x, y = page.map.xy[page.map.selected]
    assert x == pytest.approx((x0 + x1) / 2) and y == pytest.approx((y0 + y1) / 2)
    assert_no_label_clipped(page)


def assert_no_label_clipped(page):
    vb_rect = page.map.vb.sceneBoundingRect()
    shown = [t for t in page.map._labels if t.isVisible()]
    assert shown
    for item in shown:
        assert vb_rect.contains(item.sceneBoundingRect()), item.toPlainText()


def test_concordance_shows_the_lines_of_a_word(page, trained, qtbot):
    model, tokens = trained
    page.state.set_model(
        model, WordVectors.from_model(model), None, type("Tok", (), {"path": tokens.parent})()
    )
    qtbot.waitUntil(lambda: bool(page.placed_words), timeout=5000)
    conc = page.concordance
    conc.show_word("经济")
    qtbot.waitUntil(lambda: conc.result is not None, timeout=5000)
    lines = tokens.read_text(encoding="utf-8").splitlines()
    expected = sum(line.split().count("经济") for line in lines)
    assert conc.result.total == expected > 0
    assert conc.model.rowCount() == min(expected, 1000)
    assert all(kw == "经济" for _l, kw, _r in conc.row_texts())
    for k in conc.model.lines[:20]:
        assert lines[k.line].split()[k.position] == "经济"
    assert f"{expected:,}" in conc.status.text()

    conc.show_pair("经济", "中国")
    qtbot.waitUntil(lambda: conc.result is not None and conc.result.partner == "中国", timeout=5000)
    window = conc.window.value()
    assert window == model.config.window
    for k in conc.model.lines:
        toks = lines[k.line].split()
        near = toks[max(0, k.position - window) : k.position + window + 1]
        assert "中国" in near


def test_vectors_without_corpus_say_so(page, trained):
    model, _ = trained
    page.state.set_model(None, WordVectors.from_model(model), None, None)
    page.concordance.show_word("cat")
    assert "no corpus" in page.concordance.status.text()


def test_compare_marks_shared_neighbours(page, trained, tmp_path):
    other, _ = tiny_model(tmp_path / "other", window=2, architecture="cbow", seed=2)
    page.compare.set_other(WordVectors.from_model(other), "cbow-w2")
    page.compare.topn.setValue(10)
    page.compare.compare("rice")
    left, right = page.compare.column_words(0), page.compare.column_words(1)
    assert len(left) == len(right) == 10
    assert page.compare.shared == set(left) & set(right)
    assert page.compare.shared  # the same topic: some neighbours are shared
    for r, w in enumerate(left):
        bold = page.compare.left.item(r, 1).font().bold()
        assert bold == (w in page.compare.shared)


def test_word_sources_find_and_only_neighbours(page):
    assert page.place(WordChoice("list", text="cat, dog\nrice zzz"))
    assert page.placed_words == ["cat", "dog", "rice"]
    assert "zzz" in page.messages.visible_text()
    assert page.place(WordChoice("regex", 100, text="^[a-c]"))
    assert all(w[0] in "abc" for w in page.placed_words)
    assert not page.place(WordChoice("regex", 100, text="(("))
    assert "not a valid regex" in page.messages.visible_text()
    assert page.place(WordChoice("neighbours", 6, text="paris"))
    assert page.placed_words[0] == "paris" and len(page.placed_words) == 6
    assert page.map.words[page.map.selected] == "paris"

    assert page.place(WordChoice("frequent", 50))
    page.find_word("pear")
    assert page.map.words[page.map.selected] == "pear"
    page.toolbar.only_k.setValue(5)
    page.toolbar.only.setChecked(True)
    shown = [w for w, v in zip(page.map.words, page.map.visible, strict=True) if v]
    assert len(shown) == 6 and "pear" in shown
    assert sum(w in TOPICS["food"] for w in shown) >= 5
    page.toolbar.only.setChecked(False)
    assert page.map.visible.all()


def test_clusters_colour_the_topics(page, qtbot):
    with qtbot.waitSignal(page.clustered, timeout=10000):
        page.controls.k.setValue(5)
        page.controls.colour.setCurrentIndex(1)
    groups = dict(zip(page.map.words, page.map.groups.tolist(), strict=True))
    for words in TOPICS.values():
        assert len({groups[w] for w in words}) == 1
    assert len(set(groups.values())) == 5
    assert page.legend.text().count("■") == 5


def test_tsne_runs_off_the_gui_thread(page, qtbot):
    with qtbot.waitSignal(page.placed, timeout=60000):
        assert page.place(
            WordChoice("frequent", 50), ProjectionSettings(method="tsne", tsne_iterations=250)
        )
        assert page.controls.cancel_button.isEnabled()  # busy while it runs
    assert page.method == "tsne" and len(page.placed_words) == 50
    assert np.isfinite(page.xy).all()
    assert not page.controls.cancel_button.isEnabled()


def test_cancel_stops_a_projection(page, qtbot):
    page.place(WordChoice("frequent", 50), ProjectionSettings(method="umap"))
    page.controls.cancel_button.click()
    assert page._thread is None and not page.controls.busy.isVisible()
    assert page.method == "pca"  # the previous map stays


def test_concordance_names_the_source_file_and_line(qtbot, tmp_path):
    """A real tokenized corpus (two files): each KWIC row says where its line came from."""
    from w2v_studio.core.corpus.reader import Corpus
    from w2v_studio.tokenizers.pipeline import tokenize_corpus

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("the cat sat\nno match here\n", encoding="utf-8")
    b.write_text("first line\nsecond line\na black cat\n", encoding="utf-8")
    tok = tokenize_corpus(Corpus([a, b]), "whitespace", workers=1, cache_dir=tmp_path / "c")
    wv = WordVectors(["cat", "the"], np.eye(2, dtype=np.float32), [2, 1])
    state = AppState()
    page = ExplorePage(state)
    qtbot.addWidget(page)
    state.set_model(None, wv, None, tok)
    page.concordance.show_word("cat")
    qtbot.waitUntil(lambda: page.concordance.result is not None, timeout=5000)
    m = page.concordance.model
    where = [m.data(m.index(r, 3)) for r in range(m.rowCount())]
    assert where == ["a.txt:1", "b.txt:3"]
    page.shutdown()


def test_tsne_shows_real_progress_and_the_same_map_is_not_computed_twice(page, qtbot, trained):
    model, _ = trained
    settings = ProjectionSettings(method="tsne", tsne_iterations=500)
    fractions: list[float] = []
    page.controls.busy.valueChanged.connect(lambda v: fractions.append(v / 1000))
    with qtbot.waitSignal(page.placed, timeout=120_000):
        assert page.place(WordChoice("frequent", 60), settings)
    first = page.xy.copy()
    assert any(0 < f < 1 for f in fractions)  # a determinate bar, not a busy indicator

    # The model reopened (a new vectors object with the same numbers): the map comes at once.
    page.state.set_model(model, WordVectors.from_model(model), None, None)
    assert page.place(WordChoice("frequent", 60), settings)
    assert page._thread is None  # no projection started
    np.testing.assert_array_equal(page.xy, first)
    # Other settings are another layout: computed again.
    assert page.place(WordChoice("frequent", 60), ProjectionSettings(method="tsne", seed=2))
    assert page._thread is not None
    page.cancel()


def test_a_new_model_clears_the_questions_and_comparisons_of_the_old_one(page, qtbot, trained):
    model, _ = trained
    page.questions.ask_neighbours("tiger", 5)
    qtbot.waitUntil(lambda: page.questions.table.rowCount() == 5, timeout=10_000)
    page.compare.set_other(WordVectors.from_model(model), "same")
    page.compare.compare("tiger")
    qtbot.waitUntil(lambda: page.compare.left.rowCount() > 0, timeout=10_000)
    other = WordVectors(["x", "y", "z", "w"], np.eye(4, dtype=np.float32), [4, 3, 2, 1])
    page.state.set_model(None, other, None, None)
    assert page.questions.table.rowCount() == 0 and page.questions.query_word == ""
    assert page.compare.left.rowCount() == 0 and page.compare.right.rowCount() == 0


def test_semantic_axes_place_words_by_their_side_between_two_word_sets(page, qtbot, trained):
    """x runs from the animals to the food words: animals left, food right, places between."""
    page.controls.set_method("axes")
    assert page.controls.axes.isVisible()
    page.controls.axes.set_axes(("tiger lion bear", "bread rice soup"))
    assert page.place(WordChoice("list", 20, "cat dog horse apple pear milk seoul london"))
    assert page.method == "axes"
    x = dict(zip(page.placed_words, page.xy[:, 0].tolist(), strict=True))
    animals = [x[w] for w in ("cat", "dog", "horse")]
    food = [x[w] for w in ("apple", "pear", "milk")]
    assert max(animals) < min(food)
    assert page.map.plot.getAxis("bottom").labelText.startswith("bread")
    # Unknown axis words are said plainly, and the map stays.
    page.controls.axes.set_axes(("qqq", "zzz"))
    assert not page.place(WordChoice("list", 20, "cat dog"))
    assert "is in the model; choose words it knows" in page.messages.visible_text()
    page.controls.set_method("pca")
    assert page.place(WordChoice("frequent", 30))
    assert page.map.plot.getAxis("bottom").labelText == ""
