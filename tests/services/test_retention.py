"""Cases past the organisation's retention period, found by when anything was last recorded."""

from __future__ import annotations

from datetime import UTC, date, datetime

from toolkit_desktop.domain.records import ChronologyEntry
from toolkit_desktop.policy import Policy
from toolkit_desktop.services.deletion import cases_past_retention, retention_notice

LONG_AGO = datetime(2025, 1, 10, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 28)


def old_case(vault, place: str, at: datetime = LONG_AGO):
    case = vault.cases.create(first_contact_at=at, first_contact_place=place, created_at=at)
    vault.cases.record(case.id, "child", "known_as", "Minh", "sw", recorded_at=at)
    return case


def test_no_retention_period_lists_nothing(vault):
    old_case(vault, "Dover")
    assert cases_past_retention(vault, Policy(), TODAY) == []


def test_cases_untouched_longer_than_the_period_are_listed_oldest_first(vault):
    dover = old_case(vault, "Dover")
    older = old_case(vault, "Luton", datetime(2024, 6, 1, 9, 0, tzinfo=UTC))
    recent = old_case(vault, "Heathrow", datetime(2026, 11, 1, 9, 0, tzinfo=UTC))
    due = cases_past_retention(vault, Policy(retention_days=365), TODAY)
    assert [d.case_id for d in due] == [older.id, dover.id]
    assert due[1].last_activity == date(2025, 1, 10) and due[1].days == 687
    assert recent.id not in [d.case_id for d in due]


def test_any_later_record_counts_as_activity(vault, clock):
    case = old_case(vault, "Dover")
    now = clock.now()  # 28 November 2026
    vault.cases.add_chronology(ChronologyEntry(case.id, LONG_AGO, now, "sw", "note", "seen"))
    assert cases_past_retention(vault, Policy(retention_days=365), TODAY) == []


def test_a_case_exactly_at_the_period_is_not_yet_past_it(vault):
    old_case(vault, "Dover", datetime(2025, 11, 28, 9, 0, tzinfo=UTC))
    assert cases_past_retention(vault, Policy(retention_days=365), TODAY) == []
    assert len(cases_past_retention(vault, Policy(retention_days=364), TODAY)) == 1


def test_the_case_list_line_names_how_many_and_which(vault):
    cases = [old_case(vault, f"Port {n}") for n in range(3)]
    due = cases_past_retention(vault, Policy(retention_days=30), TODAY)
    line = retention_notice(due)
    assert line.startswith("3 cases are past your organisation's retention period: review them")
    assert all(c.reference in line for c in cases)
    assert retention_notice(due[:1]).startswith("1 case is past")
    assert retention_notice([]) == ""
