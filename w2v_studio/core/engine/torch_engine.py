"""The device engine of the torch backend: trains a job of word ids without host work per batch.

A job's ids go to the device once (and stay there for the next epochs while they fit in
``CACHE_FRACTION`` of the device's free memory); its examples and noise words are drawn there
(``torch_examples.py``); each batch is one SGD step of ``torch_backend.py`` whose loss is added
to a device tensor. The host learns the job's number of examples (one sync per job) and never
reads a batch's loss, so CUDA keeps queuing batches while earlier ones run: the caller reads the
job's loss when it reports progress. On CPU the same code runs synchronously (the tests).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from w2v_studio.core.engine.torch_backend import Batch, TorchBackend
from w2v_studio.core.engine.torch_examples import AliasSampler, DeviceExamples, device_examples

CACHE_FRACTION = 0.25  # of the device's free memory at the start, for job ids kept there


class DeviceEngine:
    """Trains jobs (word ids with sentence boundaries) on ``backend``'s device."""

    def __init__(self, backend: TorchBackend, keep: np.ndarray, noise: np.ndarray | None, *,
                 window: int, dynamic: bool, cbow: bool) -> None:
        torch = backend.torch
        self.b, self.torch = backend, torch
        dev = backend.device
        self.keep = torch.as_tensor(np.asarray(keep, dtype=np.float64), dtype=backend.wide,
                                    device=dev)
        self.window, self.dynamic, self.cbow = window, dynamic, cbow
        self.sampler = None
        if backend.objective == "negative" and noise is not None:
            from w2v_studio.core.engine.noise import alias_table

            self.sampler = AliasSampler(torch, alias_table(noise), dev, backend.gen)
        self.cache: dict[int, tuple[Any, Any]] = {}
        self.cache_left = 0
        if dev.type == "cuda":
            self.cache_left = int(torch.cuda.mem_get_info(dev)[0] * CACHE_FRACTION)
        self.arange = torch.arange(max(backend.batch_size, 1), device=dev)

    def upload(self, number: int, ids: np.ndarray, sent_ptr: np.ndarray):
        """(ids, sentence boundaries) of job ``number`` as long tensors on the device, from the
        cache when an earlier epoch left them there."""
        if number in self.cache:
            return self.cache[number]
        torch, dev = self.torch, self.b.device
        pair = [torch.from_numpy(np.ascontiguousarray(a)) for a in (ids, sent_ptr)]
        if dev.type == "cuda":
            pair = [a.pin_memory().to(dev, non_blocking=True) for a in pair]
        pair = [a.to(dev).long() for a in pair]
        size = sum(a.numel() * 8 for a in pair)
        if size <= self.cache_left:
            self.cache[number] = (pair[0], pair[1])
            self.cache_left -= size
        return pair[0], pair[1]

    def train_job(self, number: int, ids: np.ndarray, sent_ptr: np.ndarray, lr0: float,
                  lr1: float) -> tuple[Any, int]:
        """Train on one job; the learning rate falls linearly from lr0 to lr1 over its
        examples. Returns (summed loss as a 0-d tensor on the device, number of examples)."""
        torch, b = self.torch, self.b
        with torch.no_grad():
            d_ids, d_ptr = self.upload(number, ids, sent_ptr)
            dx = device_examples(torch, d_ids, d_ptr, self.keep, window=self.window,
                                 dynamic=self.dynamic, cbow=self.cbow, gen=b.gen,
                                 batch_size=b.batch_size)
            shared = None
            if self.sampler is not None and b.share and not self.cbow:
                shared = self.sampler.draw((d_ids.shape[0], b.negative))  # one set per centre
            total = torch.zeros((), dtype=b.wide, device=b.device)
            for i, a in enumerate(range(0, dx.n, b.batch_size)):
                z = min(dx.n, a + b.batch_size)
                negs = None
                if self.sampler is not None:
                    negs = shared[dx.centre[a:z]] if shared is not None else \
                        self.sampler.draw((z - a, b.negative))
                total += b.step(self.batch(dx, i, a, z, lr0, lr1), negs).to(b.wide)
        return total, dx.n

    def batch(self, dx: DeviceExamples, i: int, a: int, z: int, lr0: float, lr1: float
              ) -> Batch:
        """Batch ``i`` (examples a..z) of the job, as views of its device tensors."""
        torch, dev = self.torch, self.b.device
        lr = (lr0 + (lr1 - lr0) * (self.arange[: z - a] + a).to(torch.float32) / max(dx.n, 1))
        if dx.seg is None:  # skip-gram: one context word per example
            m = z - a
            return Batch(dx.targets[a:z], self.arange[:m], dx.in_ids[a:z],
                         torch.zeros(m, dtype=torch.long, device=dev),
                         torch.ones(m, dtype=torch.float32, device=dev), lr, max_pos=0)
        ea, ez = dx.bounds[i], dx.bounds[i + 1]
        return Batch(dx.targets[a:z], dx.seg[ea:ez] - a, dx.in_ids[ea:ez], dx.pos[ea:ez],
                     dx.sizes[a:z], lr, max_pos=2 * dx.window - 1)
