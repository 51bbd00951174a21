"""Shared application state: the current model, its vectors and its corpus; pages observe it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from w2v_studio.core.engine.model import TrainedModel
    from w2v_studio.core.vectors.word_vectors import WordVectors
    from w2v_studio.tokenizers.pipeline import TokenizedCorpus


class AppState(QObject):
    """One per main window. Pages read the attributes and listen to the signals.

    ``model`` is the native model (``None`` for imported vectors); ``vectors`` is the query
    object and is always set together with a model. ``tokenized`` is the corpus the model was
    trained on, when known (for concordances).

    What would be lost on closing: a model trained in this session and not yet saved has no
    ``model_dir`` (``model_unsaved()``); a project is "open" once it was opened or saved
    (``project_path``) and has unsaved changes when what the pages show differs from what
    was last written (``project_changed(now)``, ``now`` being ``Project.to_dict`` of the pages).
    """

    model_changed = Signal()  # after a model is trained / opened / vectors imported
    model_saved = Signal()  # the same model now has a folder (pages keep what they show)
    language_changed = Signal()  # after the UI language was switched (pages retranslate)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model: TrainedModel | None = None
        self.vectors: WordVectors | None = None
        self.model_dir: Path | None = None
        self.tokenized: TokenizedCorpus | None = None
        self.language: str = "en"  # current UI language code: "en", "ko" or "zh_CN"
        self.project_path: Path | None = None
        self._project_written: dict[str, Any] | None = None

    def set_model(
        self,
        model: TrainedModel | None,
        vectors: WordVectors | None,
        model_dir: Path | None,
        tokenized: TokenizedCorpus | None,
    ) -> None:
        """Replace the current model and tell every page (``model_changed``)."""
        self.model = model
        self.vectors = vectors
        self.model_dir = Path(model_dir) if model_dir is not None else None
        self.tokenized = tokenized
        self.model_changed.emit()

    def set_model_dir(self, path: Path) -> None:
        """The current model was saved in ``path``: nothing about it changed but its folder."""
        self.model_dir = Path(path)
        self.model_saved.emit()

    def model_unsaved(self) -> bool:
        """True for a native model trained here and not saved yet (opened or saved models
        have a folder; imported vectors come from a file and cannot be saved as a model)."""
        return self.model is not None and self.model_dir is None

    def mark_project_saved(self, path: Path, written: dict[str, Any]) -> None:
        """Record the project file and what it holds now (after open or save)."""
        self.project_path = Path(path)
        self._project_written = written

    def project_changed(self, now: dict[str, Any]) -> bool:
        """True when a project is open and ``now`` differs from what its file holds."""
        return self._project_written is not None and now != self._project_written

    def has_vectors(self) -> bool:
        """True when something can be explored (a trained/opened model or imported vectors)."""
        return self.vectors is not None

    def set_language(self, code: str) -> None:
        """Record the UI language and emit ``language_changed`` (translators are swapped by
        the main window; widgets also receive ``QEvent.LanguageChange``)."""
        self.language = code
        self.language_changed.emit()
