"""The base of every field widget: a value in, a value out, and a signal for the user's edits."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from toolkit_desktop.domain.definitions import Field

_READ_ONLY_STYLE = "border: none; background: transparent;"


class FieldWidget(QWidget):
    """One question on screen. Subclasses implement `value` and `_show`.

    `changed` carries the new JSON value (or None) after each edit by the user; loading a value
    with `set_value` or `clear` never emits it, because a programmatic load is not an answer.
    """

    changed = Signal(object)

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._loading = 0

    # -- the public contract -------------------------------------------------------------------

    def value(self) -> Any:
        """The answer as stored (docs/definitions.md), or None when nothing is answered."""
        # Every field type's widget defines this (Qt's metaclass rules out abc.abstractmethod).
        raise TypeError(f"{type(self).__name__} does not define value()")

    def set_value(self, value: Any) -> None:
        """Show `value` (None empties the widget) without emitting `changed`."""
        with self.loading():
            self._show(value)

    def clear(self) -> None:
        """Empty the widget, for example when the vault locks; emits nothing."""
        self.set_value(None)

    def focus_widget(self) -> QWidget:
        """The inner widget that takes the focus first (a label's buddy, `focus_field`)."""
        return self.focusProxy() or self

    def set_read_only(self, read_only: bool) -> None:
        """Show the value without letting it be changed.

        Text boxes lose their frame, so they do not look like a question to answer, but keep the
        keyboard focus, so a screen reader can still read them; buttons and lists are disabled.
        """
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit | QPlainTextEdit):
                child.setReadOnly(read_only)
                if child.property("editPlaceholder") is None:
                    child.setProperty("editPlaceholder", child.placeholderText())
                placeholder = "Not recorded yet" if read_only else child.property("editPlaceholder")
                child.setPlaceholderText(placeholder)
                child.setStyleSheet(_READ_ONLY_STYLE if read_only else "")
            elif isinstance(child, QAbstractButton | QComboBox):
                child.setEnabled(not read_only)

    # -- for subclasses ------------------------------------------------------------------------

    def _show(self, value: Any) -> None:
        raise TypeError(f"{type(self).__name__} does not define _show()")

    @contextmanager
    def loading(self) -> Iterator[None]:
        """While inside, inner widgets may change without it counting as the user's edit."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1

    def _user_edited(self, *_args: object) -> None:
        """Connect inner widgets' change signals here: emits `changed` unless we are loading."""
        if not self._loading:
            self.changed.emit(self.value())

    def _describe(self, widget: QWidget, name: str | None = None) -> None:
        """Give an inner widget the field's label and help for screen readers."""
        widget.setAccessibleName(name or self.field.label)
        description = self.field.help or self.field.guidance
        if description:
            widget.setAccessibleDescription(description)


def message_label(parent: QWidget) -> QLabel:
    """A hidden inline message saying, in words, why an entry was not saved."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("field-message")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("font-weight: bold;")
    label.hide()
    return label


def show_message(label: QLabel, text: str, field_widget: FieldWidget, inner: QWidget) -> None:
    """Show `text` under the field (hidden when empty) and tell screen readers about it too."""
    label.setText(text)
    label.setVisible(bool(text))
    help_text = field_widget.field.help or field_widget.field.guidance
    inner.setAccessibleDescription(" ".join(part for part in (text, help_text) if part))


def tab_stops(container: QWidget) -> list[QWidget]:
    """The controls inside `container` that Tab can reach, in the order they were made.

    Only those in the container's own window: a drop-down's list is a child of its QComboBox but
    lives in a pop-up window of its own, which Tab never reaches and setTabOrder refuses.
    """
    tab = Qt.FocusPolicy.TabFocus.value
    window = container.window()
    return [
        w
        for w in container.findChildren(QWidget)
        if w.focusPolicy().value & tab and w.window() is window
    ]
