"""Map layouts kept per model, word set and settings, so that saving or reopening a model, or
asking for the same t-SNE again, shows the map at once instead of recomputing it.

The key is a hash of the placed words' vectors (their bytes, so a model saved and reopened gives
the same key, and a retrained one a new key), the words and the projection settings. Layouts
live in memory (a few recent ones) and as ``.npy`` files under the app's cache folder.

>>> import numpy as np, tempfile, pathlib
>>> cache = LayoutCache(pathlib.Path(tempfile.mkdtemp()))
>>> x = np.eye(5, dtype=np.float32)
>>> key = layout_key(["a", "b", "c", "d", "e"], x, ProjectionSettings(method="tsne"))
>>> cache.get(key) is None
True
>>> cache.put(key, np.zeros((5, 2), np.float32)); cache.get(key).shape
(5, 2)
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from dataclasses import asdict
from pathlib import Path

import numpy as np

from w2v_studio.core.explore.projection import ProjectionSettings
from w2v_studio.core.workspace.atomic import atomic_write

MEMORY_ITEMS = 16
FOLDER = "layouts"
MAX_FILES = 200  # oldest files beyond this are removed (only files this cache wrote)


def layout_key(words: list[str], vectors: np.ndarray, settings: ProjectionSettings) -> str:
    """A hex key from the words, their vectors' bytes and the settings."""
    h = hashlib.blake2b(digest_size=20)
    h.update(json.dumps(asdict(settings), sort_keys=True).encode())
    h.update("\n".join(words).encode("utf-8"))
    h.update(np.ascontiguousarray(vectors, dtype=np.float32).tobytes())
    return h.hexdigest()


class LayoutCache:
    """Recent layouts in memory, all of them on disk (``folder/<key>.npy``)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._memory: OrderedDict[str, np.ndarray] = OrderedDict()

    def get(self, key: str) -> np.ndarray | None:
        xy = self._memory.get(key)
        if xy is None and self.folder is not None:
            xy = self._read(self.folder / f"{key}.npy")
        if xy is not None:
            self._remember(key, xy)
        return xy

    def put(self, key: str, xy: np.ndarray) -> None:
        xy = np.ascontiguousarray(xy, dtype=np.float32)
        self._remember(key, xy)
        if self.folder is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with atomic_write(self.folder / f"{key}.npy", "wb") as f:
                np.save(f, xy, allow_pickle=False)
            self._trim()
        except OSError:
            pass  # a cache: the map is shown all the same, it is only computed again next time

    def _remember(self, key: str, xy: np.ndarray) -> None:
        self._memory[key] = xy
        self._memory.move_to_end(key)
        while len(self._memory) > MEMORY_ITEMS:
            self._memory.popitem(last=False)

    @staticmethod
    def _read(path: Path) -> np.ndarray | None:
        try:
            xy = np.load(path, allow_pickle=False)
        except (OSError, ValueError):
            return None
        ok = xy.ndim == 2 and xy.shape[1] == 2 and xy.dtype == np.float32
        return xy if ok and np.isfinite(xy).all() else None

    def _trim(self) -> None:
        files = sorted(self.folder.glob("*.npy"), key=lambda p: p.stat().st_mtime)
        for old in files[:-MAX_FILES]:
            if len(old.stem) == 40:  # one of ours (a blake2b-160 key)
                old.unlink(missing_ok=True)


def default_layout_cache() -> LayoutCache:
    """The cache under the app's cache folder (``$W2V_STUDIO_CACHE/layouts``)."""
    from w2v_studio.core.workspace.downloads import default_cache_dir

    return LayoutCache(default_cache_dir() / FOLDER)
