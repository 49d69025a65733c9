"""The close of the matrix: what was marked, in words, then the practitioner's own judgement.

The level of concern and its reason are the practitioner's; the page shows the counts beside them
and never suggests an answer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from toolkit_desktop.domain.definitions import Form, Section
from toolkit_desktop.domain.matrix_summary import MatrixSummary
from toolkit_desktop.domain.matrix_words import NOT_A_SCORE, matrix_lines
from toolkit_desktop.ui.common.language import say, translate
from toolkit_desktop.ui.fields.base import FieldWidget
from toolkit_desktop.ui.fields.factory import create_field_widget
from toolkit_desktop.ui.fields.section import FieldRow, heading, plain_label


class JudgementPanel(QScrollArea):
    """The judgement section(s) of the matrix form; `answer_changed(field_id, value)` on edits."""

    answer_changed = Signal(str, object)

    def __init__(self, form: Form, sections: Sequence[Section], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("matrixJudgement")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sections = tuple(sections)
        self.widgets: dict[str, FieldWidget] = {}
        page = QWidget(self)
        page.setMaximumWidth(780)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 8, 8)
        self.summary = plain_label("", page, "matrixJudgementSummary")
        for section in self.sections:
            layout.addWidget(heading(section.title, page, 1.2, "section-heading"))
            if section.help:
                layout.addWidget(plain_label(section.help, page, "section-help"))
            if section is self.sections[0]:
                layout.addWidget(self.summary)
            for field in section.fields:
                widget = create_field_widget(form.id, field)
                widget.changed.connect(lambda value, fid=field.id: self.answer_changed.emit(
                    fid, value))
                row = FieldRow(widget, page)
                row.setObjectName(f"row:{form.id}.{field.id}")
                layout.addWidget(row)
                self.widgets[field.id] = widget
        layout.addStretch(1)
        self.setWidget(page)

    def set_answers(self, answers: Mapping[str, Any]) -> None:
        """Show the stored judgement; emits nothing."""
        for field_id, widget in self.widgets.items():
            value = answers.get(field_id)
            if widget.value() != value:
                widget.set_value(value)

    def show_summary(self, summary: MatrixSummary) -> None:
        """What was marked, block by block, as sentences."""
        lines = "\n".join(say(line) for line in matrix_lines(summary))  # domain.matrix_words
        heading = translate("Matrix", "What you marked so far:")
        self.summary.setText(f"{heading}\n{lines}\n{say(NOT_A_SCORE)}")

    def focus(self, field_id: str | None) -> None:
        """Put the cursor in a question (the first when None)."""
        if not self.widgets:
            return
        widget = self.widgets.get(field_id or "") or next(iter(self.widgets.values()))
        self.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def field_of(self, widget: QWidget | None) -> str | None:
        """The question holding `widget`, if any."""
        while widget is not None and widget is not self:
            for field_id, field_widget in self.widgets.items():
                if widget is field_widget:
                    return field_id
            widget = widget.parentWidget()
        return None
