"""Widgets for text, long text and numbers: the answers typed in one or several lines."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from toolkit_desktop.domain.definitions import Field
from toolkit_desktop.ui.fields.base import AnswerLine, FieldWidget


class TextWidget(FieldWidget):
    """One line of text; blank text is no answer."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = AnswerLine(self)
        self.edit.setObjectName("text")
        self._describe(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        # textEdited, not textChanged: only the user's typing is an edit.
        self.edit.textEdited.connect(self._user_edited)

    def value(self) -> str | None:
        """The text, or None when it is blank."""
        text = self.edit.text()
        return text if text.strip() else None

    def _show(self, value: Any) -> None:
        self.edit.setText(value if isinstance(value, str) else "")


class LongTextWidget(FieldWidget):
    """Several lines of text. Tab moves on to the next question rather than typing a tab."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("long-text")
        self.edit.setTabChangesFocus(True)
        line = self.edit.fontMetrics().lineSpacing()
        self.edit.setFixedHeight(line * 5 + 12)  # room for five lines; it scrolls beyond
        self._describe(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._user_edited)

    def value(self) -> str | None:
        """The text, or None when it is blank."""
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def _show(self, value: Any) -> None:
        self.edit.setPlainText(value if isinstance(value, str) else "")


_NUMBER = QRegularExpression(r"-?\d{0,12}(\.\d{0,6})?")


class NumberWidget(FieldWidget):
    """A number: whole numbers are stored as integers, others as decimals."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = AnswerLine(self)
        self.edit.setObjectName("number")
        # The validator refuses letters as they are typed, so there is nothing to explain later.
        self.edit.setValidator(QRegularExpressionValidator(_NUMBER, self.edit))
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
