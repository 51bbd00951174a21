"""Find the corpus of the current model for the concordance: the tokenized corpus of this
session, or the one the model folder's link names (``core.corpus.link``), tokenized again or
relocated when needed, with a bar that offers both and shows progress."""

from __future__ import annotations

import os
import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from w2v_studio.core.corpus.link import (
    HASH_LIMIT,
    CorpusFound,
    CorpusLink,
    find_corpus,
    make_link,
    open_sources,
    relocate,
    retokenize,
)
from w2v_studio.qt.shell.i18n import Retranslating
from w2v_studio.qt.shell.worker import CallThread

if TYPE_CHECKING:
    from w2v_studio.qt.shell.state import AppState


def tokens_file_of(state: AppState) -> Path | None:
    """Where the tokenized corpus of the current model is (``tokens.txt``), if known."""
    candidates: list[Any] = []
    tok = state.tokenized
    if tok is not None:
        candidates += [getattr(tok, "tokens_path", None), getattr(tok, "path", None)]
    model = state.model
    if model is not None:
        info = getattr(model, "corpus_info", {}) or {}
        for key, value in info.items():
            if isinstance(value, str) and any(k in key for k in ("token", "cache")):
                candidates.append(value)
    for c in candidates:
        if not c:
            continue
        p = Path(c)
        if p.is_dir():
            p = p / "tokens.txt"
        if p.is_file():
            return p
    return None


def link_info_for(tokenized: Any, widget: QWidget | None = None) -> dict[str, Any]:
    """``corpus_info`` entries linking a model trained here to ``tokenized`` (a
    ``TokenizedCorpus``): read with the Corpus page's settings when its corpus is the one
    tokenized, else with the default ones. Sources are hashed when they are not too large
    (this runs on the GUI thread once per run). Empty when nothing can be recorded."""
    from w2v_studio.core.corpus.reader import Corpus

    files = [str(f) for f in getattr(tokenized, "files", None) or []]
    if not files:
        return {}
    page = getattr(widget.window(), "corpus_page", None) if widget is not None else None
    corpus = getattr(getattr(page, "_scan", None), "corpus", None)
    try:
        if corpus is None or [str(f.path) for f in corpus.files] != files:
            corpus = Corpus(files)
        small = sum(os.path.getsize(f) for f in files) <= HASH_LIMIT
        return make_link(corpus, tokenized, hash_files=small).to_info()
    except Exception:  # sources gone already, unreadable: the model is kept without a link
        return {}


class CorpusLinkBar(Retranslating, QWidget):
    """Says where the model's corpus is and offers to tokenize it again or to locate moved
    sources; ``changed`` is emitted when the corpus (or the readability of its sources) changes.
    """

    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.tokenized: Any = None
        self.link: CorpusLink | None = None
        self.found: CorpusFound | None = None
        self._thread: CallThread | None = None
        self._on_done: Any = None
        self._note = ""
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.retokenize_button = QPushButton()
        self.locate_button = QPushButton()
        self.cancel_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.progress)
        for b in (self.retokenize_button, self.locate_button, self.cancel_button):
            lay.addWidget(b)
        self.retokenize_button.clicked.connect(self.retokenize)
        self.locate_button.clicked.connect(self.ask_folder)
        self.cancel_button.clicked.connect(self.stop)
        self.retranslate()
        self._show()

    # ------------------------------------------------------------------ i18n
    def retranslate(self) -> None:
        self.retokenize_button.setText(self.tr("Tokenize the corpus again"))
        self.locate_button.setText(self.tr("Locate the corpus files…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show()


    # ------------------------------------------------------------------ what is known
    def tokens_path(self) -> Path | None:
        """The ``tokens.txt`` to search (None while the linked corpus is being looked for)."""
        tok = self.tokenized
        p = getattr(tok, "tokens_path", None)
        if p is not None and Path(p).is_file():
            return Path(p)
        if self.link is not None:
            return None
        return tokens_file_of(self.state)  # a model or object without a link

    def sources_readable(self) -> bool:
        return self.link is not None and (self.found is None or self.found.sources_ok)

    def open_corpus(self) -> Any:
        """The sources read with the recorded settings, or None (call off the GUI thread)."""
        if not self.sources_readable():
            return None
        try:
            return open_sources(self.link)  # type: ignore[arg-type]
        except Exception:  # unreadable now: the concordance shows tokens
            return None

    def busy(self) -> bool:
        return self._thread is not None

    # ------------------------------------------------------------------ model changes
    def refresh(self) -> None:
        """Look for the corpus of the current model (off the GUI thread when on disk)."""
        self.stop()
        model = self.state.model
        info = getattr(model, "corpus_info", None) if model is not None else None
        self.link = CorpusLink.from_info(info)
        self.tokenized, self.found, self._note = self.state.tokenized, None, ""
        if self.tokenized is not None or self.link is None:
            if self.link is not None:  # trained in this session: the sources are there
                self.found = CorpusFound(self.link, self.tokenized)
            self._show()
            self.changed.emit()
            return
        link = self.link
        self._run(lambda _r, _c: find_corpus(link), self._found, self.tr("Looking for the corpus…"))

    def _found(self, found: CorpusFound) -> None:
        self.found = found
        self.tokenized = found.tokenized
        self._show()
        self.changed.emit()

    # ------------------------------------------------------------------ actions
    def retokenize(self) -> None:
        if self.link is None or self.busy():
            return
        link = self.link
        workers = max(1, min(4, (os.cpu_count() or 2) - 1))

        def work(report, cancel: threading.Event) -> CorpusFound:
            tc = retokenize(link, on_progress=report, cancel=cancel, workers=workers)
            return CorpusFound(replace(link, cache_key=tc.path.name, cache_folder=str(tc.path)), tc)

        self._run(work, self._retokenized, self.tr("Tokenizing the corpus again…"), progress=True)

    def _retokenized(self, found: CorpusFound) -> None:
        """Use the new tokenized copy; its place is kept with the model when saved again (a
        newer tokenizer version writes under another key)."""
        self.link = found.link
        if self.state.model is not None:
            self.state.model.corpus_info.update(found.link.to_info())
        self._found(found)

    def ask_folder(self) -> None:
        from w2v_studio.qt.shell.file_dialogs import open_folder

        folder = open_folder(self, self.tr("Where are the corpus files now?"))
        if folder is not None:
            self.relocate_to(folder)

    def relocate_to(self, folder: str | Path) -> None:
        """Look in ``folder`` for the moved sources (same name and content), then use them."""
        if self.link is None or self.busy():
            return
        link = self.link

        def work(_report, _cancel) -> tuple[CorpusLink, list[str], CorpusFound]:
            new, missing = relocate(link, folder)
            return new, missing, find_corpus(new)

        self._run(work, self._relocated, self.tr("Looking for the files in {0}…").format(folder))

    def _relocated(self, result: tuple[CorpusLink, list[str], CorpusFound]) -> None:
        new, missing, found = result
        model = self.state.model
        if not missing and model is not None:  # kept with the model when it is saved again
            model.corpus_info.update(new.to_info())
        self.link = new
        self._found(found)
        if missing:
            self._note = self.tr("Not found there: {0}. Choose the folder that holds them.").format(
                ", ".join(missing)
            )
            self._show()

    # ------------------------------------------------------------------ worker
    def _run(self, fn, on_done, text: str, progress: bool = False) -> None:
        t = CallThread(fn, self)
        t.succeeded.connect(self._succeeded)
        t.failed.connect(self._failed)
        t.cancelled.connect(self._cancelled)
        if progress:
            t.progress.connect(self._on_progress)
        self._thread, self._on_done = t, on_done
        self._note = text
        self.progress.setValue(0)
        self.progress.setRange(0, 1000 if progress else 0)
        t.start()
        self._show()

    def _take(self) -> bool:
        """Whether the signal comes from the current job (which is then over)."""
        t = self.sender()
        if t is None or t is not self._thread:
            return False
        self._thread = None
        t.wait()
        t.deleteLater()
        self._note = ""
        return True

    def _succeeded(self, value: Any) -> None:
        if self._take():
            self._on_done(value)
            self._show()

    def _failed(self, e: BaseException) -> None:
        if self._take():
            self._note = self.tr("This did not work: {0}").format(e)
            self._show()

    def _cancelled(self) -> None:
        if self._take():
            self._show()

    def _on_progress(self, p: Any) -> None:
        frac = getattr(p, "fraction", None)
        if frac is not None:
            self.progress.setValue(int(frac * 1000))

    def stop(self) -> None:
        t, self._thread = self._thread, None
        if t is not None:
            t.stop()
            t.wait(10_000)
        self._note = ""
        self._show()

    # ------------------------------------------------------------------ display
    def _show(self) -> None:
        running = self._thread is not None
        state = self.found.state if self.found is not None else None
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.retokenize_button.setVisible(not running and state == "retokenize")
        self.locate_button.setVisible(not running and state in ("moved", "cached"))
        text = self._note or self._state_text()
        self.label.setText(text)
        self.setVisible(bool(text) or running)

    def _problem(self) -> str:
        """The moved and changed files, in the interface language."""
        f = self.found
        parts = []
        if f is not None and f.missing:
            parts.append(self.tr("not found: {0}").format(", ".join(f.missing)))
        if f is not None and f.changed:
            parts.append(self.tr("changed since training: {0}").format(", ".join(f.changed)))
        return "; ".join(parts)

    def _state_text(self) -> str:
        f = self.found
        if f is None or f.state == "ready":
            return ""
        if f.state == "cached":
            return self.tr(
                "The corpus files were moved or changed ({0}), so the lines are shown as "
                "tokens. Locate the files to see the original text."
            ).format(self._problem())
        if f.state == "retokenize":
            return self.tr(
                "The tokenized copy of this model's corpus was deleted; its files are still "
                "there. Tokenize them again to see the lines."
            )
        return self.tr(
            "The tokenized copy of this model's corpus was deleted and its files were moved "
            "or changed ({0}). Locate the files to tokenize them again."
        ).format(self._problem())
