"""The model dialogs, one kind each: where to open a model from, and where to save one.

``choose_model`` is what "Open model…" and the Compare tab's "Open second model…" show: a
file dialog where choosing a model folder's ``model.json`` (or any file in a model folder)
opens that model, and choosing a vector file opens the file. ``choose_model_target`` is
"Save model as…": a save dialog where the user types the NAME of the new model folder and
picks its PLACE (choosing the ``model.json`` of an existing model means replacing it; the
caller asks first). Both start in the last folder used (``file_dialogs``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from w2v_studio.qt.shell.file_dialogs import last_folder, open_file, remember

MODEL_FILE = "model.json"
VECTOR_PATTERNS = "*.bin *.txt *.vec *.npy *.tsv *.kv *.gz"


def model_filters() -> str:
    """The filters of the open dialog: models and vector files together first."""
    return ";;".join(
        (
            QCoreApplication.translate(
                "ModelDialog", "Models and word vectors (model.json {0})"
            ).format(VECTOR_PATTERNS),
            QCoreApplication.translate("ModelDialog", "Model folders (model.json)"),
            QCoreApplication.translate("ModelDialog", "Word vectors ({0})").format(VECTOR_PATTERNS),
            QCoreApplication.translate("ModelDialog", "All files (*)"),
        )
    )


def model_path(chosen: Path) -> Path:
    """What a chosen path opens: a model folder for its ``model.json`` or any other file in
    it; a folder or a vector file as it is."""
    if chosen.is_dir():
        return chosen
    if chosen.name == MODEL_FILE or (chosen.parent / MODEL_FILE).is_file():
        return chosen.parent
    return chosen


def is_model_folder(path: Path) -> bool:
    return path.is_dir() and (path / MODEL_FILE).is_file()


def choose_model(parent: QWidget | None, title: str) -> Path | None:
    """Ask for a model (its ``model.json``) or a vector file; the model folder or the file,
    or None when the user cancelled."""
    chosen = open_file(parent, title, model_filters())
    if chosen is None:
        return None
    path = model_path(chosen)
    if path != chosen:  # a model: the next dialog starts where the models are kept
        remember("last_folder", str(path.parent))
    return path


def free_name(folder: Path, stem: str = "model") -> str:
    """``stem``, or ``stem-2``, ``stem-3``… whichever is not taken in ``folder``."""
    name, n = stem, 1
    while (folder / name).exists():
        n += 1
        name = f"{stem}-{n}"
    return name


def suggested_stem(corpus: list[str], architecture: str | None) -> str:
    """A name that says what the model is: ``<first corpus file>-<architecture>``, e.g.
    ``nsmc_reviews-skipgram``; ``model`` without a corpus."""
    if not corpus:
        return "model"
    name = Path(corpus[0]).name.split(".")[0] or "model"
    return f"{name}-{architecture}" if architecture else name


def save_title() -> str:
    return QCoreApplication.translate(
        "ModelDialog", "Save model as – type a name for the new model folder"
    )


def choose_model_target(
    parent: QWidget | None, title: str | None = None, stem: str = "model"
) -> Path | None:
    """Ask for the name and place of a model folder to save into (a new name is a new
    folder; a model's ``model.json`` is that model). None when the user cancelled."""
    start = Path(last_folder())
    path, _ = QFileDialog.getSaveFileName(
        parent,
        title or save_title(),
        str(start / free_name(start, stem)),
        QCoreApplication.translate(
            "ModelDialog", "Model folder (a new name, or model.json to replace a model) (*)"
        ),
        "",
        QFileDialog.Option.DontConfirmOverwrite,  # replacing a model is asked by the caller
    )
    if not path:
        return None
    target = Path(path)
    if target.name == MODEL_FILE and not target.is_dir():
        target = target.parent
    remember("last_folder", str(target.parent))
    return target
