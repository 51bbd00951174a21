"""The Evaluate page's part of a project: its files, settings and last results as plain data,
and putting them back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from w2v_studio.core.evaluate.records import RecordError, outcome_from_dict, outcome_to_dict

_C = "EvaluateWorkspace"
_NOT_OBJECT = QT_TRANSLATE_NOOP(
    "EvaluateWorkspace", "the evaluation part of the project is not an object"
)
_BAD_FILES = QT_TRANSLATE_NOOP("EvaluateWorkspace", "'files' must be a list of file names")
_LEFT_OUT = QT_TRANSLATE_NOOP("EvaluateWorkspace", "result {0} was left out ({1})")
_BAD_SETTINGS = QT_TRANSLATE_NOOP("EvaluateWorkspace", "'settings' must be an object")
_NOT_RESTORED = QT_TRANSLATE_NOOP(
    "EvaluateWorkspace", "The project's evaluation results could not be fully restored: {0}."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)

EvaluatePage = Any  # the page (not imported: it imports this module)

VERSION = 1


def snapshot(page: EvaluatePage) -> dict[str, Any]:
    """``{"version", "files", "settings", "results"}``; every value JSON-able."""
    return {
        "version": VERSION,
        "files": page.paths(),
        "settings": {
            "method": page.method.currentData(),
            "restrict_vocab": page.restrict.value(),
            "case_insensitive": page.case.isChecked(),
            "lookup_tokenizer": page.lookup.isChecked(),
        },
        "results": [outcome_to_dict(o) for o in page.outcomes],
    }


def restore(page: EvaluatePage, data: dict[str, Any]) -> None:
    """Files, settings and results from :func:`snapshot`; what cannot be read is named in the
    page's message bar and left out, the rest is restored."""
    page.cancel()
    page.messages.clear_all()
    page.files.clear()
    if not isinstance(data, dict):
        _problem(page, _tr(_NOT_OBJECT))
        data = {}
    files = data.get("files", [])
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        _problem(page, _tr(_BAD_FILES))
        files = []
    page.add_files([Path(f) for f in files])
    _settings(page, data.get("settings", {}))
    outcomes = []
    results = data.get("results", [])
    for i, raw in enumerate(results if isinstance(results, list) else []):
        try:
            outcomes.append(outcome_from_dict(raw))
        except RecordError as e:
            _problem(page, _tr(_LEFT_OUT).format(i + 1, e))
    page.outcomes = outcomes
    page._show(outcomes)
    page.export_button.setEnabled(bool(outcomes))


def _settings(page: EvaluatePage, s: Any) -> None:
    if not isinstance(s, dict):
        _problem(page, _tr(_BAD_SETTINGS))
        return
    i = page.method.findData(s.get("method", "3cosadd"))
    page.method.setCurrentIndex(max(i, 0))
    restrict = s.get("restrict_vocab", 300_000)
    if isinstance(restrict, int) and not isinstance(restrict, bool):
        page.restrict.setValue(restrict)
    page.case.setChecked(s.get("case_insensitive") is True)
    page.lookup.setChecked(s.get("lookup_tokenizer") is True)


def _problem(page: EvaluatePage, what: str) -> None:
    text = _tr(_NOT_RESTORED).format(what)
    page.messages.set_message(f"restore:{what}", "warning", text)
