"""Saying which conversation an answer came from records it again, with the conversation."""

from __future__ import annotations

from datetime import UTC, datetime

from toolkit_desktop.services.cases import CaseService
from toolkit_desktop.services.history import field_history, record_conversation, sources_of

WHEN = datetime(2026, 11, 28, 1, 30, tzinfo=UTC)


def test_the_same_value_is_recorded_again_when_it_now_cites_a_conversation(
    service: CaseService,
) -> None:
    case = service.start_case(WHEN, "Port")
    talk = record_conversation(service, case.id, occurred_at=WHEN, account="I came by lorry.")
    assert service.record_answer(case.id, "child", "nationality", "Eritrean") is not None
    assert service.record_answer(case.id, "child", "nationality", "Eritrean") is None
    cited = service.record_answer(case.id, "child", "nationality", "Eritrean",
                                  conversation_id=talk)
    assert cited is not None and cited.conversation_id == talk
    # Citing the same conversation twice records nothing new.
    assert service.record_answer(case.id, "child", "nationality", "Eritrean",
                                 conversation_id=talk) is None
    snapshot = service.snapshot(case.id)
    assert sources_of(snapshot)[("child", "nationality")].id == talk
    assert [h.conversation is not None for h in
            field_history(snapshot, "child", "nationality")] == [False, True]
