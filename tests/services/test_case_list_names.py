"""The case list, read from a real vault: each child by their own name, found by any form of it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from toolkit_desktop.domain.names import matches, search_terms
from toolkit_desktop.services.session import Session

MET = datetime(2026, 11, 28, 1, 30, tzinfo=UTC)


@pytest.fixture
def listed(vault, shipped, service):
    """Three cases recorded through the service, and the case list the session reads back."""
    duc = service.start_case(MET, "Dover", known_as="boy at the port")
    for field, value in (("name_as_given", "Nguyễn Văn Đức"), ("given_names", "Văn Đức"),
                         ("family_name", "Nguyễn")):
        service.record_answer(duc.id, "child", field, value)
    saba = service.start_case(MET, "Heathrow", known_as="girl, about 15")
    service.record_answer(saba.id, "child", "name_as_given", "ሳባ ተስፋይ")  # no Latin letters typed
    amira = service.start_case(MET, "Croydon", known_as="Amira")
    service.record_answer(amira.id, "child", "exploited_name", "Lucky")
    service.record_answer(amira.id, "child", "aliases", [{"name": "Mimi", "where_used": "salon"}])
    entries = Session(vault, shipped).entries(MET.date())
    return {e.case_id: e for e in entries}, {"duc": duc, "saba": saba, "amira": amira}


def _found(entries, query: str) -> set[int]:
    terms = search_terms(query)
    return {case_id for case_id, e in entries.items() if matches(terms, e.search_text)}


def test_the_list_names_each_child_in_their_own_order_and_script(listed) -> None:
    entries, cases = listed
    assert entries[cases["duc"].id].name == "Nguyễn Văn Đức"
    assert entries[cases["duc"].id].aliases == "boy at the port"
    assert entries[cases["saba"].id].name == "ሳባ ተስፋይ"
    assert entries[cases["amira"].id].aliases == "Mimi, Lucky"


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("duc", {"duc"}),
        ("nguyen van duc", {"duc"}),
        ("duc nguyen", {"duc"}),
        ("NGUYỄN", {"duc"}),
        ("saba", {"saba"}),
        ("Tesfay", {"saba"}),
        ("lucky", {"amira"}),
        ("mimi", {"amira"}),
        ("port", {"duc"}),
        ("saba duc", set()),
    ],
)
def test_a_search_ignores_case_accents_order_and_script(listed, query: str, who: set) -> None:
    entries, cases = listed
    assert _found(entries, query) == {cases[name].id for name in who}


def test_a_search_finds_the_case_reference(listed) -> None:
    entries, cases = listed
    reference = cases["saba"].reference
    assert _found(entries, reference.lower()) == {cases["saba"].id}
