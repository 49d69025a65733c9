"""Each "what next" condition holds exactly when the case state says so, read from the answers."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime
from typing import Any

import pytest

from toolkit_desktop.domain.completeness import referral_readiness
from toolkit_desktop.domain.definitions import Definitions, Field, FieldType
from toolkit_desktop.domain.guidance import (
    EVALUATORS,
    CaseFacts,
    conditions_holding,
    referral_considered,
    what_next,
)
from toolkit_desktop.domain.prompts import PromptCondition as C
from toolkit_desktop.forms import default_resources_dir, load_definitions

TODAY = date(2026, 11, 30)  # a Monday
NO_FACTS = CaseFacts()

# A case where nothing is left to prompt about: safe, described, matrix done with a reason,
# referral considered (and not made, with a reason), age not disputed, no requests waiting.
QUIET: dict[str, dict[str, Any]] = {
    "immediate_safeguarding": {
        "child_safe_at": "2026-11-28T02:10:00+00:00",
        "photo_taken_at": "2026-11-28T03:00:00+00:00",
        "height": "About 1.60 m",
    },
    "matrix": {
        "_matrix_version": "2026.1",
        "no_documents": {"status": "known", "evidence": "No passport", "source": "Border Force"},
        "concern_level": "medium",
        "concern_reason": "No documents and an adult who left at once.",
    },
    "trafficking_assessment": {
        "referral_considered": "yes",
        "referral_made": "no",
        "referral_not_made_reason": "Discussed with manager; more to find out first.",
    },
    "age_assessment": {"age_disputed": "no"},
    "agencies": {
        "contacts": [
            {"agency": "Police", "contacted_on": "2026-11-28", "awaiting_answer": "no"},
        ]
    },
}


@pytest.fixture(scope="module")
def defs() -> Definitions:
    return load_definitions(default_resources_dir())


def holding(
    defs: Definitions, answers: dict[str, Any], facts: CaseFacts = NO_FACTS, today: date = TODAY
) -> frozenset[C]:
    return conditions_holding(defs, answers, facts, today)


def changed(**forms: dict[str, Any] | None) -> dict[str, Any]:
    """QUIET with some forms' answers merged in (None removes a form altogether)."""
    answers = copy.deepcopy(QUIET)
    for form_id, values in forms.items():
        if values is None:
            answers.pop(form_id, None)
        else:
            answers.setdefault(form_id, {}).update(values)
    return answers


def test_every_condition_has_an_evaluator() -> None:
    assert set(EVALUATORS) == set(C)


def test_a_quiet_case_has_no_prompts(defs: Definitions) -> None:
    assert holding(defs, QUIET) == frozenset()
    assert what_next(defs, QUIET, NO_FACTS, TODAY) == []


def test_prompts_come_in_file_order_and_only_while_they_hold(defs: Definitions) -> None:
    prompts = what_next(defs, {}, NO_FACTS, TODAY)
    order = [p.id for p in defs.prompts]
    assert [p.id for p in prompts] == sorted((p.id for p in prompts), key=order.index)
    assert {p.when for p in prompts} == {
        C.SAFEGUARDING_NOT_STARTED, C.NO_PHOTO_TAKEN, C.MISSING_DESCRIPTION_EMPTY,
        C.MATRIX_NOT_STARTED,
    }


# -- safeguarding ------------------------------------------------------------------------------


def test_safeguarding_not_started(defs: Definitions) -> None:
    assert C.SAFEGUARDING_NOT_STARTED in holding(defs, changed(immediate_safeguarding=None))
    blank = changed(immediate_safeguarding=None)
    blank["immediate_safeguarding"] = {"safety_notes": "   "}
    assert C.SAFEGUARDING_NOT_STARTED in holding(defs, blank)
    assert C.SAFEGUARDING_NOT_STARTED not in holding(defs, QUIET)


def test_no_photo_taken(defs: Definitions) -> None:
    no_photo = changed()
    del no_photo["immediate_safeguarding"]["photo_taken_at"]
    assert C.NO_PHOTO_TAKEN in holding(defs, no_photo)
    no_photo["immediate_safeguarding"]["photo_taken"] = "no"
    assert C.NO_PHOTO_TAKEN in holding(defs, no_photo)
    # Either record of a photo is enough, and so is saying why the first steps do not apply.
    no_photo["immediate_safeguarding"]["photo_taken"] = "yes"
    assert C.NO_PHOTO_TAKEN not in holding(defs, no_photo)
    del no_photo["immediate_safeguarding"]["photo_taken"]
    no_photo["immediate_safeguarding"]["_section:safety"] = {"reason": "Child seen at school."}
    assert C.NO_PHOTO_TAKEN not in holding(defs, no_photo)
    assert C.NO_PHOTO_TAKEN not in holding(defs, QUIET)


def test_missing_description_empty(defs: Definitions) -> None:
    empty = changed()
    del empty["immediate_safeguarding"]["height"]
    assert C.MISSING_DESCRIPTION_EMPTY in holding(defs, empty)
    empty["immediate_safeguarding"]["associates"] = [{"name": "Uncle"}]
    assert C.MISSING_DESCRIPTION_EMPTY not in holding(defs, empty)
    marked = changed()
    del marked["immediate_safeguarding"]["height"]
    marked["immediate_safeguarding"]["_section:missing_description"] = {"reason": "With parents."}
    assert C.MISSING_DESCRIPTION_EMPTY not in holding(defs, marked)


# -- matrix ------------------------------------------------------------------------------------


def test_matrix_not_started(defs: Definitions) -> None:
    assert C.MATRIX_NOT_STARTED in holding(defs, changed(matrix=None))
    assert C.MATRIX_NOT_STARTED in holding(
        defs, {**changed(matrix=None), "matrix": {"_matrix_version": "2026.1"}}
    )
    only_absent = {**changed(matrix=None), "matrix": {"no_documents": {"status": "not_present"}}}
    assert C.MATRIX_NOT_STARTED not in holding(defs, only_absent)
    assert C.MATRIX_NOT_STARTED not in holding(defs, QUIET)


def test_indicators_but_no_referral_considered(defs: Definitions) -> None:
    unconsidered = changed(trafficking_assessment=None)
    assert C.INDICATORS_BUT_NO_REFERRAL_CONSIDERED in holding(defs, unconsidered)
    suspected = changed(
        trafficking_assessment={"referral_considered": "not_known", "referral_made": "not_known"},
        matrix={"no_documents": {"status": "suspected", "evidence": "", "source": ""}},
    )
    assert C.INDICATORS_BUT_NO_REFERRAL_CONSIDERED in holding(defs, suspected)
    # Nothing known or suspected: nothing to prompt about, whatever the referral.
    absent = changed(
        trafficking_assessment=None,
        matrix={"no_documents": {"status": "not_present", "evidence": "", "source": ""}},
    )
    assert C.INDICATORS_BUT_NO_REFERRAL_CONSIDERED not in holding(defs, absent)
    assert C.INDICATORS_BUT_NO_REFERRAL_CONSIDERED not in holding(defs, QUIET)


@pytest.mark.parametrize(
    "answers",
    [
        {"nrm_referral": {"referral_date": "2026-11-29"}},
        {"trafficking_assessment": {"referral_made": "yes"}},
        {"trafficking_assessment": {"referral_made": "no"}},
        {"trafficking_assessment": {"referral_considered": "yes"}},
        {"trafficking_assessment": {"_section:k_nrm_referral": {"reason": "Referred by police."}}},
    ],
)
def test_any_recorded_decision_about_a_referral_counts_as_considered(answers: dict) -> None:
    assert referral_considered(answers)


@pytest.mark.parametrize(
    "answers",
    [
        {},
        {"trafficking_assessment": {"referral_considered": "no"}},
        {"trafficking_assessment": {"referral_made": "not_known"}},
        {"nrm_referral": {"referral_date": " "}},
    ],
)
def test_no_recorded_decision_is_not_considered(answers: dict) -> None:
    assert not referral_considered(answers)


def test_concern_without_reason(defs: Definitions) -> None:
    no_reason = changed(matrix={"concern_reason": "  "})
    assert C.CONCERN_WITHOUT_REASON in holding(defs, no_reason)
    no_level = changed(matrix={"concern_level": None, "concern_reason": None})
    assert C.CONCERN_WITHOUT_REASON not in holding(defs, no_level)
    assert C.CONCERN_WITHOUT_REASON not in holding(defs, QUIET)


# -- age ---------------------------------------------------------------------------------------


def test_age_disputed_not_concluded(defs: Definitions) -> None:
    disputed = changed(age_assessment={"age_disputed": "yes"})
    assert C.AGE_DISPUTED_NOT_CONCLUDED in holding(defs, disputed)
    # A conclusion without its date is not concluded yet.
    disputed["age_assessment"]["conclusion"] = "child"
    assert C.AGE_DISPUTED_NOT_CONCLUDED in holding(defs, disputed)
    disputed["age_assessment"]["assessment_concluded_on"] = "2026-11-29"
    assert C.AGE_DISPUTED_NOT_CONCLUDED not in holding(defs, disputed)
    assert C.AGE_DISPUTED_NOT_CONCLUDED not in holding(defs, QUIET)


# -- referral and decisions --------------------------------------------------------------------


def _sample(field: Field) -> Any:
    return {
        FieldType.TEXT: "Given",
        FieldType.LONG_TEXT: "Given in full.",
        FieldType.YES_NO_UNKNOWN: "yes",
        FieldType.DATE: "2026-11-29",
        FieldType.NUMBER: 1,
    }.get(field.type, field.choices[0].id if field.choices else "Given")


def complete_referral(defs: Definitions, answers: dict[str, Any]) -> dict[str, Any]:
    """Fill every question the referral still needs, following `same_as` to where it is asked."""
    for _ in range(5):  # an answer can reveal a further question (visible_if)
        missing = referral_readiness(defs, answers)
        if not missing:
            return answers
        for m in missing:
            form = defs.forms[m.form_id]
            field = form.field(m.field_id)
            assert field is not None
            form_id, field_id = (m.form_id, m.field_id)
            if field.same_as:
                form_id, field_id = field.same_as.split(".")
            answers.setdefault(form_id, {})[field_id] = _sample(field)
    raise AssertionError(referral_readiness(defs, answers))


def test_referral_fields_missing_only_once_a_referral_is_under_way(defs: Definitions) -> None:
    assert C.REFERRAL_FIELDS_MISSING not in holding(defs, QUIET)  # not started: no reminder yet
    started = changed(nrm_referral={"referrer_organisation": "Northshire Council"})
    assert C.REFERRAL_FIELDS_MISSING in holding(defs, started)
    made = changed(trafficking_assessment={"referral_made": "yes"})
    assert C.REFERRAL_FIELDS_MISSING in holding(defs, made)
    complete = complete_referral(defs, started)
    assert C.REFERRAL_FIELDS_MISSING not in holding(defs, complete)


REFERRED = {"referral_date": "2026-11-02", "uk_nation": "england"}  # 5 working days: 9 November


def test_rg_decision_overdue(defs: Definitions) -> None:
    referred = changed(nrm_referral=REFERRED)
    assert C.RG_DECISION_OVERDUE in holding(defs, referred)
    assert C.RG_DECISION_OVERDUE in holding(
        defs, changed(nrm_referral=REFERRED, trafficking_assessment={
            "reasonable_grounds_decision": "awaited"})
    )
    assert C.RG_DECISION_OVERDUE not in holding(defs, referred, today=date(2026, 11, 9))
    for outcome in ("positive", "negative"):  # a decision recorded, with or without its date
        decided = changed(
            nrm_referral=REFERRED, trafficking_assessment={"reasonable_grounds_decision": outcome}
        )
        assert C.RG_DECISION_OVERDUE not in holding(defs, decided)
    assert C.RG_DECISION_OVERDUE not in holding(defs, QUIET)  # never referred


def test_pack_changed_since_export(defs: Definitions) -> None:
    exported = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
    later = datetime(2026, 11, 29, 10, 1, tzinfo=UTC)
    assert C.PACK_CHANGED_SINCE_EXPORT in holding(defs, QUIET, CaseFacts(exported, later))
    assert C.PACK_CHANGED_SINCE_EXPORT not in holding(defs, QUIET, CaseFacts(exported, exported))
    assert C.PACK_CHANGED_SINCE_EXPORT not in holding(defs, QUIET, CaseFacts(None, later))
    assert C.PACK_CHANGED_SINCE_EXPORT not in holding(defs, QUIET, NO_FACTS)


def test_awaiting_agency_reply(defs: Definitions) -> None:
    def contacts(*rows: dict[str, Any]) -> dict[str, Any]:
        return changed(agencies={"contacts": list(rows)})

    asked = {"agency": "Home Office", "what_was_asked": "Immigration history",
             "awaiting_answer": "yes"}
    yesterday = {**asked, "contacted_on": "2026-11-29"}
    assert C.AWAITING_AGENCY_REPLY in holding(defs, contacts(yesterday))
    assert C.AWAITING_AGENCY_REPLY in holding(defs, contacts(asked))  # sent, date not noted
    # Sent today: too soon to chase. Answered: not waiting, even if "still waiting" was left yes.
    assert C.AWAITING_AGENCY_REPLY not in holding(
        defs, contacts({**asked, "contacted_on": "2026-11-30"})
    )
    assert C.AWAITING_AGENCY_REPLY not in holding(
        defs, contacts({**asked, "contacted_on": "2026-11-20", "answered_on": "2026-11-25"})
    )
    assert C.AWAITING_AGENCY_REPLY not in holding(defs, QUIET)


def test_a_council_form_without_the_photo_questions_is_never_asked_about_a_photo(
    defs: Definitions,
) -> None:
    form = defs.forms["immediate_safeguarding"]
    sections = tuple(
        type(s)(s.id, s.title, s.help, tuple(
            f for f in s.fields if f.id not in ("photo_taken_at", "photo_taken")
        ))
        for s in form.sections
    )
    trimmed = type(defs)(
        matrix=defs.matrix,
        forms={**defs.forms, form.id: type(form)(form.id, form.version, form.title, sections)},
        timescales=defs.timescales,
        prompts=defs.prompts,
    )
    assert C.NO_PHOTO_TAKEN not in holding(trimmed, {})


def test_a_worked_out_answer_does_not_start_the_referral(service) -> None:
    """A new case is presumed a child, so "under 18?" is worked out at once: that alone is not
    the practitioner starting the referral, and no "complete the referral" prompt follows."""
    from datetime import UTC, datetime

    from toolkit_desktop.domain.prompts import PromptCondition
    from toolkit_desktop.services.guidance import what_next_for_case

    case = service.start_case(datetime(2026, 11, 28, 1, 0, tzinfo=UTC), "Port", "Amira")
    held = {p.when for p in what_next_for_case(service, case.id, datetime(2026, 11, 28).date())}
    assert PromptCondition.REFERRAL_FIELDS_MISSING not in held
    service.record_answer(case.id, "nrm_referral", "uk_nation", "england")
    held = {p.when for p in what_next_for_case(service, case.id, datetime(2026, 11, 28).date())}
    assert PromptCondition.REFERRAL_FIELDS_MISSING in held
