"""Interface languages: load the compiled translations and switch them live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

LANGUAGES: dict[str, str] = {"en": "English", "ko": "한국어", "zh_CN": "简体中文"}
"""Language codes (stable ids kept in the settings) and their names in that language."""

I18N_DIR = Path(__file__).resolve().parents[3] / "resources" / "i18n"

_installed: list[QTranslator] = []


def system_language() -> str:
    """The UI language matching the system locale: ko, zh_CN or en."""
    name = QLocale.system().name()  # e.g. ko_KR, zh_CN, zh_TW, en_US
    if name.startswith("ko"):
        return "ko"
    if name.startswith("zh"):
        return "zh_CN"
    return "en"


def normalize(code: str | None) -> str:
    """Accept ko, ko_KR, zh, zh-CN, zh_CN, en...; anything unknown becomes en."""
    if not code:
        return "en"
    c = code.replace("-", "_")
    if c.lower().startswith("ko"):
        return "ko"
    if c.lower().startswith("zh"):
        return "zh_CN"
    return "en"


def install_language(code: str, i18n_dir: Path | None = None) -> list[Path]:
    """Replace the installed translators with those for ``code`` and return the files loaded.

    Every ``*_{code}.qm`` in ``resources/i18n`` is loaded (the app's own file and those of
    other parts, such as ``plugins_ko.qm``), plus Qt's own ``qtbase_{code}.qm`` for standard
    dialogs. Widgets then receive ``QEvent.LanguageChange`` and retranslate themselves.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    loaded: list[Path] = []
    code = normalize(code)
    QLocale.setDefault(QLocale(code))
    from w2v_studio.qt.shell.fonts import apply_interface_font

    apply_interface_font(code)
    if code == "en":
        return loaded
    folder = i18n_dir or I18N_DIR
    for qm in sorted(folder.glob(f"*_{code}.qm")):
        t = QTranslator(app)
        if t.load(str(qm)):
            app.installTranslator(t)
            _installed.append(t)
            loaded.append(qm)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    t = QTranslator(app)
    if t.load(f"qtbase_{code}", qt_dir):
        app.installTranslator(t)
        _installed.append(t)
    return loaded


def missing_translations(code: str, i18n_dir: Path | None = None) -> bool:
    """True when ``code`` needs compiled files that are not there (run build_translations)."""
    code = normalize(code)
    if code == "en":
        return False
    folder = i18n_dir or I18N_DIR
    return not (folder / f"app_{code}.qm").exists()


class Retranslating:
    """Mix in before a Qt widget class that has ``retranslate()``: it runs again whenever the
    interface language changes (Qt sends every widget a LanguageChange event)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
