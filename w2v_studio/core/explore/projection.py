"""Word vectors to 2-D points: PCA (numpy), t-SNE (openTSNE, else scikit-learn), UMAP."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

Method = Literal["pca", "tsne", "umap"]
METHODS: tuple[Method, ...] = ("pca", "tsne", "umap")

# progress(fraction or None when unknown, message)
ProgressCallback = Callable[[float | None, str], None]


class ProjectionCancelled(Exception):
    """The user pressed Cancel before the projection finished."""


class ProjectionError(Exception):
    """The projection could not run; the message says why and what to do."""


@dataclass(frozen=True)
class ProjectionSettings:
    """How to place words on the map.

    >>> ProjectionSettings(method="tsne", perplexity=10).method
    'tsne'
    """

    method: Method = "pca"
    normalize: bool = True  # unit-length vectors first, so distances follow cosine similarity
    seed: int = 1
    perplexity: float = 30.0  # t-SNE: about how many neighbours each point attends to
    tsne_iterations: int = 1000  # t-SNE optimisation steps (sklearn's minimum is 250)
    umap_neighbors: int = 15  # UMAP: size of the local neighbourhood
    umap_min_dist: float = 0.1  # UMAP: how tightly points may pack
    umap_epochs: int | None = None  # UMAP: optimisation epochs (None = umap-learn's default)

    def problems(self) -> list[str]:
        p: list[str] = []
        if self.method not in METHODS:
            p.append(f"method must be one of {', '.join(METHODS)}, not {self.method!r}")
        if self.perplexity <= 0:
            p.append(f"perplexity must be positive (got {self.perplexity})")
        if self.tsne_iterations < 250:
            p.append(f"t-SNE needs at least 250 iterations (got {self.tsne_iterations})")
        if self.umap_neighbors < 2:
            p.append(f"UMAP needs at least 2 neighbours (got {self.umap_neighbors})")
        return p


def _prepare(vectors: np.ndarray, normalize: bool) -> np.ndarray:
    """A private float32 copy (one allocation), rows scaled to length 1 when ``normalize``."""
    x = np.array(vectors, dtype=np.float32, copy=True)
    if x.ndim != 2:
        raise ProjectionError(f"expected a (words, dimensions) matrix, got shape {x.shape}")
    if normalize and x.size:
        norms = np.sqrt(np.einsum("ij,ij->i", x, x))  # no N×D temporary
        norms[norms == 0] = 1.0
        x /= norms[:, None]
    return x


def pca_2d(vectors: np.ndarray, *, normalize: bool = True) -> np.ndarray:
    """First two principal components, from the eigenvectors of the D×D covariance.

    Fast for many words: one (N×D)ᵀ(N×D) product and a D×D eigendecomposition
    (50,000 × 300 takes about 0.1-0.3 s). The product runs on one BLAS thread: on a busy
    machine (training running, 2 cores) a multi-threaded BLAS was 3× slower. Signs are fixed
    so the result is reproducible.

    >>> pts = pca_2d(np.random.default_rng(0).normal(size=(100, 20)))
    >>> pts.shape, pts.dtype.name
    ((100, 2), 'float32')
    """
    x = _prepare(vectors, normalize)
    n = x.shape[0]
    if n == 0:
        return np.zeros((0, 2), np.float32)
    xc = x  # a private copy: centre it in place
    xc -= x.mean(axis=0, dtype=np.float64).astype(np.float32)
    if n == 1 or x.shape[1] == 1:
        out = np.zeros((n, 2), np.float32)
        out[:, 0] = xc[:, 0] if x.shape[1] else 0
        return out
    with _one_blas_thread():
        cov = (xc.T @ xc).astype(np.float64)  # (D, D)
        _, eigvecs = np.linalg.eigh(cov)  # ascending eigenvalues
    comps = eigvecs[:, ::-1][:, :2].astype(np.float32)  # (D, 2)
    # Deterministic signs: largest-magnitude loading positive.
    idx = np.argmax(np.abs(comps), axis=0)
    comps *= np.sign(comps[idx, [0, 1]])
    return np.ascontiguousarray(xc @ comps, dtype=np.float32)


@contextlib.contextmanager
def _one_blas_thread() -> Iterator[None]:
    """Limit BLAS to one thread when threadpoolctl (a scikit-learn dependency) is installed."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        yield
        return
    with threadpool_limits(limits=1, user_api="blas"):
        yield


def tsne_2d(
    vectors: np.ndarray,
    settings: ProjectionSettings,
    progress: Callable[[float], None] | None = None,
) -> np.ndarray:
    """t-SNE, with openTSNE when installed (it reports each 25 iterations to ``progress``
    with the fraction done), else scikit-learn (no progress); perplexity clamped to N."""
    x = _prepare(vectors, settings.normalize)
    n = x.shape[0]
    if n < 4:
        raise ProjectionError(f"t-SNE needs at least 4 words to place (got {n}); use PCA")
    perplexity = min(settings.perplexity, max(1.0, (n - 1) / 3.0))
    metric = "cosine" if settings.normalize else "euclidean"
    try:
        from openTSNE import TSNE as OpenTSNE  # heavy: imported only when used
    except ImportError:
        return _sklearn_tsne(x, settings, perplexity, metric)
    exaggeration = 250  # openTSNE's early-exaggeration phase, counted in sklearn's max_iter too
    total = settings.tsne_iterations
    every = 25
    done = [0]

    def report(_iteration: int, _error: float, _embedding: object) -> bool:
        done[0] += every
        if progress is not None:
            progress(min(done[0] / total, 1.0))
        return False  # never asks openTSNE to stop: Cancel ends the whole process

    tsne = OpenTSNE(n_components=2, perplexity=perplexity, n_iter=max(total - exaggeration, 0),
                    early_exaggeration_iter=exaggeration, metric=metric,
                    random_state=settings.seed, initialization="pca", n_jobs=1,
                    callbacks=report, callbacks_every_iters=every, verbose=False)  # fmt: skip
    return np.asarray(tsne.fit(x), dtype=np.float32)


def _sklearn_tsne(
    x: np.ndarray, settings: ProjectionSettings, perplexity: float, metric: str
) -> np.ndarray:
    from sklearn.manifold import TSNE  # heavy: imported only when used

    tsne = TSNE(n_components=2, perplexity=perplexity, max_iter=settings.tsne_iterations,
                init="pca", learning_rate="auto", random_state=settings.seed, metric=metric)
    return tsne.fit_transform(x).astype(np.float32)


def umap_2d(vectors: np.ndarray, settings: ProjectionSettings) -> np.ndarray:
    """UMAP with umap-learn (imported here: its numba compile takes seconds the first time)."""
    import umap  # heavy: imported only when used

    x = _prepare(vectors, settings.normalize)
    n = x.shape[0]
    if n < 4:
        raise ProjectionError(f"UMAP needs at least 4 words to place (got {n}); use PCA")
    reducer = umap.UMAP(
        n_components=2,
        n_neighbors=min(settings.umap_neighbors, n - 1),
        min_dist=settings.umap_min_dist,
        random_state=settings.seed,
        metric="cosine" if settings.normalize else "euclidean",
        n_epochs=settings.umap_epochs,
        init="spectral" if n > 50 else "random",
        n_jobs=1,
    )
    return np.asarray(reducer.fit_transform(x), dtype=np.float32)


def project(
    vectors: np.ndarray,
    settings: ProjectionSettings = ProjectionSettings(),
    *,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> np.ndarray:
    """Project ``vectors`` (N×D) to N×2 float32 points, in the calling thread.

    ``progress`` gets ``None`` (unknown) at the start of UMAP (which reports nothing), the
    fraction done of t-SNE as it goes (with openTSNE), and 1.0 at the end. To cancel t-SNE or
    UMAP for real, run them in a :class:`~.projection_process.ProjectionProcess`.

    >>> x = np.random.default_rng(0).normal(size=(50, 10))
    >>> project(x, ProjectionSettings(method="pca")).shape
    (50, 2)
    """
    problems = settings.problems()
    if problems:
        raise ProjectionError("; ".join(problems))
    if cancel is not None and cancel.is_set():
        raise ProjectionCancelled()
    if progress:
        progress(None if settings.method == "umap" else 0.0, f"projecting with {settings.method}")
    if settings.method == "pca":
        out = pca_2d(vectors, normalize=settings.normalize)
    elif settings.method == "tsne":
        out = tsne_2d(vectors, settings, (lambda f: progress(f, "t-SNE")) if progress else None)
    else:
        out = umap_2d(vectors, settings)
    if cancel is not None and cancel.is_set():
        raise ProjectionCancelled()
    if progress:
        progress(1.0, "done")
    return out


def write_points_csv(
    path: str | os.PathLike,
    words: list[str],
    xy: np.ndarray,
    counts: np.ndarray | None = None,
) -> Path:
    """Write the map's 2-D coordinates as CSV ``word,x,y,count`` (UTF-8 with BOM), atomically.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "map.csv"
    >>> _ = write_points_csv(p, ["中国"], np.array([[0.5, -1.0]]), np.array([7]))
    >>> p.read_text(encoding="utf-8-sig").splitlines()
    ['word,x,y,count', '中国,0.5,-1.0,7']
    """
    import csv

    from w2v_studio.core.workspace.atomic import atomic_write

    xy = np.asarray(xy, dtype=np.float64).reshape(len(words), 2)
    path = Path(path)
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["word", "x", "y", "count"])
        for i, word in enumerate(words):
            count = "" if counts is None else int(counts[i])
            w.writerow([word, repr(float(xy[i, 0])), repr(float(xy[i, 1])), count])
    return path
