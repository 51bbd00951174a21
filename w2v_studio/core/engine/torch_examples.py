"""Examples made on the device (the GPU engine): a job's word ids go to the device once and
subsampling, the dynamic window, skip-gram pairs, CBOW contexts and noise words are drawn there.

The rules are those of ``examples.py`` (numba, on the host): each occurrence of word w is kept
with probability ``keep[w]``; around each kept word i a window of ``window - b`` kept words on
each side (b uniform in [0, window) with ``dynamic``), never across a sentence; skip-gram gives
one example per (centre, context) pair with the centre as target, in the same order as the host
(centre by centre, context left to right), CBOW one example per centre with at least one context
word. Noise words come from the same alias table as the numba kernels (``noise.alias_table``).

Everything has a static shape except the number of examples, which the host learns once per job
(one device sync per job, none per batch): kept words are packed with a scatter, and the window
is a (kept words, 2 x window) grid of candidate pairs masked by sentence and window size.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass
class DeviceExamples:
    """A job's examples on the device. Skip-gram: ``in_ids`` (N,) one context word per example.
    CBOW: ``in_ids`` (M,), ``seg`` (M,) the example of each, ``pos`` (M,) its place in the
    example's group, ``sizes`` (N,); ``bounds`` the entry offset of each batch start (host)."""

    targets: Any  # (N,) long: the centre word of each example
    centre: Any  # (N,) long: the centre's slot among the job's kept words (shared noise words)
    in_ids: Any
    n: int  # examples
    window: int
    seg: Any = None
    pos: Any = None
    sizes: Any = None
    bounds: list[int] | None = None


class AliasSampler:
    """Noise words on the device from the packed alias table of ``noise.alias_table``: a uniform
    slot i and a uniform 32-bit u; i if u < threshold(i), else alias(i)."""

    def __init__(self, torch, table: np.ndarray, device, gen) -> None:
        self.torch, self.gen = torch, gen
        t = np.asarray(table, dtype=np.uint64)
        self.thresh = torch.as_tensor((t & np.uint64(0xFFFFFFFF)).astype(np.int64), device=device)
        self.alias = torch.as_tensor((t >> np.uint64(32)).astype(np.int64), device=device)

    def draw(self, shape: tuple[int, ...]):
        torch, dev = self.torch, self.thresh.device
        slot = torch.randint(0, self.thresh.shape[0], shape, generator=self.gen, device=dev)
        u = torch.randint(0, 1 << 32, shape, generator=self.gen, device=dev)
        return torch.where(u < self.thresh[slot], slot, self.alias[slot])


def _kept(torch, ids, sent_ptr, keep, gen):
    """(kept ids (n,), their sentence (n,), -1 past the kept ones): subsampling, packed."""
    n = ids.shape[0]
    dev = ids.device
    sent = torch.searchsorted(sent_ptr[1:], torch.arange(n, device=dev), right=True)
    p = keep[ids]
    k = torch.rand(n, generator=gen, device=dev, dtype=p.dtype) < p
    dest = torch.where(k, torch.cumsum(k, 0) - 1, n)  # kept words packed; the rest to slot n
    kept = torch.zeros(n + 1, dtype=torch.long, device=dev).scatter_(0, dest, ids)
    ksent = torch.full((n + 1,), -1, dtype=torch.long, device=dev).scatter_(0, dest, sent)
    ksent[n] = -1
    return kept[:n], ksent[:n]


def _pair_grid(torch, ksent, window: int, dynamic: bool, gen):
    """(valid (n, 2W) bool, offsets (2W,)): slot j pairs with slot j + offsets[c]."""
    n = ksent.shape[0]
    dev = ksent.device
    offs = torch.cat([torch.arange(-window, 0, device=dev),
                      torch.arange(1, window + 1, device=dev)])
    if dynamic:
        eff = window - torch.randint(0, window, (n,), generator=gen, device=dev)
    else:
        eff = torch.full((n,), window, dtype=torch.long, device=dev)
    nb = torch.arange(n, device=dev)[:, None] + offs[None, :]
    inside = (nb >= 0) & (nb < n)
    same = ksent[nb.clamp(0, max(n - 1, 0))] == ksent[:, None]
    valid = inside & same & (ksent[:, None] >= 0) & (offs.abs()[None, :] <= eff[:, None])
    return valid, offs


def device_examples(torch, ids, sent_ptr, keep, *, window: int, dynamic: bool, cbow: bool,
                    gen, batch_size: int) -> DeviceExamples:
    """The examples of one job: ``ids`` (long, on the device) in-vocabulary word ids, sentence
    i being ``ids[sent_ptr[i]:sent_ptr[i+1]]``; ``keep`` (V,) keep probabilities there."""
    kept, ksent = _kept(torch, ids, sent_ptr, keep, gen)
    valid, offs = _pair_grid(torch, ksent, window, dynamic, gen)
    w2 = offs.shape[0]
    if not cbow:
        flat = valid.reshape(-1).nonzero().squeeze(1)  # the job's one sync
        centre = flat // w2
        return DeviceExamples(kept[centre], centre, kept[centre + offs[flat % w2]],
                              int(flat.shape[0]), window)
    rows = valid.any(1).nonzero().squeeze(1)
    vm = valid[rows]
    ent = vm.reshape(-1).nonzero().squeeze(1)
    seg = ent // w2
    sizes = vm.sum(1)
    ptr = torch.zeros(rows.shape[0] + 1, dtype=torch.long, device=ids.device)
    torch.cumsum(sizes, 0, out=ptr[1:])
    n = int(rows.shape[0])
    starts = list(range(0, n, batch_size)) + [n]
    bounds = ptr[torch.as_tensor(starts, device=ids.device)].tolist()
    return DeviceExamples(kept[rows], rows, kept[rows[seg] + offs[ent % w2]], n, window,
                          seg=seg, pos=torch.arange(ent.shape[0], device=ids.device) - ptr[seg],
                          sizes=sizes.to(torch.float32), bounds=bounds)
