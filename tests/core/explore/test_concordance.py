"""KWIC concordance over a tokenized corpus file: whole tokens, counts, pairs, sorting."""

from __future__ import annotations

import pytest

from w2v_studio.core.explore.concordance import Concordance, sort_lines

CORPUS = [
    "the cat sat on the mat",
    "a dog and a cat and another cat",
    "cats are not a cat token",
    "서울 에서 대학 을 다녔 다",
    "中国 经济 发展 很 快 , 中国 人民",
    "",
    "the dog ate",
]


@pytest.fixture()
def conc(tmp_path):
    p = tmp_path / "tokens.txt"
    p.write_text("\n".join(CORPUS) + "\n", encoding="utf-8")
    return Concordance(p)


def test_word_lines_hold_the_word_as_a_whole_token(conc):
    res = conc.search("cat", width=3)
    assert res.total == 4  # not "cats"
    assert [k.line for k in res.lines] == [0, 1, 1, 2]
    for k in res.lines:
        assert k.keyword == "cat"
        assert conc.line_tokens(k.line)[k.position] == "cat"
    first = res.lines[0]
    assert (first.left_text, first.right_text) == ("the", "sat on the")


def test_korean_and_chinese_tokens(conc):
    ko = conc.search("대학")
    assert ko.total == 1 and ko.lines[0].left == ("서울", "에서")
    zh = conc.search("中国")
    assert zh.total == 2
    assert zh.lines[1].left_text == "中国 经济 发展 很 快 ,"
    assert conc.search("中").total == 0  # part of a token does not match


def test_limit_keeps_the_total(conc):
    res = conc.search("cat", limit=2)
    assert res.total == 4 and len(res.lines) == 2 and res.truncated


def test_pair_within_window(conc):
    res = conc.search_pair("cat", "dog", window=3)
    assert res.total == 1
    assert res.lines[0].line == 1 and res.lines[0].other == "dog"
    assert res.lines[0].distance == -3
    assert conc.search_pair("cat", "dog", window=2).total == 0
    assert conc.search_pair("dog", "ate", window=1).lines[0].line == 6


def test_sorting_by_left_and_right_context(conc):
    lines = conc.search("cat").lines
    left = [k.left[-1] if k.left else "" for k in sort_lines(lines, "left")]
    assert left == sorted(left)
    right = [k.right for k in sort_lines(lines, "right")]
    assert right == sorted(right)


def test_ignore_case_and_errors(tmp_path):
    p = tmp_path / "t.txt"
    p.write_text("The cat\nthe Cat\n", encoding="utf-8")
    assert Concordance(p).search("cat").total == 1
    assert Concordance(p, ignore_case=True).search("cat").total == 2
    with pytest.raises(ValueError, match="one token"):
        Concordance(p).search("two words")
    with pytest.raises(FileNotFoundError, match="not found"):
        Concordance(tmp_path / "missing.txt")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert Concordance(empty).search("x").total == 0
