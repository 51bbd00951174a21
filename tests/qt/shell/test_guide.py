"""Help > User guide: opens from the menu and F1, in the interface language (switching with
it), and explains every setting of the Train form with the form's own words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGroupBox, QLabel

from w2v_studio.qt.shell.guide_dialog import guide_file
from w2v_studio.qt.train.fields import CTX, FIELDS, GROUPS


def _form_labels(window) -> list[str]:
    """The setting labels and group titles as the Train form shows them now."""
    form = window.train_page.form
    labels = [w.text().removesuffix(":") for w in form.findChildren(QLabel)
              if w.text().endswith(":")]
    return labels + [g.title() for g in form.findChildren(QGroupBox) if g.title()]


def test_help_user_guide_opens_the_guide_and_f1_is_its_shortcut(qtbot, window):
    assert window.act_guide in window.help_menu.actions()
    assert window.act_guide.text() == "User guide"
    assert window.act_guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.act_guide.trigger()
    guide = window.guide
    assert guide.isVisible() and guide.code == "en"
    text = guide.browser.toPlainText()
    assert "The three steps" in text and "Reading the loss curve" in text
    assert guide.headings()[:2] == ["1. The three steps", "2. Corpus"]
    window.act_guide.trigger()  # a second time: the same window, not a new one
    assert window.findChildren(type(guide)) == [guide]


def test_contents_list_scrolls_the_guide_to_the_chosen_section(qtbot, window):
    window.show_guide()
    guide = window.guide
    guide.resize(900, 500)
    assert guide.browser.verticalScrollBar().value() == 0
    guide.contents.setCurrentRow(3)
    top = guide.browser.cursorForPosition(QPoint(10, 10)).block().text()
    assert top == guide.headings()[3] == "4. Reading the loss curve"


def test_guide_follows_the_interface_language(qtbot, window, translations):
    window.show_guide()
    guide = window.guide
    window.set_language("ko")
    assert guide.code == "ko"
    assert guide.headings()[0] == "1. 세 단계"
    assert "손실 곡선 읽는 법" in guide.browser.toPlainText()
    assert guide.windowTitle() != "Word2Vec Studio – User guide"  # translated too
    window.set_language("zh_CN")
    assert guide.headings()[0] == "1. 三个步骤"
    window.set_language("en")
    assert guide.headings()[0] == "1. The three steps"


def test_guide_opened_after_switching_shows_that_language(qtbot, window, translations):
    window.set_language("ko")
    window.act_guide.trigger()
    assert window.guide.code == "ko"
    assert "학습 설정" in window.guide.browser.toPlainText()


def test_every_setting_of_the_train_form_is_in_the_english_guide(qtbot, window):
    labels = _form_labels(window)
    assert len(labels) >= len(FIELDS) + len(GROUPS)  # every field has a label
    window.show_guide()
    text = window.guide.browser.toPlainText()
    missing = [label for label in labels if label not in text]
    assert missing == []


def test_korean_and_chinese_guides_use_the_form_labels_of_their_language(qtbot, window,
                                                                         translations):
    for code, path in (("ko", guide_file("ko")), ("zh_CN", guide_file("zh_CN"))):
        assert path.name == f"{code}.md"
        window.set_language(code)
        window.show_guide()
        text = window.guide.browser.toPlainText()
        shown = _form_labels(window)
        wanted = [QCoreApplication.translate(CTX, f.label) for f in FIELDS.values()]
        assert set(wanted) <= set(shown)  # the form shows the translated labels
        missing = [label for label in shown if label not in text]
        assert missing == [], code
