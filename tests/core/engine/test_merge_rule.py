"""How replicas are merged: each row's summed change scaled between the sum (a row updated
rarely) and the average (a row updated so often that each rank's change went all the way),
checked on hand-worked cases, and the shared-memory merge that ranks on one machine use."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from w2v_studio.core.engine.huffman import HuffmanTree
from w2v_studio.core.engine.local_merge import _add_slots
from w2v_studio.core.engine.merge_rule import merge_scale, update_rates


def _s(k: float, a: float) -> float:
    return float(merge_scale(torch.tensor([k]), torch.tensor([1.0]), a)[0])


def test_scale_is_the_sum_for_rarely_updated_rows():
    assert _s(4, 0.0) == 1.0  # no curvature: every rank's change counts in full
    assert _s(4, 1e-6) == pytest.approx(1.0, abs=1e-5)
    assert _s(1, 3.0) == pytest.approx(1.0)  # one rank changed it: its change, whole


def test_scale_matches_sequential_steps_on_a_quadratic_worked_by_hand():
    # one rank: n steps of size a/n on f(x) = x^2/2 from x0 = 1 move 1 - exp(-a) of the way
    # (in the limit); four ranks one after another: 1 - exp(-4a). With a = ln(4/3): 1/4 and
    # 1 - 81/256 = 175/256, so the four changes (1/4 each, summing to 1) are scaled by 175/256.
    a = math.log(4 / 3)
    assert _s(4, a) == pytest.approx(175 / 256, rel=1e-5)
    x, steps = 1.0, 100_000
    for _ in range(4 * steps):  # the sequential run the merge stands in for
        x -= (a / steps) * x
    one_rank = 1.0 - math.exp(-a)
    assert 4 * one_rank * _s(4, a) == pytest.approx(1.0 - x, rel=1e-3)


def test_update_rates_count_negatives_on_output_rows_and_paths_in_the_huffman_tree():
    counts = np.array([6, 3, 1])
    keep = np.ones(3)
    noise = np.array([0.5, 0.3, 0.2])
    rin, rout = update_rates(counts, keep, 2, "negative", 5, noise)
    np.testing.assert_allclose(rin, [0.6 * 3, 0.3 * 3, 0.1 * 3])  # share x (window + 1)
    np.testing.assert_allclose(rout, rin + 5 * noise * 3)  # + negatives of every pair
    # a tree: word 0 -> [node 1], words 1, 2 -> [node 1, node 0]
    tree = HuffmanTree(codes=np.zeros((3, 2), np.uint8),
                       points=np.array([[1, 0], [1, 0], [1, 0]], np.int32),
                       lengths=np.array([1, 2, 2], np.int32))
    rin, rout = update_rates(counts, keep, 2, "hierarchical", 5, None, tree)
    np.testing.assert_allclose(rout, [rin[1] + rin[2], rin.sum()])  # the root: every word


def test_shared_slots_merge_keeps_untouched_rows_and_scales_shared_ones():
    base = np.arange(8, dtype=np.float32).reshape(4, 2)
    w = base.copy()
    slots = np.zeros((2, 4, 2), np.float32)  # two ranks' changes
    slots[0, 1] = [1.0, 1.0]  # row 1: rank 0 only
    slots[0, 2] = [2.0, 0.0]  # row 2: both ranks
    slots[1, 2] = [2.0, 0.0]
    slots[1, 3] = [0.0, -1.0]  # row 3: rank 1 only
    _add_slots(w, base, slots, np.ones(4), 0.0, False, 2.0)  # the plain sum
    np.testing.assert_allclose(w, [[0, 1], [3, 4], [8, 5], [6, 6]])
    np.testing.assert_array_equal(w, base)  # the base moves with the weights
    w2 = np.arange(8, dtype=np.float32).reshape(4, 2)
    base2 = w2.copy()
    _add_slots(w2, base2, slots, np.ones(4), 100.0, True, 1.0)  # floor 1: the average
    np.testing.assert_allclose(w2, [[0, 1], [3, 4], [6, 5], [6, 6]])  # row 2: +2, not +4


def test_two_ranks_always_add_up_and_more_ranks_move_a_saturated_row_at_most_twice():
    assert _s(2, 50.0) == pytest.approx(1.0)  # 2 x the row's own way: the plain sum
    assert _s(4, 50.0) == pytest.approx(0.5)  # 4 ranks: scaled to twice its own way
    assert _s(8, 50.0) == pytest.approx(0.25)
