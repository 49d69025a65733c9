"""The case stage follows the answers: from safeguarding to a decision, and overdue when late."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit_desktop.domain.stage import CaseStage, case_nrm_dates, case_stage
from toolkit_desktop.domain.timescales import CountFrom, TimescaleRule, Timescales

RULES = Timescales((
    TimescaleRule(
        id="reasonable_grounds",
        label="Reasonable-grounds decision expected",
        count_from=CountFrom.REFERRAL,
        in_force_from=date(2009, 4, 1),
        working_days=5,
    ),
))
TODAY = date(2026, 11, 30)  # a Monday
REFERRED = {"nrm_referral": {"referral_date": "2026-11-27", "uk_nation": "england"}}


def stage(answers: dict, today: date = TODAY) -> CaseStage:
    return case_stage(answers, RULES, today)


def test_a_new_case_starts_with_safeguarding() -> None:
    assert stage({}) is CaseStage.SAFEGUARDING
    assert stage({"immediate_safeguarding": {"child_safe_at": "2026-11-28T02:10:00+00:00"}}) is (
        CaseStage.SAFEGUARDING
    )


def test_the_matrix_version_marker_alone_does_not_start_the_matrix() -> None:
    assert stage({"matrix": {"_matrix_version": "2026.1"}}) is CaseStage.SAFEGUARDING
    assert stage({"matrix": {"no_documents": {"status": "known"}}}) is CaseStage.MATRIX


@pytest.mark.parametrize(
    "answers",
    [
        {"matrix": {"concern_level": "high"}},
        {"trafficking_assessment": {"b_identity_notes": "x"}},
        {"age_assessment": {"age_disputed": "yes"}},
    ],
)
def test_a_concern_level_or_an_assessment_moves_to_assessment(answers: dict) -> None:
    assert stage(answers) is CaseStage.ASSESSMENT


def test_blank_answers_do_not_count() -> None:
    assert stage({"nrm_referral": {"background": "  "}, "matrix": {"concern_level": None}}) is (
        CaseStage.SAFEGUARDING
    )


def test_a_started_referral_form_is_the_referral_stage() -> None:
    assert stage({"nrm_referral": {"la_name": "Hillingdon"}}) is CaseStage.REFERRAL


def test_a_referral_date_means_waiting_until_the_expected_date_passes() -> None:
    # Referred Friday 27th: five working days later is Friday 4 December.
    assert stage(REFERRED, date(2026, 12, 4)) is CaseStage.WAITING_FOR_DECISION
    assert stage(REFERRED, date(2026, 12, 5)) is CaseStage.DECISION_OVERDUE


def test_a_positive_reasonable_grounds_decision_waits_for_the_conclusive_one() -> None:
    answers = {
        **REFERRED,
        "trafficking_assessment": {
            "reasonable_grounds_decision": "positive",
            "reasonable_grounds_decision_on": "2026-12-10",
        },
    }
    # Said as the header says it: the recovery period, not "waiting for decision".
    assert stage(answers, date(2027, 1, 5)) is CaseStage.CONCLUSIVE_AWAITED
    assert CaseStage.CONCLUSIVE_AWAITED.label == "Recovery period: conclusive decision awaited"


@pytest.mark.parametrize(
    "decisions",
    [
        {"reasonable_grounds_decision": "negative"},
        {"reasonable_grounds_decision": "positive", "conclusive_grounds_decision": "positive"},
    ],
)
def test_a_final_decision_is_received(decisions: dict) -> None:
    answers = {**REFERRED, "trafficking_assessment": decisions}
    assert stage(answers, date(2027, 3, 1)) is CaseStage.DECISION_RECEIVED


def test_nrm_dates_only_after_a_referral_and_without_a_nation_the_default_counts() -> None:
    assert case_nrm_dates({}, RULES, TODAY) is None
    dates = case_nrm_dates({"nrm_referral": {"referral_date": "2026-11-27"}}, RULES, TODAY)
    assert dates is not None and dates.rg_expected_by == date(2026, 12, 4)


def test_every_stage_has_words() -> None:
    assert all(s.label and s.label[0].isupper() for s in CaseStage)
