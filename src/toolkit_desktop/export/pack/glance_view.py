"""The pack's first page: what a decision-maker needs to act on the case, before anything else.

Who the child is and their age status (with the presumption of childhood), who to call about the
referral, the NRM dates (when it was sent, when the reasonable-grounds decision is expected, what
is overdue on the day the pack is made), the decisions in words, and that the local authority's
duty to protect the child goes on whatever the NRM decides. Dates are the timescales' aims, not a
judgement of the case: the page states them and the decisions recorded, nothing more.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from toolkit_desktop.domain.decisions import (
    LOCAL_AUTHORITY_DUTY,
    NEGATIVE_DECISION_NOTE,
    decision_line,
    decision_state,
)
from toolkit_desktop.domain.form_ids import NRM_FORM
from toolkit_desktop.domain.stage import case_nrm_dates
from toolkit_desktop.domain.wording import day, uk_today
from toolkit_desktop.export.pack.model import PackInput

# Making the pack is not making the referral (domain.derive_case): the date is the practitioner's.
NOT_SENT = "Not yet recorded: record it once the referral is submitted"


@dataclass(frozen=True)
class GlanceView:
    """Page one's facts, each as a short line of words."""

    responder: str  # "A. Worker, Social worker, Northshire Council"
    contact: str  # "01234 567890, a.worker@northshire.example"
    local_authority: str  # the council contacted about the child, and how to reach it
    referral_sent: str
    rg_expected: str
    decisions: tuple[str, ...]
    overdue: tuple[str, ...]  # what is overdue on the day the pack is made; () when nothing
    duty: tuple[str, ...]  # the local authority's duty, and the note beside a negative decision


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def glance_view(pack: PackInput) -> GlanceView:
    """Page one's facts, from the answers typed or worked out."""
    answers: Mapping[str, Mapping[str, Any]] = pack.answers
    referral = answers.get(NRM_FORM, {})
    today = uk_today(pack.now)
    responder = ", ".join(p for p in (
        _text(referral.get("referrer_name")), _text(referral.get("referrer_role")),
        _text(referral.get("referrer_organisation"))) if p)
    contact = ", ".join(p for p in (
        _text(referral.get("referrer_phone")), _text(referral.get("referrer_email"))) if p)
    council = ", ".join(p for p in (
        _text(referral.get("la_name")), _text(referral.get("la_phone")),
        _text(referral.get("la_email"))) if p)
    sent = _date(referral.get("referral_date"))
    dates = case_nrm_dates(answers, pack.definitions.timescales, today)
    state = decision_state(answers)
    overdue: list[str] = []
    if sent is None:
        rg_expected = "Counted from the date of referral."
    elif dates is None or dates.rg_expected_by is None:
        rg_expected = "No timescale is recorded for the date of referral."
    else:
        rg_expected = f"{day(dates.rg_expected_by)} (the timescale's aim, not a deadline)"
        if dates.rg_overdue and not state.rg.made:
            late = (today - dates.rg_expected_by).days
            overdue.append(
                f"The reasonable-grounds decision was expected by {day(dates.rg_expected_by)}; "
                f"on {day(today)}, {_days(late)} later, none is recorded."
            )
    duty = [LOCAL_AUTHORITY_DUTY]
    if state.any_negative:
        duty.append(NEGATIVE_DECISION_NOTE)
    return GlanceView(
        responder=responder or "Not yet recorded",
        contact=contact or "Not yet recorded",
        local_authority=council or "Not yet recorded",
        referral_sent=day(sent) if sent else NOT_SENT,
        rg_expected=rg_expected,
        decisions=(decision_line("Reasonable grounds", state.rg),
                   decision_line("Conclusive grounds", state.cg)),
        overdue=tuple(overdue),
        duty=tuple(duty),
    )
