"""Token character spans: every plugin's tokens found again in their line (real tokenizers)."""

from __future__ import annotations

import pytest

from w2v_studio.tokenizers.base import Token
from w2v_studio.tokenizers.preview import preview, shutdown
from w2v_studio.tokenizers.spans import align_spans, analyze_with_spans, find_span


def spans(toks: list[Token]) -> list[tuple[str, int | None, int | None]]:
    return [(t.text, t.start, t.end) for t in toks]


def test_english_lowercased_tokens_point_at_the_capitalised_words(tokenizer_of):
    line = "The Cat sat on THE mat."
    toks = analyze_with_spans(tokenizer_of("english"), line)
    assert [line[t.start:t.end] for t in toks] == ["The", "Cat", "sat", "on", "THE", "mat"]


def test_whitespace_tokens_skip_runs_of_spaces_and_tabs():
    assert spans(align_spans(" a\t bb  a ", ["a", "bb", "a"])) == [
        ("a", 1, 2), ("bb", 4, 6), ("a", 8, 9)
    ]  # fmt: skip


def test_mecab_morphemes_are_substrings_with_particles_left_outside(tokenizer_of):
    line = "어제 서울에서 열린 전시를 봤다."
    toks = analyze_with_spans(tokenizer_of("mecab"), line)
    assert spans(toks)[:3] == [("어제", 0, 2), ("서울", 3, 5), ("열린", 8, 10)]
    assert line[5:7] == "에서"  # the particle after the hit stays in the text, outside it
    assert all(line[t.start:t.end] == t.text for t in toks)


def test_dictionary_forms_point_at_their_stems_even_when_contracted(tokenizer_of):
    line = "밥을 먹었다. 학교에 갔다."
    toks = analyze_with_spans(tokenizer_of("mecab", lemma=True), line)
    by_text = {t.text: line[t.start:t.end] for t in toks}
    assert by_text["먹다"] == "먹"  # the stem 먹 of 먹었다
    assert by_text["가다"] == "갔"  # 가+았 contracted into one syllable


def test_a_merged_stem_is_found_where_it_is_not_further_on_in_the_line(tokenizer_of):
    line = "영화를 봤는데 나중에 또 보고 싶다"
    toks = align_spans(line, tokenizer_of("mecab", lemma=True).tokenize(line))
    assert [(t.text, line[t.start:t.end]) for t in toks if t.text == "보다"] == [
        ("보다", "봤"), ("보다", "보")
    ]  # fmt: skip


def test_kiwi_gives_its_own_offsets_for_merged_morphemes(tokenizer_of):
    line = "서울에서 전시를 했다."
    toks = analyze_with_spans(tokenizer_of("kiwi"), line)
    assert spans(toks) == [("서울", 0, 2), ("전시", 5, 7), ("하", 9, 10)]  # 하 is inside 했


def test_jieba_spans_are_contiguous_and_add_no_spaces(tokenizer_of):
    line = "我来到北京清华大学。"
    toks = align_spans(line, tokenizer_of("jieba").tokenize(line))
    assert "".join(line[t.start:t.end] for t in toks) == "我来到北京清华大学"
    assert spans(toks)[-1] == ("清华大学", 5, 9)


def test_fullwidth_letters_folded_by_jieba_map_back_to_the_fullwidth_text(tokenizer_of):
    line = "我喜欢ＡＢＣ电视台"
    toks = align_spans(line, tokenizer_of("jieba").tokenize(line))
    abc = next(t for t in toks if t.text.lower().startswith("abc"))
    assert line[abc.start:abc.end].startswith("ＡＢＣ")


def test_word_pos_and_joined_tokens_are_found_by_their_words():
    line = "학교에 간 New York 사람"
    toks = align_spans(line, ["학교/NNG", "New_York", "사람/NNG"])
    assert [line[t.start:t.end] for t in toks] == ["학교", "New York", "사람"]


def test_a_token_that_is_not_in_the_line_gets_no_span_and_the_rest_still_align():
    toks = align_spans("alpha beta gamma", ["alpha", "zzz", "gamma"])
    assert spans(toks) == [("alpha", 0, 5), ("zzz", None, None), ("gamma", 11, 16)]
    assert find_span("abc", "d") is None


@pytest.mark.parametrize("plugin", ["mecab", "jieba"])
def test_preview_helper_process_returns_spans(plugin):
    line = {"mecab": "나는 서울에서 산다", "jieba": "我来到北京清华大学"}[plugin]
    try:
        toks = preview(plugin, {}, line)
    finally:
        shutdown(plugin)
    assert toks and all(t.start is not None for t in toks)
    assert all(line[t.start:t.end] == t.text for t in toks)


@pytest.mark.slow  # starts a JVM in a helper process (about 5 s)
def test_okt_in_its_jvm_helper_gets_spans_by_aligning_its_stems():
    line = "아버지가 방에 들어가신다"
    try:
        toks = preview("okt", {"lemma": True}, line)
    finally:
        shutdown("okt")
    assert [(t.text, line[t.start:t.end]) for t in toks] == [
        ("아버지", "아버지"), ("방", "방"), ("들어가다", "들어가")
    ]  # fmt: skip
