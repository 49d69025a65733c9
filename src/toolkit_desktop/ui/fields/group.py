"""The repeating-group widget: a list of rows (people, agencies, places) of sub-fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.definitions import Field
from toolkit_desktop.ui.fields.base import FieldWidget, tab_stops


class GroupRow(QFrame):
    """One row of a group: a heading, each sub-field with its label, and "Remove this row"."""

    remove_requested = Signal(object)
    edited = Signal()

    def __init__(self, group: Field, parent: QWidget) -> None:
        from toolkit_desktop.ui.fields import FIELD_WIDGETS  # the table imports this module

        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.heading)
        # Label beside field: a row of four short answers stays about four lines high.
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        label_width = self.fontMetrics().horizontalAdvance("x" * 26)
        layout.addLayout(form)
        self.widgets: dict[str, FieldWidget] = {}
        for sub in group.fields:
            widget = FIELD_WIDGETS[sub.type](sub, self)
            label = QLabel(sub.label, self)
            label.setWordWrap(True)
            label.setFixedWidth(label_width)
            label.setBuddy(widget)
            form.addRow(label, widget)
            widget.changed.connect(lambda _value: self.edited.emit())
            self.widgets[sub.id] = widget
        self.remove_button = QPushButton("Remove this row", self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        self._group = group

    def number(self, prefix: str, index: int) -> None:
        """Name the row's widgets for its place in the list (objectNames and what is read out)."""
        self.setObjectName(f"{prefix}.{index}")
        self.heading.setText(f"Row {index + 1}")
        for sub_id, widget in self.widgets.items():
            widget.setObjectName(f"{prefix}.{index}.{sub_id}")
            inner = widget.focus_widget()
            if inner.accessibleName().startswith(widget.field.label):  # not a radio's option
                inner.setAccessibleName(f"{widget.field.label}, row {index + 1}")
        self.remove_button.setObjectName(f"{prefix}.{index}.remove")
        self.remove_button.setAccessibleName(f"Remove row {index + 1} of {self._group.label}")

    def value(self) -> dict[str, Any]:
        """The row's answered sub-fields."""
        values = {sub_id: w.value() for sub_id, w in self.widgets.items()}
        return {sub_id: value for sub_id, value in values.items() if value is not None}

    def focusables(self) -> list[QWidget]:
        """The row's controls that take the keyboard focus, in order."""
        return tab_stops(self)


class GroupWidget(FieldWidget):
    """A list of rows; the value is a list of {sub-field id: value}, or None with no rows."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.rows: list[GroupRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_note = QLabel("None added yet.", self)
        self.empty_note.setStyleSheet("font-style: italic;")
        layout.addWidget(self.empty_note)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        self.add_button = QPushButton("Add a row", self)
        self.add_button.setObjectName("add-row")
        self.add_button.setAutoDefault(False)
        self.add_button.setAccessibleName(f"Add a row to {field.label}")
        self._describe(self.add_button, f"Add a row to {field.label}")
        self.add_button.clicked.connect(self.add_row_by_user)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.add_button)

    def value(self) -> list[dict[str, Any]] | None:
        """One {sub-field id: value} per row, or None when there are no rows."""
        return [row.value() for row in self.rows] or None

    def add_row_by_user(self) -> None:
        """Add an empty row, put the focus in it and emit the new list."""
        row = self._add_row()
        first = row.focusables()
        (first[0] if first else row).setFocus()
        self._user_edited()

    def remove_row(self, row: GroupRow) -> None:
        """Remove a row as the user asked; the focus moves to the next row or "Add a row"."""
        index = self.rows.index(row)
        self.rows.pop(index)
        self._drop(row)
        self._renumber()
        after = self.rows[index].focusables() if index < len(self.rows) else []
        (after[0] if after else self.add_button).setFocus()
        self._user_edited()

    def _add_row(self) -> GroupRow:
        row = GroupRow(self.field, self)
        row.edited.connect(self._user_edited)
        row.remove_requested.connect(self.remove_row)
        row.setEnabled(self.add_button.isEnabled())
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        row.show()  # now, not when the layout next runs: the focus may go straight into it
        self._renumber()
        self._fix_tab_order(row)
        return row

    def _drop(self, row: GroupRow) -> None:
        self.rows_layout.removeWidget(row)
        row.setParent(None)  # out of findChild's reach at once, not only when deleted
        row.deleteLater()

    def _fix_tab_order(self, row: GroupRow) -> None:
        # New widgets join the end of the window's tab chain; put them just before "Add a row".
        chain = [self.add_button.previousInFocusChain(), *row.focusables(), self.add_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _renumber(self) -> None:
        self.empty_note.setVisible(not self.rows)
        for index, row in enumerate(self.rows):
            row.number(self.objectName() or f"field:{self.field.id}", index)

    def _show(self, value: Any) -> None:
        wanted = [row for row in value if isinstance(row, dict)] if isinstance(value, list) else []
        while len(self.rows) > len(wanted):
            self._drop(self.rows.pop())
        while len(self.rows) < len(wanted):
            self._add_row()
        for row, row_value in zip(self.rows, wanted, strict=True):
            for sub_id, widget in row.widgets.items():
                widget.set_value(row_value.get(sub_id))
        self._renumber()
