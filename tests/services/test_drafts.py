"""Drafts: words typed in a conversation, chronology entry or correction, kept until recorded."""

from __future__ import annotations

from datetime import timedelta

import pytest

from toolkit_desktop.services.cases import (
    CONVERSATION_DRAFT,
    CORRECTION_DRAFT,
    ENTRY_DRAFT,
    AnswerRejected,
    CaseService,
)
from toolkit_desktop.services.history import record_conversation


@pytest.fixture
def service(vault, shipped_definitions) -> CaseService:
    return CaseService(vault, shipped_definitions)


def test_a_draft_is_kept_per_case_and_kind_and_replaced_as_the_typing_goes_on(service, clock):
    first = service.start_case(clock.now(), "Dover").id
    second = service.start_case(clock.now(), "Croydon").id
    service.keep_draft(first, CONVERSATION_DRAFT, {"account": "I came in a"})
    service.keep_draft(first, CONVERSATION_DRAFT, {"account": "I came in a lorry"})
    service.keep_draft(first, ENTRY_DRAFT, {"text": "Police called"})

    assert service.snapshot(first).drafts == {
        CONVERSATION_DRAFT: {"account": "I came in a lorry"},
        ENTRY_DRAFT: {"text": "Police called"},
    }
    assert service.snapshot(second).drafts == {}


def test_emptying_every_box_throws_the_draft_away(service, clock):
    case_id = service.start_case(clock.now(), "Dover").id
    service.keep_draft(case_id, CORRECTION_DRAFT, {"entry": "3", "text": "It was Tuesday"})
    service.keep_draft(case_id, CORRECTION_DRAFT, {})
    assert service.snapshot(case_id).drafts == {}


def test_recording_the_conversation_deletes_its_draft_in_the_same_transaction(service, clock):
    case_id = service.start_case(clock.now(), "Dover").id
    service.keep_draft(case_id, CONVERSATION_DRAFT, {"account": "I was brought by car"})
    service.keep_draft(case_id, ENTRY_DRAFT, {"text": "Foster carer phoned"})

    record_conversation(service, case_id, occurred_at=clock.now() - timedelta(minutes=5),
                        account="I was brought by car", draft=CONVERSATION_DRAFT)
    assert service.snapshot(case_id).drafts == {ENTRY_DRAFT: {"text": "Foster carer phoned"}}

    service.add_chronology(case_id, "note", "Foster carer phoned", draft=ENTRY_DRAFT)
    assert service.snapshot(case_id).drafts == {}


def test_a_refused_conversation_keeps_its_draft(service, clock):
    case_id = service.start_case(clock.now(), "Dover").id
    service.keep_draft(case_id, CONVERSATION_DRAFT, {"account": "I was brought by car"})
    with pytest.raises(AnswerRejected, match="Say when"):
        record_conversation(service, case_id, occurred_at=None, account="I was brought by car",
                            draft=CONVERSATION_DRAFT)
    assert service.snapshot(case_id).drafts == {
        CONVERSATION_DRAFT: {"account": "I was brought by car"}}


def test_a_correction_deletes_its_draft_and_keeps_the_original(service, clock):
    case_id = service.start_case(clock.now(), "Dover").id
    entry = service.add_chronology(case_id, "note", "Met on Monday")
    service.keep_draft(case_id, CORRECTION_DRAFT, {"entry": str(entry), "text": "Tuesday"})
    service.correct_chronology(case_id, entry, "Met on Tuesday", draft=CORRECTION_DRAFT)
    snapshot = service.snapshot(case_id)
    assert snapshot.drafts == {}
    assert [e.text for e in snapshot.chronology] == ["Met on Monday", "Met on Tuesday"]


def test_a_draft_of_an_unknown_kind_or_case_is_refused_with_a_sentence(service, clock):
    case_id = service.start_case(clock.now(), "Dover").id
    with pytest.raises(AnswerRejected, match="no draft of the kind"):
        service.keep_draft(case_id, "answers", {"text": "x"})
    with pytest.raises(Exception, match="no case with id 999"):
        service.keep_draft(999, CONVERSATION_DRAFT, {"account": "x"})
