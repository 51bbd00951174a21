"""The Train page's Processes field: shown where several processes make sense, a real run in two
processes from the page, and the runs that cannot use them refused with the reason."""

from __future__ import annotations

import numpy as np
import pytest

from tests.qt.app_helpers import make_sentences
from w2v_studio.core.engine import process_rules
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.events import Cancelled, Finished


def _page(qtbot, monkeypatch, useful: int):
    from w2v_studio.qt.shell.state import AppState
    from w2v_studio.qt.train.page import TrainPage

    monkeypatch.setattr(process_rules, "useful_processes", lambda: useful)
    page = TrainPage(AppState())
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


@pytest.fixture
def page(qtbot, monkeypatch):
    p = _page(qtbot, monkeypatch, 2)
    yield p
    if p.is_running():
        p.stop()
    p.wait()


def test_processes_field_is_shown_with_two_cores_up_to_that_number(qtbot, page):
    spin = page.form.widget("processes")
    assert spin.isVisible()
    assert (spin.minimum(), spin.maximum()) == (1, 2)
    assert "merged" in spin.toolTip() and "CPU threads" in spin.toolTip()
    spin.setValue(2)
    assert page.config().processes == 2
    spin.setValue(5)  # above what this machine can use: the field stops at its maximum
    assert page.config().processes == 2


def test_processes_field_is_hidden_with_one_core_and_runs_stay_in_one_process(qtbot,
                                                                             monkeypatch):
    page = _page(qtbot, monkeypatch, 1)
    spin = page.form.widget("processes")
    assert not spin.isVisible()
    page.set_config(TrainConfig(processes=4))  # e.g. settings saved on a larger machine
    assert page.config().processes == 1


def test_fasttext_in_two_processes_shows_the_reason_and_starts_nothing(qtbot, page):
    page.set_config(TrainConfig(method="fasttext", processes=2, min_count=1, threads=1))
    with qtbot.assertNotEmitted(page.tokenize_requested):  # said before any tokenizing
        assert page.start() is False
    assert "fastText models cannot" in page.messages.visible_text()
    page.set_corpus(make_sentences(200), None, "generated")
    assert page.start() is False
    assert not page.is_running()
    text = page.messages.visible_text()
    assert "Processes is set to 2." in text and "fastText" in text
    assert page.model is None and page.last_event is None
    # one process is fine: the message goes once the setting changes
    page.form.widget("processes").setValue(1)
    assert "fastText models cannot" not in page.messages.visible_text()


def test_continuing_a_model_in_two_processes_is_refused_with_the_reason(qtbot, page):
    page.set_config(TrainConfig(dim=8, epochs=1, min_count=1, threads=1))
    page.set_corpus(make_sentences(300), None, "generated")
    assert page.start()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=60_000)
    first = page.model
    page.continue_box.setChecked(True)
    page.form.widget("processes").setValue(2)
    assert page.start() is False
    assert "Continuing a model cannot use several processes" in page.messages.visible_text()
    assert page.model is first


def _id_corpus(sentences, path):
    """The corpus as the app hands it to the page: an id corpus written when it was counted."""
    from w2v_studio.core.corpus.encoded import EncodedCorpus, encode_while_counting

    path.mkdir()
    for _ in encode_while_counting(sentences, path):
        pass
    return EncodedCorpus.open(path)


def test_two_processes_from_the_train_page_give_the_one_process_vocabulary(qtbot, page,
                                                                            tmp_path):
    from w2v_studio.core.engine.trainer import train

    sentences = make_sentences(400, length=10)  # 4,000 words, six groups of ten words
    config = TrainConfig(dim=16, epochs=2, min_count=1, threads=1, sample=0, seed=3)
    one = [e for e in train(config, sentences)][-1].model
    page.set_config(config.with_changes(processes=2))
    page.set_corpus(_id_corpus(sentences, tmp_path / "ids"), None, "4,000 generated words")
    assert page.start()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=120_000)
    qtbot.wait(150)  # one tick of the plot timer

    assert isinstance(page.last_event, Finished), page.messages.visible_text()
    model = page.model
    assert model.config.processes == 2
    assert model.words == one.words
    assert model.vocab.counts.tolist() == one.vocab.counts.tolist()
    assert model.input_vectors.shape == one.input_vectors.shape
    assert np.isfinite(model.input_vectors).all()
    assert page.progress.value() == 1000
    assert page.plot.epoch_marks() == [1.0, 2.0]
    assert "2 processes" in page.log.toPlainText()
    assert page.state.model is model and page.state.vectors is not None
    # the planted groups: a word's nearest neighbours are mostly from its own group
    v = page.state.vectors
    hits = sum(n.word.startswith("g0") for n in v.neighbours("g0w0", topn=5))
    assert hits >= 3


def test_stop_in_two_processes_keeps_the_vectors_trained_so_far(qtbot, page):
    page.set_config(TrainConfig(dim=16, epochs=300, min_count=1, threads=1, sample=0,
                                processes=2))
    page.set_corpus(make_sentences(2000), None, "generated")
    assert page.start()
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=60_000)
    page.start_button.click()  # the same button stops
    qtbot.waitUntil(lambda: not page.is_running(), timeout=60_000)

    assert isinstance(page.last_event, Cancelled), page.messages.visible_text()
    assert page.model is not None and page.model.status == "cancelled"
    assert page.model.input_vectors.shape == (60, 16)
    assert np.isfinite(page.model.input_vectors).all()
    assert page.state.model is page.model
    assert page.start_button.text() == "Start training"


def test_every_reason_of_the_process_rules_has_a_translation_entry():
    from w2v_studio.qt.train.page_checks import PROCESS_REASONS

    assert PROCESS_REASONS == process_rules.REASONS
