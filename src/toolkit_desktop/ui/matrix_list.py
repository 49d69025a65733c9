"""The indicators of one block of the matrix as a list answered by single keys.

K known, S suspected, N not present, Delete or Backspace clears; E goes to the evidence note and
O (or R) to its source; Page Down and Page Up go to the next and previous block. Each row says its
answer in words, never by colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from toolkit_desktop.domain.definitions import INDICATOR_STATUSES, Indicator

STATUS_WORDS = dict(INDICATOR_STATUSES)
NOT_CONSIDERED = "Not yet considered"
STATUS_KEYS = {Qt.Key.Key_K: "known", Qt.Key.Key_S: "suspected", Qt.Key.Key_N: "not_present"}
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
EDIT_KEYS = {Qt.Key.Key_E: "evidence", Qt.Key.Key_O: "source", Qt.Key.Key_R: "source"}
KEYS_HELP = (
    "Keys: K known · S suspected · N not present · Delete clears · E evidence · O source · "
    "Esc back to the list · Page Down / Page Up next or previous part"
)


def status_of(value: Any) -> str | None:
    """The status id of an indicator answer, or None."""
    if isinstance(value, dict) and value.get("status") in STATUS_WORDS:
        return str(value["status"])
    return None


def answer_words(value: Any) -> str:
    """ "Known", "Suspected", "Not present" or "Not yet considered"."""
    status = status_of(value)
    return STATUS_WORDS[status] if status else NOT_CONSIDERED


class IndicatorList(QTreeWidget):
    """Two columns, "Your answer" and "Indicator"; the keys above answer the current row."""

    answered = Signal(object)  # a status id, or None to clear
    edit_requested = Signal(str)  # "evidence" or "source"
    block_step = Signal(int)  # +1 next block, -1 previous

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixIndicators")
        self.setAccessibleName("Indicators of this part")
        self.setAccessibleDescription(KEYS_HELP)
        self.setColumnCount(2)
        self.setHeaderLabels(["Your answer", "Indicator"])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        bold = QFont(self.font())
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance(w) for w in STATUS_WORDS.values())
        self.setColumnWidth(0, widest + 24)

    def show_indicators(
        self, indicators: tuple[Indicator, ...], answers: Mapping[str, Any]
    ) -> None:
        """Fill the list with one block's indicators and their answers."""
        self.clear()
        for indicator in indicators:
            item = QTreeWidgetItem(self)
            item.setData(0, Qt.ItemDataRole.UserRole, indicator.id)
            item.setText(1, indicator.text)
            item.setToolTip(1, indicator.text)
            self.show_answer(item, answers.get(indicator.id))
        self.scheduleDelayedItemsLayout()  # wrapped rows need their width to know their height

    def show_answer(self, item: QTreeWidgetItem, value: Any) -> None:
        """Show one row's answer in words (bold when given, so it reads at a glance)."""
        words = answer_words(value)
        item.setText(0, words if status_of(value) else "—")
        font = item.font(0)
        font.setBold(status_of(value) is not None)
        item.setFont(0, font)
        text = f"{item.text(1)}: {words}"
        for column in (0, 1):
            item.setData(column, Qt.ItemDataRole.AccessibleTextRole, text)

    def item_for(self, indicator_id: str) -> QTreeWidgetItem | None:
        """The row of an indicator of this block, if shown."""
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item.data(0, Qt.ItemDataRole.UserRole) == indicator_id:
                return item
        return None

    def current_id(self) -> str | None:
        """The id of the highlighted indicator."""
        item = self.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # re-wrap the texts to the new width

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = Qt.Key(event.key())
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier in (
            Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        if plain and key in STATUS_KEYS:
            self.answered.emit(STATUS_KEYS[key])
        elif plain and key in CLEAR_KEYS:
            self.answered.emit(None)
        elif plain and key in EDIT_KEYS:
            self.edit_requested.emit(EDIT_KEYS[key])
        elif plain and key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.block_step.emit(1 if key == Qt.Key.Key_PageDown else -1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
