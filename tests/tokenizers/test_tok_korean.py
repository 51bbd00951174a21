"""Korean backends on real sentences: particles and endings dropped, nouns kept, options."""

from __future__ import annotations

import pytest

from w2v_studio.tokenizers.korean import POS_CLASSES, pos_class
from w2v_studio.tokenizers.registry import create_tokenizer

BACKENDS = ["mecab", "kiwi", "okt", "komoran"]
SENTENCE = "아버지가 방에 들어가신다."


@pytest.mark.parametrize("backend", BACKENDS)
def test_particles_dropped_nouns_kept(tokenizer_of, backend):
    toks = tokenizer_of(backend).tokenize(SENTENCE)
    assert "아버지" in toks and "방" in toks
    assert "가" not in toks and "에" not in toks  # particles
    assert "." not in toks  # punctuation
    assert all(t.strip() == t and " " not in t for t in toks)


@pytest.mark.parametrize("backend", BACKENDS)
def test_word_pos_output_and_dropping_nouns(tokenizer_of, backend):
    tagged = tokenizer_of(backend, output="word/POS").tokenize("나는 학교에 갔다.")
    assert any(t.startswith("학교/") for t in tagged)
    no_nouns = tokenizer_of(backend, drop=("particle", "ending", "punctuation", "noun"))
    assert "학교" not in no_nouns.tokenize("나는 학교에 갔다.")


@pytest.mark.parametrize("backend", BACKENDS)
def test_lemma_gives_dictionary_forms(tokenizer_of, backend):
    toks = tokenizer_of(backend, lemma=True).tokenize("밥을 먹었고 꽃이 예뻤다. 학교에 갔다")
    assert toks == ["밥", "먹다", "꽃", "예쁘다", "학교", "가다"]
    plain = tokenizer_of(backend).tokenize("밥을 먹었고 꽃이 예뻤다. 학교에 갔다")
    assert "먹다" not in plain and "밥" in plain


def test_okt_accepts_stem_and_norm(tokenizer_of):
    okt = create_tokenizer("okt", {"stem": "true", "norm": "true"})
    assert "들어가다" in okt.tokenize(SENTENCE)


def test_komoran_blank_line_is_empty_not_an_error(tokenizer_of):
    assert tokenizer_of("komoran").tokenize("   \t ") == []


def test_preview_tags_are_backend_tags(tokenizer_of):
    tags = {t.text: t.tag for t in tokenizer_of("mecab").analyze(SENTENCE)}
    assert tags["아버지"] == "NNG"
    okt_tags = {t.text: t.tag for t in tokenizer_of("okt").analyze(SENTENCE)}
    assert okt_tags["아버지"] == "Noun"


def test_tag_classes_agree_across_tag_sets():
    assert pos_class("JKS") == pos_class("Josa", "okt") == "particle"
    assert pos_class("EF") == pos_class("Eomi", "okt") == "ending"
    assert pos_class("VV+EP") == pos_class("VV-I") == pos_class("Verb", "okt") == "verb"
    assert pos_class("SF") == pos_class("Punctuation", "okt") == "punctuation"
    assert {pos_class(t) for t in ("NNG", "NNP", "W_URL", "SL", "SH", "SN")} <= set(POS_CLASSES)


def test_mecab_user_dictionary_csv(tmp_path, tokenizer_of, monkeypatch):
    monkeypatch.setenv("W2V_STUDIO_CACHE", str(tmp_path / "cache"))
    text = "뉴진스가 좋아"
    assert "뉴진스" not in tokenizer_of("mecab").tokenize(text)
    csv = tmp_path / "words.csv"
    csv.write_text("뉴진스,,,,NNP,*,F,뉴진스,*,*,*,*\n", encoding="utf-8")
    assert "뉴진스" in create_tokenizer("mecab", {"user_dict": str(csv)}).tokenize(text)


def test_kiwi_user_words(tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("뉴진스\tNNP\t0\n", encoding="utf-8")
    toks = create_tokenizer("kiwi", {"user_dict": str(words)}).tokenize("뉴진스가 좋아")
    assert toks[0] == "뉴진스"


def test_missing_user_dictionary_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="user_dict.*file not found"):
        create_tokenizer("mecab", {"user_dict": str(tmp_path / "nope.csv")})


def test_jvm_tagger_runs_in_spawned_workers_after_the_parent_started_its_jvm(
    tokenizer_of, tmp_path
):
    from w2v_studio.core.corpus.reader import Corpus
    from w2v_studio.tokenizers.pipeline import tokenize_corpus

    tokenizer_of("komoran").tokenize(SENTENCE)  # the JVM is running in this process
    path = tmp_path / "ko.txt"
    path.write_text(f"{SENTENCE}\n   \n나는 학교에 갔다.\n", encoding="utf-8")
    tc = tokenize_corpus(Corpus([path]), "komoran", workers=1, cache_dir=tmp_path)
    lines = tc.tokens_path.read_text(encoding="utf-8").split("\n")[:-1]
    assert lines == ["아버지 방 들어가", "", "나 학교 가"] and not tc.errors


REVIEW = '영화 정말 재밌다.. 최고!!!! ~~~~ 굿^^ "ok" (괄호) -_- 대박... ?? 좋아요.'
PUNCTUATION_TAGS = ("SF", "SE", "SSO", "SSC", "SC", "SO", "SW", "SY")  # mecab-ko-dic's marks


@pytest.mark.parametrize("backend", ["mecab", "kiwi"])
def test_punctuation_drops_every_mark_tag(tokenizer_of, backend):
    """NSMC-style marks (.. !!!! ~~~~ ^^ -_-) are tagged SY/SW by the analysers: the default
    'punctuation' drop must leave none of them among the words."""
    tagged = tokenizer_of(backend, output="word/POS", drop=()).tokenize(REVIEW)
    marks = [t for t in tagged if t.rsplit("/", 1)[1].startswith(PUNCTUATION_TAGS)]
    assert {t.rsplit("/", 1)[1][:2] for t in marks} & {"SY", "SW"}  # the analyser does use them
    kept = tokenizer_of(backend).tokenize(REVIEW)
    assert not [t for t in kept if not any(ch.isalnum() for ch in t)], kept
    assert {"영화", "최고", "괄호", "ok"} <= set(kept)
