"""Requests awaiting an answer are listed oldest first with the days they have waited."""

from __future__ import annotations

from datetime import date

from toolkit_desktop.domain.agencies import Waiting, waiting, waiting_in_case
from toolkit_desktop.forms import default_resources_dir, load_definitions

TODAY = date(2026, 11, 30)


def test_only_requests_awaiting_an_answer_are_waiting_oldest_first() -> None:
    contacts = [
        {"agency": "Police", "contacted_on": "2026-11-28", "what_was_asked": "Checks on the adult",
         "awaiting_answer": "yes", "person": "DC Example"},
        {"agency": "School", "contacted_on": "2026-11-01", "awaiting_answer": "no"},
        {"agency": "Home Office", "contacted_on": "2026-11-20", "what_was_asked": "Visa history",
         "awaiting_answer": "yes"},
        {"agency": "Health", "contacted_on": "2026-11-10", "awaiting_answer": "not_known"},
        {"agency": "Embassy", "contacted_on": "2026-11-05", "awaiting_answer": "yes",
         "answered_on": "2026-11-12"},
    ]
    assert waiting(contacts, TODAY) == [
        Waiting("Home Office", "Visa history", date(2026, 11, 20), 10),
        Waiting("Police", "Checks on the adult", date(2026, 11, 28), 2, "DC Example"),
    ]


def test_a_request_with_no_date_still_waits_and_comes_last() -> None:
    contacts = [
        {"what_was_asked": "Anything known", "awaiting_answer": "yes"},
        {"agency": "Police", "contacted_on": "2026-11-30", "awaiting_answer": "yes"},
    ]
    assert waiting(contacts, TODAY) == [
        Waiting("Police", "", date(2026, 11, 30), 0),
        Waiting("An agency not named", "Anything known", None, None),
    ]


def test_nothing_recorded_means_nothing_waiting() -> None:
    assert waiting(None, TODAY) == []
    assert waiting([], TODAY) == []
    assert waiting_in_case({}, TODAY) == []
    assert waiting_in_case({"agencies": {"contacts": "not a list"}}, TODAY) == []


def test_the_case_form_is_read() -> None:
    answers = {"agencies": {"contacts": [
        {"agency": "Police", "contacted_on": "2026-11-29", "awaiting_answer": "yes"}]}}
    assert [w.days for w in waiting_in_case(answers, TODAY)] == [1]


def test_the_shipped_agencies_form_has_what_the_waiting_list_reads() -> None:
    defs = load_definitions(default_resources_dir())
    form = defs.forms["agencies"]
    assert form.title == "Agencies and requests"
    contacts = form.field("contacts")
    assert contacts is not None and contacts.type == "group"
    types = {f.id: f.type.value for f in contacts.fields}
    assert types == {
        "agency": "text", "person": "text", "role": "text", "phone": "text", "email": "text",
        "contacted_on": "date", "what_was_asked": "long_text",
        "awaiting_answer": "yes_no_unknown", "answered_on": "date", "answer": "long_text",
    }
    meetings = form.field("meetings")
    assert meetings is not None and {f.id for f in meetings.fields} == {
        "held_on", "attended", "decisions"}
