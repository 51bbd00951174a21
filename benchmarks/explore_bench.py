"""Explore page speed: PCA of 50,000 x 300, neighbours answered + drawn on 200,000 words, and
redraw time while panning a 50,000-point map. Prints one JSON object.

    QT_QPA_PLATFORM=offscreen python benchmarks/explore_bench.py [--projections]

Vectors are random (fixed seed): the figures depend on sizes, not on what the words mean.
``--projections`` adds t-SNE and UMAP of 2,000 words (in their worker process, as the page
runs them).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def random_vectors(n: int, dim: int, seed: int = 0):
    from w2v_studio.core.vectors.word_vectors import WordVectors

    rng = np.random.default_rng(seed)
    vecs = rng.standard_normal((n, dim), dtype=np.float32)
    counts = np.sort(rng.zipf(1.3, n).astype(np.int64))[::-1]
    return WordVectors([f"w{i}" for i in range(n)], vecs, counts)


def bench_pca(result: dict) -> None:
    from w2v_studio.core.explore.projection import pca_2d

    x = np.random.default_rng(1).standard_normal((50_000, 300), dtype=np.float32)
    first = timed(lambda: pca_2d(x), 1)[0]
    runs = timed(lambda: pca_2d(x), 5)
    result["pca_50000x300_first_s"] = round(first, 4)
    result["pca_50000x300_median_s"] = round(statistics.median(runs), 4)
    result["pca_target_s"] = 1.0


def bench_neighbours(app, result: dict) -> None:
    from w2v_studio.qt.explore.page import ExplorePage
    from w2v_studio.qt.shell.state import AppState

    wv = random_vectors(200_000, 300)
    state = AppState()
    page = ExplorePage(state)
    page.resize(1400, 860)
    page.show()
    app.processEvents()
    t0 = time.perf_counter()
    state.set_model(None, wv, None, None)  # places the 2,000 most frequent words (PCA)
    app.processEvents()
    result["open_200k_place_2000_s"] = round(time.perf_counter() - t0, 4)
    page._join_warm_up()  # unit vectors, computed in a thread while the user looks at the map
    result["open_200k_warm_up_done_s"] = round(time.perf_counter() - t0, 4)
    words = [f"w{i}" for i in range(0, 2000, 97)]

    def ask(w: str) -> None:
        page.select_word(w)  # a click on the map: neighbours table + rings on the map
        page.repaint()  # draw the whole page now, synchronously (an upper bound)
        app.processEvents()

    first = timed(lambda: ask("w5"), 1)[0]  # first click after opening
    runs = [timed(lambda w=w: ask(w), 1)[0] for w in words]

    def ask_event_loop(w: str) -> None:  # as in the app: Qt repaints only what changed
        page.select_word(w)
        app.processEvents()

    loop_runs = [timed(lambda w=w: ask_event_loop(w), 1)[0] for w in words[1:]]
    assert page.questions.table.rowCount() == 20
    t0 = time.perf_counter()
    wv.neighbours("w7", topn=20)
    core = time.perf_counter() - t0
    result["neighbours_200k_first_s"] = round(first, 4)
    result["neighbours_200k_answered_drawn_median_s"] = round(statistics.median(runs), 4)
    result["neighbours_200k_answered_drawn_max_s"] = round(max(runs), 4)
    result["neighbours_200k_event_loop_median_s"] = round(statistics.median(loop_runs), 4)
    result["neighbours_200k_core_query_s"] = round(core, 4)
    result["neighbours_target_s"] = 0.1
    page.shutdown()
    page.deleteLater()


def bench_pan(app, result: dict) -> None:
    from w2v_studio.core.explore.projection import pca_2d
    from w2v_studio.qt.explore.map_view import MapView

    wv = random_vectors(50_000, 50, seed=2)
    xy = pca_2d(wv.vectors)
    m = MapView()
    m.resize(1000, 760)
    m.show()
    app.processEvents()
    t0 = time.perf_counter()
    m.set_points(wv.words, xy, wv.counts, np.arange(50_000) % 8)
    app.processEvents()
    result["map_50000_set_points_s"] = round(time.perf_counter() - t0, 4)
    vp = m.plot.viewport()
    (x0, x1), (y0, y1) = m.vb.viewRange()
    step = (x1 - x0) / 60

    paints, labels = [], []
    for k in range(40):
        dx = step if (k // 10) % 2 == 0 else -step
        m.vb.translateBy(x=dx)
        t0 = time.perf_counter()
        vp.repaint()  # one full redraw of the 50,000 points, synchronously
        paints.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        m.update_labels()  # what the 40 ms label timer does after a pan
        labels.append(time.perf_counter() - t0)
    app.processEvents()
    m.vb.scaleBy((0.3, 0.3))  # zoomed in: fewer points in view
    app.processEvents()
    zoomed = timed(vp.repaint, 10)
    result["pan_50000_redraw_median_ms"] = round(1000 * statistics.median(paints), 2)
    result["pan_50000_redraw_p90_ms"] = round(1000 * sorted(paints)[int(0.9 * len(paints))], 2)
    result["pan_50000_label_update_median_ms"] = round(1000 * statistics.median(labels), 2)
    result["pan_50000_fps_estimate"] = round(
        1.0 / (statistics.median(paints) + statistics.median(labels) / 4), 1
    )
    result["zoomed_50000_redraw_median_ms"] = round(1000 * statistics.median(zoomed), 2)
    result["labels_shown"] = len(m.labelled)
    m.deleteLater()


def bench_projections(result: dict) -> None:
    from w2v_studio.core.explore.projection import ProjectionSettings
    from w2v_studio.core.explore.projection_process import ProjectionProcess

    x = random_vectors(2000, 100, seed=3).vectors
    for method in ("tsne", "umap"):
        t0 = time.perf_counter()
        job = ProjectionProcess(x, ProjectionSettings(method=method))
        job.start()
        job.wait()
        result[f"{method}_2000x100_process_s"] = round(time.perf_counter() - t0, 2)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--projections", action="store_true", help="also time t-SNE and UMAP")
    args = ap.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    result: dict = {
        "benchmark": "explore",
        "platform": f"{platform.machine()}, {os.cpu_count()} cpu",
        "qt_platform": os.environ["QT_QPA_PLATFORM"],
        "python": platform.python_version(),
    }
    bench_pca(result)
    bench_neighbours(app, result)
    bench_pan(app, result)
    if args.projections:
        bench_projections(result)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
