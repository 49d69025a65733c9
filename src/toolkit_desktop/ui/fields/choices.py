"""Widgets for picking from fixed options: yes / no / not known, one choice, several choices."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
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
from toolkit_desktop.ui.fields.base import FieldWidget

# Up to this many choices are shown as radio buttons, all visible at once; more go in a list.
MAX_RADIO_CHOICES = 4


class RadioChoices(QWidget):
    """Radio buttons for (id, label) options, with "nothing chosen" as a real state.

    Delete or Backspace on a focused button takes the answer back to nothing chosen, since an
    exclusive group of radio buttons otherwise cannot be emptied by the user.
    """

    toggled = Signal()

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
        self.buttons: dict[str, QRadioButton] = {}
        for option_id, label in options:
            button = QRadioButton(label, self)
            button.setObjectName(f"option:{option_id}")
            button.setAccessibleName(label)
            button.setAccessibleDescription(question)
            button.installEventFilter(self)
            self.group.addButton(button)
            self.buttons[option_id] = button
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        if not vertical:
            layout.addStretch(1)
        self.group.buttonToggled.connect(self._on_toggled)

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
        self.toggled.emit()

    def first_button(self) -> QRadioButton:
        """The first button, where the focus lands."""
        return next(iter(self.buttons.values()))

    def _on_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:  # one toggle per change, not one off and one on
            self.toggled.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.selected()
        ):
            self.select(None)
            return True
        return super().eventFilter(watched, event)


class YesNoUnknownWidget(FieldWidget):
    """Yes / No / Not known as three radio buttons; none chosen means not answered."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.radios = RadioChoices([(c.id, c.label) for c in field.all_choices()], field.label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.radios)
        self.setFocusProxy(self.radios.first_button())
        self.radios.toggled.connect(self._user_edited)

    def value(self) -> str | None:
        """ "yes", "no", "not_known" or None."""
        return self.radios.selected()

    def _show(self, value: Any) -> None:
        self.radios.select(value if isinstance(value, str) else None)


class ChoiceWidget(FieldWidget):
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
            self.radios.toggled.connect(self._user_edited)
            layout.addWidget(self.radios)
            self.setFocusProxy(self.radios.first_button())
        else:
            self.combo = QComboBox(self)
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
        if self.radios is not None:
            self.radios.select(value if isinstance(value, str) else None)
        elif self.combo is not None:
            index = self.combo.findData(value) if isinstance(value, str) else -1
            self.combo.setCurrentIndex(max(index, 0))


class MultiChoiceWidget(FieldWidget):
    """Any of the field's choices, as checkboxes; stored in the order the form lists them."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.boxes: dict[str, QCheckBox] = {}
        for choice in field.all_choices():
            box = QCheckBox(choice.label, self)
            box.setObjectName(f"option:{choice.id}")
            box.setAccessibleName(choice.label)
            box.setAccessibleDescription(field.label)
            box.toggled.connect(self._user_edited)
            layout.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)
            self.boxes[choice.id] = box
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> list[str] | None:
        """The ticked ids in the form's order, or None when none is ticked."""
        ticked = [choice_id for choice_id, box in self.boxes.items() if box.isChecked()]
        return ticked or None

    def _show(self, value: Any) -> None:
        wanted = set(value) if isinstance(value, list) else set()
        for choice_id, box in self.boxes.items():
            box.setChecked(choice_id in wanted)
