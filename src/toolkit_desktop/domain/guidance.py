"""The "what next" prompts of a case: each prompt of `resources/prompts.yaml` whose condition holds.

Every `PromptCondition` has one evaluator here, reading only the case's current answers, two
facts about exports, and today's date. The prompts remind; they never judge the child. Where the
definitions a council ships lack the question a condition reads, that condition does not hold:
the tool never asks about something the council's own forms do not ask.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from toolkit_desktop.domain.age import age_status
from toolkit_desktop.domain.agencies import waiting_in_case
from toolkit_desktop.domain.completeness import referral_readiness
from toolkit_desktop.domain.decisions import decision_state
from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.form_ids import (
    AGE_FORM,
    CHILD_FORM,
    MATRIX_FORM,
    NRM_FORM,
    SAFEGUARDING_FORM,
    TRAFFICKING_FORM,
)
from toolkit_desktop.domain.matrix_summary import CONCERN_LEVEL, CONCERN_REASON, PRESENT_STATUSES
from toolkit_desktop.domain.nrm_dates import REFERRAL_DATE_FIELD
from toolkit_desktop.domain.prompts import Prompt, PromptCondition
from toolkit_desktop.domain.stage import case_nrm_dates
from toolkit_desktop.domain.visibility import AnswersByForm, is_answered, not_relevant_reason

# Sections and fields of the immediate-safeguarding form.
SAFETY_SECTION = "safety"
PHOTO_TAKEN_AT = "photo_taken_at"  # safety: when a photo was taken
MISSING_DESCRIPTION_SECTION = "missing_description"
PHOTO_TAKEN = "photo_taken"  # missing description: is there a recent photo?
# The trafficking assessment's section on the NRM referral.
REFERRAL_SECTION = "k_nrm_referral"
REFERRAL_CONSIDERED = "referral_considered"
REFERRAL_MADE = "referral_made"
# A request sent today is not yet worth chasing; from the next day it is.
FOLLOW_UP_AFTER_DAYS = 1


@dataclass(frozen=True)
class CaseFacts:
    """What the prompts need beyond the answers: when a pack was last exported, and when anything
    the pack reports (an answer, a chronology entry) last changed. None when it never happened."""

    last_export_at: datetime | None = None
    last_change_at: datetime | None = None
    # The answers the practitioner typed, without the worked-out ones (`domain.derived`): whether
    # a form is "started" is theirs to say. None when the answers given hold only typed ones.
    typed: AnswersByForm | None = None


@dataclass(frozen=True)
class _Case:
    defs: Definitions
    answers: AnswersByForm
    facts: CaseFacts
    today: date

    def form(self, form_id: str) -> Mapping[str, Any]:
        return self.answers.get(form_id, {})

    def typed_form(self, form_id: str) -> Mapping[str, Any]:
        """One form's typed answers: what says whether the practitioner has started it."""
        typed = self.facts.typed if self.facts.typed is not None else self.answers
        return typed.get(form_id, {})


def what_next(
    definitions: Definitions, answers_by_form: AnswersByForm, facts: CaseFacts, today: date
) -> list[Prompt]:
    """The prompts whose condition holds for this case, in the order of the prompts file."""
    holding = conditions_holding(definitions, answers_by_form, facts, today)
    return [p for p in definitions.prompts if p.when in holding]


def conditions_holding(
    definitions: Definitions, answers_by_form: AnswersByForm, facts: CaseFacts, today: date
) -> frozenset[PromptCondition]:
    """Every condition that holds for this case, whether or not a prompt names it."""
    case = _Case(definitions, answers_by_form, facts, today)
    return frozenset(c for c, holds in EVALUATORS.items() if holds(case))


def _started(answers: Mapping[str, Any], field_ids: Collection[str] | None = None) -> bool:
    """Whether any answer (of `field_ids`, if given) is filled in; `_` ids are the program's."""
    return any(
        is_answered(value)
        for key, value in answers.items()
        if not key.startswith("_") and (field_ids is None or key in field_ids)
    )


def _safeguarding_not_started(case: _Case) -> bool:
    return SAFEGUARDING_FORM in case.defs.forms and not _started(
        case.typed_form(SAFEGUARDING_FORM)
    )


def _no_photo_taken(case: _Case) -> bool:
    form = case.defs.form(SAFEGUARDING_FORM)
    if form is None or (form.field(PHOTO_TAKEN_AT) is None and form.field(PHOTO_TAKEN) is None):
        return False
    answers = case.form(SAFEGUARDING_FORM)
    if not_relevant_reason(answers, SAFETY_SECTION):
        return False  # the practitioner has said why the first steps do not apply
    return not is_answered(answers.get(PHOTO_TAKEN_AT)) and answers.get(PHOTO_TAKEN) != "yes"


def _missing_description_empty(case: _Case) -> bool:
    form = case.defs.form(SAFEGUARDING_FORM)
    sections = form.sections if form else ()
    section = next((s for s in sections if s.id == MISSING_DESCRIPTION_SECTION), None)
    if section is None:
        return False
    answers = case.typed_form(SAFEGUARDING_FORM)
    if not_relevant_reason(answers, section.id):
        return False
    return not _started(answers, {f.id for f in section.fields})


def _matrix_not_started(case: _Case) -> bool:
    # As the case stage reads it: the matrix version marker alone does not start the matrix.
    return not _started(case.typed_form(MATRIX_FORM))


def _indicators_present(case: _Case) -> bool:
    return any(
        isinstance(v, dict) and v.get("status") in PRESENT_STATUSES
        for v in case.form(MATRIX_FORM).values()
    )


def referral_considered(answers_by_form: AnswersByForm) -> bool:
    """Whether the case records a decision about an NRM referral, either way.

    Any of: a referral date; "has a referral been made?" answered yes or no; "has a referral been
    considered?" answered yes; or the referral section marked not relevant with a reason.
    """
    assessment = answers_by_form.get(TRAFFICKING_FORM, {})
    return (
        is_answered(answers_by_form.get(NRM_FORM, {}).get(REFERRAL_DATE_FIELD))
        or assessment.get(REFERRAL_MADE) in ("yes", "no")
        or assessment.get(REFERRAL_CONSIDERED) == "yes"
        or not_relevant_reason(assessment, REFERRAL_SECTION) is not None
    )


def _indicators_but_no_referral_considered(case: _Case) -> bool:
    return _indicators_present(case) and not referral_considered(case.answers)


def _concern_without_reason(case: _Case) -> bool:
    matrix = case.form(MATRIX_FORM)
    return is_answered(matrix.get(CONCERN_LEVEL)) and not is_answered(matrix.get(CONCERN_REASON))


def _age_disputed_not_concluded(case: _Case) -> bool:
    status = age_status(case.form(CHILD_FORM), case.form(AGE_FORM), case.today)
    return status.disputed and not status.concluded


def referral_under_way(answers_by_form: AnswersByForm) -> bool:
    """Whether the practitioner has started the referral: the referral form has an answer, or the
    assessment says a referral has been made. Before that, missing referral details are not news."""
    return (
        _started(answers_by_form.get(NRM_FORM, {}))
        or answers_by_form.get(TRAFFICKING_FORM, {}).get(REFERRAL_MADE) == "yes"
    )


def _referral_fields_missing(case: _Case) -> bool:
    missing = referral_readiness(case.defs, case.answers)
    typed = case.facts.typed if case.facts.typed is not None else case.answers
    return referral_under_way(typed) and bool(missing)


def _rg_decision_overdue(case: _Case) -> bool:
    if decision_state(case.answers).rg.made:
        return False
    dates = case_nrm_dates(case.answers, case.defs.timescales, case.today)
    return dates is not None and dates.rg_overdue


def _pack_changed_since_export(case: _Case) -> bool:
    last_export, last_change = case.facts.last_export_at, case.facts.last_change_at
    return last_export is not None and last_change is not None and last_change > last_export


def _awaiting_agency_reply(case: _Case) -> bool:
    return any(
        w.days is None or w.days >= FOLLOW_UP_AFTER_DAYS
        for w in waiting_in_case(case.answers, case.today)
    )


EVALUATORS: Mapping[PromptCondition, Callable[[_Case], bool]] = {
    PromptCondition.SAFEGUARDING_NOT_STARTED: _safeguarding_not_started,
    PromptCondition.NO_PHOTO_TAKEN: _no_photo_taken,
    PromptCondition.MISSING_DESCRIPTION_EMPTY: _missing_description_empty,
    PromptCondition.MATRIX_NOT_STARTED: _matrix_not_started,
    PromptCondition.INDICATORS_BUT_NO_REFERRAL_CONSIDERED: _indicators_but_no_referral_considered,
    PromptCondition.CONCERN_WITHOUT_REASON: _concern_without_reason,
    PromptCondition.AGE_DISPUTED_NOT_CONCLUDED: _age_disputed_not_concluded,
    PromptCondition.REFERRAL_FIELDS_MISSING: _referral_fields_missing,
    PromptCondition.RG_DECISION_OVERDUE: _rg_decision_overdue,
    PromptCondition.PACK_CHANGED_SINCE_EXPORT: _pack_changed_since_export,
    PromptCondition.AWAITING_AGENCY_REPLY: _awaiting_agency_reply,
}
