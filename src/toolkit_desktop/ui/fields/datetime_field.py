"""The date-and-time widget: a date box, a time box and a "Now" button for things happening now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.date_text import DateProblem, parse_date, parse_time
from toolkit_desktop.domain.definitions import Field
from toolkit_desktop.ui.fields.base import FieldWidget, message_label, show_message
from toolkit_desktop.ui.fields.dates import NOT_SAVED, date_line_edit

LocalClock = Callable[[], datetime]  # returns an aware datetime; converted to local time


class MissingPart(DateProblem):
    """The date or the time is typed, the other is not yet."""


def _system_now() -> datetime:
    return datetime.now().astimezone()


class DateTimeWidget(FieldWidget):
    """A date and a time, stored as ISO 8601 with the computer's UTC offset at that moment."""

    def __init__(
        self, field: Field, parent: QWidget | None = None, clock: LocalClock | None = None
    ) -> None:
        super().__init__(field, parent)
        self._clock = clock or _system_now
        self._value: str | None = None
        self.date_edit = date_line_edit(self, "DD/MM/YYYY")
        self.date_edit.setObjectName("date")
        self._describe(self.date_edit, f"{field.label}: date")
        self.time_edit = QLineEdit(self)
        self.time_edit.setObjectName("time")
        self.time_edit.setPlaceholderText("HH:MM")
        time_width = self.time_edit.fontMetrics().horizontalAdvance("00:000") + 40
        self.time_edit.setMaximumWidth(time_width)
        self._describe(self.time_edit, f"{field.label}: time, 24-hour clock")
        self.now_button = QPushButton("Now", self)
        self.now_button.setObjectName("now")
        self.now_button.setAccessibleName(f"{field.label}: fill in the date and time now")
        self.now_button.setAutoDefault(False)
        self.message = message_label(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_edit)
        row.addWidget(self.time_edit)
        row.addWidget(self.now_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.date_edit)
        for edit in (self.date_edit, self.time_edit):
            edit.textEdited.connect(self._on_edited)
            edit.editingFinished.connect(self._on_finished)
        for part in (self.date_edit, self.time_edit, self.now_button):
            part.installEventFilter(self)
        self.now_button.clicked.connect(self.fill_now)

    def value(self) -> str | None:
        """The last complete date and time, or None when both boxes were emptied."""
        return self._value

    def problem(self) -> str:
        """The message shown under the boxes, or "" when there is none."""
        return self.message.text() if self.message.isVisible() else ""

    def fill_now(self) -> None:
        """Put the current local date and time in the boxes and save it (the "Now" button)."""
        now = self._clock().astimezone().replace(second=0, microsecond=0)
        self.date_edit.setText(now.strftime("%d/%m/%Y"))
        self.time_edit.setText(now.strftime("%H:%M"))
        show_message(self.message, "", self, self.date_edit)
        self._store(now.isoformat())

    def _read(self) -> str | None:
        date_text, time_text = self.date_edit.text().strip(), self.time_edit.text().strip()
        if not date_text and not time_text:
            return None
        if not date_text:
            raise MissingPart("Add the date as DD/MM/YYYY, or press Now.")
        day = datetime.fromisoformat(parse_date(date_text))
        if not time_text:
            raise MissingPart("Add the time as HH:MM, or press Now.")
        hours, minutes = parse_time(time_text)
        # A naive time read as the computer's local time, so the offset is right in summer too.
        return day.replace(hour=hours, minute=minutes).astimezone().isoformat()

    def _on_edited(self, _text: str) -> None:
        try:
            parsed = self._read()
        except DateProblem:
            return  # still typing; said when they leave the box
        show_message(self.message, "", self, self.date_edit)
        self._store(parsed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusOut:
            # Leaving an untouched time box sends no editingFinished, so check on the way out.
            new_focus = QApplication.focusWidget()
            if new_focus is None or not self.isAncestorOf(new_focus):
                self._on_finished(leaving=True)
        return super().eventFilter(watched, event)

    def _on_finished(self, leaving: bool = False) -> None:
        try:
            self._read()
        except MissingPart as problem:
            # Moving from the date to the time box is not leaving half an answer.
            if leaving:
                show_message(self.message, f"{NOT_SAVED} {problem}", self, self.date_edit)
            return
        except DateProblem as problem:
            show_message(self.message, f"{NOT_SAVED} {problem}", self, self.date_edit)
            return
        show_message(self.message, "", self, self.date_edit)
        if self._value:
            self._show_boxes(datetime.fromisoformat(self._value))

    def _store(self, value: str | None) -> None:
        if value != self._value:
            self._value = value
            self._user_edited()

    def _show_boxes(self, moment: datetime) -> None:
        self.date_edit.setText(moment.strftime("%d/%m/%Y"))
        self.time_edit.setText(moment.strftime("%H:%M"))

    def _show(self, value: Any) -> None:
        self._value = None
        self.date_edit.clear()
        self.time_edit.clear()
        show_message(self.message, "", self, self.date_edit)
        if isinstance(value, str) and value:
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                return
            # Shown as the wall-clock time it was recorded at, not converted to today's offset.
            self._value = value
            self._show_boxes(moment)
