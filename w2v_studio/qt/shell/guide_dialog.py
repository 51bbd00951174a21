"""Help > User guide: the guide of ``resources/guide/<language>.md`` in a window of its own,
with its sections listed on the left; it follows the interface language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import QDialog, QListWidget, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from w2v_studio.qt.shell import i18n
from w2v_studio.qt.shell.i18n import Retranslating

GUIDE_DIR = Path(__file__).resolve().parents[3] / "resources" / "guide"


def guide_file(code: str, folder: Path | None = None) -> Path:
    """The guide in ``code`` (ko, zh_CN, en), English when that language has none."""
    folder = folder or GUIDE_DIR
    path = folder / f"{i18n.normalize(code)}.md"
    return path if path.is_file() else folder / "en.md"


def guide_text(code: str, folder: Path | None = None) -> str:
    path = guide_file(code, folder)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return (
            f"# User guide\n\nThe guide could not be read from {path}: {e}. Reinstall the "
            "app, or read the file in a text editor."
        )


class GuideDialog(Retranslating, QDialog):
    """Not modal: the guide can stay open beside the window while the user works."""

    def __init__(self, code: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.code = ""
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.contents = QListWidget(self)
        self.contents.setObjectName("guide_contents")
        self.contents.currentRowChanged.connect(self._go_to)
        self._headings: list[QTextBlock] = []
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([230, 720])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(split)
        self.resize(980, 720)
        self.set_language(code)

    def set_language(self, code: str) -> None:
        """Show the guide in ``code`` (keeps the place only when the language is the same)."""
        code = i18n.normalize(code)
        if code == self.code:
            return
        self.code = code
        self.browser.setMarkdown(guide_text(code))
        self._list_headings()
        self.retranslate()

    def _list_headings(self) -> None:
        self.contents.blockSignals(True)
        self.contents.clear()
        self._headings = []
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2:
                self._headings.append(block)
                self.contents.addItem(block.text())
            block = block.next()
        self.contents.blockSignals(False)

    def _go_to(self, row: int) -> None:
        """Scroll so that section ``row`` starts at the top of the guide."""
        if not 0 <= row < len(self._headings):
            return
        layout = self.browser.document().documentLayout()
        top = layout.blockBoundingRect(self._headings[row]).top()
        self.browser.verticalScrollBar().setValue(int(top))

    def headings(self) -> list[str]:
        return [self.contents.item(i).text() for i in range(self.contents.count())]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Word2Vec Studio – User guide"))

