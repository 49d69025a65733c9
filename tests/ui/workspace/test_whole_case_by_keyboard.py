"""A whole case by keyboard alone, then every sentence typed is found in the referral pack.

Keys go only to whatever has the keyboard (`QApplication.focusWidget()`): the test moves with
Tab, Alt and a number, and the matrix's letters, never by putting the cursor anywhere itself.
It only looks at where the keyboard is, to know when it has reached the next question.
"""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from toolkit_desktop.ui.cases.new_case import NewCaseDialog
from toolkit_desktop.ui.fields.base import FieldWidget
from toolkit_desktop.ui.pack.export_dialog import ExportDialog

ALT = Qt.KeyboardModifier.AltModifier


class Keys:
    """Keys sent to the widget that has the keyboard, one at a time."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    def type(self, text: str) -> None:
        for char in text:
            self.qtbot.keyClick(QApplication.focusWidget(), char)

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(QApplication.focusWidget(), key, modifier)

    def tab_until(self, wanted, most: int = 120) -> None:
        """Press Tab until the keyboard is where `wanted(focus)` says (the test fails if never)."""
        for _ in range(most):
            if wanted(QApplication.focusWidget()):
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached it; the keyboard is on {_where()}")


def _where() -> str:
    focus = QApplication.focusWidget()
    return f"{type(focus).__name__} {focus.objectName() if focus else ''}"


def in_answer(name: str):
    """The keyboard is in the answer box of the question named `name` ("field:form.field...")."""
    def wanted(focus) -> bool:
        widget = focus
        while widget is not None and not isinstance(widget, FieldWidget):
            widget = widget.parentWidget()
        return widget is not None and widget.objectName() == name
    return wanted


def named(name: str):
    return lambda focus: focus is not None and focus.objectName() == name


def test_a_whole_case_by_keyboard_alone_ends_up_in_the_pack(
    start_app, drive, qtbot, existing_vault, dialogs, tmp_path
):
    keys = Keys(qtbot)
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    typed: list[str] = []

    def say(text: str) -> None:
        keys.type(text)
        typed.append(text)

    # A new case: the name, the time first met left as now, the place.
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(NewCaseDialog) is not None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().objectName() == "newCaseKnownAs")
    keys.type("Mariam")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    keys.type("Dover eastern docks")
    keys.press(Qt.Key.Key_Return)
    drive.wait_page(window, "caseWorkspace")
    window.activateWindow()  # offscreen, no window manager hands the keyboard back
    qtbot.waitUntil(window.isActiveWindow)
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.pages.currentWidget().isAncestorOf(
        QApplication.focusWidget()))

    # Immediate safeguarding: two people to call, typed row after row.
    keys.tab_until(named("add-row"))
    assert in_answer("field:immediate_safeguarding.contacts")(QApplication.focusWidget())
    for person in (("Sam Okafor", "Duty manager", "01632 960001"),
                   ("Lee Grant", "Foster carer", "01632 960002")):
        for number, words in enumerate(person):
            say(words)
            keys.press(Qt.Key.Key_Tab)
            if number == 2:
                assert QApplication.focusWidget().objectName() == "add-row"
    keys.tab_until(in_answer("field:immediate_safeguarding.phones_visitors_going_out"))
    say("No phone for the first week; visitors only with the social worker")

    # The child's details.
    keys.press("4", ALT)
    keys.tab_until(in_answer("field:child.given_names"))
    say("Mariam Tesfaye")
    keys.tab_until(in_answer("field:child.languages"))
    say("Tigrinya and some Arabic")

    # The matrix: K on the first indicator, then E for its evidence (the highlight has moved
    # on, but E still means the one just marked), then S on the next.
    keys.press("2", ALT)
    matrix = workspace.views["matrix"]
    assert QApplication.focusWidget() is matrix.list
    first = matrix.list.current_id()
    keys.press(Qt.Key.Key_K)
    keys.press(Qt.Key.Key_E)
    say("The driver kept her passport in the cab")
    keys.press(Qt.Key.Key_Escape)
    assert workspace.answers["matrix"][first]["evidence"] == typed[-1]
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_S)

    # One conversation.
    keys.press("3", ALT)
    keys.tab_until(named("conversationStart"))
    keys.press(Qt.Key.Key_Space)
    assert in_answer("conversationWhen")(QApplication.focusWidget())
    keys.type("today 01:50")
    keys.tab_until(named("conversationAccount"))
    say("I owe the man for the lorry. He says my mother will pay if I run.")
    keys.tab_until(named("conversationRecord"))
    keys.press(Qt.Key.Key_Space)
    page = workspace.records["conversations"]
    qtbot.waitUntil(lambda: len(page.entries()) == 1 or page.form.problem.isVisible(),
                    timeout=10_000)
    assert not page.form.problem.isVisible(), page.form.problem.text()

    # The referral, then the pack (Alt+P).
    keys.press("8", ALT)
    keys.tab_until(in_answer("field:nrm_referral.how_it_began"))
    say("The driver promised her work in a London restaurant, paid weekly")
    keys.press(Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None)
    dialog = window.findChild(ExportDialog)
    qtbot.waitExposed(dialog)
    dialogs.chosen_file = tmp_path / "mariam.pdf"
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    keys.press(Qt.Key.Key_Return)  # "Save" is the dialog's default button
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None, timeout=60_000)

    text = " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(tmp_path / "mariam.pdf").pages)
    missing = [words for words in typed if " ".join(words.split()) not in text]
    assert missing == []
    assert not [b for b in window.findChildren(QPushButton) if b.objectName() == "put-row-back"
                and b.isVisible()]  # no row was removed on the way
