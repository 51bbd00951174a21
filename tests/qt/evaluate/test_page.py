"""Evaluate page: several files run off the GUI thread; tables equal the core evaluation."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from tests.qt.explore_data import run_evaluation, tiny_model
from w2v_studio.core.evaluate.analogy import evaluate_analogies
from w2v_studio.core.evaluate.similarity import evaluate_similarity
from w2v_studio.core.vectors.word_vectors import WordVectors
from w2v_studio.qt.evaluate.page import EvaluatePage
from w2v_studio.qt.evaluate.tables import pct
from w2v_studio.qt.shell.state import AppState

RAW = Qt.ItemDataRole.UserRole


@pytest.fixture(scope="module")
def wv(tmp_path_factory):
    model, _ = tiny_model(tmp_path_factory.mktemp("evaluate"))
    return WordVectors.from_model(model)


@pytest.fixture
def files(tmp_path):
    sim = tmp_path / "pairs.tsv"
    sim.write_text(
        "# word1\tword2\tscore\ncat\tdog\t9\ncat\ttiger\t8.5\ncat\trice\t1\nbread\trice\t7\n"
        "paris\tlondon\t8\npear\tseoul\t0.5\n中国\t经济\t6\n사람\t학교\t5\ncat\tunicorn\t3\n",
        encoding="utf-8",
    )
    ana = tmp_path / "analogies.txt"
    ana.write_text(
        ": animals-food\ncat dog bread rice\ncow pig apple pear\nlion wolf milk egg\n"
        ": gram-cities\nparis london rome oslo\nseoul lima bonn cairo\ncat dog zzz yyy\n",
        encoding="utf-8",
    )
    bad = tmp_path / "notes.txt"
    bad.write_text("hello world\nthis is not an evaluation file\n", encoding="utf-8")
    return sim, ana, bad


@pytest.fixture
def page(qtbot, wv):
    state = AppState()
    page = EvaluatePage(state)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    state.set_model(None, wv, None, None)
    yield page
    page.shutdown()


run = run_evaluation


def test_tables_equal_the_core_evaluation(page, qtbot, wv, files):
    sim, ana, _bad = files
    page.add_files([sim, ana])
    assert [page.files.item(i).text() for i in range(2)] == [
        "pairs.tsv  (similarity)",
        "analogies.txt  (analogy)",
    ]
    page.method.setCurrentIndex(1)  # 3CosMul
    run(page, qtbot)
    assert page.results.count() == 2

    s = evaluate_similarity(wv, sim)
    t = page.results.widget(0).summary  # the summary table above the questions
    values = {t.item(r, 0).text(): t.item(r, 1) for r in range(t.rowCount())}
    assert values["Spearman ρ"].data(RAW) == s.spearman
    assert values["Spearman ρ"].text() == f"{s.spearman:.4f}"
    assert values["Pearson r"].data(RAW) == s.pearson
    assert values["Pairs with both words known"].data(RAW) == s.used == 8
    assert "unicorn" in values["Unknown words"].text()

    a = evaluate_analogies(wv, ana, method="3cosmul")
    t = page.results.widget(1).summary
    rows = {
        t.item(r, 0).data(RAW): [t.item(r, c).data(RAW) for c in range(1, 6)]
        for r in range(t.rowCount())
    }
    for sec in [*a.sections, a.semantic, a.syntactic, a.overall]:
        assert rows[sec.name] == [sec.kind, sec.correct, sec.answered, sec.skipped, sec.accuracy]
    overall_row = t.rowCount() - 1
    assert t.item(overall_row, 5).text() == pct(a.overall.accuracy)
    assert t.item(overall_row, 0).font().bold()
    # the chart: one bar per file, Spearman then accuracy
    heights = list(page.bars.opts["height"])
    assert heights == pytest.approx([s.spearman, a.overall.accuracy])


def test_a_bad_file_is_reported_and_the_others_still_run(page, qtbot, files):
    sim, _ana, bad = files
    page.add_files([bad, sim])
    assert page.files.item(0).text().endswith("(not an evaluation file)")
    outcomes = run(page, qtbot)
    assert outcomes[0].error and "notes.txt" in page.messages.visible_text()
    assert page.results.count() == 1


def test_export_csv_reads_back(page, qtbot, wv, files, tmp_path):
    sim, ana, _bad = files
    page.add_files([sim, ana])
    run(page, qtbot)
    out = page.export_csv(tmp_path / "out" / "results.csv")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    s = evaluate_similarity(wv, sim)
    assert float(rows[0]["spearman"]) == pytest.approx(s.spearman, rel=1e-12)
    a = evaluate_analogies(wv, ana)
    overall = next(r for r in rows if r["section"] == "overall")
    assert int(overall["correct"]) == a.overall.correct
    assert int(overall["answered"]) == a.overall.answered
    assert not list((tmp_path / "out").glob(".*tmp"))  # atomic: no temp file left


def test_without_files_or_model_the_page_says_what_to_do(qtbot, files):
    state = AppState()
    page = EvaluatePage(state)
    qtbot.addWidget(page)
    page.run()
    assert "Train or open a model" in page.messages.visible_text()
