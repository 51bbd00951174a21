"""WEAT: a hand-worked case, and planted / absent associations in a trained model."""

from __future__ import annotations

import numpy as np
import pytest

from w2v_studio.core.analysis.count_models import CountSettings, build_count_model
from w2v_studio.core.analysis.weat import WeatError, weat
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.vectors.word_vectors import WordVectors


def test_effect_size_and_exact_p_value_equal_a_hand_worked_case():
    # unit vectors, so cos = dot; s(w) = w[0] - w[1] with A along x and B along y
    vecs = {"x1": (1, 0), "x2": (0.8, 0.6), "y1": (0, 1), "y2": (0.6, 0.8),
            "a1": (1, 0), "a2": (1, 0), "b1": (0, 1), "b2": (0, 1)}
    wv = WordVectors(list(vecs), np.array(list(vecs.values()), dtype=np.float32))
    r = weat(wv, ["x1", "x2"], ["y1", "y2"], ["a1", "a2"], ["b1", "b2"])
    # s = [1, 0.2, -1, -0.2]: means 0.6 and -0.6, sample std sqrt(2.08 / 3)
    assert r.effect_size == pytest.approx(1.2 / np.sqrt(2.08 / 3), abs=1e-5)
    assert r.statistic == pytest.approx(2.4, abs=1e-5)
    # 6 ways to split 4 words into 2 + 2; only the observed one reaches 2.4
    assert r.exact and r.permutations == 6 and r.p_value == pytest.approx(1 / 6)


def _association_corpus(planted: bool, n: int = 3000, seed: int = 0) -> list[list[str]]:
    """Sentences pairing a target word (x* or y*) with attribute words (a* or b*).

    Planted: x words occur with a words and y words with b words; else at random."""
    rng = np.random.default_rng(seed)
    xs, ys = [f"x{i}" for i in range(8)], [f"y{i}" for i in range(8)]
    as_, bs = [f"a{i}" for i in range(8)], [f"b{i}" for i in range(8)]
    out = []
    for _ in range(n):
        is_x = rng.random() < 0.5
        target = rng.choice(xs if is_x else ys)
        with_a = is_x if planted else rng.random() < 0.5
        attrs = list(rng.choice(as_ if with_a else bs, 4))
        out.append([str(target), *map(str, attrs), str(rng.choice(xs + ys))])
    return out


def _model(planted: bool) -> WordVectors:
    m = build_count_model(TrainConfig(dim=10, min_count=1, window=5),
                          _association_corpus(planted), CountSettings("svd"))
    return WordVectors.from_model(m)


def _sets(prefix: str) -> list[str]:
    return [f"{prefix}{i}" for i in range(8)]


def test_weat_finds_a_planted_association_with_the_right_sign():
    r = weat(_model(True), _sets("x"), _sets("y"), _sets("a"), _sets("b"), seed=1)
    assert r.effect_size > 1.0 and r.p_value < 0.05
    flipped = weat(_model(True), _sets("y"), _sets("x"), _sets("a"), _sets("b"), seed=1)
    assert flipped.effect_size == pytest.approx(-r.effect_size, abs=1e-6)


def test_weat_finds_nothing_where_nothing_was_planted():
    r = weat(_model(False), _sets("x"), _sets("y"), _sets("a"), _sets("b"), seed=1)
    assert r.p_value > 0.05


def test_random_partitions_are_used_when_there_are_too_many_and_agree_with_exact():
    wv = _model(True)
    exact = weat(wv, _sets("x"), _sets("y"), _sets("a"), _sets("b"))
    sampled = weat(wv, _sets("x"), _sets("y"), _sets("a"), _sets("b"), permutations=2000)
    assert exact.exact and exact.permutations == 12870  # C(16, 8)
    assert not sampled.exact and sampled.permutations == 2000
    assert sampled.p_value == pytest.approx(exact.p_value, abs=0.01)


def test_unknown_words_are_listed_and_a_set_without_known_words_is_refused():
    wv = _model(True)
    r = weat(wv, [*_sets("x"), "zzz"], _sets("y"), _sets("a"), _sets("b"))
    assert r.missing == {"X": ["zzz"]} and r.sizes["X"] == 8
    with pytest.raises(WeatError, match="set Y"):
        weat(wv, _sets("x"), ["nope", "nada"], _sets("a"), _sets("b"))
