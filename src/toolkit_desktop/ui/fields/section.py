"""How a form's parts are laid out: a question with its label and help, and a titled section that
can be marked "not relevant here" with a reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from toolkit_desktop.domain.definitions import REFERRAL, Section
from toolkit_desktop.ui.fields.base import FieldWidget, message_label

NEEDS_REASON = "Not saved yet. Say why this section is not relevant; until then it still counts."
SET_ASIDE = "The questions below are set aside. Their answers are kept."


def plain_label(text: str, parent: QWidget, object_name: str = "") -> QLabel:
    """A word-wrapped label that shows text as it is, never as markup."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setObjectName(object_name)
    return label


def heading(text: str, parent: QWidget, scale: float, object_name: str = "") -> QLabel:
    """A bold, larger label for a form's or a section's title."""
    label = plain_label(text, parent, object_name)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class FieldRow(QWidget):
    """A question: its label (the widget's buddy), its help, a note when it is shown from another
    form, then the widget."""

    def __init__(self, widget: FieldWidget, parent: QWidget, from_form: str = "") -> None:
        super().__init__(parent)
        self.widget = widget
        field = widget.field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(4)
        needed = REFERRAL in field.required_for
        text = field.label + (" (needed for the referral)" if needed else "")
        self.label = plain_label(text, self, "field-label")
        self.label.setStyleSheet("font-weight: bold;")
        self.label.setBuddy(widget)
        layout.addWidget(self.label)
        help_text = field.help or field.guidance
        if help_text:
            layout.addWidget(plain_label(help_text, self, "field-help"))
        if from_form:
            # Answered once, elsewhere: shown here so the practitioner need not ask again.
            note = plain_label(f"From {from_form}; change it there.", self, "same-as-note")
            note.setStyleSheet("font-style: italic;")
            layout.addWidget(note)
            widget.set_read_only(True)
        widget.setParent(self)
        layout.addWidget(widget)


class SectionPanel(QWidget):
    """A section's title, help, "Not relevant here" with its reason, and its questions.

    `not_relevant_changed` carries {"reason": text}, or None, after the user's edits only.
    """

    not_relevant_changed = Signal(object)

    def __init__(self, form_id: str, section: Section, parent: QWidget) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"section:{form_id}.{section.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 12)
        layout.setSpacing(6)
        self.heading = heading(section.title, self, 1.3, "section-heading")
        layout.addWidget(self.heading)
        if section.help:
            layout.addWidget(plain_label(section.help, self, "section-help"))
        self.not_relevant = QCheckBox("Not relevant here", self)
        self.not_relevant.setObjectName(f"not-relevant:{form_id}.{section.id}")
        self.not_relevant.setAccessibleName(f"{section.title}: not relevant here")
        self.reason_label = plain_label("Why is this section not relevant?", self)
        self.reason = QLineEdit(self)
        self.reason.setObjectName(f"not-relevant-reason:{form_id}.{section.id}")
        self.reason.setAccessibleName(f"Why {section.title} is not relevant here")
        self.reason_label.setBuddy(self.reason)
        self.message = message_label(self)
        layout.addWidget(self.not_relevant, 0, Qt.AlignmentFlag.AlignLeft)  # clickable = visible
        for widget in (self.reason_label, self.reason, self.message):
            layout.addWidget(widget)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(2)
        layout.addWidget(self.body)
        self._loading = False
        self._saved: dict[str, Any] | None = None  # the answer as last loaded or emitted
        self._show_state(ticked=False)
        self.not_relevant.toggled.connect(self._on_edited)
        self.reason.textEdited.connect(self._on_edited)

    def add_row(self, row: FieldRow) -> None:
        """Add a question to the end of the section."""
        row.setParent(self.body)
        self.body_layout.addWidget(row)

    def answer(self) -> dict[str, Any] | None:
        """{"reason": text} while marked not relevant with a reason, else None."""
        reason = self.reason.text()
        return {"reason": reason} if self.not_relevant.isChecked() and reason.strip() else None

    def set_reason(self, reason: str | None) -> None:
        """Show a stored answer: a reason ticks "Not relevant here", None unticks it. No signal."""
        self._loading = True
        try:
            self.reason.setText(reason or "")
            self.not_relevant.setChecked(bool(reason))
        finally:
            self._loading = False
        self._saved = self.answer()
        self._show_state(bool(reason))

    def _show_state(self, ticked: bool) -> None:
        # The questions are kept, not cleared: unticking brings the answers back as they were.
        self.body.setEnabled(not ticked)
        self.reason_label.setVisible(ticked)
        self.reason.setVisible(ticked)
        # Said in words, not only by greying the questions out.
        needs_reason = ticked and not self.reason.text().strip()
        self.message.setText(NEEDS_REASON if needs_reason else SET_ASIDE)
        self.message.setVisible(ticked)

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        ticked = self.not_relevant.isChecked()
        self._show_state(ticked)
        if ticked and self.sender() is self.not_relevant:
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        answer = self.answer()
        if answer != self._saved:
            self._saved = answer
            self.not_relevant_changed.emit(answer)
