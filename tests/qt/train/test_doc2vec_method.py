"""The Train page offers doc2vec: a run gives a vector per line with the loss curve drawn, the
documents reach Explore > Documents, and the planted topics of the lines are separated."""

from __future__ import annotations

from tests.core.engine.test_doc2vec import knn_accuracy, planted
from tests.qt.train.test_page import page, run_to_end  # noqa: F401 (the page fixture)
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.doc2vec_model import DocModel
from w2v_studio.core.engine.events import Finished


def test_the_method_field_offers_doc2vec_with_a_plain_tooltip(qtbot, page):  # noqa: F811
    form = page.form
    page.set_config(TrainConfig(method="doc2vec"))
    assert form.widget("method").currentData() == "doc2vec"
    assert form.config().method == "doc2vec"
    assert "one vector per line" in form.widget("method").toolTip()
    assert "PV-DBOW" in form.widget("architecture").toolTip()


def test_a_doc2vec_run_gives_a_vector_per_line_and_a_loss_curve(qtbot, page):  # noqa: F811
    docs, labels = planted(200)
    page.set_config(TrainConfig(method="doc2vec", architecture="skipgram", dim=24, epochs=20,
                                min_count=1, threads=1, sample=0))
    page.set_corpus(docs, None, "200 generated lines")
    with qtbot.waitSignal(page.run_finished, timeout=60_000):
        assert page.start()
    run_to_end(qtbot, page)
    assert isinstance(page.last_event, Finished)
    model = page.state.model
    assert isinstance(model, DocModel) and model.doc_vectors.shape == (200, 24)
    assert model.doc_tags[:2] == ["#1", "#2"] and model.doc_texts[0] == " ".join(docs[0])
    assert model.doc_settings.mode == "dbow" and model.doc_settings.dbow_words
    assert knn_accuracy(model.doc_vectors, labels) >= 0.97
    assert len(page.plot.epoch_marks()) == 20 and page.plot.point_count() > 0


def test_lines_trained_on_the_train_page_reach_the_documents_tab(qtbot, page):  # noqa: F811
    from w2v_studio.qt.explore.documents_view import DocumentsView

    view = DocumentsView(page.state)
    qtbot.addWidget(view)
    docs, _ = planted(40)
    page.set_config(TrainConfig(method="doc2vec", architecture="cbow", dim=16, epochs=2,
                                min_count=1, threads=1))
    page.set_corpus(docs, None, "40 generated lines")
    with qtbot.waitSignal(page.run_finished, timeout=60_000):
        assert page.start()
    run_to_end(qtbot, page)
    qtbot.waitUntil(lambda: view.docs is not None, timeout=5000)
    assert view.map.words[:2] == ["#1", "#2"] and view.legend.text() == ""
    assert "PV-DM" in view.status.text()
    view.shutdown()

