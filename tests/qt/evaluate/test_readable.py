"""Evaluate page a linguist can read: every question with the model's answer and the rank of
the expected word (filter all / wrong / skipped), the unknown words, why a section was skipped
(real Mecab), test words looked up through the model's tokenizer, standard sets fetched from a
local server with their citation, and the page's part of a project saved and restored."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import http.server
import json
import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.qt.explore_data import run_evaluation
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.engine.vocab import Vocab
from w2v_studio.core.evaluate.analogy import evaluate_analogies
from w2v_studio.core.evaluate.standard_sets import STANDARD_SETS
from w2v_studio.core.vectors.word_vectors import WordVectors
from w2v_studio.qt.evaluate.page import EvaluatePage
from w2v_studio.qt.evaluate.questions_model import RAW
from w2v_studio.qt.evaluate.sets_dialog import StandardSetsDialog
from w2v_studio.qt.shell.state import AppState

NOUNS = ["자동차", "비행기", "학교", "학생", "사람", "영화", "음악", "도시"]


@pytest.fixture(scope="module")
def korean():
    """A morpheme-level model (nouns, no particles) recording Mecab as its tokenizer."""
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(len(NOUNS), 12)).astype(np.float32)
    vocab = Vocab(NOUNS, np.arange(len(NOUNS), 0, -1) * 10)
    model = TrainedModel(vocab, TrainConfig(dim=12, min_count=1), vectors, status="finished",
                         corpus_info={"tokenizer": "mecab", "tokenizer_options": {}})  # fmt: skip
    return model, WordVectors.from_model(model)


@pytest.fixture
def ko_file(tmp_path):
    path = tmp_path / "ko_analogy.txt"
    lines = [": syn1_case"] + [f"{a} {a}를 {b} {b}를" for a in NOUNS[:3] for b in NOUNS[3:6]]
    lines += [": sem", "자동차 비행기 학교 학생", "사람 영화 음악 도시", "사람 영화 음악 고양이"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def page(qtbot, korean):
    state = AppState()
    page = EvaluatePage(state)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    state.set_model(korean[0], korean[1], None, None)
    yield page
    page.shutdown()


run = run_evaluation


def _mecab_or_skip():
    from w2v_studio.tokenizers.registry import unavailable_reason

    if reason := unavailable_reason("mecab"):
        pytest.skip(f"Mecab: {reason}")


def _column(view, col: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    m = view.model()
    return [m.index(r, col).data(role) for r in range(m.rowCount())]


def test_question_table_filters_and_unknown_words(page, qtbot, korean, ko_file):
    _mecab_or_skip()
    page.add_files([ko_file])
    run(page, qtbot)
    core = evaluate_analogies(korean[1], ko_file)
    view = page.results.widget(0)
    assert _column(view.questions, 0, RAW) == [q.line for q in core.questions]
    assert _column(view.questions, 7, RAW) == [q.rank for q in core.questions]
    assert _column(view.questions, 6) == [q.answer or "" for q in core.questions]
    view.set_show("skipped")
    shown = _column(view.questions, 8)
    assert len(shown) == core.overall.skipped == 10
    assert "skipped: unknown word 자동차를, 학생를" in shown
    assert "skipped: unknown word 고양이" in shown
    view.set_show("wrong")
    wrong = _column(view.questions, 8)
    assert wrong == ["wrong"] * (core.overall.answered - core.overall.correct)
    assert view.count_label.text().startswith(f"{len(wrong)} of 12 questions shown")
    assert _column(view.unknown, 0) == [u.word for u in core.unknown]
    assert _column(view.unknown, 1, RAW)[:3] == [3, 3, 3]  # 자동차를, 비행기를, 학교를


def test_why_skipped_sentence_and_tokenizer_lookup(page, qtbot, ko_file):
    _mecab_or_skip()
    page.add_files([ko_file])
    run(page, qtbot)
    notes = page.results.widget(0).notes.toPlainText()
    assert "syn1_case: 9 of 9 questions skipped: 9 have a test word in an inflected form" in notes
    assert "Train with particles kept or with whitespace tokens" in notes
    assert "sem: 1 of 3 questions skipped: 1 have a test word that is not in the vocabulary" \
        in notes
    page.lookup.setChecked(True)
    outcomes = run(page, qtbot)
    syn = outcomes[0].result.sections[0]
    assert (syn.answered, syn.skipped) == (9, 0)
    notes = page.results.widget(0).notes.toPlainText()
    found = "6 test words were found through the model's tokenizer (e.g. 자동차를 → 자동차"
    assert found in notes


def test_standard_sets_dialog_downloads_converts_and_adds(page, qtbot, tmp_path):
    csv_text = "\ufeffword 1,word 2,kor_score\r\n자동차,비행기,6.5\r\n학교,학생,7.0\r\n"
    root = tmp_path / "www"
    root.mkdir()
    (root / "WS353_korean.csv").write_text(csv_text, encoding="utf-8")
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    data = csv_text.encode("utf-8")
    ko = dataclasses.replace(
        STANDARD_SETS[0], url=f"http://127.0.0.1:{httpd.server_address[1]}/WS353_korean.csv",
        sha256=hashlib.sha256(data).hexdigest(), size=len(data))  # fmt: skip
    try:
        dialog = StandardSetsDialog(page, sets=[ko, *STANDARD_SETS[1:]], cache_dir=tmp_path)
        qtbot.addWidget(dialog)
        dialog.fetched.connect(page.add_files)
        assert "Park, S." in dialog.citation.toPlainText()
        dialog.table.setCurrentCell(7, 0)
        assert "Mikolov" in dialog.citation.toPlainText()
        dialog.set_checked(["ko-ws353"])
        with qtbot.waitSignal(dialog.fetched, timeout=20000):
            dialog.get_button.click()
    finally:
        httpd.shutdown()
    assert dialog.table.item(0, 3).text() == "yes"  # now in the cache
    assert page.paths() == [str(tmp_path / "evaluation-sets" / "ko-ws353.tsv")]
    assert page.files.item(0).text() == "ko-ws353.tsv  (similarity)"
    outcomes = run(page, qtbot)
    assert (outcomes[0].result.pairs, outcomes[0].result.used) == (2, 2)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # noqa: ANN002
        pass


def test_workspace_round_trip_restores_files_settings_and_results(page, qtbot, korean, ko_file):
    page.add_files([ko_file])
    page.method.setCurrentIndex(1)
    page.restrict.setValue(5)
    run(page, qtbot)
    saved = json.loads(json.dumps(page.workspace(), allow_nan=False))
    assert saved["files"] == [str(ko_file)] and saved["settings"]["method"] == "3cosmul"
    other = EvaluatePage(AppState())
    qtbot.addWidget(other)
    other.restore_workspace(saved)
    assert other.paths() == [str(ko_file)]
    assert (other.method.currentData(), other.restrict.value()) == ("3cosmul", 5)
    assert other.outcomes == page.outcomes and other.results.count() == 1
    assert _column(other.results.widget(0).questions, 6) == _column(
        page.results.widget(0).questions, 6)
    broken = {**saved, "results": [{"path": "x", "kind": "analogy", "result": {"sections": 3}}]}
    other.restore_workspace(broken)
    assert "result 1 was left out" in other.messages.visible_text()
    assert other.paths() == [str(ko_file)] and other.results.count() == 0


def test_questions_saved_as_tsv_whatever_the_filter(page, qtbot, ko_file, tmp_path):
    page.add_files([ko_file])
    (outcome,) = run(page, qtbot)
    view = page.results.widget(0)
    view.set_show("wrong")
    out = view.export_questions(tmp_path / "q.tsv")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + 12
    assert lines[1].split("\t")[:8] == ["ko_analogy.txt", "analogy", "syn1_case", "2", "자동차",
                                         "자동차를", "학생", "학생를"]  # fmt: skip
    assert str(out) in view.export_message.text()


def test_per_question_view_in_korean(page, qtbot, ko_file, translations):
    from w2v_studio.qt.shell.i18n import install_language

    page.add_files([ko_file])
    run(page, qtbot)
    try:
        install_language("ko")  # the page is told by a posted LanguageChange event
        qtbot.waitUntil(lambda: page.results.widget(0).tabs.tabText(0) == "문항", timeout=3000)
        view = page.results.widget(0)  # rebuilt in the new language
        assert view.show_filter.itemText(2) == "건너뛴 문항"
        model = view.questions.model()
        assert model.headerData(6, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) \
            == "모델의 답"
        assert model.index(0, 8).data() == "건너뜀: 모르는 단어 자동차를, 학생를"
    finally:
        install_language("en")
