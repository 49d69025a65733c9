"""The workspace's side panel: the live matrix summary and what a referral still needs.

The summary counts what was marked; it never scores or concludes. The practitioner decides.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.completeness import Missing
from toolkit_desktop.domain.matrix_summary import MatrixSummary
from toolkit_desktop.domain.matrix_words import (
    NOT_A_SCORE,
    UNDER_TEN,
    block_counts,
    both_blocks_line,
    matrix_lines,
)
from toolkit_desktop.ui.common.language import say, translate
from toolkit_desktop.ui.fields.emphasis import bold


class SidePanel(QWidget):
    """Matrix summary on top, the referral's missing questions below (each one a way there)."""

    go_to_field = Signal(str, str)  # form id, field id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        # On a small screen at 150% the panel scrolls as a whole rather than cut anything off.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(QLabel(translate("Workspace", "<b>Risk matrix so far</b>")))
        self.matrix = QLabel(objectName="matrixSummary")
        self.matrix.setWordWrap(True)
        self.matrix.setTextFormat(Qt.TextFormat.RichText)
        self.matrix.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                            | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.matrix.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # readable by keyboard and reader
        self.caution = QLabel(say(UNDER_TEN), objectName="underTenCaution")
        self.caution.setWordWrap(True)
        bold(self.caution)
        self.missing_title = QLabel(objectName="missingTitle")
        self.missing_title.setWordWrap(True)
        self.missing = QListWidget(objectName="missingList")
        self.missing.setAccessibleName(
            translate("Workspace", "Still needed for the referral; press Enter to go there"))
        self.missing.setWordWrap(True)
        self.missing.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.missing.itemActivated.connect(self._activated)
        layout.addWidget(self.matrix)
        layout.addWidget(self.caution)
        layout.addWidget(self.missing_title)
        layout.addWidget(self.missing, 1)
        self.clear()

    def show_state(
        self, summary: MatrixSummary, missing: list[Missing], form_titles: Mapping[str, str]
    ) -> None:
        """Show the summary and the missing questions of the case as it is now."""
        blocks = "".join(
            f"<p style='margin: 6px 0 0 0'><b>{escape(b.title)}</b><br>"
            f"{escape(say(block_counts(b)))}</p>"
            for b in summary.blocks
        )
        self.matrix.setText(f"<p style='margin: 0'>{escape(say(NOT_A_SCORE))}</p>{blocks}"
                            f"<p>{escape(say(both_blocks_line(summary)))}</p>")
        self.matrix.setAccessibleName(translate("Workspace", "Risk matrix summary"))
        self.matrix.setAccessibleDescription(" ".join(say(line) for line in matrix_lines(summary)))
        self.caution.setVisible(summary.under_ten_caution)
        if missing:
            self.missing_title.setText(translate(
                "Workspace",
                "<b>Still needed for the referral ({count})</b><br>Press Enter on one to go to it.",
            ).format(count=len(missing)))
        else:
            self.missing_title.setText(translate(
                "Workspace",
                "<b>Still needed for the referral</b><br>Nothing: every question the referral "
                "needs has an answer.",
            ))
        self._fill_missing(missing, form_titles)

    def _fill_missing(self, missing: list[Missing], form_titles: Mapping[str, str]) -> None:
        current = self.missing.currentRow()
        self.missing.clear()
        form = None
        for item in missing:
            if item.form_id != form:  # a heading per form, not a way anywhere itself
                form = item.form_id
                heading = QListWidgetItem(form_titles.get(form, form))
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, but not a place to go
                bold = QFont(heading.font())
                bold.setBold(True)
                heading.setFont(bold)
                self.missing.addItem(heading)
            entry = QListWidgetItem(f"  {item.label}")
            entry.setData(Qt.ItemDataRole.UserRole, (item.form_id, item.field_id))
            entry.setData(Qt.ItemDataRole.AccessibleTextRole,
                          translate("Workspace", "{question}, in {form}").format(
                              question=item.label,
                              form=form_titles.get(item.form_id, item.form_id)))
            self.missing.addItem(entry)
        if 0 <= current < self.missing.count():
            self.missing.setCurrentRow(current)
        self.missing.setVisible(bool(missing))

    def missing_fields(self) -> list[tuple[str, str]]:
        """The (form id, field id) of every missing question listed, in order."""
        found = (self.missing.item(r).data(Qt.ItemDataRole.UserRole)
                 for r in range(self.missing.count()))
        return [tuple(key) for key in found if key]

    def focus_first(self) -> bool:
        """Put the keyboard on "Still needed" (or the summary when nothing is needed)."""
        target = self.missing if self.missing.isVisibleTo(self) else self.matrix
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if target is self.missing and self.missing.currentRow() < 0:
            self.missing.setCurrentRow(1 if self.missing.count() > 1 else 0)  # row 0: a heading
        return True

    def clear(self) -> None:
        """Show nothing about any case (on lock)."""
        self.matrix.clear()
        self.caution.hide()
        self.missing_title.clear()
        self.missing.clear()

    def _activated(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key:
            self.go_to_field.emit(*key)
