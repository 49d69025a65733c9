"""The prompts of a stored case: its facts are read from the vault, and exports count."""

from __future__ import annotations

from datetime import UTC, date, datetime

from toolkit_desktop.domain.prompts import PromptCondition as C
from toolkit_desktop.domain.records import PackExport
from toolkit_desktop.services.cases import CaseService
from toolkit_desktop.services.guidance import case_facts, what_next_for_case

TODAY = date(2026, 11, 28)


def conditions(service: CaseService, case_id: int) -> set[C]:
    return {p.when for p in what_next_for_case(service, case_id, TODAY)}


def test_a_new_case_is_prompted_to_start_with_safety(service: CaseService) -> None:
    case = service.start_case(datetime(2026, 11, 28, 1, 0, tzinfo=UTC), "Port", "Minh")
    assert C.SAFEGUARDING_NOT_STARTED in conditions(service, case.id)
    service.record_answer(
        case.id, "immediate_safeguarding", "child_safe_at", "2026-11-28T01:10:00+00:00"
    )
    assert C.SAFEGUARDING_NOT_STARTED not in conditions(service, case.id)


def test_a_change_after_an_export_prompts_an_updated_pack(service: CaseService, fake_clock) -> None:
    case = service.start_case(None, "Office")
    service.record_answer(case.id, "child", "given_names", "Minh")
    assert case_facts(service.snapshot(case.id), []).last_export_at is None
    fake_clock.advance(minutes=5)
    service.vault.cases.record_export(
        PackExport(case.id, 1, fake_clock.now(), "Tester", "/tmp/pack.pdf")
    )
    assert C.PACK_CHANGED_SINCE_EXPORT not in conditions(service, case.id)
    fake_clock.advance(minutes=5)
    service.add_chronology(case.id, "note", "Police called back.")
    facts = case_facts(service.snapshot(case.id), service.vault.cases.exports(case.id))
    assert facts.last_change_at == fake_clock.now() and facts.last_export_at < fake_clock.now()
    assert C.PACK_CHANGED_SINCE_EXPORT in conditions(service, case.id)
