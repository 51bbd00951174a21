"""The real main window for the GUI safety tests, and the user's answers to its questions.

Import the fixtures into a test module (with `# ruff: noqa: F811` at its top):
``from tests.safety.gui_helpers import _isolated, answers, settings, win  # noqa: F401``.
"""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QMessageBox  # noqa: E402

from tests.qt.conftest import _isolated, settings  # noqa: E402, F401 (fixtures)
from w2v_studio.core.engine.config import TrainConfig  # noqa: E402
from w2v_studio.core.engine.model import TrainedModel  # noqa: E402
from w2v_studio.core.engine.vocab import Vocab  # noqa: E402
from w2v_studio.core.vectors.word_vectors import WordVectors  # noqa: E402

# A Python exception's class name, as it must never appear in a message of the window.
CLASS_NAME = re.compile(
    r"\b(?:[A-Z][a-z]+)+(?:Error|Exception)\b|\bKeyError\b|\bTraceback\b|Errno"
)


class Answers:
    """Stands in for the user at ``QMessageBox``: answers with the queued buttons, records
    every question (title and text) and the button labels that were offered."""

    def __init__(self) -> None:
        self.queue: list[QMessageBox.StandardButton] = []
        self.asked: list[str] = []
        self.buttons: list[list[str]] = []

    def will(self, *buttons: str) -> Answers:
        self.queue += [getattr(QMessageBox.StandardButton, b) for b in buttons]
        return self

    def exec(self, box: QMessageBox) -> QMessageBox.StandardButton:
        self.asked.append(f"{box.windowTitle()}\n{box.text()}")
        self.buttons.append([b.text() for b in box.buttons()])
        if not self.queue:
            raise AssertionError(f"asked an unexpected question: {box.text()}")
        return self.queue.pop(0)


@pytest.fixture
def answers(monkeypatch):
    a = Answers()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: a.exec(box))
    return a


@pytest.fixture
def pick_folder(monkeypatch):
    """The folder the user picks in the next folder dialog (set ``.path``)."""

    class Pick:
        path = ""
        shown = 0

        def __call__(self, *args, **kwargs) -> str:
            self.shown += 1
            return str(self.path)

    pick = Pick()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", pick)
    # "Save model as…" is a save dialog (name and place): the same answer
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (pick(), ""))
    return pick


@pytest.fixture(scope="module")
def trained():
    """A finished model as a run leaves it in memory (random vectors: only saving matters)."""
    counts = {f"w{i}": 50 - i for i in range(40)}
    vocab = Vocab.from_counts(counts, min_count=1)
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(len(vocab.words), 8)).astype(np.float32)
    return TrainedModel(
        vocab=vocab,
        config=TrainConfig(dim=8, min_count=1),
        input_vectors=vectors,
        output_vectors=np.zeros_like(vectors),
        epochs_done=5,
        status="finished",
    )


@pytest.fixture
def win(qtbot, settings):  # noqa: F811 (the fixture imported above)
    """The main window with its questions turned on (as the app runs)."""
    from w2v_studio.qt.shell import i18n
    from w2v_studio.qt.shell.main_window import MainWindow

    i18n.install_language("en")
    w = MainWindow(settings)
    w.resize(1000, 700)
    w.show()
    w.confirm_close = True
    yield w
    w.confirm_close = False  # the test is over: closing must not ask again
    w.close()  # (not qtbot.addWidget: pytest-qt closes its widgets before this runs)
    w.train_page.wait()
    w.corpus_page.shutdown()
    w.model_io.wait()
    w.deleteLater()


def give_unsaved_model(window, model) -> None:
    """What the Train page does when a run ends: the model is in the window, not on disk."""
    window.state.set_model(model, WordVectors.from_model(model), None, None)
