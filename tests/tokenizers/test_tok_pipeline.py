"""The parallel pipeline: order, index, crashes and failing lines, stop, cancel, cache."""

from __future__ import annotations

import threading
from collections import Counter

import pytest

from tests.tokenizers.tok_plugin_sources import CRASHY_PLUGIN, write_plugin
from w2v_studio.core.corpus.encoded import EncodedCorpus
from w2v_studio.core.corpus.reader import Corpus
from w2v_studio.tokenizers import pipeline, registry
from w2v_studio.tokenizers.pipeline import (
    TokenizeCancelled,
    TokenizeError,
    tokenize_corpus,
)
from w2v_studio.tokenizers.tokenized import TokenizedCorpus, TokenSentences


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_CHARS", 300)  # many batches even for small files


@pytest.fixture
def crashy(tmp_path):
    folder = tmp_path / "plugins"
    write_plugin(folder, "crashy", CRASHY_PLUGIN)
    registry.configure(user_dirs=[folder])
    registry.list_plugins(refresh=True)
    yield
    registry.configure()


def _lines(tc) -> list[str]:
    return tc.tokens_path.read_text(encoding="utf-8").split("\n")[:-1]


def _check_ids(tc) -> None:
    """The id files say what tokens.txt says: same sentences, counts and distinct tokens."""
    enc = tc.encoded()
    assert enc is not None
    text = list(TokenSentences(tc.tokens_path))
    assert list(enc) == text
    assert enc.line_lengths.tolist() == [len(line.split()) for line in _lines(tc)]
    counted = Counter(w for s in text for w in s)
    assert dict(zip(enc.words, enc.counts.tolist(), strict=True)) == counted
    assert list(counted) == enc.words  # first-seen order: ties break as when counting text
    assert tc.stats.types == len(enc.words) and tc.stats.tokens == enc.tokens


def test_parallel_run_equals_serial_run_and_maps_lines_back(ko_corpus, tmp_path, small_batches):
    seen = []
    serial = tokenize_corpus(Corpus(ko_corpus), "mecab", workers=0, cache_dir=tmp_path / "c0")
    par = tokenize_corpus(Corpus(ko_corpus), "mecab", workers=2, cache_dir=tmp_path / "c2",
                          on_progress=seen.append)  # fmt: skip
    assert _lines(par) == _lines(serial)
    n_a = len(ko_corpus[0].read_text(encoding="utf-8").splitlines())
    n_b = len(ko_corpus[1].read_text(encoding="utf-8").splitlines())
    assert par.stats.lines == len(_lines(par)) == n_a + n_b
    assert _lines(par)[0] == "아버지 방 들어가"
    assert _lines(par)[3] == ""  # an empty input line stays an (empty) output line
    assert par.locate(0) == (str(ko_corpus[0]), 1)
    assert par.locate(n_a) == (str(ko_corpus[1]), 1)
    assert par.locate(n_a + 4) == (str(ko_corpus[1]), 5)
    assert par.stats.types < par.stats.tokens and not par.errors and not par.from_cache
    assert seen[-1].fraction == 1.0 and seen[-1].lines == par.stats.lines
    assert any(p.chars_per_sec > 0 for p in seen)
    sentences = par.sentences(max_sentence_length=2)
    first = list(sentences)
    assert first == list(sentences)  # restartable
    assert first[:2] == [["아버지", "방"], ["들어가"]]
    _check_ids(par)
    _check_ids(serial)
    assert par.encoded().words == serial.encoded().words


def test_a_folder_without_id_files_is_read_as_text(ko_corpus, tmp_path):
    """Cache folders written before the id files existed still train, from tokens.txt."""
    tc = tokenize_corpus(Corpus(ko_corpus), "mecab", workers=0, cache_dir=tmp_path)
    assert isinstance(tc.sentences(), EncodedCorpus)
    expected = list(tc.sentences())
    (tc.path / "token_ids.bin").unlink()
    old = TokenizedCorpus.load(tc.path)
    assert old.encoded() is None and isinstance(old.sentences(), TokenSentences)
    assert list(old.sentences()) == expected


def test_second_run_comes_from_the_cache(ko_corpus, tmp_path):
    first = tokenize_corpus(Corpus(ko_corpus), "mecab", workers=1, cache_dir=tmp_path)
    again = tokenize_corpus(Corpus(ko_corpus), "mecab", workers=1, cache_dir=tmp_path)
    assert again.from_cache and again.path == first.path and again.stats == first.stats
    other = tokenize_corpus(Corpus(ko_corpus), "mecab", {"lemma": True}, workers=0,
                            cache_dir=tmp_path)  # fmt: skip
    assert not other.from_cache and other.path != first.path
    with ko_corpus[0].open("a", encoding="utf-8") as f:
        f.write("새로운 줄이 생겼다.\n")
    changed = tokenize_corpus(Corpus(ko_corpus), "mecab", workers=0, cache_dir=tmp_path)
    assert not changed.from_cache and changed.stats.lines == first.stats.lines + 1


def _crash_corpus(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("a b\nc CRASH d\ne f\nFAIL g\nh\n" * 3, encoding="utf-8")
    return path


def test_worker_crash_and_failing_line_are_reported_and_skipped(tmp_path, crashy, small_batches):
    path = _crash_corpus(tmp_path)
    tc = tokenize_corpus(Corpus([path]), "crashy", workers=2, cache_dir=tmp_path / "cache")
    assert _lines(tc) == ["a b", "", "e f", "", "h"] * 3
    where = [(e.path, e.lineno) for e in tc.errors]
    assert where == [(str(path), n) for n in (2, 4, 7, 9, 12, 14)]
    assert "crashed" in tc.errors[0].message and "exit code 3" in tc.errors[0].message
    assert "ValueError: this line is bad" in tc.errors[1].message
    _check_ids(tc)
    assert str(tc.errors[0]).startswith(f"{path}, line 2:")


def test_stop_on_error_keeps_the_lines_before(tmp_path, crashy, small_batches):
    path = _crash_corpus(tmp_path)
    with pytest.raises(TokenizeError, match=r"c\.txt, line 2: the tokenizer crashed") as info:
        tokenize_corpus(Corpus([path]), "crashy", workers=1, cache_dir=tmp_path / "cache",
                        on_error="stop")  # fmt: skip
    partial = next((tmp_path / "cache").glob("*.partial"))
    assert str(partial) in str(info.value)
    assert (partial / "tokens.txt").read_text(encoding="utf-8") == "a b\n"
    fails = tmp_path / "f.txt"
    fails.write_text("a b\ne f\nFAIL g\nh\n", encoding="utf-8")  # (no CRASH: in-process)
    with pytest.raises(TokenizeError, match=r"f\.txt, line 3: ValueError: this line is bad"):
        tokenize_corpus(Corpus([fails]), "crashy", workers=0, cache_dir=tmp_path / "c0",
                        on_error="stop")  # fmt: skip


def test_cancel_keeps_partial_work_and_resumes_from_it(
    ko_corpus, tmp_path, small_batches, monkeypatch
):
    monkeypatch.setattr(pipeline, "PROGRESS_EVERY", 0.0)  # a report after every batch
    cancel = threading.Event()

    def progress(p):
        if p.lines > 0:
            cancel.set()

    with pytest.raises(TokenizeCancelled) as info:
        tokenize_corpus(Corpus(ko_corpus), "mecab", workers=2, cache_dir=tmp_path,
                        on_progress=progress, cancel=cancel)  # fmt: skip
    partial = info.value.partial
    assert partial is not None and not partial.complete and partial.stats.lines > 0
    assert len(_lines(partial)) == partial.stats.lines
    seen = []
    full = tokenize_corpus(Corpus(ko_corpus), "mecab", workers=0, cache_dir=tmp_path,
                           on_progress=seen.append)  # fmt: skip
    assert not full.from_cache and full.complete and full.stats.lines > partial.stats.lines
    assert seen[0].lines == partial.stats.lines  # went on from where the cancelled run stopped
    assert not partial.path.exists()
    fresh = tokenize_corpus(Corpus(ko_corpus), "mecab", workers=0, cache_dir=tmp_path / "new")
    assert _lines(full) == _lines(fresh)
    assert (full.lines, full.tokens, full.types) == (fresh.lines, fresh.tokens, fresh.types)
    _check_ids(full)
    assert full.encoded().words == fresh.encoded().words
    assert [full.locate(i) for i in range(full.lines)] == [
        fresh.locate(i) for i in range(fresh.lines)
    ]


def test_tokenizer_that_cannot_run_or_bad_options(ko_corpus, tmp_path):
    with pytest.raises(TokenizeError, match="no tokenizer with id 'nope'"):
        tokenize_corpus(Corpus(ko_corpus), "nope", cache_dir=tmp_path)
    with pytest.raises(TokenizeError, match="option 'drop'"):
        tokenize_corpus(Corpus(ko_corpus), "mecab", {"drop": "nouns"}, cache_dir=tmp_path)
