"""The workspace's side panel: the live matrix summary and what a referral still needs.

The summary counts what was marked; it never scores or concludes. The practitioner decides.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from toolkit_desktop.domain.completeness import Missing
from toolkit_desktop.domain.matrix_summary import MatrixSummary

UNDER_TEN = (
    "Caution: the child may be under ten. The matrix was not designed for young children; "
    "read each indicator's note for young children and rely on your own judgement."
)


def matrix_lines(summary: MatrixSummary) -> list[str]:
    """The summary as short sentences: one per block, then the movement-and-exploitation line."""
    lines = []
    for block in summary.blocks:
        lines.append(
            f"{block.title}: {block.known_count} known, {block.suspected_count} suspected, "
            f"{block.not_present_count} not present, "
            f"{len(block.not_considered)} not yet considered."
        )
    if summary.movement_and_exploitation:
        lines.append(
            "Marked in both movement and exploitation: "
            f"{len(summary.present_in_movement)} movement and "
            f"{len(summary.present_in_exploitation)} exploitation indicators known or suspected."
        )
    else:
        lines.append("Not marked in both movement and exploitation so far.")
    if summary.retired_answers:
        lines.append(
            f"{len(summary.retired_answers)} answer(s) to indicators of an older matrix are kept "
            "in the history."
        )
    return lines


class SidePanel(QWidget):
    """Matrix summary on top, the referral's missing questions below (each one a way there)."""

    go_to_field = Signal(str, str)  # form id, field id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(QLabel("<b>Risk matrix so far</b>"))
        self.matrix = QLabel(objectName="matrixSummary")
        self.matrix.setWordWrap(True)
        self.matrix.setTextFormat(Qt.TextFormat.PlainText)
        self.matrix.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.matrix.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # readable by keyboard and reader
        self.caution = QLabel(UNDER_TEN, objectName="underTenCaution")
        self.caution.setWordWrap(True)
        self.caution.setStyleSheet("QLabel { font-weight: bold; }")
        self.missing_title = QLabel(objectName="missingTitle")
        self.missing_title.setWordWrap(True)
        self.missing = QListWidget(objectName="missingList")
        self.missing.setAccessibleName("Still needed for the referral; press Enter to go there")
        self.missing.setWordWrap(True)
        self.missing.itemActivated.connect(self._activated)
        layout.addWidget(self.matrix)
        layout.addWidget(self.caution)
        layout.addWidget(self.missing_title)
        layout.addWidget(self.missing, 1)
        self.clear()

    def show_state(self, summary: MatrixSummary, missing: list[Missing], form_titles: dict) -> None:
        """Show the summary and the missing questions of the case as it is now."""
        text = "\n".join(matrix_lines(summary))
        self.matrix.setText(
            "This counts what you marked. It is not a score and gives no verdict: you decide.\n\n"
            + text
        )
        self.matrix.setAccessibleName("Risk matrix summary")
        self.matrix.setAccessibleDescription(text)
        self.caution.setVisible(summary.under_ten_caution)
        if missing:
            self.missing_title.setText(f"<b>Still needed for the referral ({len(missing)})</b>")
        else:
            self.missing_title.setText(
                "<b>Still needed for the referral</b><br>Nothing: every question the referral "
                "needs has an answer."
            )
        current = self.missing.currentRow()
        self.missing.clear()
        for item in missing:
            entry = QListWidgetItem(f"{item.label} ({form_titles.get(item.form_id, item.form_id)})")
            entry.setData(Qt.ItemDataRole.UserRole, (item.form_id, item.field_id))
            self.missing.addItem(entry)
        if 0 <= current < self.missing.count():
            self.missing.setCurrentRow(current)
        self.missing.setVisible(bool(missing))

    def clear(self) -> None:
        """Show nothing about any case (on lock)."""
        self.matrix.clear()
        self.caution.hide()
        self.missing_title.clear()
        self.missing.clear()

    def _activated(self, item: QListWidgetItem) -> None:
        form_id, field_id = item.data(Qt.ItemDataRole.UserRole)
        self.go_to_field.emit(form_id, field_id)
