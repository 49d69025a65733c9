"""Where a case has got to, in one word for the case list: safeguarding, matrix, assessment, ...

The stage is the furthest point the recorded answers reach, not a judgement about the child:
a case moves to "matrix" when the first indicator is marked, to "assessment" when the
practitioner has recorded their own level of concern or started an assessment, to "referral"
when the referral form is started, and is "waiting for a decision" once a referral date is
recorded. A reasonable-grounds decision later than its expected date makes it "decision overdue".
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from toolkit_desktop.domain.date_text import stored_date
from toolkit_desktop.domain.decisions import CG_DECISION, RG_DECISION, RG_DECISION_ON
from toolkit_desktop.domain.form_ids import AGE_FORM, MATRIX_FORM, NRM_FORM, TRAFFICKING_FORM
from toolkit_desktop.domain.nrm_dates import (
    REFERRAL_DATE_FIELD,
    UK_NATION_FIELD,
    NrmDates,
    nrm_dates,
)
from toolkit_desktop.domain.timescales import Timescales
from toolkit_desktop.domain.visibility import AnswersByForm, is_answered
from toolkit_desktop.translatable import QT_TRANSLATE_NOOP

ASSESSMENT_FORMS = (TRAFFICKING_FORM, AGE_FORM)
CONCERN_LEVEL = "concern_level"
STAGE_FORMS = (NRM_FORM, MATRIX_FORM, *ASSESSMENT_FORMS)  # every form the stage looks at
# The fields the stage reads by name; of any other answer it asks only whether there is one.
_NAMED_FIELDS = {
    NRM_FORM: (REFERRAL_DATE_FIELD, UK_NATION_FIELD),
    TRAFFICKING_FORM: (CG_DECISION, RG_DECISION, RG_DECISION_ON),
    MATRIX_FORM: (CONCERN_LEVEL,),
}
_STARTED_MARK = "(started)"  # stands for the other answers (no field id has brackets or spaces)


class CaseStage(enum.StrEnum):
    """The stages a case passes through; `label` is how the case list says it."""

    SAFEGUARDING = "safeguarding"
    MATRIX = "matrix"
    ASSESSMENT = "assessment"
    REFERRAL = "referral"
    WAITING_FOR_DECISION = "waiting_for_decision"
    DECISION_OVERDUE = "decision_overdue"
    # A positive reasonable-grounds decision: the recovery period runs, the conclusive one is due.
    CONCLUSIVE_AWAITED = "conclusive_awaited"
    DECISION_RECEIVED = "decision_received"

    @property
    def label(self) -> str:
        """Plain words for the case list (in English: the ui shows them translated, "Stage")."""
        return _LABELS[self]


# Marked for the app's catalogue (translatable.py); the ui translates them where shown.
_LABELS = {
    CaseStage.SAFEGUARDING: QT_TRANSLATE_NOOP("Stage", "Safeguarding"),
    CaseStage.MATRIX: QT_TRANSLATE_NOOP("Stage", "Risk matrix"),
    CaseStage.ASSESSMENT: QT_TRANSLATE_NOOP("Stage", "Assessment"),
    CaseStage.REFERRAL: QT_TRANSLATE_NOOP("Stage", "Referral"),
    CaseStage.WAITING_FOR_DECISION: QT_TRANSLATE_NOOP("Stage", "Waiting for decision"),
    CaseStage.DECISION_OVERDUE: QT_TRANSLATE_NOOP("Stage", "Decision overdue"),
    CaseStage.CONCLUSIVE_AWAITED: QT_TRANSLATE_NOOP(
        "Stage", "Recovery period: conclusive decision awaited"),
    CaseStage.DECISION_RECEIVED: QT_TRANSLATE_NOOP("Stage", "Decision received"),
}


def case_stage(answers_by_form: AnswersByForm, timescales: Timescales, today: date) -> CaseStage:
    """The stage of a case from its current answers and the NRM timescales."""
    decisions = answers_by_form.get(TRAFFICKING_FORM, {})
    referral_date = stored_date(answers_by_form.get(NRM_FORM, {}).get(REFERRAL_DATE_FIELD))
    if referral_date is not None:
        conclusive = decisions.get(CG_DECISION)
        reasonable = decisions.get(RG_DECISION)
        if conclusive in ("positive", "negative", "not_applicable") or reasonable == "negative":
            return CaseStage.DECISION_RECEIVED
        if reasonable == "positive":
            return CaseStage.CONCLUSIVE_AWAITED
        dates = case_nrm_dates(answers_by_form, timescales, today)
        if dates is not None and dates.rg_overdue:
            return CaseStage.DECISION_OVERDUE
        return CaseStage.WAITING_FOR_DECISION
    if _started(answers_by_form, NRM_FORM):
        return CaseStage.REFERRAL
    matrix = answers_by_form.get(MATRIX_FORM, {})
    if is_answered(matrix.get(CONCERN_LEVEL)) or any(
        _started(answers_by_form, form) for form in ASSESSMENT_FORMS
    ):
        return CaseStage.ASSESSMENT
    if _started(answers_by_form, MATRIX_FORM):
        return CaseStage.MATRIX
    return CaseStage.SAFEGUARDING


def stage_inputs(answers_by_form: AnswersByForm) -> dict[str, dict[str, Any]]:
    """The least of a case's answers that decides its stage: `case_stage` of it is `case_stage`
    of them all. The case list keeps this for each case instead of every answer.

    The fields read by name are kept as they are; a form started in other fields keeps one mark.
    """
    kept: dict[str, dict[str, Any]] = {}
    for form_id in STAGE_FORMS:
        answers = answers_by_form.get(form_id, {})
        named = {key: answers[key] for key in _NAMED_FIELDS.get(form_id, ()) if key in answers}
        if _started(answers_by_form, form_id) and not _started({form_id: named}, form_id):
            named[_STARTED_MARK] = True
        if named:
            kept[form_id] = named
    return kept


def case_nrm_dates(
    answers_by_form: AnswersByForm, timescales: Timescales, today: date
) -> NrmDates | None:
    """The NRM dates of a referred case, or None before a referral date is recorded.

    Without a recorded UK nation, the timescales' default nation's bank holidays count.
    """
    referral = answers_by_form.get(NRM_FORM, {})
    referral_date = stored_date(referral.get(REFERRAL_DATE_FIELD))
    if referral_date is None:
        return None
    nation = referral.get(UK_NATION_FIELD) or timescales.default_nation
    decided_on = stored_date(answers_by_form.get(TRAFFICKING_FORM, {}).get(RG_DECISION_ON))
    rules = timescales.rules
    try:
        return nrm_dates(rules, referral_date, str(nation), decided_on, today)
    except ValueError:
        return nrm_dates(rules, referral_date, timescales.default_nation, decided_on, today)


def _started(answers_by_form: AnswersByForm, form_id: str) -> bool:
    # The matrix version marker is written by the program, not the practitioner.
    return any(
        is_answered(value)
        for key, value in answers_by_form.get(form_id, {}).items()
        if not key.startswith("_")
    )
