"""The workspace parts of a project as the pages show them, and back: the Compare tab's second
model, the Evaluate page, the map's settings and the word sets (Qt side of
``core.workspace.project_sections``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from w2v_studio.core.analysis.word_sets import WordSet
from w2v_studio.core.explore.word_selection import WordChoice
from w2v_studio.core.workspace.project import EvaluationState, MapSettings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit

    from w2v_studio.qt.analysis.page import AnalysisPage
    from w2v_studio.qt.evaluate.page import EvaluatePage
    from w2v_studio.qt.explore.page import ExplorePage

AXES_ROLES = ("x+", "x-", "y+", "y-")  # the Analyse page's semantic axes fields
MAP_AXES_ROLES = ("x_from", "x_to", "y_from", "y_to")  # the map's semantic axes fields


# ----------------------------------------------------------------------------- map
def map_settings(page: ExplorePage) -> MapSettings:
    """The Explore page's words, projection and colouring."""
    c = page.controls
    choice = c.choice()
    return MapSettings(
        source=choice.source,
        count=choice.n,
        text=choice.text,
        method=c.method.currentData(),
        colour=c.colour_mode(),
        clusters=c.k.value(),
    )


def apply_map_settings(page: ExplorePage, s: MapSettings) -> None:
    """Set the controls; the map is placed with them when the project's model opens (a
    t-SNE or UMAP layout of the same words comes from the layout cache at once)."""
    c = page.controls
    c.set_choice(WordChoice(s.source, s.count, s.text))  # type: ignore[arg-type]
    for combo, value in ((c.method, s.method), (c.colour, s.colour)):
        index = combo.findData(value)
        if index >= 0:  # a colouring this version does not have keeps the current one
            combo.setCurrentIndex(index)
    c.k.setValue(s.clusters)


# ----------------------------------------------------------------------------- word sets
def word_sets(analysis: AnalysisPage, explore: ExplorePage) -> dict[str, WordSet]:
    """Every word set the pages hold, by role: the four WEAT sets (``weat.X``…), the
    Analyse page's axes (``axes.x+``…) and the map's axes (``map.x_from``…); empty ones left
    out."""
    sets = {f"weat.{role}": box.word_set() for role, box in analysis.weat.boxes.items()}
    for key in AXES_ROLES:
        sets[f"axes.{key}"] = WordSet(key, WordSet.parse(analysis.axes.fields[key].text()).words)
    for key, edit in _map_axes(explore).items():
        sets[f"map.{key}"] = WordSet(key, WordSet.parse(edit.text()).words)
    return {role: ws for role, ws in sets.items() if ws.words}


def apply_word_sets(
    analysis: AnalysisPage, explore: ExplorePage, sets: dict[str, WordSet]
) -> list[str]:
    """Fill the pages' word sets (those not in ``sets`` are emptied); returns the roles no
    field of this version holds (kept in the file, not shown)."""
    unplaced = [r for r in sets if not _known_role(r, explore)]
    for role, box in analysis.weat.boxes.items():
        box.set_word_set(sets.get(f"weat.{role}", WordSet("", [])))
    for key in AXES_ROLES:
        analysis.axes.fields[key].setText(" ".join(_words(sets, f"axes.{key}")))
    for key, edit in _map_axes(explore).items():
        edit.setText(" ".join(_words(sets, f"map.{key}")))
    return unplaced


def _words(sets: dict[str, WordSet], role: str) -> list[str]:
    ws = sets.get(role)
    return ws.words if ws is not None else []


def _map_axes(explore: ExplorePage) -> dict[str, QLineEdit]:
    """The map's semantic axes fields by role."""
    return {k: getattr(explore.controls.axes, k) for k in MAP_AXES_ROLES}


def _known_role(role: str, explore: ExplorePage) -> bool:
    kind, _, key = role.partition(".")
    return (kind == "weat" and key in ("X", "Y", "A", "B")) or (
        kind == "axes" and key in AXES_ROLES) or (kind == "map" and key in _map_axes(explore))


# ----------------------------------------------------------------------------- evaluation
def evaluation(page: EvaluatePage) -> EvaluationState:
    """The Evaluate page's files, settings and last results (``page.workspace()``)."""
    d = dict(page.workspace())
    return EvaluationState(tuple(str(p) for p in d.pop("files", ())), d)


def apply_evaluation(page: EvaluatePage, state: EvaluationState) -> None:
    """Give the Evaluate page its files, settings and results back (call it once the
    project's model is open: opening a model clears the results of the one before)."""
    page.restore_workspace({**state.data, "files": list(state.files)})
