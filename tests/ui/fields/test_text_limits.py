"""The answer boxes hold what an answer may hold (`domain.limits`): typing or pasting past it is
refused whole, with a sentence under the box, and nothing already typed is lost or cut short."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QKeySequence  # noqa: E402
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit  # noqa: E402

from toolkit_desktop.domain.definitions import Field, FieldType  # noqa: E402
from toolkit_desktop.domain.limits import TextKind  # noqa: E402
from toolkit_desktop.domain.values import check_value  # noqa: E402
from toolkit_desktop.ui.fields.base import FieldWidget  # noqa: E402
from toolkit_desktop.ui.fields.factory import create_field_widget  # noqa: E402

ONE_LINE = TextKind.SINGLE_LINE.most
LONG = TextKind.LONG_TEXT.most
NAME = Field("given_names", FieldType.TEXT, "Given names")
ACCOUNT = Field("account", FieldType.LONG_TEXT, "What the child said")
BIRTH = Field("dob", FieldType.DATE, "Date of birth", checks=frozenset({"birth_date"}))
MET = Field("met_on", FieldType.DATE, "Date met", checks=frozenset({"not_future"}))
NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)


@pytest.fixture
def make(qtbot):
    def build(field: Field) -> tuple[FieldWidget, list[Any]]:
        widget = create_field_widget("case", field)
        widget.field_clock = lambda: NOW  # type: ignore[attr-defined]  # read by date boxes
        qtbot.addWidget(widget)
        with qtbot.waitActive(widget):
            widget.show()
            widget.activateWindow()
        emitted: list[Any] = []
        widget.changed.connect(emitted.append)
        return widget, emitted

    return build


def paste(qtbot, edit, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keySequence(edit, QKeySequence.StandardKey.Paste)


def test_a_one_line_answer_stops_at_its_limit_and_says_so(make, qtbot) -> None:
    widget, emitted = make(NAME)
    edit = widget.findChild(QLineEdit, "text")
    edit.setFocus()
    qtbot.keyClicks(edit, "Minh")
    paste(qtbot, edit, "x" * ONE_LINE)  # would make 504 characters
    assert edit.text() == "Minh"  # refused whole: not the first 496 of it, silently
    assert widget.problem() == (
        f"This answer can hold up to {ONE_LINE} characters, so what was typed or pasted was not "
        f"added: it would have made the answer {ONE_LINE + 4} characters long."
    )
    assert "can hold up to" in edit.accessibleDescription()  # screen readers hear it too
    assert QGuiApplication.clipboard().text() == "x" * ONE_LINE  # still there to paste elsewhere
    qtbot.keyClicks(edit, " Van")  # typing on works, and the sentence goes
    assert edit.text() == "Minh Van" and widget.problem() == ""
    assert emitted[-1] == "Minh Van"
    edit.setText("")
    qtbot.keyClicks(edit, "y" * (ONE_LINE + 3))  # typed key by key: stops at the limit
    assert len(edit.text()) == ONE_LINE and "can hold up to" in widget.problem()
    assert check_value(NAME, widget.value()) is None  # what the box holds can always be saved


def test_a_tab_or_line_break_pasted_into_one_line_is_refused_in_words(make, qtbot) -> None:
    widget, _ = make(NAME)
    edit = widget.findChild(QLineEdit, "text")
    paste(qtbot, edit, "Van\tMinh")
    assert edit.text() == ""
    assert "tab or line break cannot go in a one-line answer" in widget.problem()


def test_an_answer_saved_before_the_limits_can_still_be_shortened(make, qtbot) -> None:
    widget, emitted = make(NAME)
    edit = widget.findChild(QLineEdit, "text")
    widget.set_value("z" * (ONE_LINE + 50))
    assert len(edit.text()) == ONE_LINE + 50 and widget.problem() == ""  # shown in full
    edit.setFocus()
    edit.end(False)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert len(edit.text()) == ONE_LINE + 49 and emitted  # shortening is an edit, not refused
    qtbot.keyClicks(edit, "a")
    assert len(edit.text()) == ONE_LINE + 49 and "can hold up to" in widget.problem()


def test_a_longer_answer_stops_at_its_limit_and_says_so(make, qtbot) -> None:
    widget, _ = make(ACCOUNT)
    edit = widget.findChild(QPlainTextEdit, "long-text")
    edit.setFocus()
    qtbot.keyClicks(edit, "He said")
    paste(qtbot, edit, "line\n" * (LONG // 5))
    assert edit.toPlainText() == "He said"
    assert f"can hold up to {LONG:,} characters" in widget.problem()
    paste(qtbot, edit, "\nHe owed money.\tTwice.")  # line breaks and tabs belong here
    assert edit.toPlainText() == "He said\nHe owed money.\tTwice." and widget.problem() == ""
    edit.setPlainText("q" * LONG)
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClick(edit, Qt.Key.Key_A)
    assert len(edit.toPlainText()) == LONG and "can hold up to" in widget.problem()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(edit, Qt.Key.Key_A)
    assert edit.toPlainText().endswith("a") and widget.problem() == ""


@pytest.mark.parametrize(("field", "typed", "said"), [
    (BIRTH, "01/01/2028", "Saturday 1 January 2028 is after today."),
    (MET, "01/01/1920", "Thursday 1 January 1920 is before 1950."),
])
def test_a_date_outside_its_range_is_refused_under_the_box(make, qtbot, field, typed, said):
    widget, emitted = make(field)
    edit = widget.findChild(QLineEdit, "date")
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert emitted == [] and widget.value() is None
    assert widget.problem() == f"Not saved yet. {said}"
    assert edit.text() == typed  # what was typed stays, to be corrected
