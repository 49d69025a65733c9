"""Widgets for a full date and an approximate one (a year, a month, or a day).

A text box rather than a date picker: a picker cannot be empty, and "not known yet" must be.
What is typed is saved as soon as it reads as a date; when it cannot, a message in words says
so when the practitioner leaves the box, and the earlier answer stands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from toolkit_desktop.domain.date_text import (
    DateProblem,
    parse_date,
    parse_month,
    parse_year,
    show_date,
)
from toolkit_desktop.domain.definitions import Field
from toolkit_desktop.ui.fields.base import FieldWidget, message_label, show_message

NOT_SAVED = "Not saved yet."


def date_line_edit(parent: QWidget, placeholder: str) -> QLineEdit:
    """A short text box sized for a date."""
    edit = QLineEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00/00/00000") + 40)
    return edit


class DateWidget(FieldWidget):
    """A full date typed day first (28/11/2026) or as 2026-11-28; stored as "YYYY-MM-DD"."""

    placeholder = "DD/MM/YYYY"

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self._value: str | None = None
        self._parse: Callable[[str], str] = parse_date
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self._add_before_edit()
        self.edit = date_line_edit(self, self.placeholder)
        self.edit.setObjectName("date")
        self._describe(self.edit)
        self.row.addWidget(self.edit)
        self.row.addStretch(1)
        self.message = message_label(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.focus_first())
        self.edit.textEdited.connect(self._on_edited)
        self.edit.editingFinished.connect(self._on_finished)

    def value(self) -> str | None:
        """The last date that could be read, or None when the box was emptied."""
        return self._value

    def problem(self) -> str:
        """The message shown under the box, or "" when there is none."""
        return self.message.text() if self.message.isVisible() else ""

    def _add_before_edit(self) -> None:
        """Room for a subclass to put a control before the text box."""

    def focus_first(self) -> QWidget:
        """The first control of the field in tab order."""
        return self.edit

    def _read(self, text: str) -> str | None:
        return self._parse(text) if text.strip() else None

    def _on_edited(self, text: str) -> None:
        try:
            parsed = self._read(text)
        except DateProblem:
            return  # probably still typing; said when they leave the box
        show_message(self.message, "", self, self.edit)
        if parsed != self._value:
            self._value = parsed
            self._user_edited()

    def _on_finished(self) -> None:
        try:
            parsed = self._read(self.edit.text())
        except DateProblem as problem:
            show_message(self.message, f"{NOT_SAVED} {problem}", self, self.edit)
            return
        show_message(self.message, "", self, self.edit)
        if parsed is not None:
            self.edit.setText(show_date(parsed))  # tidy "1.2.2020" into "01/02/2020"

    def _show(self, value: Any) -> None:
        self._value = value if isinstance(value, str) and value else None
        self.edit.setText(show_date(self._value) if self._value else "")
        show_message(self.message, "", self, self.edit)


PRECISIONS: tuple[tuple[str, str, int, Callable[[str], str]], ...] = (
    # (label, placeholder, length of the stored value, parser)
    ("Exact date", "DD/MM/YYYY", 10, parse_date),
    ("Month and year", "MM/YYYY", 7, parse_month),
    ("Year only", "YYYY", 4, parse_year),
)


class ApproxDateWidget(DateWidget):
    """A date known exactly, to the month, or only to the year: "YYYY-MM-DD", "YYYY-MM", "YYYY"."""

    def _add_before_edit(self) -> None:
        self.precision = QComboBox(self)
        self.precision.setObjectName("precision")
        for label, _placeholder, length, _parser in PRECISIONS:
            self.precision.addItem(label, length)
        self.precision.setAccessibleName(f"{self.field.label}: how exact")
        self.precision.setAccessibleDescription("Exact date, month and year, or year only")
        self.precision.currentIndexChanged.connect(self._on_precision)
        self.row.addWidget(self.precision, 0, Qt.AlignmentFlag.AlignLeft)

    def focus_first(self) -> QWidget:
        return self.precision

    def _on_precision(self, index: int) -> None:
        _label, placeholder, length, self._parse = PRECISIONS[index]
        self.edit.setPlaceholderText(placeholder)
        if self._loading:
            return
        if self._value and len(self._value) > length:
            # Less exact than before: keep what is known and drop the rest.
            self.edit.setText(show_date(self._value[:length]))
        try:
            parsed = self._read(self.edit.text())
        except DateProblem as problem:
            # More exact than what was typed: the earlier answer stands until the rest is typed.
            show_message(self.message, f"{NOT_SAVED} {problem}", self, self.edit)
            return
        show_message(self.message, "", self, self.edit)
        if parsed != self._value:
            self._value = parsed
            self._user_edited()

    def _show(self, value: Any) -> None:
        value = value if isinstance(value, str) and value else None
        index = {10: 0, 7: 1, 4: 2}.get(len(value), 0) if value else 0
        self.precision.setCurrentIndex(index)
        super()._show(value)
