"""KWIC on the original text: hits of the tokenized corpus shown in their source lines."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from w2v_studio.core.corpus.link import make_link, open_sources
from w2v_studio.core.corpus.reader import Corpus
from w2v_studio.core.explore.concordance import Concordance
from w2v_studio.core.explore.kwic import (
    SourceKwic,
    make_analyzer,
    original_lines,
    sort_source,
    source_kwic,
    write_kwic_csv,
)
from w2v_studio.tokenizers.base import Token
from w2v_studio.tokenizers.pipeline import tokenize_corpus

KO = ["어제 서울에서 열린 전시를 봤다.", "부산은 바다가 좋다", "서울의 밤, 다시 서울에서 만나요"]
ZH = ["我来到北京清华大学。", "北京的天气很好，我喜欢北京。"]


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("W2V_STUDIO_CACHE", str(tmp_path / "cache"))


def kwic(path: Path, plugin: str, word: str, *, analyzer: bool = True, width: int = 40,
         **reading) -> list[SourceKwic]:
    corpus = Corpus([path], **reading)
    tc = tokenize_corpus(corpus, plugin, {}, workers=0)
    link = make_link(corpus, tc)
    conc = Concordance(tc.tokens_path)
    analyze = make_analyzer(plugin, link.tokenizer_options, True) if analyzer else None
    return source_kwic(conc.search(word).lines, conc.line_tokens, open_sources(link),
                       analyze=analyze, locate=tc.locate, width=width)  # fmt: skip


def test_korean_hit_is_the_morpheme_with_its_particle_in_the_right_context(tmp_path):
    p = tmp_path / "ko.txt"
    p.write_text("\n".join(KO) + "\n", encoding="utf-8")
    rows = kwic(p, "mecab", "서울")
    assert [(r.lineno, r.left, r.hit, r.right) for r in rows] == [
        (1, "어제 ", "서울", "에서 열린 전시를 봤다."),
        (3, "", "서울", "의 밤, 다시 서울에서 만나요"),
        (3, "서울의 밤, 다시 ", "서울", "에서 만나요"),
    ]
    assert all(r.original and r.exact and r.text[r.start:r.end] == "서울" for r in rows)
    assert rows[0].text == KO[0] and rows[0].file == str(p.resolve())


def test_chinese_lines_are_shown_without_added_spaces(tmp_path):
    p = tmp_path / "zh.txt"
    p.write_text("\n".join(ZH) + "\n", encoding="utf-8")
    rows = kwic(p, "jieba", "北京")
    assert [(r.left, r.hit, r.right) for r in rows] == [
        ("我来到", "北京", "清华大学。"),
        ("", "北京", "的天气很好，我喜欢北京。"),
        ("北京的天气很好，我喜欢", "北京", "。"),
    ]
    assert all(" " not in r.left + r.right for r in rows)


def test_width_cuts_the_context_in_characters(tmp_path):
    p = tmp_path / "zh.txt"
    p.write_text("\n".join(ZH) + "\n", encoding="utf-8")
    last = kwic(p, "jieba", "北京", width=3)[-1]
    assert (last.left, last.hit, last.right) == ("我喜欢", "北京", "。")


def test_without_the_tokenizer_the_tokens_themselves_are_aligned(tmp_path):
    p = tmp_path / "en.txt"
    p.write_text("The Cat sat.\nA dog, and a CAT!\n", encoding="utf-8")
    rows = kwic(p, "english", "cat", analyzer=False)
    assert [(r.lineno, r.hit, r.right) for r in rows] == [(1, "Cat", " sat."), (2, "CAT", "!")]


def test_a_long_line_cut_into_pieces_is_one_line_with_one_number(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text("first line\n" + " ".join(f"w{i}" for i in range(30)) + " target end\nlast\n",
                 encoding="utf-8")  # fmt: skip
    corpus = Corpus([p], max_chunk_chars=20)
    lines = original_lines(corpus, [2, 1])
    assert lines[1].lineno == 2 and len(lines[1].pieces) > 1
    assert lines[1].text.endswith("target end") and lines[2].text == "last"
    rows = kwic(p, "whitespace", "target", max_chunk_chars=20)
    assert [(r.lineno, r.hit, r.right) for r in rows] == [(2, "target", " end")]


def test_csv_and_jsonl_hits_come_from_the_text_column_with_the_file_line(tmp_path):
    p = tmp_path / "ratings.tsv"
    p.write_text("id\tdocument\tlabel\n1\t정말 좋은 영화\t1\n2\t영화 별로\t0\n", encoding="utf-8")
    rows = kwic(p, "whitespace", "영화", column="document")
    assert [(r.lineno, r.text, r.start) for r in rows] == [(2, "정말 좋은 영화", 6),
                                                           (3, "영화 별로", 0)]  # fmt: skip


def test_unreadable_sources_show_the_tokens_instead(tmp_path):
    p = tmp_path / "ko.txt"
    p.write_text("\n".join(KO) + "\n", encoding="utf-8")
    tc = tokenize_corpus(Corpus([p]), "mecab", {}, workers=0)
    conc = Concordance(tc.tokens_path)
    rows = source_kwic(conc.search("서울").lines, conc.line_tokens, None, locate=tc.locate)
    assert rows[0].original is False
    assert (rows[0].text, rows[0].hit, rows[0].lineno) == ("어제 서울 열린 전시 봤", "서울", 1)


def test_sorting_by_left_and_right_context_tokens(tmp_path):
    p = tmp_path / "en.txt"
    p.write_text("zebra saw the cat\nan owl saw a cat run\nthe cat ate\n", encoding="utf-8")
    rows = kwic(p, "whitespace", "cat")
    assert [r.lineno for r in sort_source(rows, "left")] == [2, 3, 1]  # a / the / the saw
    assert [r.lineno for r in sort_source(rows, "right")] == [1, 3, 2]  # (end), ate, run
    assert [r.lineno for r in sort_source(rows, "position")] == [1, 2, 3]


def test_csv_export_keeps_korean_and_the_whole_line(tmp_path):
    p = tmp_path / "ko.txt"
    p.write_text("\n".join(KO) + "\n", encoding="utf-8")
    out = tmp_path / "kwic.csv"
    write_kwic_csv(out, kwic(p, "mecab", "서울"))
    with open(out, encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert table[0] == ["file", "line", "left", "hit", "right", "start", "end", "text"]
    assert table[1][1:] == ["1", "어제 ", "서울", "에서 열린 전시를 봤다.", "3", "5", KO[0]]


def test_an_analyzer_that_segments_otherwise_is_not_trusted_by_count_alone(tmp_path):
    # like jieba's tagger beside its cutter: as many tokens as tokens.txt, cut elsewhere
    def other_cut(text: str) -> list[Token]:
        return [Token("我来", None, 0, 2), Token("到", None, 2, 3), Token("北京", None, 3, 5)]

    p = tmp_path / "zh.txt"
    p.write_text("我来到北京\n", encoding="utf-8")
    tc = tokenize_corpus(Corpus([p]), "whitespace", {}, workers=0)
    tc.tokens_path.write_text("我 来到 北京\n", encoding="utf-8")  # the cutter's tokens
    conc = Concordance(tc.tokens_path)
    rows = source_kwic(conc.search("来到").lines, conc.line_tokens, Corpus([p]),
                       analyze=other_cut, locate=tc.locate)  # fmt: skip
    assert [(r.left, r.hit, r.right) for r in rows] == [("我", "来到", "北京")]
