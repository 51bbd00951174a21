"""The Train page offers fastText (subwords): the method and word-piece fields reach the
settings, and a run gives vectors that answer a word the corpus never had."""

from __future__ import annotations

from tests.core.engine.test_subword_training import inflected_corpus
from tests.qt.train.test_page import page, run_to_end  # noqa: F401 (the page fixture)
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.events import Finished


def test_the_method_and_word_pieces_fields_set_the_settings(qtbot, page):  # noqa: F811
    form = page.form
    page.set_config(TrainConfig(method="fasttext", subword="jamo", min_count=1))
    assert form.widget("method").currentData() == "fasttext"
    assert form.widget("subword").currentData() == "jamo"
    assert form.config().method == "fasttext" and form.config().subword == "jamo"
    form.widget("method").setCurrentIndex(form.widget("method").findData("word2vec"))
    assert form.config().method == "word2vec"
    assert "pieces of words" in form.widget("method").toolTip()


def test_a_fasttext_run_answers_an_unseen_word(qtbot, page):  # noqa: F811
    page.set_config(TrainConfig(method="fasttext", buckets=20_000, dim=24,
                                window=3, epochs=10, min_count=1, threads=1, sample=0))
    page.set_corpus(inflected_corpus(), None, "600 generated sentences")
    with qtbot.waitSignal(page.run_finished, timeout=60_000):
        assert page.start()
    run_to_end(qtbot, page)
    assert isinstance(page.last_event, Finished)
    wv = page.state.vectors
    assert "walked" not in wv and wv.built_from_ngrams("walked")
    assert "walk" in [n.word for n in wv.neighbours("walked", topn=3)]
