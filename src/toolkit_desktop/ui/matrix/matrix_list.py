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
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from toolkit_desktop.domain.definitions import INDICATOR_STATUSES, Indicator
from toolkit_desktop.domain.matrix_answers import status_of
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.fields.choices import fixed_choices

# Marked for the catalogue here, translated where they are shown.
NOT_CONSIDERED = QT_TRANSLATE_NOOP("Matrix", "Not yet considered")
STATUS_KEYS = {Qt.Key.Key_K: "known", Qt.Key.Key_S: "suspected", Qt.Key.Key_N: "not_present"}
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
EDIT_KEYS = {Qt.Key.Key_E: "evidence", Qt.Key.Key_O: "source", Qt.Key.Key_R: "source"}
KEYS_HELP = QT_TRANSLATE_NOOP(
    "Matrix",
    "Keys: K known · S suspected · N not present · Delete clears · E evidence · O source · "
    "Esc back · Page Down / Up: next or previous part",
)


def answer_words(value: Any) -> str:
    """ "Known", "Suspected", "Not present" or "Not yet considered"."""
    status = status_of(value)
    return status_words()[status] if status else translate("Matrix", NOT_CONSIDERED)


def status_words() -> dict[str, str]:
    """The words of each answer of an indicator, in the app's language (as its radio buttons)."""
    return dict(fixed_choices(INDICATOR_STATUSES))


class IndicatorList(QTableWidget):
    """Two columns, "Your answer" and "Indicator", one row per indicator, wrapped to fit."""

    answered = Signal(object)  # a status id, or None to clear
    edit_requested = Signal(str)  # "evidence" or "source"
    block_step = Signal(int)  # +1 next block, -1 previous
    current_changed = Signal()
    focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setObjectName("matrixIndicators")
        self.setAccessibleName(translate("Matrix", "Indicators of this part"))
        self.setAccessibleDescription(translate("Matrix", KEYS_HELP))
        self.setHorizontalHeaderLabels(
            [translate("Matrix", "Your answer"), translate("Matrix", "Indicator")]
        )
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the list, to the evidence
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        bold = QFont(self.font())
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance(w) for w in status_words().values())
        self.setColumnWidth(0, widest + 24)
        self.currentCellChanged.connect(lambda row, _c, old, _o: row != old and
                                        self.current_changed.emit())

    def show_indicators(
        self, indicators: tuple[Indicator, ...], answers: Mapping[str, Any]
    ) -> None:
        """Fill the list with one block's indicators and their answers."""
        self.setRowCount(0)
        self.setRowCount(len(indicators))
        for row, indicator in enumerate(indicators):
            answer = QTableWidgetItem()
            answer.setData(Qt.ItemDataRole.UserRole, indicator.id)
            text = QTableWidgetItem(indicator.text)
            for item in (answer, text):
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.setItem(row, 0, answer)
            self.setItem(row, 1, text)
            self.show_answer(row, answers.get(indicator.id))

    def show_answer(self, row: int, value: Any) -> None:
        """Show one row's answer in words (bold when given, so it reads at a glance)."""
        answer, text = self.item(row, 0), self.item(row, 1)
        words = answer_words(value)
        answer.setText(words if status_of(value) else "—")
        font = QFont(self.font())
        font.setBold(status_of(value) is not None)
        answer.setFont(font)
        spoken = f"{text.text()}: {words}"
        for item in (answer, text):
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)

    def row_of(self, indicator_id: str) -> int:
        """The row of an indicator of this block, or -1."""
        for row in range(self.rowCount()):
            if self.item(row, 0).data(Qt.ItemDataRole.UserRole) == indicator_id:
                return row
        return -1

    def current_id(self) -> str | None:
        """The id of the highlighted indicator."""
        row = self.currentRow()
        return self.item(row, 0).data(Qt.ItemDataRole.UserRole) if row >= 0 else None

    def go_to_row(self, row: int) -> None:
        """Highlight a row (its indicator text cell, which a screen reader reads first)."""
        if 0 <= row < self.rowCount():
            self.setCurrentCell(row, 1)

    def answer_text(self, row: int) -> str:
        """What the "Your answer" cell of a row says."""
        return self.item(row, 0).text()

    def spoken(self, row: int) -> str:
        """What a screen reader says for a row."""
        return str(self.item(row, 1).data(Qt.ItemDataRole.AccessibleTextRole))

    def scrollTo(  # noqa: N802 (Qt's name)
        self, index: Any, hint: Any = QAbstractItemView.ScrollHint.EnsureVisible
    ) -> None:
        super().scrollTo(index, hint)
        self.horizontalScrollBar().setValue(0)  # both columns fit: never show half an answer

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 (Qt's name)
        """Letters answer or do nothing here; they never jump to another indicator."""

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        self.focused.emit()

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
