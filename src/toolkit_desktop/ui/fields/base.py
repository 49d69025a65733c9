"""The base of every field widget: a value in, a value out, and a signal for the user's edits."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSplitter,
    QWidget,
)

from toolkit_desktop.domain.definitions import Field
from toolkit_desktop.ui.fields.emphasis import bold
from toolkit_desktop.ui.fields.layout_order import LEAVING, layout_parts

_READ_ONLY_STYLE = "border: none; background: transparent;"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark `text` for the catalogue where it is defined; `QCoreApplication.translate` it where
    it is shown. (The fields sit below ui.common, so they do not use ui.common.language.)"""
    return text


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
        # The sentence under the question (why what was typed was not kept), for the widgets
        # that can refuse an entry; they make it in their own layout.
        self.message: FieldMessage | None = None

    # -- the public contract -------------------------------------------------------------------

    def value(self) -> Any:
        """The answer as stored (docs/definitions.md), or None when nothing is answered."""
        # Every field type's widget defines this (Qt's metaclass rules out abc.abstractmethod).
        raise TypeError(f"{type(self).__name__} does not define value()")

    def problem(self) -> str:
        """The sentence shown under the question, or "" when there is none."""
        return self.message.text() if self.message is not None and self.message.isVisible() else ""

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
        """Show the value without letting it be changed: a copy of an answer given elsewhere.

        Text boxes lose their frame, so they do not look like a question to answer; every part
        leaves the Tab order, so words typed after a Tab never go into a box that drops them.
        """
        # Translated once for the widget, not once per box inside it.
        not_recorded = QCoreApplication.translate("Fields", "Not recorded yet") if read_only else ""
        for child in self.findChildren(QWidget):
            if child.property("editFocusPolicy") is None:
                child.setProperty("editFocusPolicy", child.focusPolicy().value)
            policy = Qt.FocusPolicy(child.property("editFocusPolicy"))
            child.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else policy)
            if isinstance(child, QLineEdit | QPlainTextEdit):
                child.setReadOnly(read_only)
                if child.property("editPlaceholder") is None:
                    child.setProperty("editPlaceholder", child.placeholderText())
                placeholder = not_recorded if read_only else child.property("editPlaceholder")
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


class AnswerLine(QLineEdit):
    """A one-line answer box that keeps its text when Tab arrives.

    Qt selects a line's text when Tab brings the keyboard to it, so the next key typed replaces
    the whole answer: at 2am, typing after every Tab, that overwrites what was there without a
    word. Here Tab puts the cursor at the end instead, so typing adds to the answer; Ctrl+A
    still selects it all, on purpose.
    """

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.deselect()
            self.end(False)


def message_label(parent: QWidget) -> QLabel:
    """A hidden inline message saying, in words, why an entry was not saved."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("field-message")
    label.setTextFormat(Qt.TextFormat.PlainText)
    bold(label)
    label.hide()
    return label


class FieldMessage:
    """The sentence under a question saying, in words, why an entry was not saved.

    Its label is made the first time there is something to say, at the foot of the question's
    own layout (the question puts nothing below it). Almost every question never needs one,
    and a long form made hundreds of hidden labels, each built, polished and laid out with its
    page, for nothing: they were a sizeable part of opening a case and of a first visit.
    """

    def __init__(self, owner: QWidget) -> None:
        self._owner = owner
        self.label: QLabel | None = None

    def text(self) -> str:
        """The sentence, or "" before there was one."""
        return self.label.text() if self.label is not None else ""

    def isVisible(self) -> bool:  # noqa: N802 (it stands for the QLabel's own)
        return self.label is not None and self.label.isVisible()

    def clear(self) -> None:
        """Empty the sentence, leaving the label as it is (as QLabel.clear does)."""
        if self.label is not None:
            self.label.clear()

    def say(self, text: str) -> None:
        """Show `text` under the question; hide the sentence when `text` is empty."""
        if self.label is None:
            if not text:
                return
            self.label = message_label(self._owner)
            layout = self._owner.layout()
            if layout is not None:
                layout.addWidget(self.label)
        self.label.setText(text)
        self.label.setVisible(bool(text))


def show_message(
    message: FieldMessage, text: str, field_widget: FieldWidget, inner: QWidget
) -> None:
    """Show `text` under the field (hidden when empty) and tell screen readers about it too."""
    message.say(text)
    help_text = field_widget.field.help or field_widget.field.guidance
    inner.setAccessibleDescription(" ".join(part for part in (text, help_text) if part))


def tab_stops(container: QWidget) -> list[QWidget]:
    """The controls inside `container` that Tab can reach, in reading order (see `reading_order`).

    Only those in the container's own window: a drop-down's list is a child of its QComboBox but
    lives in a pop-up window of its own, which Tab never reaches and setTabOrder refuses.
    """
    tab = Qt.FocusPolicy.TabFocus.value
    window = container.window()
    return [
        w for w in reading_order(container) if w.focusPolicy().value & tab and w.window() is window
    ]


def first_stop(container: QWidget) -> QWidget | None:
    """The first control inside `container` that Tab would land on now (shown, enabled)."""
    return next(
        (w for w in tab_stops(container) if w.isVisibleTo(container) and w.isEnabled()), None
    )


def focus_chain(
    container: QWidget,
    leave_out: Collection[QWidget] = (),
    known: Mapping[QWidget, list[QWidget]] | None = None,
) -> list[QWidget]:
    """Every control inside `container` that can ever take the keyboard, in reading order: the
    list to chain Tab through (`chain_tab_order`).

    Wider than `tab_stops` by a radio group's other buttons: not Tab stops now, they become one
    when chosen by the arrow keys, and must already have their place in the chain, or Tab from
    them jumps to wherever Qt put them when they were made. (Controls only ever clicked stay
    out: chaining them made Qt's Tab go round in circles inside a page.)

    `leave_out`: widgets whose controls are not chained now (a step's page not on screen).
    `known`: widgets whose own chain is already known (a page kept up to date by itself): it is
    put in their place instead of walking through their thousands of widgets again.
    """
    tab = Qt.FocusPolicy.TabFocus.value
    window = container.window()
    parts = {id(widget): chain for widget, chain in (known or {}).items()}
    found: list[QWidget] = []
    for w in reading_order(container, leave_out, stop_at=parts.keys()):
        if w.window() is window and (
                w.focusPolicy().value & tab
                or (isinstance(w, QRadioButton) and w.focusPolicy() != Qt.FocusPolicy.NoFocus)):
            found.append(w)
        found.extend(parts.get(id(w), ()))
    return found


def reading_order(
    container: QWidget, leave_out: Collection[QWidget] = (), stop_at: Collection[int] = ()
) -> list[QWidget]:
    """Every widget inside `container`, in the order its layouts show them: top to bottom, then
    left to right within a row, as a person reads the screen.

    Qt's own tab chain follows the order widgets were made, which is not reading order once a
    row is added to a group, or a part is put above a form. Widgets outside any layout follow,
    in the order they were made. Widgets whose id is in `stop_at` are listed without what they
    hold.
    """
    found: list[QWidget] = []
    seen: set[int] = {id(widget) for widget in leave_out}  # neither they nor what they hold

    def visit(widget: QWidget) -> None:
        direct = widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        layout = widget.layout()
        if layout is not None:
            visit_layout(layout, direct)
        if isinstance(widget, QSplitter):  # it places its parts itself, with no layout
            for index in range(widget.count()):
                add(widget.widget(index))
        for child in direct:
            add(child)

    def visit_layout(layout: QLayout, children: list[QWidget]) -> None:
        # Never `itemAt`: see ui.fields.layout_order. The widget's children are found once.
        unplaced = [c for c in children if id(c) not in seen]  # each widget has one place
        for part in layout_parts(layout, unplaced):
            if isinstance(part, QWidget):
                add(part)
            else:
                visit_layout(part, children)

    def add(widget: QWidget) -> None:
        if id(widget) in seen or widget.isWindow() or widget.property(LEAVING):
            return
        seen.add(id(widget))
        found.append(widget)
        if id(widget) not in stop_at:
            visit(widget)

    visit(container)
    return found


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Make Tab go through `widgets` in this order (hidden or disabled ones are passed over)."""
    widgets = [w for w in widgets if shiboken6.isValid(w)]  # a list kept from before: never
    for before, after in zip(widgets, widgets[1:], strict=False):  # a deleted widget in it
        QWidget.setTabOrder(before, after)
