"""Tiny real models and corpora for the Explore/Evaluate tests (trained in about a second)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.events import Finished
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.engine.trainer import train

TOPICS = {
    "animal": ["cat", "dog", "horse", "cow", "sheep", "goat", "pig", "lion", "tiger", "wolf"],
    "food": ["bread", "rice", "apple", "pear", "milk", "cheese", "egg", "soup", "tea", "cake"],
    "city": ["seoul", "busan", "london", "paris", "tokyo", "rome", "cairo", "lima", "oslo", "bonn"],
    "korean": ["사람", "학교", "서울", "대학", "나라", "시간", "문화", "역사", "경제", "정부"],
    "chinese": ["中国", "经济", "发展", "人民", "国家", "社会", "工作", "企业", "市场", "政府"],
}  # fmt: skip


def sentences(n: int = 800, seed: int = 0) -> list[list[str]]:
    """Sentences of 8 words, each from one topic, so topics become neighbourhoods."""
    rng = np.random.default_rng(seed)
    names = list(TOPICS)
    out = []
    for _ in range(n):
        words = TOPICS[names[int(rng.integers(len(names)))]]
        out.append([str(w) for w in rng.choice(words, 8)])
    return out


def tiny_model(
    folder: Path, *, window: int = 3, architecture: str = "skipgram", seed: int = 1
) -> tuple[TrainedModel, Path]:
    """Train on generated sentences; write them as ``tokens.txt`` (the tokenized corpus)."""
    sents = sentences(seed=seed)
    folder.mkdir(parents=True, exist_ok=True)
    tokens = folder / "tokens.txt"
    tokens.write_text("\n".join(" ".join(s) for s in sents) + "\n", encoding="utf-8")
    cfg = TrainConfig(
        dim=20,
        epochs=3,
        min_count=1,
        window=window,
        threads=1,
        seed=seed,
        sample=0,
        architecture=architecture,
    )
    model = None
    for ev in train(cfg, sents):
        if isinstance(ev, Finished):
            model = ev.model
    assert model is not None
    model.corpus_info["tokens_path"] = str(tokens)
    return model, tokens


def shown_explore_page(qtbot, model, size: tuple[int, int] = (1200, 800)):
    """An Explore page on screen (offscreen) showing ``model``; call ``page.shutdown()`` after."""
    from w2v_studio.core.vectors.word_vectors import WordVectors
    from w2v_studio.qt.explore.page import ExplorePage
    from w2v_studio.qt.shell.state import AppState

    state = AppState()
    page = ExplorePage(state)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    state.set_model(model, WordVectors.from_model(model), None, None)
    return page


def run_evaluation(page, qtbot):
    """Press Run on an Evaluate page and wait for its outcomes."""
    with qtbot.waitSignal(page.finished, timeout=30000) as done:
        page.run()
    return done.args[0]
