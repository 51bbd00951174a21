"""Issue 12 item 3 and issue 14 item 5: a project is the whole workspace. Each test sets part of
it up in the real main window, saves the project, starts a new window (a restart) and opens the
file there: corpus and tokenizer with the Train page's corpus, settings, model (also one saved
with the project because it was not), second model, evaluation files and results, the map and
the word sets come back."""

# ruff: noqa: F811
from __future__ import annotations

import json

import numpy as np
import pytest

from tests.qt.app_helpers import write_corpus
from tests.safety.gui_helpers import answers, give_unsaved_model, win  # noqa: F401
from w2v_studio.core.analysis.word_sets import WordSet
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.engine.vocab import Vocab

WORDS = [f"g{g}w{i}" for g in range(6) for i in range(10)]  # write_corpus's vocabulary


def make_model(seed: int, dim: int = 8) -> TrainedModel:
    """A finished model over the corpus's words (random vectors: only what is shown matters)."""
    vocab = Vocab.from_counts({w: 100 - i for i, w in enumerate(WORDS)}, min_count=1)
    vectors = np.random.default_rng(seed).normal(size=(len(vocab.words), dim)).astype(np.float32)
    return TrainedModel(vocab=vocab, config=TrainConfig(dim=dim, min_count=1),
                        input_vectors=vectors, output_vectors=np.zeros_like(vectors),
                        epochs_done=5, status="finished")  # fmt: skip


@pytest.fixture
def restart(qtbot, settings):
    """A new main window on the same settings and caches, as after quitting and starting."""
    from w2v_studio.qt.shell.main_window import MainWindow

    made = []

    def start():
        w = MainWindow(settings)
        w.confirm_close = False
        qtbot.addWidget(w)
        w.resize(1200, 800)
        w.show()
        qtbot.waitUntil(lambda: w.corpus_page.tok_combo.count() > 0, timeout=30_000)
        made.append(w)
        return w

    yield start
    for w in made:
        w.corpus_page.shutdown()
        w.explore_page.shutdown()
        w.evaluate_page.shutdown()
        w.model_io.wait()


def open_model(qtbot, window, path) -> None:
    with qtbot.waitSignal(window.state.model_changed, timeout=30_000):
        window.model_io.open_model(path, ask=False)


def test_the_train_page_has_the_cached_corpus_after_the_project_opens(
    qtbot, window, restart, tmp_path
):
    corpus = write_corpus(tmp_path / "data" / "c.txt", n=200)
    cp = window.corpus_page
    cp.add_paths([corpus])
    qtbot.waitUntil(lambda: cp.tok_combo.count() > 0 and cp._scan is not None, timeout=30_000)
    cp.set_tokenizer("whitespace", {"lowercase": True})
    window.train_page.set_config(TrainConfig(dim=24, window=3, epochs=2, min_count=2))
    with qtbot.waitSignal(cp.tokenized_ready, timeout=60_000):
        cp.tokenize()
    assert window.project_io.save(tmp_path / "study.w2vproj")

    other = restart()
    tp = other.train_page
    assert "No tokenized corpus yet" in tp.corpus_label.text()
    progress = []
    other.corpus_page.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(other.corpus_page.tokenized_ready, timeout=30_000):
        assert other.project_io.open(tmp_path / "study.w2vproj")
    assert progress and progress[-1] == 1000  # taken from the cache, with its progress
    assert tp._sentences is not None
    assert tp.corpus_label.text() == "Corpus: 1 file(s), 200 lines, 2,400 tokens, tokenizer " \
                                     "whitespace"
    assert other.corpus_page.paths() == [str(corpus.resolve())]
    assert other.corpus_page.tokenizer_options()["lowercase"] is True
    cfg = tp.config()
    assert (cfg.dim, cfg.window, cfg.epochs, cfg.min_count) == (24, 3, 2, 2)


def test_a_corpus_not_in_the_cache_is_not_tokenized_when_the_project_opens(
    qtbot, window, restart, tmp_path
):
    corpus = write_corpus(tmp_path / "c.txt", n=50)
    window.corpus_page.add_paths([corpus])
    qtbot.waitUntil(lambda: window.corpus_page._scan is not None, timeout=30_000)
    assert window.project_io.save(tmp_path / "study.w2vproj")
    other = restart()
    assert other.project_io.open(tmp_path / "study.w2vproj")
    qtbot.waitUntil(lambda: other.corpus_page._scan is not None, timeout=30_000)
    qtbot.wait(300)  # the cache lookup ends: nothing is tokenized behind the user's back
    assert other.corpus_page._tok_thread is None
    assert other.train_page._sentences is None


def test_the_model_the_second_model_and_the_map_come_back(qtbot, window, restart, tmp_path):
    main, second = tmp_path / "models" / "main", tmp_path / "models" / "cbow"
    make_model(1).save(main)
    make_model(2).save(second)
    open_model(qtbot, window, main)
    compare = window.explore_page.compare
    compare.load(second)
    qtbot.waitUntil(lambda: compare.other is not None, timeout=30_000)
    page = window.explore_page
    window.tabs.setCurrentWidget(page)
    page.controls.text.setText("")
    page.controls.set_method("tsne")
    page.controls.colour.setCurrentIndex(page.controls.colour.findData("cluster"))
    page.controls.k.setValue(5)
    from w2v_studio.core.explore.word_selection import WordChoice

    with qtbot.waitSignal(page.placed, timeout=120_000):
        assert page.place(WordChoice("list", 40, " ".join(WORDS[:40])))
    words, xy = list(page.placed_words), page.xy.copy()
    path = window.project_io.save(tmp_path / "study.w2vproj")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["model_dir"] == "models/main" and data["compare"]["model"] == "models/cbow"
    assert data["map"]["method"] == "tsne" and data["map"]["source"] == "list"

    other = restart()
    with qtbot.waitSignal(other.state.model_changed, timeout=30_000):
        assert other.project_io.open(path)
    assert other.state.model_dir == main.resolve()
    assert other.state.vectors.words == make_model(1).vocab.words
    np.testing.assert_array_equal(other.state.vectors.vectors,
                                  make_model(1).input_vectors)  # fmt: skip
    other_compare = other.explore_page.compare
    qtbot.waitUntil(lambda: other_compare.other is not None, timeout=30_000)
    assert other_compare.other_path == second.resolve() and other_compare.other_name == "cbow"
    other_page = other.explore_page
    other.tabs.setCurrentWidget(other_page)
    qtbot.waitUntil(lambda: bool(other_page.placed_words), timeout=10_000)
    assert other_page._thread is None  # the t-SNE layout came from the cache, not recomputed
    assert (other_page.method, other_page.placed_words) == ("tsne", words)
    np.testing.assert_array_equal(other_page.xy, xy)
    assert (other_page.controls.colour_mode(), other_page.controls.k.value()) == ("cluster", 5)
    assert not other.project_io.has_unsaved_changes()


def test_a_map_on_semantic_axes_comes_back_with_its_word_sets(qtbot, window, restart, tmp_path):
    make_model(5).save(tmp_path / "model")
    open_model(qtbot, window, tmp_path / "model")
    page = window.explore_page
    window.tabs.setCurrentWidget(page)
    page.controls.axes.x_from.setText("g0w0 g0w1")
    page.controls.axes.x_to.setText("g3w0 g3w1")
    page.controls.count.setValue(30)
    page.controls.set_method("axes")
    assert page.place()
    assert page.method == "axes" and len(page.placed_words) == 30
    words, xy = list(page.placed_words), page.xy.copy()
    path = window.project_io.save(tmp_path / "study.w2vproj")

    other = restart()
    assert other.project_io.open(path)
    other_page = other.explore_page
    other.tabs.setCurrentWidget(other_page)
    qtbot.waitUntil(lambda: bool(other_page.placed_words), timeout=30_000)
    assert (other_page.method, other_page.placed_words) == ("axes", words)
    np.testing.assert_allclose(other_page.xy, xy, rtol=1e-6)


def test_evaluation_files_and_their_last_results_come_back(qtbot, window, restart, tmp_path):
    make_model(3).save(tmp_path / "model")
    open_model(qtbot, window, tmp_path / "model")
    ws = tmp_path / "eval" / "pairs.tsv"
    ws.parent.mkdir()
    ws.write_text("".join(f"{a}\t{b}\t{s}\n" for a, b, s in [
        ("g0w0", "g0w1", 9.0), ("g0w0", "g1w1", 2.0), ("g2w3", "g2w4", 8.5),
        ("g3w0", "g4w0", 1.0), ("g5w5", "g5w6", 7.0), ("g1w2", "nosuchword", 5.0)]),
        encoding="utf-8")  # fmt: skip
    ev = window.evaluate_page
    ev.add_files([ws])
    with qtbot.waitSignal(ev.finished, timeout=30_000):
        ev.run()
    before = ev.outcomes[0].result
    path = window.project_io.save(tmp_path / "study.w2vproj")
    assert json.loads(path.read_text(encoding="utf-8"))["evaluation"]["files"] == [
        "eval/pairs.tsv"]

    other = restart()
    assert other.project_io.open(path)
    oev = other.evaluate_page
    qtbot.waitUntil(lambda: bool(oev.outcomes), timeout=30_000)
    assert oev.paths() == [str(ws.resolve())]
    after = oev.outcomes[0].result
    assert (after.pairs, after.used, after.missing_words) == (6, 5, ("nosuchword",))
    assert after.spearman == pytest.approx(before.spearman)
    assert oev.results.count() == 1  # its table is shown, as after the run
    assert not other.project_io.has_unsaved_changes()


def test_word_sets_come_back_in_their_places(qtbot, window, restart, tmp_path):
    weat = window.analysis_page.weat
    weat.boxes["X"].set_word_set(WordSet("꽃", ["장미", "튤립", "국화"]))
    weat.boxes["A"].set_word_set(WordSet("pleasant", ["love", "peace"]))
    window.analysis_page.axes.fields["x+"].setText("good, great")
    window.explore_page.controls.axes.x_from.setText("g0w0 g0w1")
    window.explore_page.controls.axes.x_to.setText("g1w0")
    path = window.project_io.save(tmp_path / "study.w2vproj")
    stored = json.loads(path.read_text(encoding="utf-8"))["word_sets"]
    assert {s["role"]: (s["name"], s["words"]) for s in stored} == {
        "weat.X": ("꽃", ["장미", "튤립", "국화"]), "weat.A": ("pleasant", ["love", "peace"]),
        "axes.x+": ("x+", ["good", "great"]), "map.x_from": ("x_from", ["g0w0", "g0w1"]),
        "map.x_to": ("x_to", ["g1w0"])}

    other = restart()
    other.analysis_page.weat.boxes["Y"].set_word_set(WordSet("stale", ["old"]))
    assert other.project_io.open(path)
    boxes = other.analysis_page.weat.boxes
    assert boxes["X"].word_set().name == "꽃" and boxes["X"].word_set().words == ["장미", "튤립",
                                                                                "국화"]
    assert boxes["A"].word_set().words == ["love", "peace"]
    assert boxes["Y"].word_set().words == []  # the project had none: the old one is gone
    assert other.analysis_page.axes.fields["x+"].text() == "good great"
    axes = other.explore_page.controls.axes
    assert (axes.x_from.text(), axes.x_to.text(), axes.y_from.text()) == ("g0w0 g0w1", "g1w0", "")
    assert not other.project_io.has_unsaved_changes()


def test_an_unsaved_model_is_saved_with_the_project_and_opens_with_it(
    qtbot, win, answers, restart, tmp_path
):
    model = make_model(4)
    give_unsaved_model(win, model)
    answers.will("Save")  # "The model is not saved … Save the model in study-model?"
    path = win.project_io.save(tmp_path / "study.w2vproj")
    assert "study-model" in answers.asked[0]
    assert json.loads(path.read_text(encoding="utf-8"))["model_dir"] == "study-model"

    other = restart()
    with qtbot.waitSignal(other.state.model_changed, timeout=30_000):
        assert other.project_io.open(path)
    assert other.state.model_dir == (tmp_path / "study-model").resolve()
    assert other.state.vectors.words == model.vocab.words
    np.testing.assert_array_equal(other.state.vectors.vectors, model.input_vectors)


def test_parts_of_the_project_that_moved_are_named(qtbot, window, tmp_path):
    (tmp_path / "study.w2vproj").write_text(json.dumps({
        "schema_version": 3, "model_dir": "gone-model", "compare": {"model": "gone.vec"},
        "evaluation": {"files": ["gone.tsv"]}}), encoding="utf-8")  # fmt: skip
    assert window.project_io.open(tmp_path / "study.w2vproj")
    text = window.messages.visible_text()
    assert "not where it expects them" in text
    for name in ("gone-model", "gone.vec", "gone.tsv"):
        assert name in text
    assert window.explore_page.compare.other is None


def test_word_sets_no_page_shows_are_kept_when_the_project_is_saved_again(qtbot, window, tmp_path):
    (tmp_path / "old.w2vproj").write_text(json.dumps({"schema_version": 3, "word_sets": [
        {"role": "slices.decade", "name": "1990s", "words": ["삐삐", "PC통신"]},
        {"role": "weat.B", "name": "unpleasant", "words": ["war"]}]}),
        encoding="utf-8")  # fmt: skip
    assert window.project_io.open(tmp_path / "old.w2vproj")
    assert window.analysis_page.weat.boxes["B"].word_set().words == ["war"]
    path = window.project_io.save(tmp_path / "new.w2vproj")
    stored = json.loads(path.read_text(encoding="utf-8"))["word_sets"]
    assert {"role": "slices.decade", "name": "1990s", "words": ["삐삐", "PC통신"],
            "source": ""} in stored


def test_a_project_folder_moved_elsewhere_opens_its_model_and_files_from_the_new_place(
    qtbot, window, restart, tmp_path
):
    folder = tmp_path / "study"
    make_model(6).save(folder / "model")
    make_model(7).save(folder / "other")
    (folder / "pairs.tsv").write_text("g0w0\tg0w1\t9\ng0w0\tg1w1\t2\ng2w3\tg2w4\t8\n",
                                      encoding="utf-8")
    open_model(qtbot, window, folder / "model")
    window.explore_page.compare.load(folder / "other")
    qtbot.waitUntil(lambda: window.explore_page.compare.other is not None, timeout=30_000)
    window.evaluate_page.add_files([folder / "pairs.tsv"])
    assert window.project_io.save(folder / "study.w2vproj")
    moved = tmp_path / "elsewhere"
    folder.rename(moved)

    other = restart()
    with qtbot.waitSignal(other.state.model_changed, timeout=30_000):
        assert other.project_io.open(moved / "study.w2vproj")
    assert other.state.model_dir == (moved / "model").resolve()
    qtbot.waitUntil(lambda: other.explore_page.compare.other is not None, timeout=30_000)
    assert other.explore_page.compare.other_path == (moved / "other").resolve()
    qtbot.waitUntil(lambda: bool(other.evaluate_page.paths()), timeout=10_000)
    assert other.evaluate_page.paths() == [str((moved / "pairs.tsv").resolve())]
    assert "not where it expects" not in other.messages.visible_text()
