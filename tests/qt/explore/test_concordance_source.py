"""The concordance tab of a model reopened from its folder: its corpus found through the model's
link, shown in the original text (real Mecab), tokenized again or relocated when needed."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.vectors.word_vectors import WordVectors
from w2v_studio.qt.explore.concordance_view import ConcordanceView
from w2v_studio.qt.explore.kwic_table import HIT_BACKGROUND
from w2v_studio.qt.shell.state import AppState
from w2v_studio.tokenizers.preview import shutdown

KO = ["어제 서울에서 열린 전시를 봤다.", "부산은 바다가 좋다", "서울의 밤, 다시 서울에서 만나요"]
FIRST = ("어제 ", "서울", "에서 열린 전시를 봤다.")


@pytest.fixture(scope="module", autouse=True)
def _stop_preview_helpers():
    yield
    shutdown()


@pytest.fixture
def cli_model(tmp_path):
    """A Korean Mecab model trained by ``w2v-studio train`` and saved to a folder."""
    from tests.cli.test_concordance_cli import train

    model, corpus = train(tmp_path, "--tokenizer", "mecab")
    return model, corpus


@pytest.fixture
def view(qtbot):
    state = AppState()
    v = ConcordanceView(state)
    qtbot.addWidget(v)
    v.resize(1000, 420)
    v.show()
    yield v
    v.stop()
    v.link_bar.stop()


def reopen(view: ConcordanceView, folder: Path) -> None:
    model = TrainedModel.load(folder)
    view.state.set_model(model, WordVectors.from_model(model), folder, None)


def lines_of(qtbot, view: ConcordanceView, word: str) -> list[tuple[str, str, str]]:
    view.show_word(word)
    qtbot.waitUntil(lambda: view.result is not None and view.result.word == word, timeout=30_000)
    return view.row_texts()


def hit_marked(view: ConcordanceView, row: int) -> bool:
    """The hit's cell shows the marker colour just above its text, the left context does not."""
    image = view.table.viewport().grab().toImage()
    hit, left = (view.table.visualRect(view.model.index(row, c)) for c in (1, 0))
    colour = image.pixelColor(hit.center().x(), hit.top() + 2)
    beside = image.pixelColor(left.center().x(), left.top() + 2)
    return colour == HIT_BACKGROUND and beside != colour


def test_a_reopened_cli_model_shows_the_original_korean_lines(qtbot, view, cli_model):
    folder, _ = cli_model
    reopen(view, folder)
    rows = lines_of(qtbot, view, "서울")
    assert view.result.total == 60 and len(rows) == 60
    assert rows[0] == FIRST  # the morpheme highlighted, its particle in the right context
    assert rows[2] == ("서울의 밤, 다시 ", "서울", "에서 만나요")
    m = view.model
    assert m.data(m.index(0, 3)) == "ko.txt:1"
    assert m.data(m.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert hit_marked(view, 0)
    tip = m.data(m.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert "어제 <span" in tip and "<b>서울</b></span>에서 열린" in tip
    assert not view.link_bar.isVisible()  # nothing to ask: cache and sources are there


def test_sorting_tokens_on_demand_and_csv_export(qtbot, view, cli_model, tmp_path):
    reopen(view, cli_model[0])
    lines_of(qtbot, view, "서울")
    view.table.horizontalHeader().sectionClicked.emit(0)  # sort by left context
    assert view.sort.currentData() == "left"
    assert view.row_texts()[0][0] == ""  # no left context sorts first
    view.table.selectRow(0)
    view.tokens_button.setChecked(True)
    assert view.tokens_label.isVisible()
    assert "[서울] 밤 다시 서울 만나" in view.tokens_label.text()
    out = tmp_path / "kwic.csv"
    assert view.export_csv(out)
    with open(out, encoding="utf-8-sig", newline="") as f:
        table = list(csv.DictReader(f))
    assert len(table) == 60 and table[0]["text"] == KO[2] and table[0]["hit"] == "서울"
    assert "60 lines written" in view.status.text()


def test_a_deleted_cache_is_tokenized_again_from_the_tab(qtbot, view, cli_model, tmp_path):
    folder, _ = cli_model
    shutil.rmtree(tmp_path / "cache" / "tokenized")
    reopen(view, folder)
    bar = view.link_bar
    qtbot.waitUntil(lambda: bar.found is not None, timeout=10_000)
    assert bar.found.state == "retokenize"
    assert bar.retokenize_button.isVisible() and "deleted" in bar.label.text()
    view.word.setText("서울")
    qtbot.mouseClick(bar.retokenize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.result is not None, timeout=60_000)  # searched when ready
    assert view.row_texts()[0] == FIRST
    assert not bar.isVisible()


def test_moved_sources_are_asked_for_and_relocated(qtbot, view, cli_model, tmp_path):
    folder, corpus = cli_model
    shutil.rmtree(tmp_path / "cache" / "tokenized")
    shutil.move(str(corpus.parent), str(tmp_path / "moved"))
    reopen(view, folder)
    bar = view.link_bar
    qtbot.waitUntil(lambda: bar.found is not None, timeout=10_000)
    assert bar.found.state == "moved"
    assert bar.locate_button.isVisible() and str(corpus.resolve()) in bar.label.text()
    bar.relocate_to(tmp_path)  # what the folder dialog does with the folder chosen
    qtbot.waitUntil(lambda: bar.found is not None and bar.found.state == "retokenize",
                    timeout=10_000)  # fmt: skip
    assert view.state.model.corpus_info["link"]["files"][0]["path"] == str(
        (tmp_path / "moved" / "ko.txt").resolve())  # saved with the model next time
    bar.retokenize()
    view.word.setText("바다")
    qtbot.waitUntil(lambda: view.result is not None, timeout=60_000)
    assert view.row_texts()[0] == ("부산은 ", "바다", "가 좋다")


def test_a_model_trained_in_the_window_keeps_its_corpus_after_saving(qtbot, view, tmp_path):
    from w2v_studio.core.corpus.reader import Corpus
    from w2v_studio.qt.train.page import TrainPage
    from w2v_studio.tokenizers.pipeline import tokenize_corpus

    src = tmp_path / "ko.txt"
    src.write_text("\n".join(KO * 20) + "\n", encoding="utf-8")
    tc = tokenize_corpus(Corpus([src]), "mecab", {}, workers=0)
    page = TrainPage(AppState())
    qtbot.addWidget(page)
    page.set_config(TrainConfig(dim=8, epochs=1, min_count=1, threads=1, sample=0))
    page.set_corpus(tc.sentences(), tc, "Korean")
    with qtbot.waitSignal(page.run_finished, timeout=60_000):
        assert page.start()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=30_000)
    page.model.save(tmp_path / "gui-model")

    reopen(view, tmp_path / "gui-model")
    assert lines_of(qtbot, view, "서울")[0] == FIRST


def test_screenshot_of_the_korean_concordance(qtbot, view, cli_model):
    reopen(view, cli_model[0])
    lines_of(qtbot, view, "서울")
    view.table.selectRow(0)
    view.tokens_button.setChecked(True)
    qtbot.wait(50)
    assert view.grab().save("/tmp/kwic.png")


def test_a_column_of_a_table_trained_in_the_window_is_shown_as_its_text(qtbot, window, tmp_path):
    """Corpus page (TSV, text column) -> Train -> saved -> reopened: the concordance shows
    the review column as written, with the file's own line numbers."""
    from w2v_studio.core.engine.events import Finished

    tsv = tmp_path / "ratings.txt"
    rows = [f"{i}\t{KO[i % 3]}\t{i % 2}" for i in range(60)]
    tsv.write_text("id\tdocument\tlabel\n" + "\n".join(rows) + "\n", encoding="utf-8")
    cp, tp = window.corpus_page, window.train_page
    cp.column_edit.setText("document")  # before the files: read with the column at once
    cp.add_paths([tsv])
    qtbot.waitUntil(lambda: cp._scan is not None and cp._scan.corpus.column == "document",
                    timeout=30_000)  # fmt: skip
    qtbot.waitUntil(lambda: cp.tok_combo.count() > 0, timeout=30_000)
    cp.set_tokenizer("mecab", {})
    tp.set_config(TrainConfig(dim=8, epochs=1, min_count=1, threads=1, sample=0))
    tp.start_button.click()  # tokenizes first, then trains
    qtbot.waitUntil(lambda: isinstance(tp.last_event, Finished), timeout=90_000)
    qtbot.waitUntil(lambda: not tp.is_running(), timeout=10_000)
    link = window.state.model.corpus_info["link"]
    assert link["column"] == "document" and link["files"][0]["sha256"]
    window.state.model.save(tmp_path / "m")

    conc = window.explore_page.concordance
    reopen(conc, tmp_path / "m")
    assert lines_of(qtbot, conc, "서울")[0] == FIRST
    assert conc.model.data(conc.model.index(0, 3)) == "ratings.txt:2"  # after the header


def test_moved_sources_with_the_cache_kept_show_tokens_until_located(qtbot, view, cli_model,
                                                                     tmp_path):
    folder, corpus = cli_model
    shutil.move(str(corpus.parent), str(tmp_path / "moved"))
    reopen(view, folder)
    bar = view.link_bar
    assert lines_of(qtbot, view, "서울")[0] == ("어제 ", "서울", " 열린 전시 봤")  # tokens
    assert bar.found.state == "cached" and bar.locate_button.isVisible()
    tip = view.model.data(view.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "the tokens are shown instead of the text" in tip
    view.result = None
    bar.relocate_to(tmp_path / "moved")
    qtbot.waitUntil(lambda: view.result is not None, timeout=30_000)  # searched again
    assert bar.found.state == "ready" and view.row_texts()[0] == FIRST


def test_closing_while_tokenizing_again_stops_the_job(qtbot, view, cli_model, tmp_path):
    from PySide6.QtCore import QThread

    shutil.rmtree(tmp_path / "cache" / "tokenized")
    reopen(view, cli_model[0])
    bar = view.link_bar
    qtbot.waitUntil(lambda: bar.found is not None, timeout=10_000)
    bar.retokenize()
    assert bar.busy() and bar.progress.isVisible()
    view.stop()  # what the Explore page does when the window closes
    assert not bar.busy()
    assert all(t.isFinished() for t in bar.findChildren(QThread))
