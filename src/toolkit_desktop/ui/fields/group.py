"""The repeating-group widget: a list of rows (people, agencies, places) of sub-fields.

Tab goes down each row's answers and on to "Add a row", then out of the group; it never loops.
Removing a row is outside the Tab order (its button, or Ctrl+Shift+Delete in the row) and is undone
with "Put it back", so a stray key can never lose a row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.definitions import Field
from toolkit_desktop.ui.fields.base import FieldWidget, chain_tab_order, focus_chain, tab_stops
from toolkit_desktop.ui.fields.dates import commit_typed_date
from toolkit_desktop.ui.fields.emphasis import italic
from toolkit_desktop.ui.fields.layout_order import nest_layout

# Not Ctrl+Del alone: in a text box that deletes the next word.
REMOVE_KEYS = "Ctrl+Shift+Del"


def _row_words(value: dict[str, Any]) -> str:
    texts = [str(v) for v in value.values() if isinstance(v, str) and v.strip()]
    return ", ".join(texts[:2])


class GroupRow(QFrame):
    """One row of a group: a heading, each sub-field with its label, and "Remove this row"."""

    remove_requested = Signal(object)
    edited = Signal()

    def __init__(self, group: Field, parent: QWidget) -> None:
        from toolkit_desktop.ui.fields.factory import FIELD_WIDGETS  # it imports this module

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
        # On a narrow column (150% on a small screen) the label goes above its answer instead.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        label_width = self.fontMetrics().horizontalAdvance("x" * 26)
        nest_layout(layout, form)
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
        self.remove_button = QPushButton(
            QCoreApplication.translate("Fields", "Remove this row ({keys})").format(
                keys=REMOVE_KEYS), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # never pressed by a stray key
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        remove = QShortcut(QKeySequence(REMOVE_KEYS), self)
        remove.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove.activated.connect(lambda: self.remove_requested.emit(self))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        nest_layout(layout, buttons)
        self._group = group

    def date_doubt(self, field: Field, value: str) -> str | None:
        """Asked by a date of this row: the form's check, told which row (see ui.fields.dates)."""
        parent = self.parentWidget()
        while parent is not None and not hasattr(parent, "date_doubt"):
            parent = parent.parentWidget()
        if parent is None:
            return None
        return parent.date_doubt(field, value, group=self._group, row=self.value())  # type: ignore[no-any-return]

    def number(self, prefix: str, index: int) -> None:
        """Name the row's widgets for its place in the list (objectNames and what is read out)."""
        self.setObjectName(f"{prefix}.{index}")
        number = index + 1
        self.heading.setText(QCoreApplication.translate("Fields", "Row {number}").format(
            number=number))
        in_row = QCoreApplication.translate("Fields", "{label}, row {number}")  # once per row
        for sub_id, widget in self.widgets.items():
            widget.setObjectName(f"{prefix}.{index}.{sub_id}")
            inner = widget.focus_widget()
            # Not a radio's option. Marked once named: a translation may not start with the label.
            if inner.property("rowNamed") or inner.accessibleName().startswith(widget.field.label):
                inner.setProperty("rowNamed", True)
                inner.setAccessibleName(in_row.format(label=widget.field.label, number=number))
        self.remove_button.setObjectName(f"{prefix}.{index}.remove")
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("Fields", "Remove row {number} of {group}").format(
                number=number, group=self._group.label))

    def value(self) -> dict[str, Any]:
        """The row's answered sub-fields."""
        values = {sub_id: w.value() for sub_id, w in self.widgets.items()}
        return {sub_id: value for sub_id, value in values.items() if value is not None}

    def focusables(self) -> list[QWidget]:
        """The row's controls that take the keyboard focus, in order."""
        return tab_stops(self)


class GroupWidget(FieldWidget):
    """A list of rows; the value is a list of {sub-field id: value}, or None with no rows.

    `rows_changed` follows a row added or removed, so the form can put Tab in reading order.
    """

    rows_changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.rows: list[GroupRow] = []
        self._removed: tuple[int, dict[str, Any]] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_note = QLabel(QCoreApplication.translate("Fields", "None added yet."), self)
        italic(self.empty_note)
        layout.addWidget(self.empty_note)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        nest_layout(layout, self.rows_layout)
        self.removed_note = QLabel(self)
        self.removed_note.setObjectName("row-removed")
        self.removed_note.setWordWrap(True)
        self.put_back = QPushButton(QCoreApplication.translate("Fields", "Put it back"), self)
        self.put_back.setObjectName("put-row-back")
        self.put_back.setAutoDefault(False)
        self.put_back.clicked.connect(self.put_row_back)
        undo = QHBoxLayout()
        undo.addWidget(self.removed_note, 1)
        undo.addWidget(self.put_back)
        nest_layout(layout, undo)
        self.add_button = QPushButton(QCoreApplication.translate("Fields", "Add a row"), self)
        self.add_button.setObjectName("add-row")
        self.add_button.setAutoDefault(False)
        add_to = QCoreApplication.translate("Fields", "Add a row to {group}").format(
            group=field.label)
        self.add_button.setAccessibleName(add_to)
        self._describe(self.add_button, add_to)
        self.add_button.clicked.connect(self.add_row_by_user)
        self.add_button.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        nest_layout(layout, buttons)
        self.setFocusProxy(self.add_button)
        self._show_removed(None)

    def value(self) -> list[dict[str, Any]] | None:
        """One {sub-field id: value} per row, or None when there are no rows."""
        return [row.value() for row in self.rows] or None

    def focus_widget(self) -> QWidget:
        """The first answer of the first row, or "Add a row" when there are none."""
        first = self.rows[0].focusables() if self.rows else []
        return first[0] if first else self.add_button

    def add_row_by_user(self) -> None:
        """Add an empty row, put the focus in it and emit the new list."""
        row = self._add_row()
        self.rows_changed.emit()
        first = row.focusables()
        (first[0] if first else row).setFocus()
        self._user_edited()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Typing on "Add a row" starts a row with what is typed, so no word typed after a Tab is
        # lost; Space and Enter add an empty row, as on any button.
        if (
            watched is self.add_button
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.text().strip()
            and event.text().isprintable()
            and not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                          | Qt.KeyboardModifier.KeypadModifier)
        ):
            self.add_row_by_user()
            target = QApplication.focusWidget()
            if target is not None and target is not self.add_button:
                QApplication.sendEvent(target, QKeyEvent(
                    event.type(), event.key(), event.modifiers(), event.text()))
            return True
        return super().eventFilter(watched, event)

    def remove_row(self, row: GroupRow) -> None:
        """Remove a row as the user asked, offering to put it back; the focus moves on."""
        index = self.rows.index(row)
        commit_typed_date(row)  # a date being typed in the row is kept, so Put it back has it
        value = row.value()
        self.rows.pop(index)
        self._drop(row)
        self._renumber()
        self._show_removed((index, value))
        self.rows_changed.emit()
        self.put_back.setFocus()
        self._user_edited()

    def put_row_back(self) -> None:
        """Undo the last removal: the row returns to its place with its answers."""
        if self._removed is None:
            return
        index, value = self._removed
        self._show_removed(None)
        row = self._add_row(min(index, len(self.rows)))
        for sub_id, widget in row.widgets.items():
            widget.set_value(value.get(sub_id))
        self.rows_changed.emit()
        first = row.focusables()
        (first[0] if first else row).setFocus()
        self._user_edited()

    def _show_removed(self, removed: tuple[int, dict[str, Any]] | None) -> None:
        self._removed = removed
        if removed is not None:
            index, value = removed
            words = _row_words(value)
            self.removed_note.setText(
                QCoreApplication.translate("Fields", "Row {number} ({words}) removed.").format(
                    number=index + 1, words=words) if words
                else QCoreApplication.translate("Fields", "Row {number} removed.").format(
                    number=index + 1))
            self.put_back.setAccessibleName(
                QCoreApplication.translate("Fields", "Put row {number} of {group} back").format(
                    number=index + 1, group=self.field.label))
        self.removed_note.setVisible(removed is not None)
        self.put_back.setVisible(removed is not None)

    def _add_row(self, index: int | None = None, *, chain: bool = True) -> GroupRow:
        row = GroupRow(self.field, self)
        row.edited.connect(self._user_edited)
        row.remove_requested.connect(self.remove_row)
        row.setEnabled(self.add_button.isEnabled())
        index = len(self.rows) if index is None else index
        self.rows.insert(index, row)
        self.rows_layout.insertWidget(index, row)
        row.show()  # now, not when the layout next runs: the focus may go straight into it
        if chain:  # `_show` adding many rows numbers and chains them once, at the end
            self._renumber()
            self._fix_tab_order()
        return row

    def _drop(self, row: GroupRow) -> None:
        self.rows_layout.removeWidget(row)
        row.setParent(None)  # out of findChild's reach at once, not only when deleted
        row.deleteLater()

    def _fix_tab_order(self) -> None:
        # New widgets join the end of the window's tab chain: put the group back in reading order,
        # after whatever comes before it ("Add a row" always has its place in the chain).
        before = self.add_button.previousInFocusChain()
        while before is not self.add_button and (before is self or self.isAncestorOf(before)):
            before = before.previousInFocusChain()
        chain_tab_order([before, *focus_chain(self)])

    def _renumber(self) -> None:
        self.empty_note.setVisible(not self.rows)
        for index, row in enumerate(self.rows):
            row.number(self.objectName() or f"field:{self.field.id}", index)

    def _show(self, value: Any) -> None:
        wanted = [row for row in value if isinstance(row, dict)] if isinstance(value, list) else []
        self._show_removed(None)
        changed = len(self.rows) != len(wanted)
        while len(self.rows) > len(wanted):
            self._drop(self.rows.pop())
        while len(self.rows) < len(wanted):
            self._add_row(chain=False)
        # Tab is put in reading order by the form on `rows_changed` below, once for all its
        # groups when it shows a case (chaining each group here as well cost a case's opening
        # a walk of each group it filled).
        for row, row_value in zip(self.rows, wanted, strict=True):
            for sub_id, widget in row.widgets.items():
                widget.set_value(row_value.get(sub_id))
        self._renumber()
        if changed:
            self.rows_changed.emit()
