"""Training through the real Train page with the real engine on tiny generated corpora."""

from __future__ import annotations

import math

import numpy as np
import pytest

from tests.qt.app_helpers import make_sentences
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.events import Cancelled, Failed, Finished, Progress


@pytest.fixture
def page(qtbot):
    from w2v_studio.qt.shell.state import AppState
    from w2v_studio.qt.train.page import TrainPage

    state = AppState()
    p = TrainPage(state)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    yield p
    if p.is_running():
        p.stop()
    p.wait()


def run_to_end(qtbot, page, timeout=60_000):
    qtbot.waitUntil(lambda: not page.is_running(), timeout=timeout)
    qtbot.wait(150)  # one tick of the plot timer


def test_training_shows_loss_curve_and_finished_state(qtbot, page):
    page.set_config(TrainConfig(dim=16, epochs=3, min_count=1, threads=1, sample=0))
    page.set_corpus(make_sentences(3000), None, "3,000 generated sentences")
    with qtbot.waitSignal(page.run_finished, timeout=60_000):
        assert page.start()
        assert page.start_button.text() == "Stop"
    run_to_end(qtbot, page)

    assert isinstance(page.last_event, Finished)
    assert page.plot.point_count() >= 3
    assert page.plot.epoch_marks() == [1.0, 2.0, 3.0]
    values = page.plot.values()
    assert np.isfinite(values).all()
    # the x axis spans the whole run from the start; the y axis holds every point
    (x0, x1), (y0, y1) = page.plot.plot.viewRange()
    assert (x0, x1) == pytest.approx((0.0, 3.0))
    assert y0 <= values.min() and values.max() <= y1
    assert page.summary_box.isVisible()
    assert page.summary.text().startswith("Finished: 3 epochs")
    assert page.start_button.text() == "Start training"
    assert page.progress.value() == 1000
    assert "Epoch 3/3 done" in page.log.toPlainText()
    # the model reaches the rest of the app
    assert page.state.model is page.model
    assert page.state.vectors is not None
    assert page.model.input_vectors.shape == (60, 16)

    # changing a setting afterwards says so
    page.form.widget("window").setValue(3)
    assert "Settings changed; press Start to train again." in page.messages.visible_text()


def test_stop_mid_run_keeps_a_usable_partial_model(qtbot, page):
    page.set_config(TrainConfig(dim=16, epochs=200, min_count=1, threads=1, sample=0))
    page.set_corpus(make_sentences(20000), None, "generated")
    assert page.start()
    # the bar has moved (a Progress event arrived; EpochEnd events may follow it within ms)
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=60_000)
    page.start_button.click()  # the same button stops
    run_to_end(qtbot, page)

    ev = page.last_event
    assert isinstance(ev, Cancelled)
    assert ev.fraction < 1
    text = page.messages.visible_text()
    assert "The partial model is kept" in text
    assert page.messages.level_of("run") == "info"
    model = page.state.model
    assert model is ev.model and model.status == "cancelled"
    assert np.isfinite(model.input_vectors).all()
    # usable: neighbours come back from the query object
    neighbours = page.state.vectors.neighbours("g0w1", topn=3)
    assert len(neighbours) == 3
    assert page.start_button.text() == "Start training"


def test_bad_settings_and_missing_corpus_are_explained_inline(qtbot, page):
    page.form.widget("min_alpha").setValue(0.5)  # above the learning rate
    assert not page.start()
    assert "min_alpha must be between 0 and alpha" in page.messages.visible_text()
    page.form.widget("min_alpha").setValue(0.0001)
    with qtbot.waitSignal(page.tokenize_requested, timeout=1000):
        assert not page.start()  # no corpus yet: asks the corpus page to tokenize
    assert "Tokenizing the corpus first" in page.messages.visible_text()


def test_failed_run_is_shown_in_the_page(qtbot, page):
    # min_count above every word count: the engine reports Failed; the page shows it
    page.set_config(TrainConfig(dim=8, epochs=1, min_count=10**6, threads=1))
    page.set_corpus(make_sentences(50), None, "tiny")
    assert page.start()
    run_to_end(qtbot, page)
    assert isinstance(page.last_event, Failed)
    assert page.messages.level_of("run") == "error"
    assert "min_count" in page.messages.visible_text()


def test_presets_fill_the_form(qtbot, page):
    idx = page.preset_combo.findData("quality")
    page.preset_combo.setCurrentIndex(idx)
    page.preset_combo.activated.emit(idx)
    cfg = page.config()
    assert (cfg.dim, cfg.window, cfg.architecture) == (300, 8, "skipgram")
    page.form.widget("dim").setValue(123)
    assert page.preset_combo.currentData() == ""  # now custom
    assert math.isclose(page.config().alpha, 0.025)


def test_the_engine_is_warmed_up_in_the_background(qtbot, page):
    """The kernels load in a background thread when the page opens (core.warmup)."""
    qtbot.waitUntil(page.engine_ready, timeout=60_000)
    assert page._warm_thread.isFinished()


def test_loss_axis_range_moves_in_steps_not_with_every_point(qtbot):
    """Each range change redraws the axes (slow): a falling curve of 60 points changes the
    y range a few times, and the x axis spans the whole run from the first point."""
    from w2v_studio.qt.train.loss_plot import LossPlot, y_range_for

    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.reset(epochs=4)
    ranges = []
    for i in range(60):
        x = 4 * (i + 1) / 60
        plot.append(x, 2.0 + 3.0 * math.exp(-x))
        plot._flush()
        ranges.append(plot.y_range())
        lo, hi = ranges[-1]
        assert lo <= plot.values().min() and plot.values().max() <= hi
        assert plot.plot.viewRange()[0] == pytest.approx([0.0, 4.0])
    changes = sum(a != b for a, b in zip(ranges, ranges[1:], strict=False))
    assert changes <= 6
    assert y_range_for(1.0, 1.0, None)[0] < 1.0 < y_range_for(1.0, 1.0, None)[1]


def test_full_softmax_with_a_large_vocabulary_is_warned_before_a_run(qtbot, page, tmp_path):
    from w2v_studio.core.corpus.encoded import EncodedCorpus, write_encoded

    lines = [[f"w{i}", f"w{i + 1}", f"w{i + 2}"] for i in range(0, 7000, 2)]
    write_encoded(tmp_path, lines)
    page.set_corpus(EncodedCorpus.open(tmp_path), None, "7,000 words")
    page.set_config(TrainConfig(objective="softmax", min_count=1, negative=5))
    text = page.messages.visible_text()
    assert "Full softmax scores all 7,001 vocabulary words" in text
    assert "1,167× slower" in text
    page.form.widget("max_final_vocab").setValue(2000)  # a few thousand words: no warning
    assert "Full softmax" not in page.messages.visible_text()
    page.form.widget("max_final_vocab").setValue(0)
    page.set_config(TrainConfig(objective="negative", min_count=1))
    assert "Full softmax" not in page.messages.visible_text()


def test_continue_training_the_stopped_model(qtbot, page):
    assert not page.continue_box.isEnabled()  # nothing to continue yet
    page.set_config(TrainConfig(dim=16, epochs=2, min_count=1, threads=1, sample=0))
    page.set_corpus(make_sentences(3000), None, "3,000 generated sentences")
    assert page.start()
    assert not page.continue_box.isEnabled()  # not while a run is going
    run_to_end(qtbot, page)
    first = page.model
    before = first.input_vectors.copy()
    assert page.continue_box.isEnabled()

    page.continue_box.setChecked(True)
    page.set_config(TrainConfig(dim=32, epochs=1, min_count=1, threads=1, sample=0))
    assert page.start()
    run_to_end(qtbot, page)
    assert isinstance(page.last_event, Finished)
    more = page.model
    assert more is not first and more.epochs_done == 3
    assert more.dim == 16 and more.words == first.words  # the model's own shape and words
    assert not np.array_equal(more.input_vectors, before)
    np.testing.assert_array_equal(first.input_vectors, before)  # the earlier model untouched
    assert "Continuing the current model" in page.log.toPlainText()
    assert page.summary.text().startswith("Finished: 3 epochs")


def test_the_log_is_written_again_in_a_new_language(qtbot, page, translations):
    from w2v_studio.qt.shell import i18n

    page.set_config(TrainConfig(dim=8, epochs=2, min_count=1, threads=1, sample=0))
    page.set_corpus(make_sentences(300), None, "300 generated sentences")
    with qtbot.waitSignal(page.run_finished, timeout=60_000):
        assert page.start()
    assert "Epoch 1/2 done" in page.log.toPlainText()
    try:
        i18n.install_language("ko")
        qtbot.waitUntil(lambda: "Epoch 1/2 done" not in page.log.toPlainText(), timeout=5000)
        assert "에포크" in page.log.toPlainText()
    finally:
        i18n.install_language("en")
    qtbot.waitUntil(lambda: "Epoch 1/2 done" in page.log.toPlainText(), timeout=5000)


def test_a_run_that_would_not_fit_in_memory_is_refused_before_it_starts(
    qtbot, page, tmp_path, monkeypatch
):
    from w2v_studio.core.corpus.encoded import EncodedCorpus, write_encoded
    from w2v_studio.core.engine import memory_estimate

    lines = [[f"w{(i * 7 + j) % 5000}" for j in range(20)] for i in range(2000)]
    write_encoded(tmp_path, lines)
    page.set_corpus(EncodedCorpus.open(tmp_path), None, "40,000 words")
    monkeypatch.setattr(memory_estimate, "available_memory", lambda: 50_000_000)  # a 50 MB box
    # 5,000 words x 2,000 dimensions x 2 matrices x 4 bytes = 80 MB of vectors alone
    page.set_config(TrainConfig(dim=2000, min_count=1, epochs=1, threads=1))
    assert not page.start()
    text = page.messages.visible_text()
    assert "80.0 MB" in text and "5,000 words" in text and "50.0 MB" in text
    assert not page.is_running()
    page.set_config(TrainConfig(dim=50, min_count=1, epochs=1, threads=1))
    assert page.start()  # small enough: it runs
    run_to_end(qtbot, page)


def test_full_softmax_reports_progress_every_second_and_stops_within_one(qtbot, page):
    """Full softmax scores every vocabulary word per example: the page still hears from the
    run at least once a second, and Stop is honoured within a second."""
    import random
    import time

    rng = random.Random(0)
    words = [f"w{i}" for i in range(4000)]
    sentences = [[rng.choice(words) for _ in range(20)] for _ in range(4000)]
    page.set_config(TrainConfig(objective="softmax", dim=50, min_count=1, epochs=3, threads=2,
                                sample=0))
    page.set_corpus(sentences, None, "80,000 words, 4,000 types")
    times: list[float] = []
    assert page.start()
    page._thread.event.connect(
        lambda ev: times.append(time.monotonic()) if isinstance(ev, Progress) else None
    )
    qtbot.waitUntil(lambda: len(times) >= 6, timeout=30_000)
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert max(gaps) < 1.0, gaps
    asked = time.monotonic()
    page.stop()
    run_to_end(qtbot, page, timeout=10_000)
    assert time.monotonic() - asked < 1.5  # 1 s for the engine, the rest is the test's polling
    assert isinstance(page.last_event, Cancelled)
