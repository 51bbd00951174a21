"""The Corpus page with real files, the real tokenizer registry and worker processes."""

from __future__ import annotations

import textwrap
from collections import Counter

import pytest

from tests.qt.app_helpers import write_corpus
from tests.tokenizers.tok_plugin_sources import write_plugin
from w2v_studio.core.engine.config import TrainConfig

FAILING_PLUGINS = textwrap.dedent(
    """
    from w2v_studio.tokenizers.base import Token
    from w2v_studio.tokenizers.plugin_api import TokenizerPlugin


    class Picky:
        def tokenize(self, text):
            if "boom" in text:
                raise ValueError("the user dictionary has no entry for boom")
            return text.split()

        def analyze(self, text):
            return [Token(t, "X") for t in self.tokenize(text)]


    def broken(**options):
        raise RuntimeError("Java was not found: install Java 17 (JDK) and restart")


    PLUGINS = [
        TokenizerPlugin("picky", "Picky test tokenizer", ("*",), lambda **o: Picky()),
        TokenizerPlugin("broken", "Broken test tokenizer", ("*",), broken),
    ]
    """
)


@pytest.fixture
def plugins_dir(tmp_path):
    from w2v_studio.tokenizers import registry

    d = tmp_path / "plugins"
    d.mkdir()
    write_plugin(d, "test_failing", FAILING_PLUGINS, {"tokenizers": [  # plugin.json + code
        {"id": "picky", "name": "Picky test tokenizer", "languages": ["*"]},
        {"id": "broken", "name": "Broken test tokenizer", "languages": ["*"]}]})  # fmt: skip
    registry.configure(user_dirs=[d])
    yield d
    registry.configure()


@pytest.fixture
def page(qtbot, plugins_dir, tmp_path):
    from w2v_studio.qt.corpus.page import CorpusPage
    from w2v_studio.qt.shell.state import AppState

    p = CorpusPage(AppState(), cache_dir=tmp_path / "tok-cache")
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    qtbot.waitUntil(lambda: p.tok_combo.count() > 0, timeout=30_000)
    yield p
    p.shutdown()


def scanned(qtbot, page, paths):
    page.add_paths(paths)
    qtbot.waitUntil(
        lambda: (
            page._scan is not None
            and page._scan_thread is not None
            and not page._scan_thread.isRunning()
        ),
        timeout=30_000,
    )
    qtbot.wait(50)


def test_files_encoding_lines_language_and_tokenizing(qtbot, page, tmp_path):
    f = write_corpus(tmp_path / "english.txt", n=400)
    scanned(qtbot, page, [f])
    assert page.stack.currentIndex() == 1  # the editor, not the welcome panel
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "english.txt"
    assert page.table.cellWidget(0, 2).currentData() == "utf-8"
    assert page.table.item(0, 4).text() == "400"
    assert "English" in page.language_label.text()

    page.set_tokenizer("whitespace", {})
    ready = []
    page.tokenized_ready.connect(lambda tok, desc: ready.append((tok, desc)))
    page.set_min_count(50)
    assert page.tokenize() is not None
    qtbot.waitUntil(lambda: bool(ready), timeout=60_000)
    tok, desc = ready[0]
    assert "400 lines" in desc() and "4,800 tokens" in desc()
    assert page.stats.values["tokens"].text() == "4,800"
    assert page.stats.values["types"].text() == "60"
    top = page.stats.top_words()
    assert len(top) == 60
    assert [c for _, c in top] == sorted((c for _, c in top), reverse=True)
    kept = sum(1 for _, c in top if c >= 50)
    assert page.stats.values["kept"].text() == str(kept)
    assert "MB" in page.stats.values["memory"].text() or "KB" in page.stats.values["memory"].text()
    assert sum(len(s) for s in tok.sentences()) == 4800
    # the table comes from the counts written with the token ids, and agrees with the text
    text = Counter(tok.tokens_path.read_text("utf-8").split())
    assert dict(top) == dict(text)
    assert tok.encoded() is not None
    # the Train page's settings: a word cap lowers the words kept (and the estimate uses them)
    page.set_training_settings(TrainConfig(min_count=50, max_final_vocab=10, epochs=50))
    assert page.stats.values["kept"].text() == "10"
    assert "at most 10" in page.stats.labels["kept"].text()


def test_training_estimate_follows_the_settings():
    from w2v_studio.qt.corpus.jobs import estimate

    def secs(**kw):
        return estimate(50_000, 10_000_000, TrainConfig(**kw))[1]

    assert secs(architecture="cbow") < secs(architecture="skipgram")
    assert secs(objective="negative") < secs(objective="hierarchical") < secs(objective="softmax")
    assert secs(objective="softmax", max_final_vocab=2000) < secs(objective="softmax") / 10
    assert secs(threads=4) == secs(threads=2) / 2
    assert secs(epochs=10) == 2 * secs(epochs=5)
    memory = estimate(50_000, 10_000_000, TrainConfig(dim=100))[0]
    assert 40e6 < memory < 100e6  # two 50,000 x 100 float32 matrices and buffers


def test_korean_cp949_file_is_detected_and_a_korean_tokenizer_suggested(qtbot, page, tmp_path):
    f = tmp_path / "ko.txt"
    f.write_text(
        "대한민국은 민주공화국이다.\n모든 권력은 국민으로부터 나온다.\n" * 40, encoding="cp949"
    )
    scanned(qtbot, page, [f])
    assert page.table.cellWidget(0, 2).currentData() == "cp949"
    assert "Korean" in page.language_label.text()
    assert page._scan.suggested in ("mecab", "kiwi", "okt", "komoran")


def test_preview_of_a_typed_sentence(qtbot, page, tmp_path):
    scanned(qtbot, page, [write_corpus(tmp_path / "c.txt", n=20)])
    page.set_tokenizer("picky", {})
    page.sentence.setText("the cat  sat")
    qtbot.waitUntil(
        lambda: (
            page.preview_table.rowCount() > 0
            and page.preview_table.item(0, 0).text() == "the cat  sat"
        ),
        timeout=30_000,
    )
    assert page.preview_table.item(0, 1).text().replace("\u2060", "") == "the/X  cat/X  sat/X"


def test_a_tokenizer_that_fails_on_lines_is_reported_in_the_page(qtbot, page, tmp_path):
    f = tmp_path / "boom.txt"
    f.write_text("one two three\nfour boom five\nsix seven\n", encoding="utf-8")
    scanned(qtbot, page, [f])
    page.set_tokenizer("picky", {})
    done = []
    page.tokenized_ready.connect(lambda tok, desc: done.append(tok))
    page.tokenize()
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    text = page.messages.visible_text()
    assert "1 line(s) could not be tokenized" in text
    assert "boom.txt, line 2" in text and "no entry for boom" in text


def test_a_tokenizer_that_cannot_start_is_reported_in_the_page(qtbot, page, tmp_path):
    scanned(qtbot, page, [write_corpus(tmp_path / "c.txt", n=20)])
    page.set_tokenizer("broken", {})
    failed = []
    page.tokenize_failed.connect(lambda: failed.append(True))
    page.tokenize()
    qtbot.waitUntil(lambda: bool(failed), timeout=60_000)
    assert page.messages.level_of("tokenize") == "error"
    text = page.messages.visible_text()
    assert "Tokenizing failed" in text and "Java was not found" in text
    assert page.tokenize_button.isEnabled()


def test_the_tokenizer_follows_the_language_of_a_new_corpus_unless_the_user_chose_one(
    qtbot, page, tmp_path
):
    ko = tmp_path / "ko.txt"
    ko.write_text("대한민국은 민주공화국이다.\n모든 권력은 국민으로부터 나온다.\n" * 40, "utf-8")
    zh = tmp_path / "zh.txt"
    zh.write_text("我们今天去学校学习中文。\n这本书非常有意思。\n" * 40, encoding="utf-8")
    scanned(qtbot, page, [ko])
    korean = page.tokenizer_id()
    assert korean == page._scan.suggested != "whitespace"
    page.clear()
    scanned(qtbot, page, [zh])  # Chinese after Korean: the Korean tokenizer must not stay
    assert page.tokenizer_id() == page._scan.suggested == "jieba"
    # The user picks a tokenizer by hand: a new corpus keeps it.
    page.tok_combo.activated.emit(page.tok_combo.findData("whitespace"))
    page.tok_combo.setCurrentIndex(page.tok_combo.findData("whitespace"))
    page.add_paths([ko])
    qtbot.waitUntil(lambda: page._scan is not None and len(page._scan.files) == 2, timeout=30_000)
    qtbot.wait(50)
    assert page.tokenizer_id() == "whitespace"


def test_training_time_is_measured_on_this_computer_and_scales_with_epochs(qtbot, page, tmp_path):
    f = write_corpus(tmp_path / "english.txt", n=3000)
    scanned(qtbot, page, [f])
    page.set_tokenizer("whitespace", {})
    ready = []
    page.tokenized_ready.connect(lambda tok, desc: ready.append(tok))
    page.tokenize()
    qtbot.waitUntil(lambda: bool(ready), timeout=60_000)
    page.set_training_settings(TrainConfig(min_count=1, epochs=5, threads=1))
    label = page.stats.labels["time"]
    qtbot.waitUntil(lambda: "measured" in label.text(), timeout=30_000)
    def shown_seconds() -> int:
        m, sec = page.stats.values["time"].text().split()[-1].split(":")[-2:]
        return int(m) * 60 + int(sec)

    page.set_training_settings(TrainConfig(min_count=1, epochs=1000, threads=1))  # no new probe
    thousand = shown_seconds()
    page.set_training_settings(TrainConfig(min_count=1, epochs=10_000, threads=1))
    assert "measured" in label.text()
    assert thousand >= 2 and 8 * thousand <= shown_seconds() <= 11 * thousand
