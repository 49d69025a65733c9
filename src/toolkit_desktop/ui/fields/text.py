"""Widgets for text, long text and numbers: the answers typed in one or several lines.

Text boxes hold no more than `domain.limits` lets an answer hold, so what is typed can always be
saved. Typing or pasting past the limit is refused whole, with a sentence under the box, and
never cut short: the pasted text is still on the clipboard, and nothing is dropped without a word.
(Qt's own `setMaxLength` would keep the first part of a paste and drop the rest silently.)
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QRegularExpression, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QRegularExpressionValidator, QValidator
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from toolkit_desktop.domain.definitions import Field
from toolkit_desktop.domain.limits import TextKind, typed_text_problem
from toolkit_desktop.ui.fields.base import (
    QT_TRANSLATE_NOOP,
    AnswerLine,
    FieldMessage,
    FieldWidget,
    show_message,
)

Say = Callable[[str], None]


def _controls(text: str, kind: TextKind) -> int:
    """How many characters of `text` this kind of text may not hold (tabs in one line, say)."""
    allowed = "\t\n\r" if kind.multiline else ""
    return sum(1 for c in text if unicodedata.category(c) in ("Cc", "Cs") and c not in allowed)


def refusal(before: str, after: str, kind: TextKind) -> str | None:
    """What to say when an edit turning `before` into `after` must be refused, or None.

    Only an edit that makes things worse is refused: an answer saved before the limits existed
    (longer, or with a tab in it) can still be shortened or corrected.
    """
    longer = len(after) > kind.most and len(after) > len(before)
    worse = _controls(after, kind) > _controls(before, kind)
    if not (longer or worse):
        return None
    return typed_text_problem(after if longer else after[: kind.most], kind)


class LineLimit(QValidator):
    """Refuses an edit of a one-line box that would break its limit, and says why."""

    def __init__(self, kind: TextKind, say: Say, parent: QObject) -> None:
        super().__init__(parent)
        self.kind = kind
        self.say = say
        self.good = ""  # the text last accepted: what an edit is compared with

    def validate(self, text: str, pos: int) -> QValidator.State:
        problem = refusal(self.good, text, self.kind)
        if problem:
            self.say(problem)
            return QValidator.State.Invalid
        self.good = text
        return QValidator.State.Acceptable


class TextWidget(FieldWidget):
    """One line of text; blank text is no answer."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = AnswerLine(self)
        self.edit.setObjectName("text")
        self._describe(self.edit)
        self.limit = LineLimit(TextKind.SINGLE_LINE, self._say, self.edit)
        self.edit.setValidator(self.limit)
        self.message = FieldMessage(self)  # at the foot of the layout, when needed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        # textEdited, not textChanged: only the user's typing is an edit.
        self.edit.textEdited.connect(self._edited)

    def value(self) -> str | None:
        """The text, or None when it is blank."""
        text = self.edit.text()
        return text if text.strip() else None

    def _say(self, text: str) -> None:
        show_message(self.message, text, self, self.edit)

    def _edited(self, text: str) -> None:
        self._say("")  # the edit went in: what was refused before is no longer the point
        self._user_edited()

    def _show(self, value: Any) -> None:
        text = value if isinstance(value, str) else ""
        self.limit.good = text  # an answer saved before the limits existed shows in full
        self.edit.setText(text)
        self._say("")


class CappedText(QPlainTextEdit):
    """A several-line box that refuses typing, pasting or dropping past its limit, and says so."""

    def __init__(self, kind: TextKind, say: Say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.say = say

    def _refused(self, inserted: str) -> bool:
        """Whether putting `inserted` in place of the selection must be refused (and said)."""
        before = self.toPlainText()
        cursor = self.textCursor()
        after_length = len(before) - len(cursor.selectedText()) + len(inserted)
        # Only the length and the characters inserted matter: build a stand-in of that length.
        after = before[: max(0, after_length - len(inserted))] + inserted
        problem = refusal(before, after, self.kind)
        self.say(problem or "")
        return problem is not None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        typed = event.text()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            typed = "\n"
        # Only keys that type something: Ctrl+V pastes through insertFromMimeData below.
        if (typed.isprintable() and typed or typed == "\n") and self._refused(typed):
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        if source.hasText() and self._refused(source.text()):
            return
        super().insertFromMimeData(source)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 (Qt's name)
        if event.commitString() and self._refused(event.commitString()):
            event.setCommitString("")
        super().inputMethodEvent(event)


class LongTextWidget(FieldWidget):
    """Several lines of text. Tab moves on to the next question rather than typing a tab."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = CappedText(TextKind.LONG_TEXT, self._say, self)
        self.edit.setObjectName("long-text")
        self.edit.setTabChangesFocus(True)
        line = self.edit.fontMetrics().lineSpacing()
        self.edit.setFixedHeight(line * 5 + 12)  # room for five lines; it scrolls beyond
        self._describe(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = FieldMessage(self)  # at the foot of the layout, when needed
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._user_edited)

    def value(self) -> str | None:
        """The text, or None when it is blank."""
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def _say(self, text: str) -> None:
        show_message(self.message, text, self, self.edit)

    def _show(self, value: Any) -> None:
        self.edit.setPlainText(value if isinstance(value, str) else "")
        self._say("")


_NUMBER = QRegularExpression(r"-?\d{0,12}(\.\d{0,6})?")


# Said under a number box when a key that cannot be part of a number is refused.
NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "Fields", "Only a number can be typed here (for example 15, or 15.5): that key was not kept.")


class NumberOnly(QRegularExpressionValidator):
    """Refuses what cannot become a number as it is typed, and says so (never silently: a
    word typed there lost its letters and left its digits, an age of 52, without a word)."""

    def __init__(self, say: Say, parent: QObject) -> None:
        super().__init__(_NUMBER, parent)
        self.say = say

    def validate(self, text: str, pos: int) -> object:  # noqa: D102 (Qt's own)
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        self.say(NOT_A_NUMBER if state == QValidator.State.Invalid else "")
        return result


class NumberWidget(FieldWidget):
    """A number: whole numbers are stored as integers, others as decimals."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = AnswerLine(self)
        self.edit.setObjectName("number")
        # The validator refuses letters as they are typed, and says so under the box.
        self.edit.setValidator(NumberOnly(self._say, self.edit))
        self.message = FieldMessage(self)  # at the foot of the layout, when needed
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0") * 16 + 16)
        self._describe(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._on_edited)
        self._value: int | float | None = None

    def value(self) -> int | float | None:
        """The last complete number typed, or None when the box is empty."""
        return self._value

    def _say(self, text: str) -> None:
        shown = QCoreApplication.translate("Fields", text) if text else ""
        show_message(self.message, shown, self, self.edit)

    def _on_edited(self, text: str) -> None:
        parsed = parse_number(text)
        # "-" or "3." on the way to a number: nothing to store yet.
        if parsed is not None or not text.strip():
            self._value = parsed
            self._user_edited()

    def _show(self, value: Any) -> None:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        self._value = value if ok else None
        self.edit.setText("" if self._value is None else format_number(self._value))
        self._say("")


def parse_number(text: str) -> int | float | None:
    """An int for "12", a float for "12.5", None for blank or unfinished input such as "-"."""
    text = text.strip()
    if text.endswith(".") or text in ("", "-"):
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return None


def format_number(number: int | float) -> str:
    """How a stored number is shown: no trailing ".0" on whole decimals."""
    if isinstance(number, float) and number.is_integer():
        return str(int(number))
    return str(number)
