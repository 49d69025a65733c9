"""Widgets for picking from fixed options: yes / no / not known, one choice, several choices."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.definitions import Field
from toolkit_desktop.ui.fields.base import (
    QT_TRANSLATE_NOOP,
    FieldMessage,
    FieldWidget,
)

# Up to this many choices are shown as radio buttons, all visible at once; more go in a list.
MAX_RADIO_CHOICES = 4
# Qt's radio buttons and tick boxes never wrap their words: a long choice is broken into lines
# of about this many characters, so on a small screen at 150% it does not push the form sideways.
CHOICE_LINE = 36


# The app's own options of yes / no / not known questions and of indicators (the domain's
# YES_NO_UNKNOWN_CHOICES and INDICATOR_STATUSES, by id): the definitions never word them.
FIXED_CHOICES = {
    "yes": QT_TRANSLATE_NOOP("Fields", "Yes"),
    "no": QT_TRANSLATE_NOOP("Fields", "No"),
    "not_known": QT_TRANSLATE_NOOP("Fields", "Not known"),
    "known": QT_TRANSLATE_NOOP("Fields", "Known"),
    "suspected": QT_TRANSLATE_NOOP("Fields", "Suspected"),
    "not_present": QT_TRANSLATE_NOOP("Fields", "Not present"),
}


def fixed_choices(options: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The app's fixed (id, label) options in the app's language (an unknown id keeps its own)."""
    return [
        (option_id, QCoreApplication.translate("Fields", FIXED_CHOICES[option_id])
         if option_id in FIXED_CHOICES else label)
        for option_id, label in options
    ]


# Said under a choice typed on: words typed there never answer it (see `TypedWordsGuard`).
TYPED_ON_RADIOS = QT_TRANSLATE_NOOP(
    "Fields", "Nothing was saved from what you typed: this question is answered by choosing an "
              "option, with the arrow keys.")
TYPED_ON_BOXES = QT_TRANSLATE_NOOP(
    "Fields", "Nothing was saved from what you typed: this question is answered by ticking its "
              "options, with Space.")
_NOT_TYPING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier \
    | Qt.KeyboardModifier.MetaModifier


class TypedWordsGuard(QObject):
    """Keeps words typed on a radio button or a tick box from answering its question.

    Space chooses the radio button or ticks the box with the keyboard, as on every desktop. A
    practitioner who Tabs onto a choice and types ("not sure") presses Space between the words,
    and that chose "Yes", which the referral pack then said (found by a keyboard run through a
    whole case). A Space that follows a typed letter, with no other key between, is part of
    the typing and ignored; `typed` asks the question to say how it is answered instead. Space
    after the arrow keys, Tab or nothing at all chooses, as before.
    """

    typed = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._typing = False
        self._swallowed_press = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._typing = False
        elif isinstance(event, QKeyEvent) and kind == QEvent.Type.KeyPress:
            typing_keys = not event.modifiers() & _NOT_TYPING
            if event.key() == Qt.Key.Key_Space and typing_keys:
                self._swallowed_press = self._typing
                return self._typing  # part of the words typed: never an answer
            text = event.text()
            if typing_keys and text and text.isprintable():
                self._typing = True
                self.typed.emit()
                return True
            self._typing = False
        elif (isinstance(event, QKeyEvent) and kind == QEvent.Type.KeyRelease
              and event.key() == Qt.Key.Key_Space and self._swallowed_press):
            self._swallowed_press = False
            return True
        return False


def wrapped(label: str) -> str:
    """A choice's words in lines short enough for a narrow column (read out whole all the same)."""
    return "\n".join(textwrap.wrap(label, CHOICE_LINE)) or label


class RadioChoices(QWidget):
    """Radio buttons for (id, label) options, with "nothing chosen" as a real state.

    As on every desktop: the group is one Tab stop (the chosen button, or the first), the arrow
    keys choose the next or previous option, and Tab leaves the group. Delete or Backspace takes
    the answer back to nothing chosen, which an exclusive group otherwise cannot do.
    """

    toggled = Signal()
    typed = Signal()  # words were typed on it, and ignored (see `TypedWordsGuard`)

    def __init__(
        self,
        options: Sequence[tuple[str, str]],
        question: str,
        vertical: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        direction = QBoxLayout.Direction
        layout = QBoxLayout(direction.TopToBottom if vertical else direction.LeftToRight, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6 if vertical else 24)
        self.group = QButtonGroup(self)
        self.guard = TypedWordsGuard(self)
        self.guard.typed.connect(self.typed)
        self.buttons: dict[str, QRadioButton] = {}
        for option_id, label in options:
            button = QRadioButton(wrapped(label), self)
            button.setObjectName(f"option:{option_id}")
            button.setAccessibleName(label)
            button.setAccessibleDescription(question)
            button.installEventFilter(self)
            button.installEventFilter(self.guard)  # runs first: it was installed last
            self.group.addButton(button)
            self.buttons[option_id] = button
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        if not vertical:
            layout.addStretch(1)
        self.group.buttonToggled.connect(self._on_toggled)
        self._one_tab_stop()

    def selected(self) -> str | None:
        """The id of the chosen option, or None."""
        for option_id, button in self.buttons.items():
            if button.isChecked():
                return option_id
        return None

    def select(self, option_id: str | None) -> None:
        """Choose an option by id; None (or an unknown id) chooses nothing."""
        button = self.buttons.get(option_id) if option_id is not None else None
        if button is not None:
            button.setChecked(True)
            return
        # An exclusive group keeps one button checked; lift that for a moment to empty it.
        self.group.setExclusive(False)
        for other in self.buttons.values():
            other.setChecked(False)
        self.group.setExclusive(True)
        self._one_tab_stop()
        self.toggled.emit()

    def first_button(self) -> QRadioButton:
        """The first button, where the focus lands."""
        return next(iter(self.buttons.values()))

    def tab_stop(self) -> QRadioButton:
        """The one button Tab reaches: the chosen one, or the first."""
        chosen = self.selected()
        return self.buttons[chosen] if chosen else self.first_button()

    def _one_tab_stop(self) -> None:
        # Tab lands on one button of the group, as on every desktop, never on each in turn.
        stop = self.tab_stop()
        for button in self.buttons.values():
            policy = Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            if button.focusPolicy() != Qt.FocusPolicy.NoFocus:  # a read-only copy stays out
                button.setFocusPolicy(policy)

    def _on_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:  # one toggle per change, not one off and one on
            self._one_tab_stop()
            self.toggled.emit()

    def _move(self, watched: QRadioButton, step: int) -> None:
        buttons = list(self.buttons.values())
        target = buttons[(buttons.index(watched) + step) % len(buttons)]
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        target.setChecked(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
                if self.selected():
                    self.select(None)
                return True
            if key in ARROWS and plain and isinstance(watched, QRadioButton):
                self._move(watched, ARROWS[key])
                return True
        return super().eventFilter(watched, event)


ARROWS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}


class TypeAheadCombo(QComboBox):
    """A drop-down whose typed letters only ever pick an option that begins with them.

    Qt's own type-ahead starts again from the last letter when the word typed matches nothing, so
    a sentence typed into a drop-down by mistake picks a surprising answer; and Space opens the
    list, which then takes the rest of the sentence. Here a word that matches no option changes
    nothing, Space only continues a word, and the list opens with Alt+Down or F4.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._typed_at = QElapsedTimer()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # As wide as its longest choice when there is room; on a small screen at 150% it may
        # narrow (its list still shows each choice in full) rather than push the form sideways.
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 16), hint.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        text = event.text()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if not (plain and text and text.isprintable()):
            self._typed = ""
            super().keyPressEvent(event)
            return
        if not self._typed_at.isValid() or self._typed_at.hasExpired(TYPE_AHEAD_MS):
            self._typed = ""
        self._typed_at.start()
        self._typed += text
        wanted = self._typed.casefold().lstrip()
        for index in range(self.count()):
            label = self.itemText(index).casefold()
            if wanted and label.startswith(wanted):
                self.setCurrentIndex(index)
                break
        event.accept()  # a key that matches nothing is still taken, never passed on


TYPE_AHEAD_MS = 1000


class _ChoiceField(FieldWidget):
    """A question answered by choosing: words typed on it are refused, and said so under it
    (`TypedWordsGuard`); the sentence goes once an answer is chosen or shown."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.message = FieldMessage(self)  # at the foot of the layout, when needed

    def _note(self, text: str) -> None:
        # Only the sentence under the question: the buttons' descriptions are the question's
        # and the follow-up notes' (`FormView`), never this passing word.
        self.message.say(QCoreApplication.translate("Fields", text) if text else "")

    def _chosen(self) -> None:
        self._note("")
        self._user_edited()


class YesNoUnknownWidget(_ChoiceField):
    """Yes / No / Not known as three radio buttons; none chosen means not answered."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        options = fixed_choices([(c.id, c.label) for c in field.all_choices()])
        self.radios = RadioChoices(options, field.label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.radios)
        self.setFocusProxy(self.radios.first_button())
        self.radios.toggled.connect(self._chosen)
        self.radios.typed.connect(lambda: self._note(TYPED_ON_RADIOS))

    def value(self) -> str | None:
        """ "yes", "no", "not_known" or None."""
        return self.radios.selected()

    def _show(self, value: Any) -> None:
        self.radios.select(value if isinstance(value, str) else None)
        self._note("")


class ChoiceWidget(_ChoiceField):
    """One of the field's choices: radio buttons for a few, a drop-down list with a blank first
    entry for more."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        options = [(c.id, c.label) for c in field.all_choices()]
        self.radios: RadioChoices | None = None
        self.combo: QComboBox | None = None
        if len(options) <= MAX_RADIO_CHOICES:
            self.radios = RadioChoices(options, field.label, vertical=True)
            self.radios.toggled.connect(self._chosen)
            self.radios.typed.connect(lambda: self._note(TYPED_ON_RADIOS))
            layout.addWidget(self.radios)
            self.setFocusProxy(self.radios.first_button())
        else:
            self.combo = TypeAheadCombo(self)
            self.combo.setObjectName("choice")
            self.combo.addItem("", None)  # blank: not answered yet
            for option_id, label in options:
                self.combo.addItem(label, option_id)
            self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self._describe(self.combo)
            self.combo.currentIndexChanged.connect(self._user_edited)
            layout.addWidget(self.combo, 0, Qt.AlignmentFlag.AlignLeft)
            self.setFocusProxy(self.combo)

    def value(self) -> str | None:
        """The chosen id, or None."""
        if self.radios is not None:
            return self.radios.selected()
        assert self.combo is not None
        return self.combo.currentData()

    def _show(self, value: Any) -> None:
        self._note("")
        if self.radios is not None:
            self.radios.select(value if isinstance(value, str) else None)
        elif self.combo is not None:
            index = self.combo.findData(value) if isinstance(value, str) else -1
            self.combo.setCurrentIndex(max(index, 0))


class MultiChoiceWidget(_ChoiceField):
    """Any of the field's choices, as checkboxes; stored in the order the form lists them."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.boxes: dict[str, QCheckBox] = {}
        guard = TypedWordsGuard(self)
        guard.typed.connect(lambda: self._note(TYPED_ON_BOXES))
        for choice in field.all_choices():
            box = QCheckBox(wrapped(choice.label), self)
            box.setObjectName(f"option:{choice.id}")
            box.setAccessibleName(choice.label)
            box.setAccessibleDescription(field.label)
            box.installEventFilter(guard)
            box.toggled.connect(self._chosen)
            layout.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)
            self.boxes[choice.id] = box
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> list[str] | None:
        """The ticked ids in the form's order, or None when none is ticked."""
        ticked = [choice_id for choice_id, box in self.boxes.items() if box.isChecked()]
        return ticked or None

    def _show(self, value: Any) -> None:
        self._note("")
        wanted = set(value) if isinstance(value, list) else set()
        for choice_id, box in self.boxes.items():
            box.setChecked(choice_id in wanted)
