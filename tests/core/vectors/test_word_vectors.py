"""WordVectors queries agree with gensim's KeyedVectors and report counts and spelling hints."""

from __future__ import annotations

import numpy as np
import pytest

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.engine.vocab import Vocab
from w2v_studio.core.vectors.io.export import export_vectors
from w2v_studio.core.vectors.io.load import load_vectors
from w2v_studio.core.vectors.word_vectors import Neighbour, UnknownWordError, WordVectors

gensim_kv = pytest.importorskip("gensim.models.keyedvectors")

EXTRA = ["학교", "학생", "학교는", "中国", "中国人", "北京", "Paris", "paris", "house", "mouse"]


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    rng = np.random.default_rng(11)
    words = [f"w{i}" for i in range(1500)] + EXTRA
    vectors = rng.normal(size=(len(words), 32)).astype(np.float32)
    vectors[5] *= 40  # norms must not matter
    counts = np.arange(len(words), 0, -1, dtype=np.int64) * 3
    wv = WordVectors(words, vectors, counts)
    path = tmp_path_factory.mktemp("q") / "v.txt"
    export_vectors(wv, path, "word2vec-text")
    kv = gensim_kv.KeyedVectors.load_word2vec_format(str(path))
    return wv, kv


def _same(ours: list[Neighbour], theirs: list[tuple[str, float]]) -> None:
    assert [n.word for n in ours] == [w for w, _ in theirs]
    assert [n.similarity for n in ours] == pytest.approx([s for _, s in theirs], abs=1e-5)


def test_neighbours_match_gensim(pair):
    wv, kv = pair
    _same(wv.neighbours("w5", topn=10), kv.most_similar("w5", topn=10))
    _same(
        wv.neighbours(["w1", "w2"], ["w3"], topn=7), kv.most_similar(["w1", "w2"], ["w3"], topn=7)
    )
    _same(
        wv.neighbours("w9", topn=5, restrict_vocab=300),
        kv.most_similar("w9", topn=5, restrict_vocab=300),
    )
    assert all(int(n.word[1:]) < 300 for n in wv.neighbours("w9", restrict_vocab=300))


def test_analogy_both_methods_match_gensim(pair):
    wv, kv = pair
    _same(wv.analogy("w1", "w2", "w3", topn=5), kv.most_similar(["w2", "w3"], ["w1"], topn=5))
    _same(
        wv.analogy("w1", "w2", "w3", method="3cosmul", topn=5),
        kv.most_similar_cosmul(["w2", "w3"], ["w1"], topn=5),
    )
    with pytest.raises(ValueError, match="3cosadd"):
        wv.analogy("w1", "w2", "w3", method="3coswhat")  # type: ignore[arg-type]


def test_pairwise_queries_match_gensim(pair):
    wv, kv = pair
    assert wv.similarity("w1", "학교") == pytest.approx(
        float(kv.similarity("w1", "학교")), abs=1e-6
    )
    assert wv.n_similarity(["w1", "w2"], ["中国", "w4"]) == pytest.approx(
        float(kv.n_similarity(["w1", "w2"], ["中国", "w4"])), abs=1e-6
    )
    words = ["w1", "w2", "w3", "w4", "北京"]
    odd = wv.odd_one_out(words)
    assert odd.word == kv.doesnt_match(words)
    assert odd.ranking[-1].word == odd.word and len(odd.ranking) == 5
    for a, b in [("w1", "w2"), ("w7", "w1400"), ("학교", "Paris")]:
        assert wv.rank(a, b) == kv.rank(a, b)


def test_results_carry_counts_and_ranks(pair):
    wv, _ = pair
    result = wv.neighbours("w10", topn=4)
    assert [n.rank for n in result] == [1, 2, 3, 4]
    for n in result:
        assert n.count == wv.count(n.word) == int(wv.counts[wv.index[n.word]])
    assert "w10" not in [n.word for n in result]
    assert wv.count("w0") == 3 * len(wv)
    no_counts = WordVectors(wv.words, wv.vectors)
    assert no_counts.neighbours("w10", topn=1)[0].count is None


def test_unknown_word_names_it_and_suggests_spellings(pair):
    wv, _ = pair
    with pytest.raises(UnknownWordError) as e:
        wv.neighbours("학고")
    assert e.value.word == "학고" and "학교" in e.value.suggestions
    assert "'학고' is not in the vocabulary" in str(e.value) and "학교" in str(e.value)
    assert "中国" in wv.suggest("中国话")
    assert wv.suggest("Pariss")[0] in ("Paris", "paris")
    with pytest.raises(KeyError):  # still a KeyError for callers that expect one
        wv.vector("housse")
    assert "house" in wv.suggest("housse")
    with pytest.raises(UnknownWordError, match="No similar spelling"):
        wv.similarity("w1", "ζζζζζζζζ")


def test_basic_access(pair):
    wv, _ = pair
    assert len(wv) == 1510 and "w3" in wv and "nope" not in wv
    assert wv.most_frequent(3) == ["w0", "w1", "w2"]
    np.testing.assert_array_equal(wv.vector("w3"), wv.vectors[3])
    assert np.linalg.norm(wv.vector("w5", unit=True)) == pytest.approx(1.0, abs=1e-6)
    assert wv.head(10).words == wv.words[:10]
    with pytest.raises(ValueError, match="more than once"):
        WordVectors(["a", "a"], np.ones((2, 3)))
    with pytest.raises(ValueError, match="one vector per word"):
        WordVectors(["a", "b"], np.ones((3, 3)))


def test_from_trained_model_and_native_folder(tmp_path):
    rng = np.random.default_rng(0)
    vocab = Vocab(["the", "학교", "中国", "cat"], np.array([40, 30, 20, 10]))
    vectors = rng.normal(size=(4, 8)).astype(np.float32)
    model = TrainedModel(vocab, TrainConfig(dim=8, min_count=1), vectors, status="finished")
    wv = WordVectors.from_model(model)
    assert wv.words == vocab.words and wv.count("학교") == 30
    model.save(tmp_path / "model")
    loaded = load_vectors(tmp_path / "model")
    assert loaded.words == vocab.words
    np.testing.assert_array_equal(loaded.vectors, vectors)
    assert loaded.counts.tolist() == [40, 30, 20, 10]
    assert len(load_vectors(tmp_path / "model", limit=2)) == 2
