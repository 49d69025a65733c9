"""How far each section has got, and what an NRM referral still needs.

Progress is shown per section because practitioners use only some sections of the long trafficking
assessment (pilot report 4.5.2); a section marked "not relevant here" with a reason counts as done.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from toolkit_desktop.domain.definitions import REFERRAL, Definitions, Form, Section
from toolkit_desktop.domain.visibility import (
    AnswersByForm,
    field_value,
    is_answered,
    is_visible,
    not_relevant_reason,
)


class SectionStatus(enum.StrEnum):
    """How far a section has got; NOT_RELEVANT counts as done."""

    COMPLETE = "complete"
    PARTLY = "partly"
    NOT_STARTED = "not_started"
    NOT_RELEVANT = "not_relevant"

    @property
    def done(self) -> bool:
        """Whether nothing more is expected in the section."""
        return self in (SectionStatus.COMPLETE, SectionStatus.NOT_RELEVANT)


@dataclass(frozen=True)
class Missing:
    """A question an NRM referral needs that has no answer yet."""

    form_id: str
    section_id: str
    field_id: str
    label: str


def section_status(
    form: Form,
    section: Section,
    answers: Mapping[str, Any],
    *,
    answers_by_form: AnswersByForm | None = None,
) -> SectionStatus:
    """The status of one section from its form's answers.

    Only fields currently shown count. `answers_by_form` gives the other forms' answers, needed
    when a field is shown from (`same_as`) or depends on (`visible_if`) another form.
    """
    if not_relevant_reason(answers, section.id):
        return SectionStatus.NOT_RELEVANT
    everything = {**(answers_by_form or {}), form.id: answers}
    shown = [f for f in section.fields if is_visible(form, f, everything)]
    answered = sum(1 for f in shown if is_answered(field_value(form, f, everything)))
    if answered == len(shown):
        return SectionStatus.COMPLETE
    return SectionStatus.PARTLY if answered else SectionStatus.NOT_STARTED


def referral_readiness(defs: Definitions, answers_by_form: AnswersByForm) -> list[Missing]:
    """Every shown question needed for a referral that is still empty, in form order.

    Sections marked "not relevant here" are skipped: the practitioner has said why. Pass the
    answers with the worked-out ones applied (`domain.derived`): the referrer's details from the
    profile are among them, unless someone else is referring.
    """
    missing: list[Missing] = []
    for form in defs.forms.values():
        answers = answers_by_form.get(form.id, {})
        for section in form.sections:
            if not_relevant_reason(answers, section.id):
                continue
            for field in section.fields:
                if REFERRAL not in field.required_for:
                    continue
                if not is_visible(form, field, answers_by_form):
                    continue
                if is_answered(field_value(form, field, answers_by_form)):
                    continue
                missing.append(Missing(form.id, section.id, field.id, field.label))
    return missing
