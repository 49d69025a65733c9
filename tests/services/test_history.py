"""A field's history names the conversation each value came from; conversations are checked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from toolkit_desktop.services.cases import AnswerRejected, CaseService, ReasonRequired
from toolkit_desktop.services.history import (
    HistoryItem,
    cited_by,
    field_history,
    record_conversation,
    sources_of,
)
from toolkit_desktop.storage.case_store import CaseNotFound

WHEN = datetime(2026, 11, 28, 1, 30, tzinfo=UTC)


def talk(service: CaseService, case_id: int, account: str = "I came on a lorry.") -> int:
    return record_conversation(
        service, case_id, occurred_at=WHEN, account=account, place="Port office",
        present="Duty social worker, police officer", interpreter="By phone",
        language="Vietnamese", how_the_child_was="Tired and quiet",
    )


def test_a_conversation_is_recorded_once_with_who_and_when(
    service: CaseService, fake_clock
) -> None:
    case = service.start_case(WHEN, "Port")
    conversation_id = talk(service, case.id, "  I came on a lorry.  ")
    [stored] = service.snapshot(case.id).conversations
    assert stored.id == conversation_id
    assert stored.account == "I came on a lorry."
    assert (stored.occurred_at, stored.recorded_at) == (WHEN, fake_clock.now())
    assert stored.language == "Vietnamese" and stored.recorded_by


@pytest.mark.parametrize(
    ("occurred_at", "account", "words"),
    [
        (None, "Said something", "when the conversation took place"),
        (datetime(2026, 11, 28, 1, 30), "Said something", "when the conversation took place"),
        (WHEN + timedelta(days=1), "Said something", "later than now"),
        (WHEN, "   ", "what the child said"),
    ],
)
def test_a_conversation_needs_a_past_time_and_the_childs_words(
    service: CaseService, occurred_at: datetime | None, account: str, words: str
) -> None:
    case = service.start_case(WHEN, "Port")
    with pytest.raises(AnswerRejected, match=words):
        record_conversation(service, case.id, occurred_at=occurred_at, account=account)
    assert service.snapshot(case.id).conversations == []


def test_a_conversation_for_no_case_is_refused(service: CaseService) -> None:
    with pytest.raises(CaseNotFound):
        record_conversation(service, 99, occurred_at=WHEN, account="Said something")


def test_field_history_gives_every_value_with_its_source(service: CaseService, fake_clock) -> None:
    case = service.start_case(WHEN, "Port")
    first = talk(service, case.id)
    service.record_answer(case.id, "child", "nationality", "Vietnamese", conversation_id=first)
    recorded = fake_clock.now()
    fake_clock.advance(hours=2)
    service.record_answer(case.id, "child", "nationality", "Chinese", reason="Passport seen")
    fake_clock.advance(hours=1)
    service.record_answer(case.id, "child", "nationality", None)
    history = field_history(service.snapshot(case.id), "child", "nationality")
    conversation = service.snapshot(case.id).conversations[0]
    assert [(h.value, h.reason, h.conversation) for h in history] == [
        ("Vietnamese", None, conversation),
        ("Chinese", "Passport seen", None),
        (None, None, None),
    ]
    assert history[0] == HistoryItem(
        "Vietnamese", recorded, service.recorded_by, None, conversation
    )
    assert field_history(service.snapshot(case.id), "child", "family_name") == []


def test_an_amendment_after_export_keeps_its_reason_in_the_history(service: CaseService) -> None:
    from toolkit_desktop.domain.records import PackExport

    case = service.start_case(WHEN, "Port")
    service.record_answer(case.id, "child", "given_names", "Minh")
    service.vault.cases.record_export(
        PackExport(case.id, 1, service.vault.clock.now(), "Tester", "/tmp/pack.pdf")
    )
    with pytest.raises(ReasonRequired):
        service.record_answer(case.id, "child", "given_names", "Van Minh")
    service.record_answer(case.id, "child", "given_names", "Van Minh", reason="Full name given")
    history = field_history(service.snapshot(case.id), "child", "given_names")
    assert [(h.value, h.reason) for h in history] == [
        ("Minh", None), ("Van Minh", "Full name given")]


def test_an_answer_after_about_you_is_saved_carries_the_new_name(service: CaseService) -> None:
    from toolkit_desktop.domain.records import Profile

    case = service.start_case(WHEN, "Port")
    service.vault.save_profile(Profile(name="A. Worker"))
    service.record_answer(case.id, "child", "given_names", "Minh")
    service.vault.save_profile(Profile(name="B. Colleague"))
    service.record_answer(case.id, "child", "given_names", "Van Minh")
    history = field_history(service.snapshot(case.id), "child", "given_names")
    assert [h.recorded_by for h in history] == ["A. Worker", "B. Colleague"]


def test_a_refused_change_after_export_leaves_nothing_and_asks_again(
    service: CaseService,
) -> None:
    from toolkit_desktop.domain.records import PackExport

    case = service.start_case(WHEN, "Port")
    service.record_answer(case.id, "child", "given_names", "Minh")
    service.vault.cases.record_export(
        PackExport(case.id, 1, service.vault.clock.now(), "Tester", "/tmp/pack.pdf"))
    for _ in range(2):  # the second try is refused too: nothing of the first was kept
        with pytest.raises(ReasonRequired):
            service.record_answer(case.id, "child", "given_names", "Van Minh")
    with pytest.raises(AnswerRejected):  # a reason too long for the chronology changes nothing
        service.record_answer(case.id, "child", "given_names", "Van Minh", reason="x" * 100_001)
    history = field_history(service.snapshot(case.id), "child", "given_names")
    assert [h.value for h in history] == ["Minh"]
    assert service.snapshot(case.id).chronology == []


def test_sources_name_the_conversation_of_each_current_answer(service: CaseService) -> None:
    case = service.start_case(WHEN, "Port")
    first = talk(service, case.id)
    second = talk(service, case.id, "My uncle kept my passport.")
    service.record_answer(case.id, "child", "languages", "Vietnamese", conversation_id=first)
    service.record_answer(case.id, "child", "given_names", "Minh", conversation_id=first)
    service.record_answer(case.id, "child", "given_names", "Van Minh")  # current: uncited
    # An indicator can carry its conversation inside its value.
    service.record_answer(case.id, "matrix", "no_documents", {
        "status": "known", "evidence": "Uncle kept it", "source": "The child",
        "conversation_id": second})
    snapshot = service.snapshot(case.id)
    by_id = {c.id: c for c in snapshot.conversations}
    assert sources_of(snapshot) == {
        ("child", "languages"): by_id[first],
        ("matrix", "no_documents"): by_id[second],
    }
    assert cited_by(snapshot, first) == [("child", "languages")]
    assert cited_by(snapshot, second) == [("matrix", "no_documents")]
    assert field_history(snapshot, "matrix", "no_documents")[0].conversation == by_id[second]


def test_a_worked_out_answer_says_in_its_history_when_and_why_it_followed_its_source(
    service: CaseService, fake_clock, shipped_definitions
) -> None:
    from toolkit_desktop.domain.wording import uk_today
    from toolkit_desktop.services.history import WORKED_OUT_BY, WorkedOutContext

    case = service.start_case(WHEN, "Port")
    service.record_answer(case.id, "child", "date_of_birth", "2006-03-14")
    fake_clock.advance(hours=1)
    service.record_answer(case.id, "child", "date_of_birth", "2012-03-14", reason="Passport")
    context = WorkedOutContext(shipped_definitions, uk_today(fake_clock.now()))
    history = field_history(service.snapshot(case.id), "nrm_referral", "under_18", context)
    worked = [(h.value, h.recorded_by) for h in history if h.recorded_by == WORKED_OUT_BY]
    # 20 by the first date of birth, then 14 by the one on the passport.
    assert [v for v, _ in worked] == ["no", "yes"]
    assert "14 today" in history[-1].reason


def test_the_worked_out_history_says_what_was_known_at_each_moment(
    service: CaseService, fake_clock, shipped_definitions
) -> None:
    """A referral pack made later does not make the referral look considered earlier."""
    from toolkit_desktop.domain.wording import uk_today
    from toolkit_desktop.services.history import WORKED_OUT_BY, WorkedOutContext

    case = service.start_case(WHEN, "Port", "Amira")
    before = fake_clock.now()
    fake_clock.advance(days=3)
    from toolkit_desktop.domain.records import PackExport

    service.vault.cases.record_export(
        PackExport(case.id, 1, fake_clock.now(), "me", "/tmp/x.pdf"))
    made = fake_clock.now()
    context = WorkedOutContext(shipped_definitions, uk_today(fake_clock.now()))
    history = field_history(
        service.snapshot(case.id), "trafficking_assessment", "referral_considered", context
    )
    worked = [(h.value, h.recorded_at) for h in history if h.recorded_by == WORKED_OUT_BY]
    assert worked == [("yes", made)]
    assert all(at > before for _, at in worked)
