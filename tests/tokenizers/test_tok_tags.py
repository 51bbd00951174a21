"""Parts of speech of a tokenized corpus: tags.json holds each word's most frequent tag."""

from __future__ import annotations

import json

import pytest

from w2v_studio.core.corpus.reader import Corpus
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.events import Finished
from w2v_studio.core.engine.model import ModelFormatError, TrainedModel
from w2v_studio.core.engine.trainer import train
from w2v_studio.core.engine.vocab_tags import vocab_tags
from w2v_studio.core.vectors.io.load import load_vectors
from w2v_studio.core.vectors.word_vectors import WordVectors
from w2v_studio.tokenizers.base import Token
from w2v_studio.tokenizers.pipeline import tokenize_corpus
from w2v_studio.tokenizers.tags import TAGS_FILE, count_tags, read_tags
from w2v_studio.tokenizers.tokenized import TokenizedCorpus


def test_mecab_corpus_with_word_output_records_noun_and_verb_tags(ko_corpus, tmp_path,
                                                                   tokenizer_of):
    tc = tokenize_corpus(Corpus(ko_corpus), "mecab", {"output": "word"}, workers=1,
                         cache_dir=tmp_path / "cache")
    assert (tc.path / TAGS_FILE).is_file()
    tags = TokenizedCorpus.load(tc.path).tags()
    assert tags is not None
    assert tags["학교"] == "NNG" and tags["음악"] == "NNG" and tags["나"] == "NP"
    assert tags["좋"] == "VA"
    vocab = set(tc.tokens_path.read_text(encoding="utf-8").split())
    assert set(tags) <= vocab  # only training tokens get a tag
    lines = [line.text for line in Corpus(ko_corpus).lines()]
    assert tags == count_tags(tokenizer_of("mecab", output="word"), lines)  # as in one process


def test_tags_are_counted_on_the_first_lines_only(ko_corpus, tmp_path, monkeypatch):
    from w2v_studio.tokenizers import pipeline

    monkeypatch.setattr(pipeline, "SAMPLE_LINES", 1)
    monkeypatch.setattr(pipeline, "BATCH_CHARS", 10)  # a batch a line
    tc = tokenize_corpus(Corpus(ko_corpus), "mecab", workers=0, cache_dir=tmp_path / "cache")
    assert tc.tags() == {"아버지": "NNG", "방": "NNG", "들어가": "VV"}  # 아버지가 방에 들어가신다.


def test_word_pos_output_and_untagged_tokenizers_write_no_tags(ko_corpus, tmp_path):
    pos = tokenize_corpus(Corpus(ko_corpus), "mecab", {"output": "word/POS"}, workers=0,
                          cache_dir=tmp_path / "c1")
    assert "학교/NNG" in pos.tokens_path.read_text(encoding="utf-8")
    assert not (pos.path / TAGS_FILE).exists() and pos.tags() is None
    ws = tokenize_corpus(Corpus(ko_corpus), "whitespace", workers=0, cache_dir=tmp_path / "c2")
    assert ws.tags() is None


def test_jieba_corpus_records_its_tags(tmp_path):
    src = tmp_path / "zh.txt"
    src.write_text("我爱北京天安门。\n他们去学校了。\n我们的学校很大。\n" * 5, encoding="utf-8")
    tc = tokenize_corpus(Corpus([src]), "jieba", workers=0, cache_dir=tmp_path / "cache")
    tags = tc.tags()
    assert tags is not None
    assert tags["学校"] == "n" and tags["北京"] == "ns" and tags["我"] == "r"


class _Tagged:
    """A hand-worked tokenizer: 'run' is a verb twice and a noun once."""

    def tokenize(self, text: str) -> list[str]:
        return text.split()

    def analyze(self, text: str) -> list[Token]:
        return [Token(w.split("_")[0], w.split("_")[1]) for w in text.split()]


def test_the_most_frequent_tag_wins_and_analysed_words_not_trained_are_left_out():
    class Tok(_Tagged):
        def tokenize(self, text: str) -> list[str]:
            return [w.split("_")[0] for w in text.split() if not w.startswith("the")]

    tags = count_tags(Tok(), ["run_V the_DET", "run_N", "run_V dog_N"])
    assert tags == {"run": "V", "dog": "N"}


def test_a_damaged_tags_file_means_no_tags(tmp_path):
    (tmp_path / TAGS_FILE).write_text("[1, 2]", encoding="utf-8")
    assert read_tags(tmp_path) is None
    (tmp_path / TAGS_FILE).write_text(json.dumps({"a": "x" * 40}), encoding="utf-8")
    assert read_tags(tmp_path) is None
    (tmp_path / TAGS_FILE).write_text("{not json", encoding="utf-8")
    assert read_tags(tmp_path) is None


def _trained_on(tc):
    config = TrainConfig(dim=8, min_count=1, epochs=1, sample=0, threads=1, seed=1)
    last = list(train(config, tc.sentences()))[-1]
    assert isinstance(last, Finished), last
    return last.model


def test_a_trained_model_keeps_its_tags_through_save_and_load(ko_corpus, tmp_path):
    tc = tokenize_corpus(Corpus(ko_corpus), "mecab", workers=0, cache_dir=tmp_path / "cache")
    model = _trained_on(tc)
    model.vocab_tags = vocab_tags(model.vocab.words, {**tc.tags(), "not-in-vocab": "NNG"})
    model.save(tmp_path / "m")
    saved = json.loads((tmp_path / "m" / "vocab_tags.json").read_text(encoding="utf-8"))
    assert saved["학교"] == "NNG" and "not-in-vocab" not in saved
    back = TrainedModel.load(tmp_path / "m")
    assert back.vocab_tags == saved
    assert WordVectors.from_model(back).tags["학교"] == "NNG"
    assert load_vectors(tmp_path / "m").tags["좋"] == "VA"
    (tmp_path / "m" / "vocab_tags.json").write_text('{"학교": 3}', encoding="utf-8")
    with pytest.raises(ModelFormatError, match="vocab_tags.json"):
        TrainedModel.load(tmp_path / "m")


def test_a_model_without_tags_has_no_tags_file(tmp_path):
    src = tmp_path / "en.txt"
    src.write_text("the cat sat on the mat\n" * 5, encoding="utf-8")
    tc = tokenize_corpus(Corpus([src]), "whitespace", workers=0, cache_dir=tmp_path / "cache")
    _trained_on(tc).save(tmp_path / "m")
    assert not (tmp_path / "m" / "vocab_tags.json").exists()
    assert TrainedModel.load(tmp_path / "m").vocab_tags is None
    assert load_vectors(tmp_path / "m").tags is None
