"""Small parts of the forms that add a record (a conversation, a chronology entry, a correction).

They look like the questions of the shipped forms (a bold label above, its help below it), so
the app reads as one thing, and each input carries its label for screen readers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from toolkit_desktop.domain.definitions import Field, FieldType
from toolkit_desktop.ui.common.language import translate
from toolkit_desktop.ui.fields.dates import DateTimeWidget
from toolkit_desktop.ui.fields.emphasis import bold
from toolkit_desktop.ui.fields.section import heading, plain_label


def add_labelled(layout: QVBoxLayout, label: str, widget: QWidget, help_text: str = "") -> None:
    """A bold label (the widget's buddy, so Alt+its letter works), optional help, the widget."""
    title = QLabel(label)
    title.setWordWrap(True)
    bold(title)
    title.setBuddy(widget)
    layout.addSpacing(4)
    layout.addWidget(title)
    if help_text:
        layout.addWidget(plain_label(help_text, None))  # type: ignore[arg-type]
    layout.addWidget(widget)
    plain = label.replace("&", "")
    if not widget.accessibleName():
        widget.setAccessibleName(plain)
    if isinstance(widget, QComboBox):  # its pop-up list is read out on its own
        widget.view().setAccessibleName(
            translate("Common", "{label}: choices").format(label=plain))
    if help_text and not widget.accessibleDescription():
        widget.setAccessibleDescription(help_text)


def long_text(object_name: str, lines: int) -> QPlainTextEdit:
    """A box for several lines; Tab moves on rather than typing a tab."""
    edit = QPlainTextEdit(objectName=object_name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def when_widget(object_name: str, label: str, now: Callable[[], datetime]) -> DateTimeWidget:
    """A date and time in one box, reading the app's clock; a time in the future is asked about
    (a conversation or an entry records what has happened)."""
    field = Field(object_name, FieldType.DATETIME, label, checks=frozenset({"not_future"}))
    widget = DateTimeWidget(field, clock=now)
    widget.setObjectName(object_name)
    return widget


def when_value(widget: DateTimeWidget) -> datetime | None:
    """The moment typed, or None when the box is empty or not a whole date and time."""
    widget.commit()  # what the box says now, even if the keyboard has not left it
    if widget.unkept():
        return None  # not a time that can be kept (or one being asked about): never an older one
    value = widget.value()
    return datetime.fromisoformat(value) if value else None


def section_heading(text: str, object_name: str = "") -> QLabel:
    """A section title the size of the forms' section titles."""
    return heading(text, None, 1.25, object_name)  # type: ignore[arg-type]
