"""NRM decisions are read with their dates, and a negative decision never closes safeguarding."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit_desktop.domain.decisions import (
    CG_DECISION,
    CG_DECISION_ON,
    RG_DECISION,
    RG_DECISION_ON,
    Decision,
    Outcome,
    decision_state,
    safeguarding_open,
)
from toolkit_desktop.domain.form_ids import TRAFFICKING_FORM
from toolkit_desktop.domain.stage import CaseStage, case_stage
from toolkit_desktop.forms import default_resources_dir, load_definitions

TODAY = date(2026, 12, 30)
REFERRED = {"nrm_referral": {"referral_date": "2026-11-02", "uk_nation": "england"}}


def case(**decisions: str) -> dict:
    return {**REFERRED, TRAFFICKING_FORM: decisions}


def test_nothing_recorded_reads_as_awaited() -> None:
    state = decision_state({})
    assert state.rg == Decision(Outcome.AWAITED, None, recorded=False)
    assert state.cg == Decision(Outcome.AWAITED, None, recorded=False)
    assert not state.any_negative


def test_decisions_are_read_with_their_dates() -> None:
    state = decision_state(case(**{
        RG_DECISION: "positive", RG_DECISION_ON: "2026-11-06",
        CG_DECISION: "negative", CG_DECISION_ON: "2026-12-20",
    }))
    assert state.rg == Decision(Outcome.POSITIVE, date(2026, 11, 6), recorded=True)
    assert state.cg == Decision(Outcome.NEGATIVE, date(2026, 12, 20), recorded=True)
    assert state.rg.made and state.cg.made and state.any_negative


def test_an_awaited_decision_has_no_date_even_if_one_is_left_over() -> None:
    state = decision_state(case(**{RG_DECISION: "awaited", RG_DECISION_ON: "2026-11-06",
                                   CG_DECISION: "not_applicable"}))
    assert state.rg == Decision(Outcome.AWAITED, None, recorded=True)
    assert state.cg.outcome is Outcome.NOT_APPLICABLE and not state.cg.made


def test_an_unknown_choice_or_a_bad_date_reads_as_not_decided_or_undated() -> None:
    state = decision_state(case(**{RG_DECISION: "deferred", CG_DECISION: "positive",
                                   CG_DECISION_ON: "soon"}))
    assert state.rg.outcome is Outcome.AWAITED
    assert state.cg == Decision(Outcome.POSITIVE, None, recorded=True)


@pytest.mark.parametrize(
    "decisions",
    [
        {},
        {RG_DECISION: "negative", RG_DECISION_ON: "2026-11-06"},
        {RG_DECISION: "positive", CG_DECISION: "negative", CG_DECISION_ON: "2026-12-20"},
        {RG_DECISION: "negative", CG_DECISION: "not_applicable"},
        {RG_DECISION: "positive", CG_DECISION: "positive"},
    ],
)
def test_no_decision_closes_safeguarding(decisions: dict) -> None:
    assert safeguarding_open(case(**decisions)) is True


@pytest.mark.parametrize(
    "decisions",
    [
        {RG_DECISION: "negative"},
        {RG_DECISION: "negative", RG_DECISION_ON: "2026-11-06"},
        {RG_DECISION: "positive", CG_DECISION: "negative", CG_DECISION_ON: "2026-12-20"},
    ],
)
def test_a_negative_decision_is_a_decision_received_never_a_closed_case(decisions: dict) -> None:
    timescales = load_definitions(default_resources_dir()).timescales
    assert case_stage(case(**decisions), timescales, TODAY) is CaseStage.DECISION_RECEIVED
    # The case list has no stage that reads as finished or closed: a case stays open.
    assert not any(
        word in stage.value or word in stage.label.lower()
        for stage in CaseStage
        for word in ("closed", "finished", "complete", "done", "ended")
    )


def test_the_shipped_form_offers_the_decisions_this_module_reads() -> None:
    form = load_definitions(default_resources_dir()).forms[TRAFFICKING_FORM]
    for field_id in (RG_DECISION, CG_DECISION):
        field = form.field(field_id)
        assert field is not None
        assert {"awaited", "positive", "negative"} <= {c.id for c in field.choices}
    for field_id in (RG_DECISION_ON, CG_DECISION_ON):
        field = form.field(field_id)
        assert field is not None and field.type == "date"
