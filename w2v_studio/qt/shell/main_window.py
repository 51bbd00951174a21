"""The main window: pages, menus, recent items, drag and drop, window state, clean closing."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from w2v_studio import __version__
from w2v_studio.qt.corpus.page import CorpusPage
from w2v_studio.qt.shell import i18n
from w2v_studio.qt.shell.i18n import Retranslating
from w2v_studio.qt.shell.messages import MessageBar
from w2v_studio.qt.shell.model_io import ModelIO
from w2v_studio.qt.shell.projects import ProjectIO
from w2v_studio.qt.shell.state import AppState
from w2v_studio.qt.shell.unsaved import UnsavedGuard
from w2v_studio.qt.train.page import TrainPage

MAX_RECENT = 10


class MainWindow(Retranslating, QMainWindow):
    """One window per app; ``settings`` may be an INI-backed QSettings (tests use one)."""

    def __init__(self, settings: QSettings | None = None, state: AppState | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.state = state or AppState(self)
        # Ask before dropping unsaved work or stopping a run (tests turn it off).
        self.confirm_close = True
        self.setAcceptDrops(True)
        self.setObjectName("main_window")

        self.messages = MessageBar(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.corpus_page = CorpusPage(self.state, self)
        self.train_page = TrainPage(self.state, self)
        from w2v_studio.qt.evaluate.page import EvaluatePage
        from w2v_studio.qt.explore.page import ExplorePage

        self.explore_page = ExplorePage(self.state, self)
        self.evaluate_page = EvaluatePage(self.state, self)
        from w2v_studio.qt.analysis.page import AnalysisPage

        self.analysis_page = AnalysisPage(self.state, self)
        for page in (self.corpus_page, self.train_page, self.explore_page, self.evaluate_page,
                     self.analysis_page):
            self.tabs.addTab(page, "")
        self.explore_page.questions.stability_requested.connect(self._ask_stability)
        # a real run needs the CPU: the Corpus page's timing probe steps aside
        self.train_page.running_changed.connect(
            lambda running: running and self.corpus_page.stats.timing.cancel()
        )
        central = QWidget(self)
        cv = QVBoxLayout(central)
        cv.setContentsMargins(4, 4, 4, 0)
        cv.addWidget(self.messages)
        cv.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)

        self.model_io = ModelIO(self)
        self.project_io = ProjectIO(self)
        self.unsaved = UnsavedGuard(self)
        self._connect_pages()
        self._build_menus()
        self._restore()
        self.retranslate()

    # ----------------------------------------------------------------- wiring
    def _connect_pages(self) -> None:
        cp, tp = self.corpus_page, self.train_page
        cp.tokenized_ready.connect(lambda tok, desc: tp.set_corpus(tok.sentences(), tok, desc))
        cp.tokenize_failed.connect(tp.cancel_pending_start)
        cp.corpus_changed.connect(lambda: tp.set_corpus(None))
        cp.tokenizer_changed.connect(tp.set_tokenizer)
        cp.recent_added.connect(lambda p: self.add_recent("corpus", p))
        tp.form.changed.connect(self._settings_to_corpus_page)
        tp.tokenize_requested.connect(self._tokenize_for_training)
        tp.explore_requested.connect(lambda: self.tabs.setCurrentWidget(self.explore_page))
        tp.save_requested.connect(self.model_io.save_model)
        tp.running_changed.connect(self._on_running_changed)
        self.state.model_changed.connect(self._update_status)
        self.state.model_saved.connect(self._update_status)
        # a banner about the previous model ("Model saved in …") goes with it
        self.state.model_changed.connect(lambda: self.messages.clear_message("model"))
        self._settings_to_corpus_page()

    def _settings_to_corpus_page(self) -> None:
        try:
            c = self.train_page.form.config()
        except ValueError:
            return
        self.corpus_page.set_training_settings(c)

    def _tokenize_for_training(self) -> None:
        if not self.corpus_page.paths():
            self.train_page.cancel_pending_start()
            self.train_page.messages.set_message(
                "corpus",
                "error",
                self.tr(
                    "There is no corpus yet: open text files on the Corpus page (File > "
                    "Open corpus) and press Start again."
                ),
            )
            return
        self.corpus_page.tokenize()

    def _on_running_changed(self, running: bool) -> None:
        self.corpus_page.setEnabled(not running)
        self.status_label.setText(self.tr("Training…") if running else "")

    # ----------------------------------------------------------------- menus
    def _action(self, menu, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        act = QAction(self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        mb = self.menuBar()
        self.file_menu = mb.addMenu("")
        f = self.file_menu
        self.act_open_corpus = self._action(
            f, self.corpus_page.open_files_dialog, QKeySequence.StandardKey.Open
        )
        self.act_open_folder = self._action(f, self.corpus_page.open_folder_dialog, "Ctrl+Shift+D")
        f.addSeparator()
        self.act_open_model = self._action(f, self.model_io.open_model_dialog, "Ctrl+Shift+O")
        self.act_import = self._action(f, self.model_io.import_vectors_dialog, "Ctrl+I")
        self.act_save_model = self._action(
            f, self.model_io.save_model, QKeySequence.StandardKey.Save
        )
        self.act_export = self._action(f, self.model_io.export_dialog, "Ctrl+E")
        f.addSeparator()
        self.act_open_project = self._action(f, self.project_io.open_dialog, "Ctrl+Shift+P")
        self.act_save_project = self._action(f, self.project_io.save_dialog, "Ctrl+Shift+S")
        f.addSeparator()
        self.recent_menu = f.addMenu("")
        f.addSeparator()
        self.act_quit = self._action(f, self.close, QKeySequence.StandardKey.Quit)

        self.settings_menu = mb.addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        self.language_group = QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():
            act = QAction(name, self, checkable=True)
            act.setData(code)
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(act)
            self.language_menu.addAction(act)
        self.act_clear_recent = self._action(self.settings_menu, self.clear_recent)

        self.help_menu = mb.addMenu("")
        self.act_guide = self._action(
            self.help_menu, self.show_guide, QKeySequence.StandardKey.HelpContents
        )
        self.act_plugins = self._action(self.help_menu, self.show_plugins)
        self.act_about = self._action(self.help_menu, self.show_about)

        self.act_train = QAction(self)
        self.act_train.setShortcut(QKeySequence("F5"))
        self.act_train.triggered.connect(self.train_page.toggle)
        self.addAction(self.act_train)
        for i in range(5):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, i=i: self.tabs.setCurrentIndex(i))
            self.addAction(act)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Word2Vec Studio"))
        for i, text in enumerate(
            (self.tr("Corpus"), self.tr("Train"), self.tr("Explore"), self.tr("Evaluate"),
             self.tr("Analyse"))
        ):
            self.tabs.setTabText(i, text)
        self.file_menu.setTitle(self.tr("&File"))
        self.act_open_corpus.setText(self.tr("Open corpus files…"))
        self.act_open_folder.setText(self.tr("Open corpus folder…"))
        self.act_open_model.setText(self.tr("Open model…"))
        self.act_import.setText(self.tr("Import vectors…"))
        self.act_save_model.setText(self.tr("Save model…"))
        self.act_export.setText(self.tr("Export…"))
        self.act_open_project.setText(self.tr("Open project…"))
        self.act_save_project.setText(self.tr("Save project…"))
        self.recent_menu.setTitle(self.tr("Recent items"))
        self.act_quit.setText(self.tr("Quit"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("Language"))
        self.act_clear_recent.setText(self.tr("Clear recent items"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_guide.setText(self.tr("User guide"))
        self.act_plugins.setText(self.tr("Tokenizer plugins…"))
        self.act_about.setText(self.tr("About Word2Vec Studio"))
        self._rebuild_recent()
        self._update_status()


    # ----------------------------------------------------------------- language
    def set_language(self, code: str) -> None:
        code = i18n.normalize(code)
        i18n.install_language(code)
        QCoreApplication.sendPostedEvents()  # deliver LanguageChange to every widget now
        self.settings.setValue("language", code)
        for act in self.language_group.actions():
            act.setChecked(act.data() == code)
        if i18n.missing_translations(code):
            self.messages.set_message(
                "i18n",
                "warning",
                "The translations are not compiled: run python scripts/build_translations.py",
            )
        else:
            self.messages.clear_message("i18n")
        self.state.set_language(code)

    def language(self) -> str:
        return i18n.normalize(self.settings.value("language", i18n.system_language()))

    # ----------------------------------------------------------------- recent items
    def recent(self) -> list[dict[str, str]]:
        raw = self.settings.value("recent", "[]")
        try:
            items = json.loads(raw) if isinstance(raw, str) else []
        except json.JSONDecodeError:
            items = []
        return [i for i in items if isinstance(i, dict) and "kind" in i and "path" in i]

    def add_recent(self, kind: str, path: str | Path) -> None:
        path = str(path)
        items = [i for i in self.recent() if i["path"] != path]
        items.insert(0, {"kind": kind, "path": path})
        self.settings.setValue("recent", json.dumps(items[:MAX_RECENT], ensure_ascii=False))
        self._rebuild_recent()

    def clear_recent(self) -> None:
        self.settings.setValue("recent", "[]")
        self._rebuild_recent()

    def _rebuild_recent(self) -> None:
        self.recent_menu.clear()
        items = self.recent()
        kinds = {
            "corpus": self.tr("Corpus"),
            "model": self.tr("Model"),
            "project": self.tr("Project"),
            "vectors": self.tr("Vectors"),
        }
        for item in items:
            act = self.recent_menu.addAction(f"{kinds.get(item['kind'], '')}: {item['path']}")
            act.triggered.connect(lambda _=False, it=item: self.open_recent(it))
        if not items:
            act = self.recent_menu.addAction(self.tr("(none)"))
            act.setEnabled(False)

    def open_recent(self, item: dict[str, str]) -> None:
        path = Path(item["path"])
        if not path.exists():
            self.messages.set_message(
                "recent",
                "warning",
                self.tr("{0} no longer exists; it was removed from the recent items.").format(path),
            )
            items = [i for i in self.recent() if i["path"] != item["path"]]
            self.settings.setValue("recent", json.dumps(items, ensure_ascii=False))
            self._rebuild_recent()
            return
        self.open_path(path, item["kind"])

    def open_path(self, path: Path, kind: str | None = None) -> None:
        """Open a dropped or recent path: project, model folder, vectors or corpus."""
        kind = kind or guess_kind(path)
        if kind == "project":
            self.project_io.open(path)
        elif kind == "model":
            self.model_io.open_model(path)
        elif kind == "vectors":
            self.model_io.import_vectors(path)
        else:
            self.corpus_page.add_paths([path])
            self.tabs.setCurrentWidget(self.corpus_page)

    # ----------------------------------------------------------------- drag and drop
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        corpus = [p for p in paths if guess_kind(p) == "corpus"]
        for p in paths:
            if guess_kind(p) != "corpus":
                self.open_path(p)
        if corpus:
            self.corpus_page.add_paths(corpus)
            self.tabs.setCurrentWidget(self.corpus_page)
        event.acceptProposedAction()

    # ----------------------------------------------------------------- help
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Word2Vec Studio"),
            self.tr(
                "<b>Word2Vec Studio</b> {0}<br>Train and explore word embeddings on "
                "Korean, Chinese and English text."
            ).format(__version__),
        )

    def show_guide(self) -> None:
        """Help > User guide (F1): one guide window, in the interface language."""
        from w2v_studio.qt.shell.guide_dialog import GuideDialog

        if getattr(self, "guide", None) is None:
            self.guide = GuideDialog(self.language(), self)
            self.state.language_changed.connect(lambda: self.guide.set_language(self.language()))
        self.guide.set_language(self.language())
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def _ask_stability(self, word: str) -> None:
        """The Questions panel's "How stable?": the Analyse page's stability part runs."""
        page = self.analysis_page
        page.tabs.setCurrentWidget(page.stability)
        self.tabs.setCurrentWidget(page)
        page.stability.ask(word)

    def show_plugins(self) -> None:
        from w2v_studio.qt.shell.plugins_dialog import PluginsDialog

        PluginsDialog(self).exec()

    # ----------------------------------------------------------------- status
    def _update_status(self) -> None:
        v = self.state.vectors
        if v is None:
            self.statusBar().showMessage(self.tr("No model yet"))
            return
        n = len(getattr(v, "words", []) or [])
        where = self.state.model_dir or self.tr("not saved")
        self.statusBar().showMessage(self.tr("Model: {0} words · {1}").format(f"{n:,}", where))

    def show_error(self, text: str, details: str | None = None) -> None:
        """Unexpected errors (from the global exception hook) appear here, inline; the
        technical ``details`` stay folded under "Show details"."""
        self.messages.set_message("unexpected", "error", text, details)

    # ----------------------------------------------------------------- state
    def _restore(self) -> None:
        geom = self.settings.value("window/geometry")
        if isinstance(geom, QByteArray) and not geom.isEmpty():
            self.restoreGeometry(geom)
        else:
            self.resize(1200, 800)
        st = self.settings.value("window/state")
        if isinstance(st, QByteArray) and not st.isEmpty():
            self.restoreState(st)
        tab = self.settings.value("window/tab", 0)
        with contextlib.suppress(TypeError, ValueError):
            self.tabs.setCurrentIndex(int(tab))
        raw = self.settings.value("train/config")
        if isinstance(raw, str):
            from w2v_studio.core.engine.config import TrainConfig

            with contextlib.suppress(ValueError, TypeError):
                self.train_page.set_config(TrainConfig.from_dict(json.loads(raw)))
        code = self.language()
        for act in self.language_group.actions():
            act.setChecked(act.data() == code)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        with contextlib.suppress(ValueError):
            self.settings.setValue("train/config", json.dumps(self.train_page.config().to_dict()))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.unsaved.confirm(self.tr("closing Word2Vec Studio")):
            event.ignore()
            return
        if self.train_page.is_running():
            if self.confirm_close:
                answer = QMessageBox.question(
                    self,
                    self.tr("Training is running"),
                    self.tr(
                        "A training run is in progress. Stop it and close? The partial "
                        "model is not saved."
                    ),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    event.ignore()
                    return
            self.train_page.stop()
        self.train_page.wait()
        self.corpus_page.shutdown()
        self.analysis_page.shutdown()
        self.model_io.wait()
        self.save_state()
        super().closeEvent(event)


def guess_kind(path: Path) -> str:
    """project / model / vectors / corpus, from the name or folder contents."""
    if path.suffix == ".w2vproj":
        return "project"
    if path.is_dir() and (path / "model.json").exists():
        return "model"
    if path.suffix in (".vec", ".bin", ".kv") or path.name.endswith((".vec.gz", ".bin.gz")):
        return "vectors"
    return "corpus"
