"""First-start panel: the three steps, the bundled Korean example and downloadable samples."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.core.corpus.sample_corpora import (
    CATALOGUE,
    SampleCorpus,
    fetch_sample,
    konlpy_constitution,
)
from w2v_studio.core.workspace.downloads import DownloadCancelled, DownloadResult
from w2v_studio.qt.shell.i18n import Retranslating
from w2v_studio.qt.shell.messages import MessageBar
from w2v_studio.qt.shell.worker import CallThread, stop_thread

# The catalogue's names (core/samples.py, no Qt there), listed for translation.
SAMPLE_NAMES = (
    QT_TRANSLATE_NOOP(
        "SampleCorpus", "text8 (English Wikipedia, 100 MB of lowercase text, one line)"
    ),
    QT_TRANSLATE_NOOP("SampleCorpus", "NSMC (Korean movie reviews, 200,000 lines, 14 MB)"),
    QT_TRANSLATE_NOOP("SampleCorpus", "ChnSentiCorp hotel reviews (Chinese, 7,766 lines, 3 MB)"),
)


class WelcomePanel(Retranslating, QWidget):
    """Emits ``open_files`` / ``open_folder`` (buttons) and ``corpus_chosen(path, column)``."""

    open_files = Signal()
    open_folder = Signal()
    corpus_chosen = Signal(str, object)  # path, CSV column or None

    def __init__(self, parent: QWidget | None = None, cache_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.cache_dir = cache_dir
        self._thread: CallThread | None = None
        self._active: SampleCorpus | None = None

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.steps = [QLabel(self) for _ in range(3)]
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_files)
        self.folder_button = QPushButton(self)
        self.folder_button.clicked.connect(self.open_folder)
        self.examples_title = QLabel(self)
        self.examples_title.setStyleSheet("font-weight: 600;")
        self.kolaw_button = QPushButton(self)
        self.kolaw_button.clicked.connect(self._open_kolaw)
        self.kolaw_path = konlpy_constitution()
        self.kolaw_button.setEnabled(self.kolaw_path is not None)
        self.messages = MessageBar(self)

        self.sample_rows: dict[str, tuple[QLabel, QPushButton, QLabel]] = {}
        grid = QGridLayout()
        for row, s in enumerate(CATALOGUE):
            name = QLabel(s.name, self)
            button = QPushButton(self)
            button.setObjectName(f"download_{s.id}")
            button.clicked.connect(lambda _=False, s=s: self.download(s))
            note = QLabel(self)
            note.setWordWrap(True)
            note.setStyleSheet("color: #666;")
            grid.addWidget(name, row, 0)
            grid.addWidget(button, row, 1)
            grid.addWidget(note, row, 2)
            self.sample_rows[s.id] = (name, button, note)
        grid.setColumnStretch(2, 1)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)

        box = QFrame(self)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMaximumWidth(900)
        v = QVBoxLayout(box)
        v.setSpacing(10)
        v.addWidget(self.title)
        for label in self.steps:
            label.setWordWrap(True)
            v.addWidget(label)
        row1 = QHBoxLayout()
        row1.addWidget(self.open_button)
        row1.addWidget(self.folder_button)
        row1.addStretch(1)
        v.addLayout(row1)
        v.addSpacing(8)
        v.addWidget(self.examples_title)
        row2 = QHBoxLayout()
        row2.addWidget(self.kolaw_button)
        row2.addStretch(1)
        v.addLayout(row2)
        v.addLayout(grid)
        row3 = QHBoxLayout()
        row3.addWidget(self.progress, 1)
        row3.addWidget(self.cancel_button)
        v.addLayout(row3)
        v.addWidget(self.messages)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        h = QHBoxLayout()
        h.addStretch(1)
        h.addWidget(box, 4)
        h.addStretch(1)
        outer.addLayout(h)
        outer.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to Word2Vec Studio"))
        self.steps[0].setText(
            self.tr(
                "1. Corpus: open your text files (one sentence or "
                "paragraph per line) and choose a tokenizer."
            )
        )
        self.steps[1].setText(
            self.tr("2. Train: choose settings or a preset and press Start; watch the loss fall.")
        )
        self.steps[2].setText(
            self.tr("3. Explore: look up similar words, analogies and a map of the vocabulary.")
        )
        self.open_button.setText(self.tr("Open corpus files…"))
        self.folder_button.setText(self.tr("Open a folder…"))
        self.examples_title.setText(self.tr("Or start with an example:"))
        self.kolaw_button.setText(self.tr("Korean constitution (ships with konlpy)"))
        if self.kolaw_path is None:
            self.kolaw_button.setToolTip(self.tr("konlpy is not installed"))
        for s in CATALOGUE:
            name, button, note = self.sample_rows[s.id]
            name.setText(QCoreApplication.translate("SampleCorpus", s.name))
            button.setText(self.tr("Download"))
            note.setText(self._verification_note(s))
        self.cancel_button.setText(self.tr("Cancel"))


    def _verification_note(self, s: SampleCorpus) -> str:
        if s.sha256:
            return self.tr("checked against its SHA-256 checksum")
        if s.size:
            return self.tr("checked by size only ({0} bytes; no checksum recorded yet)").format(
                f"{s.size:,}"
            )
        return self.tr("not checked: no checksum or size recorded yet")

    # ----------------------------------------------------------------- actions
    def _open_kolaw(self) -> None:
        if self.kolaw_path is not None:
            self.corpus_chosen.emit(str(self.kolaw_path), None)

    def download(self, sample: SampleCorpus) -> CallThread | None:
        if self._thread is not None:
            return None
        self._active = sample
        self.messages.clear_all()
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(True)
        for _, button, _ in self.sample_rows.values():
            button.setEnabled(False)

        def work(report, cancel) -> tuple[Path, DownloadResult]:
            return fetch_sample(
                sample, self.cache_dir, on_progress=lambda d, t: report((d, t)), cancel=cancel
            )

        t = CallThread(work, self, cancel_types=(DownloadCancelled,))
        t.progress.connect(self._on_progress)
        t.succeeded.connect(self._on_done)
        t.failed.connect(self._on_failed)
        t.cancelled.connect(self._on_cancelled)
        t.finished.connect(self._on_finished)
        self._thread = t
        t.start()
        return t

    def cancel(self) -> None:
        stop_thread(self._thread)

    def shutdown(self) -> None:
        stop_thread(self._thread, wait=True)

    def _on_progress(self, value: tuple[int, int | None]) -> None:
        done, total = value
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))
            self.progress.setFormat(f"{done / 1e6:.1f} / {total / 1e6:.1f} MB")
        else:
            self.progress.setFormat(f"{done / 1e6:.1f} MB")

    def _on_done(self, result: tuple[Path, DownloadResult]) -> None:
        path, info = result
        how = {
            "sha256": self.tr("verified by SHA-256"),
            "size": self.tr("size checked; no checksum known, so the content is not verified"),
            "none": self.tr("not verified: no checksum or size is known for this file"),
        }[info.verified]
        where = self.tr("from the cache") if info.from_cache else self.tr("downloaded")
        self.messages.set_message(
            "download",
            "info",
            self.tr("{0}: {1}, {2}. SHA-256 of the file: {3}").format(
                path.name, where, how, info.sha256
            ),
        )
        assert self._active is not None
        self.corpus_chosen.emit(str(path), self._active.column)

    def _on_failed(self, e: BaseException) -> None:
        self.messages.set_message("download", "error", str(e))

    def _on_cancelled(self) -> None:
        self.messages.set_message("download", "info", self.tr("Download cancelled."))

    def _on_finished(self) -> None:
        self._thread = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        for _, button, _ in self.sample_rows.values():
            button.setEnabled(True)
