"""Subword n-grams: the same bucket ids as gensim's FastText (itself a port of fastText's
dictionary.cc), jamo decomposition worked by hand, and the settings' checks."""

from __future__ import annotations

import numpy as np
import pytest

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.jamo import EMPTY_FINAL, decompose
from w2v_studio.core.engine.subword import Subwords, compose, ngram_hashes

WORDS = ["where", "naïve", "a", "학교에서", "먹었다", "中华人民共和国", "北京", "mixed한글中"]


@pytest.mark.parametrize("min_n,max_n", [(3, 6), (1, 3), (2, 5), (4, 4)])
def test_ngram_buckets_equal_gensims_for_latin_hangul_and_han(min_n, max_n):
    from gensim.models.fasttext import ft_ngram_hashes

    for word in WORDS:
        expected = [int(h) for h in ft_ngram_hashes(word, min_n, max_n, 2_000_000)]
        assert ngram_hashes(word, min_n, max_n, 2_000_000).tolist() == expected, word


def test_hash_of_each_ngram_equals_gensims_ft_hash_bytes():
    from gensim.models.fasttext_inner import compute_ngrams_bytes, ft_hash_bytes

    # n-grams of one length, in the order gensim lists them, each hashed by gensim
    for word in ["학교", "中华", "naïve"]:
        grams = compute_ngrams_bytes(word, 2, 2)
        buckets = ngram_hashes(word, 2, 2, 2**31 - 1).tolist()
        assert buckets == [ft_hash_bytes(g) % (2**31 - 1) for g in grams]


def test_jamo_decomposition_worked_by_hand():
    assert decompose("각") == "ㄱㅏㄱ"
    assert decompose("가") == "ㄱㅏ" + EMPTY_FINAL
    assert decompose("닭") == "ㄷㅏㄺ"  # a cluster final stays one jamo
    assert decompose("했다") == "ㅎㅐㅆㄷㅏ" + EMPTY_FINAL
    assert decompose("AI가") == "AIㄱㅏ" + EMPTY_FINAL  # other letters kept
    assert decompose("北京") == "北京"
    assert all(len(decompose(chr(c))) == 3 for c in range(0xAC00, 0xD7A4, 97))


def test_jamo_ngrams_are_those_of_the_decomposed_word():
    from gensim.models.fasttext import ft_ngram_hashes

    got = ngram_hashes("먹었다", 3, 6, 1000, subword="jamo").tolist()
    assert got == [int(h) for h in ft_ngram_hashes(decompose("먹었다"), 3, 6, 1000)]
    # the stem shares its first syllables' n-grams with the inflected form
    stem = set(ngram_hashes("먹다", 3, 6, 1000, subword="jamo").tolist())
    assert len(stem & set(got)) >= 3


def test_each_word_has_its_own_row_then_its_ngram_rows_after_the_vocabulary():
    table = Subwords.for_words(["ab", "where"], 3, 6, 100)
    assert table.ptr.tolist() == [0, 4, 19]  # '<ab', 'ab>', '<ab>' ; 14 n-grams of '<where>'
    assert table.rows[0] == 0 and table.rows[4] == 1
    assert table.rows[1:4].tolist() == (ngram_hashes("ab", 3, 6, 100) + 2).tolist()


def test_a_words_vector_is_the_mean_of_its_row_and_its_ngram_rows():
    words = np.arange(6, dtype=np.float32).reshape(2, 3)
    ngrams = np.ones((100, 3), np.float32) * np.arange(100, dtype=np.float32)[:, None]
    table = Subwords.for_words(["ab", "where"], 3, 6, 100)
    b = ngram_hashes("ab", 3, 6, 100)
    expected = (words[0] + ngrams[b].sum(axis=0)) / (1 + len(b))
    np.testing.assert_allclose(compose(words, ngrams, table)[0], expected, rtol=1e-6)


def test_subword_settings_are_checked():
    assert TrainConfig(method="fasttext", min_n=2, max_n=4).buckets == 2_000_000
    with pytest.raises(ValueError, match="min_n must be at most max_n"):
        TrainConfig(method="fasttext", min_n=5, max_n=3)
    with pytest.raises(ValueError, match="subword must be"):
        TrainConfig(method="fasttext", subword="syllables")
    with pytest.raises(ValueError, match="buckets must be at least 1"):
        TrainConfig(method="fasttext", buckets=0)
    with pytest.raises(ValueError, match="negative sampling or hierarchical"):
        TrainConfig(method="fasttext", objective="softmax")


def test_the_memory_check_counts_the_ngram_rows():
    from w2v_studio.core.engine.memory_estimate import estimate_memory, memory_problem

    parts = estimate_memory(TrainConfig(method="fasttext", dim=100), 1000).parts
    assert parts["n-gram vectors (buckets x dim)"] == 2_000_000 * 100 * 4
    problem = memory_problem(TrainConfig(method="fasttext", buckets=2**31 - 1, dim=1000), 1000,
                             available=16 * 2**30)
    assert problem is not None and "n-gram vectors" in problem
