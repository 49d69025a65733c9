"""The NRM decisions recorded in a case (reasonable grounds, conclusive grounds), and the rule that
a negative decision never closes the safeguarding steps.

A negative decision says only that the decision-maker was not satisfied, on what they had, that
the child is a victim; the child may still be at risk of exploitation, of going missing, of harm.
So nothing here lets a decision end safeguarding: only the practitioner could do that, and the
forms have no question for it, so safeguarding is always open.
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from toolkit_desktop.domain.form_ids import TRAFFICKING_FORM
from toolkit_desktop.domain.wording import day

RG_DECISION = "reasonable_grounds_decision"
RG_DECISION_ON = "reasonable_grounds_decision_on"
CG_DECISION = "conclusive_grounds_decision"
CG_DECISION_ON = "conclusive_grounds_decision_on"

# What the GUI and the pack can say beside a negative decision.
NEGATIVE_DECISION_NOTE = (
    "A negative decision does not end the child's need for protection: the safeguarding steps, "
    "the plan in case they go missing and the description for the police all stay in place."
)
# Said on the referral step and on the pack's first page, whatever the decisions are.
SAFEGUARDING_GOES_ON = "Safeguarding the child goes on, whatever the NRM decides."
LOCAL_AUTHORITY_DUTY = (
    "The local authority's duty to protect the child goes on whatever the NRM decides: a "
    "negative decision does not end it."
)


class Outcome(enum.StrEnum):
    """Where a decision has got to; an unrecorded decision reads as awaited."""

    AWAITED = "awaited"
    POSITIVE = "positive"
    NEGATIVE = "negative"
    # Conclusive grounds only, for example after a negative reasonable-grounds decision.
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        """Plain words for a screen."""
        return _LABELS[self]


_LABELS = {
    Outcome.AWAITED: "Awaited",
    Outcome.POSITIVE: "Positive",
    Outcome.NEGATIVE: "Negative",
    Outcome.NOT_APPLICABLE: "Not applicable",
}


@dataclass(frozen=True)
class Decision:
    """One decision: its outcome, the date it was made if recorded, and whether anything was
    recorded at all (an empty answer and "awaited" both read as awaited)."""

    outcome: Outcome
    decided_on: date | None
    recorded: bool

    @property
    def made(self) -> bool:
        """Whether the decision has been made (positive or negative)."""
        return self.outcome in (Outcome.POSITIVE, Outcome.NEGATIVE)


@dataclass(frozen=True)
class DecisionState:
    """The reasonable-grounds (`rg`) and conclusive-grounds (`cg`) decisions of a case."""

    rg: Decision
    cg: Decision

    @property
    def any_negative(self) -> bool:
        """Whether either decision is negative (the GUI shows NEGATIVE_DECISION_NOTE)."""
        return Outcome.NEGATIVE in (self.rg.outcome, self.cg.outcome)


def decision_state(answers_by_form: Mapping[str, Mapping[str, Any]]) -> DecisionState:
    """The decisions as recorded in the trafficking assessment's section K."""
    answers = answers_by_form.get(TRAFFICKING_FORM, {})
    return DecisionState(
        rg=_decision(answers.get(RG_DECISION), answers.get(RG_DECISION_ON)),
        cg=_decision(answers.get(CG_DECISION), answers.get(CG_DECISION_ON)),
    )


def safeguarding_open(answers_by_form: Mapping[str, Mapping[str, Any]]) -> bool:
    """Whether the safeguarding steps stay open: always, whatever the decisions say.

    The case is read anyway so that the signature will not change if a council ever adds an
    explicit "safeguarding closed by the practitioner" answer; a decision alone never closes it.
    """
    del answers_by_form  # no decision, positive or negative, closes safeguarding
    return True


def _decision(value: Any, decided_on: Any) -> Decision:
    try:
        outcome = Outcome(value) if isinstance(value, str) else Outcome.AWAITED
    except ValueError:  # a choice a council added: treat as not yet decided
        outcome = Outcome.AWAITED
    day = None
    if outcome in (Outcome.POSITIVE, Outcome.NEGATIVE) and isinstance(decided_on, str):
        with contextlib.suppress(ValueError):
            day = date.fromisoformat(decided_on)
    return Decision(outcome, day, recorded=isinstance(value, str) and bool(value.strip()))


def decision_line(name: str, decision: Decision) -> str:
    """ "Reasonable-grounds decision: negative, made on Fri 4 Dec 2026"."""
    if decision.outcome is Outcome.AWAITED:
        return f"{name}: awaited" + ("" if decision.recorded else " (nothing recorded yet)") + "."
    words = decision.outcome.label.lower()
    if decision.made:
        when = f", made on {day(decision.decided_on)}" if decision.decided_on else (
            ", date not recorded")
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
