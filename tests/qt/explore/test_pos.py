"""Parts of speech on the Explore page: the map coloured by tag, neighbours filtered by tag."""

from __future__ import annotations

import numpy as np
import pytest

from w2v_studio.core.vectors.word_vectors import WordVectors
from w2v_studio.qt.explore.colours import OTHER_COLOUR, POS_COLOURS
from w2v_studio.qt.explore.controls import COLOURS
from w2v_studio.qt.explore.page import ExplorePage
from w2v_studio.qt.shell.state import AppState

# nouns point one way, verbs another; "은" has no tag; 갔 is VV+EP (shown and filtered as VV)
WORDS = {
    "학교": ("NNG", [1.0, 0.1, 0.0]), "회사": ("NNG", [0.9, 0.2, 0.1]),
    "집": ("NNG", [0.95, 0.0, 0.2]), "도시": ("NNG", [0.8, 0.3, 0.0]),
    "가": ("VV", [0.6, 0.8, 0.0]), "먹": ("VV", [0.1, 1.0, 0.1]),
    "갔": ("VV+EP", [0.7, 0.7, 0.1]), "좋": ("VA", [0.2, 0.9, 0.4]),
    "은": (None, [0.3, 0.3, 0.9]),
}


def tagged_vectors(with_tags: bool = True) -> WordVectors:
    words = list(WORDS)
    wv = WordVectors(words, np.array([WORDS[w][1] for w in words], np.float32),
                     counts=list(range(100, 100 - len(words), -1)))
    wv.tags = {w: t for w, (t, _) in WORDS.items() if t} if with_tags else None
    return wv


@pytest.fixture
def page(qtbot):
    state = AppState()
    page = ExplorePage(state)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    state.set_model(None, tagged_vectors(), None, None)
    yield page
    page.shutdown()


def _pos_item(page):
    return page.controls.colour.model().item(COLOURS.index("pos"))


def test_colour_by_part_of_speech_colours_nouns_and_verbs_apart_with_a_legend(page):
    assert _pos_item(page).isEnabled()
    page.controls.colour.setCurrentIndex(COLOURS.index("pos"))
    groups = dict(zip(page.map.words, page.map.groups.tolist(), strict=True))
    nouns, verbs = {"학교", "회사", "집", "도시"}, {"가", "먹", "갔"}
    assert len({groups[w] for w in nouns}) == 1 and len({groups[w] for w in verbs}) == 1
    assert groups["학교"] == POS_COLOURS[0]  # four nouns: the most frequent tag, first colour
    assert groups["가"] == POS_COLOURS[1] and groups["좋"] == POS_COLOURS[2]
    assert groups["은"] == OTHER_COLOUR
    legend = [text for _c, text in page.colours.legend_items]
    assert legend == ["NNG", "VV", "VA", "other"]
    assert page.legend.text().count("■") == 4 and "NNG" in page.legend.text()


def test_part_of_speech_is_offered_only_for_a_model_with_tags(page):
    page.controls.colour.setCurrentIndex(COLOURS.index("pos"))
    page.state.set_model(None, tagged_vectors(with_tags=False), None, None)
    assert not _pos_item(page).isEnabled()
    assert page.controls.colour_mode() == "frequency"
    assert not page.questions.form_layouts[0].isRowVisible(page.questions.pos_filter)
    assert page.questions.table.columnCount() == 4  # no POS column


def test_neighbour_filter_keeps_only_words_of_the_chosen_tag(page):
    q = page.questions
    assert q.form_layouts[0].isRowVisible(q.pos_filter)
    names = [q.pos_filter.itemData(i) for i in range(q.pos_filter.count())]
    assert names == [None, "NNG", "VV", "VA"]  # all, then the tags by number of words
    q.pos_filter.setCurrentIndex(names.index("VV"))
    q.ask_neighbours("학교", topn=5)
    wv = page.state.vectors
    unit = wv.vectors / np.linalg.norm(wv.vectors, axis=1, keepdims=True)
    cos = unit @ unit[wv.index["학교"]]
    expected = sorted(["가", "먹", "갔"], key=lambda w: -cos[wv.index[w]])
    assert q.result_words() == expected
    rows = [[q.table.item(r, c).text() for c in (0, 4)] for r in range(q.table.rowCount())]
    assert rows == [[str(i), WORDS[w][0]] for i, w in enumerate(expected, 1)]  # re-ranked
    assert q.table.horizontalHeaderItem(4).text() == "POS"
    assert q.summary.text().endswith("Only words tagged VV.")


def test_all_parts_of_speech_gives_the_plain_neighbours(page):
    q = page.questions
    q.ask_neighbours("학교", topn=4)
    assert q.result_words() == [nb.word for nb in page.state.vectors.neighbours("학교", topn=4)]
    assert q.table.item(0, 4).text() == "NNG"


KO_LINES = ["나는 학교에 갔다.", "배우들의 연기가 너무 좋았고 음악도 아름다웠다.",
            "아버지가 방에 들어가신다.", "영화가 정말 재미있었어요!"]


def test_a_run_on_a_mecab_corpus_hands_its_tags_to_the_explore_page(qtbot, tmp_path):
    from w2v_studio.core.corpus.reader import Corpus
    from w2v_studio.core.engine.config import TrainConfig
    from w2v_studio.core.engine.model import TrainedModel
    from w2v_studio.qt.train.page import TrainPage
    from w2v_studio.tokenizers.pipeline import tokenize_corpus

    src = tmp_path / "ko.txt"
    src.write_text("\n".join(KO_LINES * 30) + "\n", encoding="utf-8")
    tc = tokenize_corpus(Corpus([src]), "mecab", workers=0, cache_dir=tmp_path / "cache")
    state = AppState()
    train = TrainPage(state)
    explore = ExplorePage(state)
    qtbot.addWidget(train), qtbot.addWidget(explore)
    train.set_config(TrainConfig(dim=8, epochs=1, min_count=1, threads=1, sample=0))
    train.set_corpus(tc.sentences(), tc, "Korean")
    with qtbot.waitSignal(train.run_finished, timeout=60_000):
        assert train.start()
    qtbot.waitUntil(lambda: not train.is_running(), timeout=60_000)
    assert state.vectors.tags["학교"] == "NNG" and state.vectors.tags["아버지"] == "NNG"
    assert _pos_item(explore).isEnabled()
    assert explore.questions.form_layouts[0].isRowVisible(explore.questions.pos_filter)
    train.model.save(tmp_path / "m")
    assert TrainedModel.load(tmp_path / "m").vocab_tags == state.vectors.tags
    train.wait()
    explore.shutdown()
