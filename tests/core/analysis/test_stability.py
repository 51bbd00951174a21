"""Neighbour stability: cluster mates come back in every run, a planted rare neighbour does not."""

from __future__ import annotations

import numpy as np
import pytest

from tests.core.conftest import planted_corpus
from w2v_studio.core.analysis.stability import BootstrapLines, stability_runs
from w2v_studio.core.engine.config import TrainConfig

CFG = TrainConfig(dim=16, min_count=1, epochs=4, sample=0, window=3, threads=1, device="cpu",
                  seed=1)


def _corpus_with_a_rare_neighbour() -> list[list[str]]:
    """Clustered sentences plus ONE line pairing 'rare' with c0w0's cluster mates: whether
    'rare' is a neighbour of c0w0 depends on whether a bootstrap sample drew that line."""
    line: list[str] = []
    for i in range(24):
        line += ["rare", f"c0w{1 + i % 7}"]
    return [*planted_corpus(n_clusters=6, n_sent=1200, length=10), line]


def test_a_planted_rare_neighbour_is_reported_unstable_and_cluster_mates_stable():
    (result,) = stability_runs(CFG, _corpus_with_a_rare_neighbour(), ["c0w0"], runs=8,
                               bootstrap=True, topn=8)
    by_word = {n.word: n for n in result.neighbours}
    assert result.runs == 8
    mates = [f"c0w{i}" for i in range(1, 8)]
    assert all(by_word[w].runs == 8 and by_word[w].stable for w in mates)
    assert "rare" in by_word and 0 < by_word["rare"].runs < 8
    assert not by_word["rare"].stable
    assert [n.word for n in result.neighbours[:7]] == sorted(
        mates, key=lambda w: by_word[w].mean_rank)


def test_bootstrap_sample_has_the_corpus_size_and_repeats_some_lines():
    lines = [[f"l{i}"] for i in range(200)]
    sample = list(BootstrapLines(lines, 200, seed=3))
    assert len(sample) == 200
    assert list(BootstrapLines(lines, 200, seed=3)) == sample  # the same on every pass
    distinct = len({s[0] for s in sample})
    assert distinct < 170  # about 63% of lines are drawn at least once
    # as numpy's draw says
    counts = np.bincount(np.random.default_rng(3).integers(0, 200, 200), minlength=200)
    assert distinct == int((counts > 0).sum())


def test_one_run_is_refused():
    with pytest.raises(ValueError, match="at least 2 runs"):
        stability_runs(CFG, [["a", "b"]], ["a"], runs=1)
