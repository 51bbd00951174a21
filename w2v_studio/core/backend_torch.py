"""Batched PyTorch backend (GPU, or CPU for checks): the same examples as the numba kernels,
many at once.

Each step takes a batch of examples from ``batches.py`` and applies SGD with the exact
gradients of the objective (written out, not autograd: the tests compare them with autograd).
With large batches a frequent word's row receives thousands of summed updates in one step,
which sequential SGD would have spread out and self-limited; summing diverges and averaging
starves learning. We cap the *number* of updates a row takes per step: a row hit n times gets
``min(1, cap / n)`` of its summed update (``cap`` = ``row_update_cap``). Rows hit at most
``cap`` times (all rows at small batch sizes) get the plain SGD update.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

ROW_UPDATE_CAP = 8.0


@dataclass
class Batch:
    """One batch on the device: targets (N,), seg (M,) example index of each input id,
    in_ids (M,), sizes (N,) input-group sizes, lr (N,)."""

    targets: Any
    seg: Any
    in_ids: Any
    sizes: Any
    lr: Any


def make_batch(torch, device, targets, in_ptr, in_ids, lr0: float, lr1: float) -> Batch:
    n = len(targets)
    sizes = np.diff(in_ptr).astype(np.int64)
    seg = np.repeat(np.arange(n, dtype=np.int64), sizes)
    lr = lr0 + (lr1 - lr0) * (np.arange(n, dtype=np.float64) / max(n, 1))
    t = lambda a, dt: torch.as_tensor(a, dtype=dt, device=device)  # noqa: E731
    return Batch(t(targets, torch.long), t(seg, torch.long), t(in_ids, torch.long),
                 t(sizes, torch.float32), t(lr, torch.float32))


def _hidden(torch, syn0, b: Batch, mean: bool):
    n = b.targets.shape[0]
    h = torch.zeros((n, syn0.shape[1]), dtype=syn0.dtype, device=syn0.device)
    h.index_add_(0, b.seg, syn0[b.in_ids])
    if mean:
        h /= b.sizes[:, None]
    return h


def _apply(torch, mat, rows, upd, cap: float | None):
    """mat[rows] += upd, summing duplicates, each row's sum scaled by min(1, cap / hits)."""
    if cap is None:
        mat.index_add_(0, rows, upd)
        return
    uniq, inv = torch.unique(rows, return_inverse=True)
    delta = torch.zeros((uniq.shape[0], mat.shape[1]), dtype=mat.dtype, device=mat.device)
    delta.index_add_(0, inv, upd)
    hits = torch.bincount(inv, minlength=uniq.shape[0]).to(mat.dtype)
    delta *= torch.clamp(cap / hits, max=1.0)[:, None]
    mat.index_add_(0, uniq, delta)


def _input_update(torch, syn0, b: Batch, dh, mean: bool, cap):
    upd = dh[b.seg]
    if mean:
        upd = upd / b.sizes[b.seg][:, None]
    _apply(torch, syn0, b.in_ids, upd, cap)


def step_negative(torch, syn0, syn1, b: Batch, negs, mean: bool, cap: float | None = None):
    """negs (N, K) noise ids; a noise id equal to the target is skipped. Returns summed NLL."""
    F = torch.nn.functional
    h = _hidden(torch, syn0, b, mean)  # (N, D)
    u_t = syn1[b.targets]  # (N, D)
    u_n = syn1[negs]  # (N, K, D)
    x_t = (u_t * h).sum(-1)  # (N,)
    x_n = torch.bmm(u_n, h[:, :, None]).squeeze(-1)  # (N, K)
    valid = (negs != b.targets[:, None]).to(h.dtype)
    g_t = (1.0 - torch.sigmoid(x_t)) * b.lr  # (label - p) * lr
    g_n = -torch.sigmoid(x_n) * valid * b.lr[:, None]
    loss = F.softplus(-x_t.double()).sum() + (F.softplus(x_n.double()) * valid).sum()
    dh = g_t[:, None] * u_t + (g_n[:, :, None] * u_n).sum(1)
    rows = torch.cat([b.targets, negs.reshape(-1)])
    upd = torch.cat([g_t[:, None] * h, (g_n[:, :, None] * h[:, None, :]).reshape(-1, h.shape[1])])
    _apply(torch, syn1, rows, upd, cap)
    _input_update(torch, syn0, b, dh, mean, cap)
    return loss


def step_hierarchical(torch, syn0, syn1, b: Batch, codes, points, lengths, mean: bool,
                      cap: float | None = None):
    """codes/points (V, L) and lengths (V,) as tensors on the device."""
    F = torch.nn.functional
    h = _hidden(torch, syn0, b, mean)
    P = points[b.targets]  # (N, L)
    C = codes[b.targets].to(h.dtype)
    L = P.shape[1]
    mask = (torch.arange(L, device=h.device)[None, :] < lengths[b.targets][:, None]).to(h.dtype)
    U = syn1[P]  # (N, L, D)
    x = torch.bmm(U, h[:, :, None]).squeeze(-1)  # (N, L)
    g = ((1.0 - C) - torch.sigmoid(x)) * mask * b.lr[:, None]
    loss = (F.softplus(-(1.0 - 2.0 * C.double()) * x.double()) * mask).sum()
    dh = (g[:, :, None] * U).sum(1)
    keep = mask.reshape(-1) > 0
    rows = P.reshape(-1)[keep]
    upd = (g[:, :, None] * h[:, None, :]).reshape(-1, h.shape[1])[keep]
    _apply(torch, syn1, rows, upd, cap)
    _input_update(torch, syn0, b, dh, mean, cap)
    return loss


def step_softmax(torch, syn0, syn1, b: Batch, mean: bool, cap: float | None = None):
    """Full softmax: scores over every word; syn1 gets a dense update."""
    h = _hidden(torch, syn0, b, mean)
    scores = h @ syn1.T  # (N, V)
    logp = torch.log_softmax(scores.double(), dim=1)
    loss = -logp.gather(1, b.targets[:, None]).sum()
    G = -torch.exp(logp).to(h.dtype)
    G[torch.arange(G.shape[0], device=h.device), b.targets] += 1.0
    G *= b.lr[:, None]  # (onehot - p) * lr
    dh = G @ syn1
    syn1 += G.T @ h
    _input_update(torch, syn0, b, dh, mean, cap)
    return loss


class TorchBackend:
    """Holds the weights on the device and trains on ``Examples`` in batches."""

    def __init__(self, syn0: np.ndarray, syn1: np.ndarray, *, objective: str, mean: bool,
                 device: str, batch_size: int, negative: int = 5, noise: np.ndarray | None = None,
                 huffman=None, threads: int = 1, seed: int = 1,
                 row_update_cap: float | None = ROW_UPDATE_CAP) -> None:
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
        self.cap = row_update_cap
        self.gen = torch.Generator(device=self.device)
        self.gen.manual_seed(seed)
        if objective == "negative":
            cum = np.cumsum(noise, dtype=np.float64)
            self.cum = torch.as_tensor(cum / cum[-1], dtype=torch.float64, device=self.device)
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
                if self.objective == "negative":
                    r = torch.rand((z - a) * self.negative, generator=self.gen,
                                   device=self.device, dtype=torch.float64)
                    negs = torch.searchsorted(self.cum, r, right=True).clamp_(
                        max=self.cum.shape[0] - 1).reshape(z - a, self.negative)
                    loss = step_negative(torch, self.syn0, self.syn1, b, negs, self.mean, self.cap)
                elif self.objective == "hierarchical":
                    loss = step_hierarchical(torch, self.syn0, self.syn1, b, self.codes,
                                             self.points, self.lengths, self.mean, self.cap)
                else:
                    loss = step_softmax(torch, self.syn0, self.syn1, b, self.mean, self.cap)
                total += float(loss)
        return total, n

    def sync(self) -> None:
        """Copy device weights back into the numpy arrays (no-op on CPU, where memory is shared)."""
        if self.device.type != "cpu":
            self._np0[...] = self.syn0.cpu().numpy()
            self._np1[...] = self.syn1.cpu().numpy()
