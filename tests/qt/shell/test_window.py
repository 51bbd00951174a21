"""The main window: languages, projects, end-to-end training, closing during a run, errors."""

from __future__ import annotations

import json
import re
import sys

from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton

from tests.qt.app_helpers import write_corpus
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.events import Finished


def visible_texts(widget):
    out = []
    for w in widget.findChildren(QLabel) + widget.findChildren(QPushButton):
        if w.isVisibleTo(widget) and w.text().strip():
            out.append(w.text())
    out += [g.title() for g in widget.findChildren(QGroupBox) if g.title()]
    return out


HANGUL = re.compile("[\uac00-\ud7a3]")
HAN = re.compile("[\u4e00-\u9fff]")
# Texts that are the same in every language: numbers, placeholders, names.
NEUTRAL = re.compile(r"^[\d\s.,:%/–\-()]*$|^CBOW$|^CPU$|^torch$|^numba \(CPU\)$|^Word2Vec Studio$")


def test_switching_language_changes_labels(qtbot, window, translations):
    tp = window.train_page
    assert window.tabs.tabText(0) == "Corpus"
    assert tp.start_button.text() == "Start training"

    window.set_language("ko")
    assert window.tabs.tabText(0) == "말뭉치"
    assert window.tabs.tabText(1) == "학습"
    assert tp.start_button.text() == "학습 시작"
    assert tp.form.widget("window").toolTip().startswith("양쪽으로 몇 단어")
    assert window.file_menu.title() == "파일(&F)"
    untranslated = [t for t in visible_texts(tp) if not HANGUL.search(t) and not NEUTRAL.match(t)]
    assert untranslated == []
    assert window.settings.value("language") == "ko"

    window.set_language("zh_CN")
    assert window.tabs.tabText(0) == "语料"
    assert tp.start_button.text() == "开始训练"
    welcome = window.corpus_page.welcome
    untranslated = [t for t in visible_texts(welcome) if not HAN.search(t) and not NEUTRAL.match(t)]
    assert untranslated == []

    window.set_language("en")
    assert tp.start_button.text() == "Start training"


def test_project_saved_and_opened_restores_settings(qtbot, window, tmp_path, settings):
    from w2v_studio.qt.shell.main_window import MainWindow

    corpus = write_corpus(tmp_path / "data" / "c.txt", n=30)
    window.corpus_page.add_paths([corpus])
    window.train_page.set_config(
        TrainConfig(
            architecture="cbow", objective="hierarchical", dim=42, window=7, epochs=9, min_count=2
        )
    )
    qtbot.waitUntil(lambda: window.corpus_page.tok_combo.count() > 0, timeout=30_000)
    window.corpus_page.set_tokenizer("whitespace", {"lowercase": True})
    path = window.project_io.save(tmp_path / "study.w2vproj")
    assert path is not None and path.exists()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == 3
    assert data["corpus"]["files"] == ["data/c.txt"]  # relative to the project

    other = MainWindow(settings)
    other.confirm_close = False
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: other.corpus_page.tok_combo.count() > 0, timeout=30_000)
    assert other.project_io.open(path)
    cfg = other.train_page.config()
    assert (cfg.architecture, cfg.objective, cfg.dim, cfg.window, cfg.epochs, cfg.min_count) == (
        "cbow",
        "hierarchical",
        42,
        7,
        9,
        2,
    )
    assert other.corpus_page.paths() == [str(corpus.resolve())]
    assert other.corpus_page.tokenizer_id() == "whitespace"
    assert other.corpus_page.tokenizer_options()["lowercase"] is True
    assert other.recent()[0] == {"kind": "project", "path": str(path)}
    other.close()


def test_an_old_or_broken_project_file(qtbot, window, tmp_path):
    old = tmp_path / "old.w2vproj"
    old.write_text(
        json.dumps({"corpus_files": [], "tokenizer": "whitespace", "config": {"dim": 33}}),
        encoding="utf-8",
    )
    assert window.project_io.open(old)
    assert window.train_page.config().dim == 33
    bad = tmp_path / "bad.w2vproj"
    bad.write_text('{"schema_version": 2,\n "corpus": [}', encoding="utf-8")
    assert not window.project_io.open(bad)
    text = window.messages.visible_text()
    assert "bad.w2vproj, line 2: not a valid project file" in text


def test_start_tokenizes_first_then_trains(qtbot, window, tmp_path):
    window.corpus_page.add_paths([write_corpus(tmp_path / "c.txt", n=300)])
    qtbot.waitUntil(lambda: window.corpus_page._scan is not None, timeout=30_000)
    qtbot.waitUntil(lambda: window.corpus_page.tok_combo.count() > 0, timeout=30_000)
    window.corpus_page.set_tokenizer("whitespace", {})
    tp = window.train_page
    tp.set_config(TrainConfig(dim=8, epochs=2, min_count=1, threads=1))
    window.tabs.setCurrentWidget(tp)
    tp.start_button.click()
    qtbot.waitUntil(lambda: isinstance(tp.last_event, Finished), timeout=90_000)
    qtbot.waitUntil(lambda: not tp.is_running(), timeout=10_000)
    assert "300 lines" in tp.corpus_label.text()
    assert window.state.model is not None
    tp.explore_button.click()
    assert window.tabs.currentWidget() is window.explore_page


def test_closing_during_a_run_stops_and_waits(qtbot, window, tmp_path):
    from tests.qt.app_helpers import make_sentences

    tp = window.train_page
    tp.set_config(TrainConfig(dim=8, epochs=500, min_count=1, threads=1))
    tp.set_corpus(make_sentences(5000), None, "generated")
    tp.start()
    qtbot.waitUntil(lambda: tp.last_event is not None, timeout=30_000)
    window.close()
    assert not tp.is_running() or tp._thread.isFinished()
    assert window.settings.value("window/tab") is not None


def test_window_state_and_settings_are_kept(qtbot, window, settings):
    from w2v_studio.qt.shell.main_window import MainWindow

    window.tabs.setCurrentIndex(1)
    window.train_page.form.widget("dim").setValue(77)
    window.add_recent("corpus", "/tmp/somewhere.txt")
    window.save_state()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 1
    assert again.train_page.config().dim == 77
    assert again.recent()[0]["path"] == "/tmp/somewhere.txt"
    again.close()


def test_unexpected_errors_become_an_inline_message_and_a_log(qtbot, window, tmp_path):
    from w2v_studio.app import install_excepthook

    old = sys.excepthook
    try:
        log = install_excepthook(window)
        try:
            raise KeyError("surprise")
        except KeyError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    shown = window.messages.visible_text()
    assert "Something went wrong" in shown and "KeyError" not in shown
    assert "surprise" in window.messages.details_of("unexpected")
    assert "surprise" in log.read_text(encoding="utf-8")
    assert str(tmp_path) in str(log)


def test_lowercase_is_offered_once_in_the_window(window, qtbot):
    """Case folding is the tokenizer's option on the Corpus page; the Train page does not
    offer a second, different 'Lowercase'."""
    from PySide6.QtWidgets import QCheckBox, QLabel

    window.corpus_page.set_tokenizer("whitespace", {})
    qtbot.waitUntil(lambda: window.corpus_page.tokenizer_id() == "whitespace", timeout=30_000)
    texts = [w.text() for w in window.findChildren(QCheckBox) + window.findChildren(QLabel)]
    assert sum(t.rstrip(":").strip().lower() == "lowercase" for t in texts) == 1
