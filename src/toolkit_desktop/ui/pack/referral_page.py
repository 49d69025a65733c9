"""The Referral step: the NRM decisions in words, the button that makes the referral pack, then the
referral form.

A negative decision never closes safeguarding (domain.decisions): beside one, the page says so in
the words of `NEGATIVE_DECISION_NOTE`, and the safeguarding line keeps saying "open".
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from toolkit_desktop.domain.decisions import (
    NEGATIVE_DECISION_NOTE,
    RG_DECISION,
    Decision,
    DecisionState,
    Outcome,
    decision_state,
    safeguarding_open,
)
from toolkit_desktop.domain.definitions import Form
from toolkit_desktop.domain.form_ids import TRAFFICKING_FORM
from toolkit_desktop.domain.wording import day
from toolkit_desktop.ui.common.entry_parts import section_heading
from toolkit_desktop.ui.fields.section import plain_label
from toolkit_desktop.ui.form.form_page import FormPage

DECISIONS_TITLE = "National Referral Mechanism (NRM) decisions"
SAFEGUARDING_GOES_ON = "Safeguarding the child goes on, whatever the NRM decides."
PACK_HELP = (
    "The referral pack is a PDF for the NRM decision-maker with everything recorded in this case, "
    "including what was not assessed. You see what it will contain before you save it."
)


def decision_line(name: str, decision: Decision) -> str:
    """ "Reasonable-grounds decision: negative, made on Fri 4 Dec 2026"."""
    if decision.outcome is Outcome.AWAITED:
        return f"{name}: awaited" + ("" if decision.recorded else " (nothing recorded yet)") + "."
    words = decision.outcome.label.lower()
    if decision.made:
        when = (
            f", made on {day(decision.decided_on)}"
            if decision.decided_on
            else ", date not recorded"
        )
        return f"{name}: {words}{when}."
    return f"{name}: {words}."


def decision_lines(state: DecisionState, answers: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """The decisions and the state of safeguarding, as sentences; never "closed"."""
    lines = [
        decision_line("Reasonable-grounds decision", state.rg),
        decision_line("Conclusive-grounds decision", state.cg),
    ]
    if safeguarding_open(answers):
        # Not "open": the keyboard run read that against "Immediate safeguarding: done".
        lines.append(SAFEGUARDING_GOES_ON)
    if state.any_negative:
        lines.append(NEGATIVE_DECISION_NOTE)
    return lines


class ReferralPage(FormPage):
    """The referral form, with the decisions and the referral pack above it."""

    export_requested = Signal()

    def __init__(
        self,
        form: Form,
        forms_by_id: Mapping[str, Form] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(form, forms_by_id, parent)
        block = QWidget()
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 0, 0, 16)
        box = QFrame(objectName="decisionsBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(box)
        inner.addWidget(section_heading(DECISIONS_TITLE))
        self.decisions = QLabel(objectName="decisionState")
        self.decisions.setWordWrap(True)
        self.decisions.setTextFormat(Qt.TextFormat.RichText)
        self.decisions.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # readable by keyboard
        self.decisions.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        inner.addWidget(self.decisions)
        # Both buttons are outside the Tab order, so a space typed one Tab too far neither leaves
        # the step nor opens the pack dialog: the mouse, or Alt and the underlined letter.
        record = QPushButton(
            "&Record a decision in the trafficking assessment", objectName="goToDecisions"
        )
        record.setAutoDefault(False)
        record.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        record.clicked.connect(lambda: self.go_to_field.emit(TRAFFICKING_FORM, RG_DECISION))
        inner.addWidget(record, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(box)
        layout.addWidget(section_heading("Referral pack"))
        layout.addWidget(plain_label(PACK_HELP, block))
        self.make_pack = QPushButton("Make the referral &pack (PDF)…", objectName="makePack")
        self.make_pack.setAutoDefault(False)
        self.make_pack.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.make_pack.clicked.connect(self.export_requested)
        row = QHBoxLayout()
        row.addWidget(self.make_pack)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_above(block)
        self.show_decisions({})

    def set_answers(self, answers_by_form: Mapping[str, Mapping[str, Any]]) -> None:
        """Show the referral's answers and the decisions recorded in the assessment."""
        super().set_answers(answers_by_form)
        self.show_decisions(answers_by_form)

    def show_decisions(self, answers_by_form: Mapping[str, Mapping[str, Any]]) -> None:
        """The decisions in words, the negative-decision note when one is negative."""
        lines = decision_lines(decision_state(answers_by_form), answers_by_form)
        self.decisions.setText("<br>".join(escape(line) for line in lines))
        self.decisions.setAccessibleName(DECISIONS_TITLE)
        self.decisions.setAccessibleDescription(" ".join(lines))

    def clear(self) -> None:
        """Show no case (on lock)."""
        super().clear()
        self.show_decisions({})
