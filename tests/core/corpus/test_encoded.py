"""Training from id files (core.encoded) gives exactly what training from the text gives."""

from __future__ import annotations

import copy
import random
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from w2v_studio.core.corpus.encoded import EncodedCorpus, write_encoded
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.events import Finished, Scanning
from w2v_studio.core.engine.trainer import train
from w2v_studio.core.engine.vocab import Vocab
from w2v_studio.tokenizers.tokenized import TokenSentences


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """tokens.txt and its id files: mixed case, empty lines and one line over 10,000 tokens."""
    rng = random.Random(7)
    words = [f"w{i}" for i in range(200)] + ["The", "the", "THE", "한국어", "中文"]
    lines = [[rng.choice(words[: rng.randint(3, len(words))]) for _ in range(rng.randint(0, 30))]
             for _ in range(2000)]
    lines.insert(5, [])
    lines.append(["the", "The"] * 6000)  # cut into pieces of at most 10,000 tokens
    (tmp_path / "tokens.txt").write_text("\n".join(" ".join(s) for s in lines) + "\n",
                                         encoding="utf-8")
    write_encoded(tmp_path, lines)
    return tmp_path


def test_iterating_the_ids_gives_the_same_sentences_as_the_text(corpus):
    enc = EncodedCorpus.open(corpus)
    text = TokenSentences(corpus / "tokens.txt")
    assert list(enc) == list(text)
    assert list(EncodedCorpus.open(corpus, 7)) == list(TokenSentences(corpus / "tokens.txt", 7))
    assert enc.sentence_count() == sum(1 for _ in text)
    assert enc.tokens == sum(len(s) for s in text)


def test_a_ranks_share_of_the_jobs_is_read_and_the_others_only_counted(corpus):
    enc = EncodedCorpus.open(corpus)
    remap = np.arange(len(enc.words), dtype=np.int64)
    remap[::3] = -1  # some words out of the vocabulary
    whole = list(enc.id_blocks(remap, 500))
    assert len(whole) > 10
    for rank in (0, 1, 2):
        share = list(enc.id_blocks(remap, 500, shard=(rank, 3)))
        assert [raw for *_, raw in share] == [raw for *_, raw in whole]  # every job counted
        for number, ((ids, ptr, _), (wids, wptr, _)) in enumerate(zip(share, whole, strict=True)):
            if number % 3 == rank:  # this rank's job: read as in one process
                assert np.array_equal(ids, wids) and np.array_equal(ptr, wptr)
            else:
                assert ids.size == 0


@pytest.mark.parametrize("lowercase", [False, True])
@pytest.mark.parametrize("max_final_vocab", [None, 50])
def test_vocabulary_from_the_counts_equals_counting_the_text(corpus, lowercase, max_final_vocab):
    text = [[w.lower() if lowercase else w for w in s]
            for s in TokenSentences(corpus / "tokens.txt")]
    expected = Vocab.from_counts(Counter(w for s in text for w in s), min_count=3,
                                 max_final_vocab=max_final_vocab)
    vocab, remap = EncodedCorpus.open(corpus).vocab(min_count=3, max_final_vocab=max_final_vocab,
                                                    lowercase=lowercase)
    assert vocab.words == expected.words
    assert vocab.counts.tolist() == expected.counts.tolist()
    enc = EncodedCorpus.open(corpus)
    for lex_id, word in enumerate(enc.words):
        key = word.lower() if lowercase else word
        assert remap[lex_id] == vocab.index.get(key, -1)


@pytest.mark.parametrize("arch", ["skipgram", "cbow"])
@pytest.mark.parametrize("lowercase", [False, True])
def test_training_from_ids_equals_training_from_text(corpus, arch, lowercase, monkeypatch):
    config = TrainConfig(dim=12, min_count=2, epochs=2, threads=1, seed=5, architecture=arch,
                         lowercase=lowercase, batch_words=700)
    text = TokenSentences(corpus / "tokens.txt")
    from_text = list(train(config.with_changes(corpus_ids=False), text))  # words every epoch

    def no_text(self):
        raise AssertionError("the trainer read the corpus as words")

    monkeypatch.setattr(EncodedCorpus, "__iter__", no_text)  # no counting pass, no lookups
    from_ids = list(train(config, EncodedCorpus.open(corpus)))
    a, b = from_text[-1], from_ids[-1]
    assert isinstance(a, Finished) and isinstance(b, Finished)
    assert a.model.vocab.words == b.model.vocab.words
    np.testing.assert_array_equal(a.model.input_vectors, b.model.input_vectors)
    assert a.model.words_done == b.model.words_done
    assert a.model.epoch_losses == b.model.epoch_losses
    assert not any(isinstance(e, Scanning) for e in from_ids)


def test_continuing_a_model_on_ids_uses_its_vocabulary(corpus):
    config = TrainConfig(dim=8, min_count=2, epochs=1, threads=1, seed=1)
    first = list(train(config, EncodedCorpus.open(corpus)))[-1].model
    text = TokenSentences(corpus / "tokens.txt")
    again = list(train(config, text, init=copy.deepcopy(first)))[-1]
    more = list(train(config, EncodedCorpus.open(corpus), init=copy.deepcopy(first)))[-1]
    np.testing.assert_array_equal(again.model.input_vectors, more.model.input_vectors)
    assert more.model.epochs_done == 2


def test_damaged_id_files_are_refused(corpus):
    with open(corpus / "token_ids.bin", "ab") as f:
        f.write(b"\0\0\0\0")
    with pytest.raises(ValueError, match="do not agree"):
        EncodedCorpus.open(corpus)
