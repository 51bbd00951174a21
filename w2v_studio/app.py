"""The app's composition root: QApplication, translations, error hook, main window."""

from __future__ import annotations

import os
import sys
import threading
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

ORG, APP = "w2v-studio", "Word2Vec Studio"


def log_dir() -> Path:
    from w2v_studio.core.workspace.downloads import default_cache_dir

    return default_cache_dir() / "logs"


def install_excepthook(window) -> Path:
    """Unexpected exceptions go to a log file and an inline message, never a crash dialog."""
    from PySide6.QtCore import QTimer

    path = log_dir() / "errors.log"

    def report(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "a", encoding="utf-8") as f:
                f.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')}\n{text}\n")
        except OSError:
            pass
        sys.stderr.write(text)
        from w2v_studio.qt.shell.errors import unexpected_error

        error = unexpected_error(text, path)  # plain words; the traceback folded as details
        if threading.current_thread() is threading.main_thread():
            window.show_error(error.text, error.details)
        else:
            QTimer.singleShot(0, window, lambda: window.show_error(error.text, error.details))

    sys.excepthook = report
    threading.excepthook = lambda a: report(a.exc_type, a.exc_value, a.exc_traceback)
    return path


def main(
    argv: Sequence[str] | None = None,
    *,
    language: str | None = None,
    open_paths: Sequence[str] = (),
    reset_settings: bool = False,
) -> int:
    """Start the app (blocks until the window is closed)."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(APP)
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True)
    from w2v_studio.qt.shell import i18n
    from w2v_studio.qt.shell.main_window import MainWindow

    settings = QSettings()
    if reset_settings:
        settings.clear()
    code = i18n.normalize(language or settings.value("language", i18n.system_language()))
    i18n.install_language(code)
    settings.setValue("language", code)
    window = MainWindow(settings)
    install_excepthook(window)
    if i18n.missing_translations(code):
        window.messages.set_message(
            "i18n",
            "warning",
            "The translations are not compiled: run python scripts/build_translations.py",
        )
    for p in open_paths:
        try:
            window.open_path(Path(p))
        except Exception as e:  # a bad file named on the command line never stops the app
            from w2v_studio.qt.shell.errors import plain_error

            error = plain_error(e, p, QCoreApplication.translate("App", "be opened"))
            window.messages.set_message("open", "error", error.text, error.details)
    window.show()
    if os.environ.get("W2V_STUDIO_QUIT_AFTER"):  # smoke tests: start, show, quit
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(float(os.environ["W2V_STUDIO_QUIT_AFTER"]) * 1000), window.close)
    return int(app.exec())
