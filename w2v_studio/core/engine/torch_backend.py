"""Batched PyTorch backend (GPU, or CPU for checks): the same examples as the numba kernels,
many at once.

Each step takes a batch of examples from ``batches.py`` and applies SGD with the exact
gradients of the objective (written out, not autograd: the tests compare them with autograd).

Large batches. A frequent word's row receives thousands of summed updates in one step, which
sequential SGD would have spread out and self-limited: summing them diverges (NaN at 16k
examples with alpha 0.025), averaging them starves learning, and a fixed cap on the number of
updates per row is either too small or diverges (cap 8 learns nothing, 256 diverges on the
planted corpus). So each row's summed update Δ is limited by the curvature of the row's share of
the batch loss, which is known in closed form (sum of sigma'(x) a a^T over the logistic units
that touched the row): the step is scaled by ``min(1, |Δ|² / Σ_i lr_i Δᵀ H_i Δ)``, the exact
minimiser of the local quadratic along Δ. A row hit once or a few times (every row at small
batch sizes) gets the plain SGD update, because that ratio is far above 1 for normal learning
rates; a row hit thousands of times gets the Newton step along its summed direction.

Moving both sides of each product u.h at once overshoots, so a simultaneous step takes half the
Newton step (NEWTON_DAMPING); on real text that starves frequent rows (64k-example steps on the
first 15,000 lines of the English sample, sg+ns, 2 epochs: analogy 0.82% / WordSim 0.133
against numba's 1.24% / 0.147; damping 1 reached 1.03% / 0.160 but diverges on the planted
corpus, 2 diverges on the text). Negative sampling therefore steps the two sides in turn
(``alternate``): the output rows take the full Newton-limited step with the input rows fixed
(their loss is separate per row, so the step is the exact minimiser of each row's quadratic
model), then the input rows against the moved output rows: 1.31% / 0.147 on that run. Over
5 epochs it reaches analogy 3.72% / WordSim 0.243 against numba's 4.57% / 0.327 (analogy within
a point, WordSim not yet: larger shares of the Newton step, ALTERNATE_DAMPING 1.5, reached
0.276 on the text but diverge on the planted corpus; shared noise words off: 3.83% / 0.233).

Large-batch boost. What a 64k step lacks is not the frequent rows' step (the Newton limit
already moves them to the minimum of their batch loss along Δ) but the middle: rows hit a few
times in a step, below the Newton limit, which sequential SGD seems to move further than the
sum of their updates (a hypothesis: each of its updates sees the row, and the rows it meets,
already moved by the ones before; the sum sees none of that; with alternation it also makes
up for the input rows' smaller gradient, see below; the factor is measured, not derived). So
a row hit two or more times may move up to ``large_batch_boost(n)`` times its summed update,
still within the Newton limit:
``min(boost, |Δ|² / Σ_i lr_i Δᵀ H_i Δ)``. The boost is 1 up to 1,024 examples per step (plain
SGD), rises with log(n) to LARGE_BATCH_BOOST = 1.5 at 65,536 and stays there; rows hit once
keep the plain SGD step at every size, and rows the Newton limit holds are unchanged (their
step does not depend on the learning rate). Measured with benchmarks/large_batch.py (the first
15,000 lines of the English sample, 1.03M tokens, 5 epochs, one thread; analogy / WordSim-353):
  sg+ns   numba 4.34% / 0.319; 64k steps: this rule 4.59% / 0.355 (alternating in every
          step: 4.65% / 0.339), the Newton limit alone 3.72% / 0.243
  cbow+ns numba 1.52% / 0.205; 64k steps: this rule 1.43% / 0.173, alone 0.93% / 0.134
  sg+hs   numba 6.36% / 0.520; 64k steps: this rule 5.85% / 0.496, alone 4.95% / 0.422
The log ramp between 1,024 and 65,536 examples is a guess (only its ends were set by
measurement); note that this prefix rewards larger steps in general (numba at alpha 0.05:
5.01% / 0.490), so part of the boost's gain may be that: on a larger corpus it is unmeasured.

Small steps move both sides at once. The alternating step starves small steps: the input
rows' gradient, taken after the output rows moved toward them, is smaller than word2vec.c's
(which takes both from the same point). With alternation, sg+ns at 1,024 examples per step
reached 1.85% / 0.236 and at 16,384 (boost 1.33) 2.80% / 0.212 (Newton limit alone: 3.31% /
0.200); moving both at once (NEWTON_DAMPING): 4.18% / 0.337 and 5.06% / 0.403. At 64k both at
once reached 2.86% / 0.385 (analogy more than a point short), so steps alternate from
ALTERNATE_FROM = 32,768 examples on (between 16k and 64k: not measured). CBOW+ns at 16k
moves both at once too: 1.04% / 0.164 against 1.76% / 0.166 alternating (numba 1.52% / 0.205;
analogy near 1% on this prefix is noisy).

What else was tried for sg+ns at 64k (5 epochs, same run):
  boost 1.5 at every batch size (screening)               4.73% / 0.335
  boost 2                                                 3.92% / 0.394
  alpha 0.0375 for every row (no boost)                   4.56% / 0.333 (alpha 0.05:
      3.76% / 0.387, but numba at alpha 0.05 gets 5.01% / 0.490: this prefix rewards any
      larger step, so the comparison is at the same alpha)
  Ritz-limited step (Lanczos, 4 Krylov vectors per row,   4.11% / 0.256, 2.3x slower
      Newton only along the stiff directions)
  exact line search along Δ on the logistic loss (4       2.61% / 0.205: moving the frequent
      safeguarded Newton steps, capped at the SGD step)   rows further makes it worse
On the planted corpus of tests/core/engine/test_large_batch.py (60,000 tokens, 3 epochs) 64k
steps end at 1.07 times the numba loss, against 1.8 times with the Newton limit alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

NEWTON_DAMPING = 0.5
ALTERNATE = True  # negative sampling: output rows step first, then the input rows ...
ALTERNATE_FROM = 32_768  # ... in steps of at least this many examples (smaller: both at once)
ALTERNATE_DAMPING = (1.0, 1.0)  # (output, input) rows' share of the Newton step when alternating
LARGE_BATCH_BOOST = 1.5  # a row hit more than once may move this many times its summed update
BOOST_FROM, BOOST_FULL = 1024, 65536  # examples per step: no boost up to, the whole boost from


def large_batch_boost(n: int) -> float:
    """The most a row hit more than once in a step of ``n`` examples moves, in multiples of its
    summed update (the Newton limit may allow less): 1 up to BOOST_FROM examples (plain SGD),
    rising with log(n) to LARGE_BATCH_BOOST at BOOST_FULL and beyond.

    >>> large_batch_boost(512), large_batch_boost(8192), large_batch_boost(65536)
    (1.0, 1.25, 1.5)
    """
    rise = np.log2(max(n, 1) / BOOST_FROM) / np.log2(BOOST_FULL / BOOST_FROM)
    return float(1.0 + (LARGE_BATCH_BOOST - 1.0) * min(max(rise, 0.0), 1.0))


def wide_dtype(device_type: str) -> str:
    """The torch dtype name for losses, noise draws and the noise table on a device: float64,
    except on Apple GPUs (MPS has no float64), where everything runs in float32.

    >>> wide_dtype("cuda"), wide_dtype("mps")
    ('float64', 'float32')
    """
    return "float32" if device_type == "mps" else "float64"


def _wide(torch, x):
    return x.to(getattr(torch, wide_dtype(x.device.type)))


def _member_weight(size, mean: bool, divide: bool):
    """How far h moves per unit of one member's update, relative to plain SGD: a CBOW group's
    members move together (sum: h by size x a member's step; mean: by one member's step), and a
    divided update is 1/size of the error."""
    w = size if not mean else 1.0
    return w / size if divide else w


@dataclass
class Batch:
    """One batch on the device: targets (N,), seg (M,) example index of each input id,
    in_ids (M,), pos (M,) position of each input id in its group, sizes (N,), lr (N,)."""

    targets: Any
    seg: Any
    in_ids: Any
    pos: Any
    sizes: Any
    lr: Any
    max_pos: int | None = None  # largest ``pos`` when known (no device sync to find it)


def make_batch(torch, device, targets, in_ptr, in_ids, lr0: float, lr1: float) -> Batch:
    n = len(targets)
    sizes = np.diff(in_ptr).astype(np.int64)
    seg = np.repeat(np.arange(n, dtype=np.int64), sizes)
    pos = np.arange(len(seg), dtype=np.int64) - np.repeat(in_ptr[:-1] - in_ptr[0], sizes)
    lr = lr0 + (lr1 - lr0) * (np.arange(n, dtype=np.float64) / max(n, 1))
    t = lambda a, dt: torch.as_tensor(a, dtype=dt, device=device)  # noqa: E731
    return Batch(t(targets, torch.long), t(seg, torch.long), t(in_ids, torch.long),
                 t(pos, torch.long), t(sizes, torch.float32), t(lr, torch.float32))


def _hidden(torch, syn0, b: Batch, mean: bool):
    n = b.targets.shape[0]
    h = torch.zeros((n, syn0.shape[1]), dtype=syn0.dtype, device=syn0.device)
    h.index_add_(0, b.seg, syn0[b.in_ids])
    if mean:
        h /= b.sizes[:, None]
    return h


def _sum_rows(torch, mat, rows, upd, static: bool | None = None):
    """(uniq, inv, delta): delta[inv[e]] sums the updates of entry e's row, uniq[s] its row.
    ``static`` (the default on GPUs): shapes that need no device sync (a sort, no torch.unique;
    slots past the distinct rows hold row 0 and a zero sum); on CPU, where nothing waits,
    torch.unique keeps delta as small as the distinct rows."""
    if not (rows.is_cuda if static is None else static):
        uniq, inv = torch.unique(rows, return_inverse=True)
        delta = torch.zeros((uniq.shape[0], mat.shape[1]), dtype=mat.dtype, device=mat.device)
        delta.index_add_(0, inv, upd)
        return uniq, inv, delta
    m = rows.shape[0]
    srt, order = torch.sort(rows)
    new = torch.ones(m, dtype=torch.long, device=rows.device)
    new[1:] = (srt[1:] != srt[:-1]).long()
    slot = torch.cumsum(new, 0) - 1
    inv = torch.empty_like(slot).scatter_(0, order, slot)
    uniq = torch.zeros(m, dtype=rows.dtype, device=rows.device).scatter_(0, slot, srt)
    delta = torch.zeros((m, mat.shape[1]), dtype=mat.dtype, device=mat.device)
    delta.index_add_(0, inv, upd)
    return uniq, inv, delta


def _apply_scaled(torch, mat, uniq, inv, delta, quad_e, damping: float = NEWTON_DAMPING,
                  boost: float = 1.0):
    """mat[uniq] += delta * min(cap, damping |delta|^2 / quad), quad summed from ``quad_e``;
    cap is ``boost`` for a row with two or more entries of nonzero curvature, else 1.
    Damping 1 is the exact minimiser along delta of the row's quadratic loss model; when both
    sides of each product u.h move in the same step, half of it (NEWTON_DAMPING)."""
    quad = torch.zeros(uniq.shape[0], dtype=quad_e.dtype, device=mat.device)
    quad.index_add_(0, inv, quad_e)
    num = (delta.to(quad.dtype) ** 2).sum(1) * damping
    cap = torch.ones_like(quad)
    if boost != 1.0:
        hits = torch.zeros_like(quad).index_add_(0, inv, (quad_e > 0).to(quad.dtype))
        cap = torch.where(hits >= 2, cap * boost, cap)
    scale = torch.minimum(cap, num / quad.clamp_min(1e-30))
    mat.index_add_(0, uniq, delta * scale.to(mat.dtype)[:, None])


def _apply_output(torch, mat, rows, upd, a, w, safe: bool, damping: float = NEWTON_DAMPING,
                  boost: float = 1.0):
    """Output rows: entry e = (example i, unit k) adds ``upd[e]``; its loss curvature is
    w[e] * a[i] a[i]^T, ``a`` (N, D) the examples' hidden layers (not repeated per unit)."""
    if not safe:
        mat.index_add_(0, rows, upd)
        return
    uniq, inv, delta = _sum_rows(torch, mat, rows, upd)
    proj = (delta[inv].view(a.shape[0], -1, a.shape[1]) * a[:, None, :]).sum(-1).reshape(-1)
    _apply_scaled(torch, mat, uniq, inv, delta, w * proj * proj, damping, boost)


def _group_quad(torch, b: Batch, d_e, units, w):
    """Per entry e of example i: sum_k w[i,k] (units[i,k] . d_e[e])^2, one group position at a
    time through an (examples, positions) slot table (entry M: a zero dummy; no sync)."""
    m, n = b.in_ids.shape[0], b.targets.shape[0]
    npos = b.max_pos + 1 if b.max_pos is not None else \
        (int(b.pos.max()) + 1 if b.pos.numel() else 0)
    if npos == 1:  # skip-gram: entry i is example i's only member
        known = b.max_pos == 0  # the device engine's skip-gram: seg is arange(N)
        proj = torch.bmm(units if known else units[b.seg], d_e[:, :, None]).squeeze(-1)
        return ((w if known else w[b.seg]) * proj * proj).sum(1)
    slot = torch.full((n, max(npos, 1)), m, dtype=torch.long, device=d_e.device)
    slot[b.seg, b.pos] = torch.arange(m, device=d_e.device)
    d_pad = torch.cat([d_e, torch.zeros_like(d_e[:1])])
    quad_e = torch.zeros(m + 1, dtype=w.dtype, device=d_e.device)
    for p in range(npos):
        e = slot[:, p]
        proj = torch.bmm(units, d_pad[e][:, :, None]).squeeze(-1)  # (N, K)
        quad_e[e] = (w * proj * proj).sum(1)
    return quad_e[:m]


def _apply_input(torch, syn0, b: Batch, dh, units, w, mean: bool, safe: bool,
                 divide: bool = True, damping: float = NEWTON_DAMPING, boost: float = 1.0):
    """Input rows: example i's group members each get dh[i] (/size with ``divide``: CBOW-mean
    "exact", CBOW-sum "gensim"; a skip-gram group has size 1); example i's
    loss curvature wrt h is sum_k w[i,k] units[i,k] units[i,k]^T."""
    upd = dh[b.seg]
    if divide:
        upd = upd / b.sizes[b.seg][:, None]
    if not safe:
        syn0.index_add_(0, b.in_ids, upd)
        return
    uniq, inv, delta = _sum_rows(torch, syn0, b.in_ids, upd)
    d_e = delta[inv]  # (M, D): the summed update of each entry's row
    quad_e = _group_quad(torch, b, d_e, units, w)
    quad_e = quad_e * _member_weight(b.sizes[b.seg].to(quad_e.dtype), mean, divide)
    _apply_scaled(torch, syn0, uniq, inv, delta, quad_e, damping, boost)


def step_negative(torch, syn0, syn1, b: Batch, negs, mean: bool, safe: bool = True,
                  divide: bool = True, alternate: bool = False):
    """negs (N, K) noise ids; a noise id equal to the target is skipped. Returns summed NLL.
    ``alternate``: the output rows move first (a full Newton-limited step, the input rows
    fixed), then the input rows take theirs against the moved output rows: block coordinate
    steps, where moving both sides at once needs half steps (see ``_apply_scaled``)."""
    F = torch.nn.functional
    h = _hidden(torch, syn0, b, mean)  # (N, D)

    def units_of():
        return torch.cat([syn1[b.targets][:, None, :], syn1[negs]], 1)  # (N, K+1, D)

    units = units_of()
    x = torch.bmm(units, h[:, :, None]).squeeze(-1)  # (N, K+1)
    label = torch.zeros_like(x)
    label[:, 0] = 1.0
    valid = torch.cat([torch.ones_like(x[:, :1]), (negs != b.targets[:, None]).to(x.dtype)], 1)
    loss = (F.softplus(-(2.0 * _wide(torch, label) - 1.0) * _wide(torch, x)) * valid).sum()
    g, w = _logistic_steps(torch, x, label, valid, b.lr)
    dh = None if alternate else (g[:, :, None] * units).sum(1)  # before the output rows move
    rows = torch.cat([b.targets[:, None], negs], 1).reshape(-1)
    upd = (g[:, :, None] * h[:, None, :]).reshape(-1, h.shape[1])
    damping = ALTERNATE_DAMPING if alternate else (NEWTON_DAMPING, NEWTON_DAMPING)
    boost = large_batch_boost(b.targets.shape[0])
    _apply_output(torch, syn1, rows, upd, h, w.reshape(-1), safe, damping[0], boost)
    if alternate:
        units = units_of()
        g, w = _logistic_steps(torch, torch.bmm(units, h[:, :, None]).squeeze(-1), label,
                               valid, b.lr)
        dh = (g[:, :, None] * units).sum(1)
    _apply_input(torch, syn0, b, dh, units, w, mean, safe, divide, damping[1], boost)
    return loss


def _logistic_steps(torch, x, label, valid, lr):
    """(g, w) of logistic units with scores x: the SGD step on x, (label - p) lr, and the
    curvature weight lr sigma'(x)."""
    p = torch.sigmoid(x)
    return (label - p) * valid * lr[:, None], p * (1.0 - p) * valid * lr[:, None]


def step_hierarchical(torch, syn0, syn1, b: Batch, codes, points, lengths, mean: bool,
                      safe: bool = True, divide: bool = True):
    """codes/points (V, L) and lengths (V,) as tensors on the device."""
    F = torch.nn.functional
    h = _hidden(torch, syn0, b, mean)
    P = points[b.targets]  # (N, L)
    C = codes[b.targets].to(h.dtype)
    L = P.shape[1]
    mask = (torch.arange(L, device=h.device)[None, :] < lengths[b.targets][:, None]).to(h.dtype)
    units = syn1[P]  # (N, L, D)
    x = torch.bmm(units, h[:, :, None]).squeeze(-1)  # (N, L)
    p = torch.sigmoid(x)
    g = ((1.0 - C) - p) * mask * b.lr[:, None]
    loss = (F.softplus(-(1.0 - 2.0 * _wide(torch, C)) * _wide(torch, x)) * mask).sum()
    w = p * (1.0 - p) * mask * b.lr[:, None]
    dh = (g[:, :, None] * units).sum(1)
    # entries past a path's end (points 0, g = w = 0) add nothing: no masking, no sync
    rows = P.reshape(-1).long()
    upd = (g[:, :, None] * h[:, None, :]).reshape(-1, h.shape[1])
    boost = large_batch_boost(b.targets.shape[0])
    _apply_output(torch, syn1, rows, upd, h, w.reshape(-1), safe, boost=boost)
    _apply_input(torch, syn0, b, dh, units, w, mean, safe, divide, boost=boost)
    return loss


def step_softmax(torch, syn0, syn1, b: Batch, mean: bool, safe: bool = True,
                 divide: bool = True):
    """Full softmax: scores over every word; syn1 gets a dense update."""
    h = _hidden(torch, syn0, b, mean)
    logp = torch.log_softmax(_wide(torch, h @ syn1.T), dim=1)  # (N, V)
    loss = -logp.gather(1, b.targets[:, None]).sum()
    P = torch.exp(logp).to(h.dtype)
    G = -P
    G[torch.arange(G.shape[0], device=h.device), b.targets] += 1.0
    G *= b.lr[:, None]  # (onehot - p) * lr
    dh = G @ syn1
    delta = G.T @ h  # (V, D): every output row's summed update
    if safe:  # output row w: curvature sum_i lr_i p_iw (1 - p_iw) h_i h_i^T
        proj = h @ delta.T  # (N, V)
        quad = (b.lr[:, None] * P * (1.0 - P) * proj * proj).sum(0)
        num = (delta * delta).sum(1) * NEWTON_DAMPING
        delta = delta * torch.where(quad > num, num / quad.clamp_min(1e-30),
                                    torch.ones_like(num))[:, None]
    syn1 += delta
    upd = dh[b.seg] / b.sizes[b.seg][:, None] if divide else dh[b.seg]
    if not safe:
        syn0.index_add_(0, b.in_ids, upd)
        return loss
    # input row: curvature of -log softmax wrt h is Cov_p(u) = E_p[u u^T] - E_p[u] E_p[u]^T
    uniq, inv, delta0 = _sum_rows(torch, syn0, b.in_ids, upd)
    proj = delta0[inv] @ syn1.T  # (M, V)
    Pm = P[b.seg]
    quad_e = b.lr[b.seg] * ((Pm * proj * proj).sum(1) - (Pm * proj).sum(1) ** 2)
    quad_e = quad_e * _member_weight(b.sizes[b.seg], mean, divide)
    _apply_scaled(torch, syn0, uniq, inv, delta0, quad_e)
    return loss


class TorchBackend:
    """Holds the weights on the device and trains on ``Examples`` in batches."""

    def __init__(self, syn0: np.ndarray, syn1: np.ndarray, *, objective: str, mean: bool,
                 device: str, batch_size: int, negative: int = 5, noise: np.ndarray | None = None,
                 huffman=None, threads: int = 1, seed: int = 1, safe: bool = True,
                 divide: bool = False, share: bool = False) -> None:
        import torch

        self.torch = torch
        if device == "cpu":
            torch.set_num_threads(max(1, threads))
        self.device = torch.device(device)
        self._np0, self._np1 = syn0, syn1
        # on CPU the tensors share memory with the numpy arrays: no copy back needed
        self.syn0 = torch.from_numpy(syn0).to(self.device)
        self.syn1 = torch.from_numpy(syn1).to(self.device)
        self.objective, self.mean, self.negative = objective, mean, negative
        self.batch_size = batch_size
        self.safe = safe
        self.divide = divide
        self.alternate = ALTERNATE
        self.share = share  # consecutive examples with one target share noise words (numba's)
        self.wide = getattr(torch, wide_dtype(self.device.type))
        self.gen = torch.Generator(device=self.device)
        self.gen.manual_seed(seed)
        if objective == "negative":
            cum = np.cumsum(noise, dtype=np.float64)
            self.cum = torch.as_tensor(cum / cum[-1], dtype=self.wide, device=self.device)
        if objective == "hierarchical":
            self.codes = torch.as_tensor(huffman.codes, dtype=torch.long, device=self.device)
            self.points = torch.as_tensor(huffman.points, dtype=torch.long, device=self.device)
            self.lengths = torch.as_tensor(huffman.lengths, dtype=torch.long, device=self.device)
        if objective == "softmax":  # keep (N, V) score matrices around 32M entries
            self.batch_size = max(1, min(batch_size, (1 << 25) // max(syn1.shape[0], 1)))

    def train(self, ex, lr0: float, lr1: float) -> tuple[float, int]:
        torch = self.torch
        n = len(ex.targets)
        total = 0.0
        with torch.no_grad():
            for a in range(0, n, self.batch_size):
                z = min(n, a + self.batch_size)
                la = lr0 + (lr1 - lr0) * a / n
                lz = lr0 + (lr1 - lr0) * z / n
                ptr = ex.in_ptr[a: z + 1]
                b = make_batch(torch, self.device, ex.targets[a:z], ptr - ptr[0],
                               ex.in_ids[ptr[0]: ptr[-1]], la, lz)
                negs = self.noise_words(b.targets) if self.objective == "negative" else None
                loss = self.step(b, negs)
                total += float(loss)
        return total, n

    def step(self, b: Batch, negs=None):
        """One SGD step on batch ``b`` (``negs`` (N, K) for negative sampling); the summed
        loss as a tensor on the device."""
        torch = self.torch
        if self.objective == "negative":
            return step_negative(torch, self.syn0, self.syn1, b, negs, self.mean, self.safe,
                                 self.divide,
                                 self.alternate and b.targets.shape[0] >= ALTERNATE_FROM)
        if self.objective == "hierarchical":
            return step_hierarchical(torch, self.syn0, self.syn1, b, self.codes, self.points,
                                     self.lengths, self.mean, self.safe, self.divide)
        return step_softmax(torch, self.syn0, self.syn1, b, self.mean, self.safe, self.divide)

    def noise_words(self, targets):
        """(N, K) noise words from the noise distribution; with ``share`` a run of examples with
        the same target (the pairs of one skip-gram window) gets one draw of K words."""
        torch = self.torch
        n = targets.shape[0]
        group = None
        if self.share and n:
            new = torch.ones(n, dtype=torch.bool, device=self.device)
            new[1:] = targets[1:] != targets[:-1]
            group = torch.cumsum(new, 0) - 1
            n = int(group[-1]) + 1
        r = torch.rand(n * self.negative, generator=self.gen, device=self.device,
                       dtype=self.wide)
        negs = torch.searchsorted(self.cum, r, right=True).clamp_(
            max=self.cum.shape[0] - 1).reshape(n, self.negative)
        return negs if group is None else negs[group]

    def sync(self) -> None:
        """Copy device weights back into the numpy arrays (no-op on CPU, where memory is shared)."""
        if self.device.type != "cpu":
            self._np0[...] = self.syn0.cpu().numpy()
            self._np1[...] = self.syn1.cpu().numpy()
