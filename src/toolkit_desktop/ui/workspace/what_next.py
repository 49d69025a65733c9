"""The "What next" panel above the form: the case's prompts, calm sentences, each a way to its step.

The prompts' wording is data (`resources/prompts.yaml`); which step each one concerns is the
program's, below. Only the first prompts show until "Show all" is pressed, so the panel stays a
reminder beside the work and never pushes it off a small screen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout

from toolkit_desktop.domain.form_ids import (
    AGE_FORM,
    MATRIX_FORM,
    SAFEGUARDING_FORM,
    TRAFFICKING_FORM,
)
from toolkit_desktop.domain.prompts import Prompt, PromptCondition
from toolkit_desktop.domain.steps import CHRONOLOGY

C = PromptCondition
# The step each prompt's condition is about (a form's step has the form's id); a condition not
# listed has no button.
PROMPT_STEPS: Mapping[PromptCondition, str] = {
    C.SAFEGUARDING_NOT_STARTED: SAFEGUARDING_FORM,
    C.NO_PHOTO_TAKEN: SAFEGUARDING_FORM,
    C.MISSING_DESCRIPTION_EMPTY: SAFEGUARDING_FORM,
    C.MATRIX_NOT_STARTED: MATRIX_FORM,
    C.CONCERN_WITHOUT_REASON: MATRIX_FORM,
    C.INDICATORS_BUT_NO_REFERRAL_CONSIDERED: TRAFFICKING_FORM,
    C.AGE_DISPUTED_NOT_CONCLUDED: AGE_FORM,
    C.REFERRAL_FIELDS_MISSING: "referral",
    C.RG_DECISION_OVERDUE: TRAFFICKING_FORM,
    C.PACK_CHANGED_SINCE_EXPORT: "referral",
    C.AWAITING_AGENCY_REPLY: CHRONOLOGY,
}
SHOWN_AT_FIRST = 2


class WhatNextPanel(QFrame):
    """The prompts that hold for the open case; hidden when there are none.

    Its rows are made once, before the step pages, so Tab goes from the steps to the prompts'
    buttons and then into the page, in the order they are seen.
    """

    go_to_step = Signal(str)

    def __init__(
        self, step_titles: Mapping[str, str], rows: int, parent: QFrame | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("whatNext")
        self.setAccessibleName("What next")
        self.setStyleSheet("#whatNext { border-left: 4px solid palette(mid); }")
        self._titles = dict(step_titles)
        self._expanded = False
        self._prompts: list[Prompt] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 2, 6, 4)
        outer.setSpacing(2)
        self.title = QLabel(objectName="whatNextTitle")
        outer.addWidget(self.title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        self._rows: list[tuple[QLabel, QPushButton]] = []
        for row in range(rows):
            text = QLabel()
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton()
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, r=row: self._go(r))
            grid.addWidget(text, row, 0)
            grid.addWidget(button, row, 1)  # no alignment: every button as wide as the widest
            self._rows.append((text, button))
        outer.addLayout(grid)
        self.more = QPushButton(objectName="whatNextMore")
        self.more.setFlat(True)
        self.more.setAutoDefault(False)
        self.more.clicked.connect(self._toggle)
        outer.addWidget(self.more, 0, Qt.AlignmentFlag.AlignRight)
        self.clear()

    def show_prompts(self, prompts: Sequence[Prompt]) -> None:
        """Show these prompts (in the order of the prompts file); none hides the panel."""
        if [p.id for p in prompts] != [p.id for p in self._prompts]:
            self._expanded = False
        self._prompts = list(prompts)[: len(self._rows)]
        self._draw()

    def prompt_texts(self) -> list[str]:
        """Every prompt that holds, shown or folded away."""
        return [p.text for p in self._prompts]

    def clear(self) -> None:
        """Show nothing (on lock, or while another case opens)."""
        self.show_prompts([])

    def _go(self, row: int) -> None:
        step = PROMPT_STEPS.get(self._prompts[row].when) if row < len(self._prompts) else None
        if step is not None:
            self.go_to_step.emit(step)

    def _toggle(self) -> None:
        self._expanded = not self._expanded
        self._draw()
        self.more.setFocus()

    def _draw(self) -> None:
        shown = len(self._prompts) if self._expanded else min(len(self._prompts), SHOWN_AT_FIRST)
        for row, (text, button) in enumerate(self._rows):
            prompt = self._prompts[row] if row < shown else None
            step = PROMPT_STEPS.get(prompt.when) if prompt else None
            text.setText(prompt.text if prompt else "")
            text.setObjectName(f"prompt:{prompt.id}" if prompt else "")
            text.setVisible(prompt is not None)
            button.setVisible(step in self._titles)
            if prompt is not None and step in self._titles:
                button.setText(f"Open {self._titles[step]}")
                button.setObjectName(f"go:{prompt.id}")
                button.setAccessibleDescription(prompt.text)
        folded = len(self._prompts) - shown
        self.more.setVisible(len(self._prompts) > SHOWN_AT_FIRST)
        self.more.setText(f"Show {folded} more" if folded else "Show fewer")
        self.title.setText(f"<b>What next</b> ({len(self._prompts)})")
        self.setVisible(bool(self._prompts))
