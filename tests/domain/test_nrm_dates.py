"""NRM dates: working days skip weekends and bank holidays per nation; rules follow their dates."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit_desktop.domain.nrm_dates import add_working_days, is_working_day, nrm_dates
from toolkit_desktop.domain.timescales import UK_NATIONS, CountFrom, TimescaleRule

RG = CountFrom.REFERRAL
RECOVERY = CountFrom.REASONABLE_GROUNDS_DECISION
RULES = (
    TimescaleRule("reasonable_grounds", "RG decision", RG, date(2009, 4, 1), working_days=5),
    TimescaleRule(
        "recovery_period", "Recovery", RECOVERY, date(2009, 4, 1), date(2023, 1, 29), days=45
    ),
    TimescaleRule("recovery_period", "Recovery", RECOVERY, date(2023, 1, 30), days=30),
)
SUBDIVISIONS = {"england": "ENG", "scotland": "SCT", "wales": "WLS", "northern_ireland": "NIR"}


def test_five_working_days_over_christmas_in_england() -> None:
    # Friday 18 December 2026: Christmas is a Friday, Boxing Day a Saturday (substitute Monday 28).
    dates = nrm_dates(RULES, date(2026, 12, 18), "england", None, date(2026, 12, 18))
    assert dates.rg_expected_by == date(2026, 12, 29)
    assert not dates.rg_overdue


@pytest.mark.parametrize(
    ("referral", "nation", "expected"),
    [
        (date(2026, 12, 24), "scotland", date(2027, 1, 6)),  # 2 January's substitute, 4 January
        (date(2026, 12, 24), "england", date(2027, 1, 5)),
        (date(2027, 7, 8), "northern_ireland", date(2027, 7, 16)),  # the Twelfth, a Monday
        (date(2027, 7, 8), "wales", date(2027, 7, 15)),
        (date(2026, 11, 28), "england", date(2026, 12, 4)),  # from a Saturday
    ],
)
def test_each_nation_has_its_own_bank_holidays(referral: date, nation: str, expected: date) -> None:
    assert nrm_dates(RULES, referral, nation, None, referral).rg_expected_by == expected


def test_the_recovery_period_follows_the_rule_in_force_on_the_decision_date() -> None:
    before = nrm_dates(RULES, date(2023, 1, 20), "england", date(2023, 1, 27), date(2023, 2, 1))
    assert before.recovery_rule is not None and before.recovery_rule.days == 45
    assert before.recovery_period_ends == date(2023, 3, 13)
    assert not before.recovery_period_estimated
    # Referred before the change, decided after it: the 30-day rule of the decision date.
    after = nrm_dates(RULES, date(2023, 1, 27), "england", date(2023, 2, 3), date(2023, 2, 3))
    assert after.recovery_rule is not None and after.recovery_rule.days == 30
    assert after.recovery_period_ends == date(2023, 3, 5)


def test_without_a_decision_the_recovery_period_is_an_estimate_from_the_expected_date() -> None:
    dates = nrm_dates(RULES, date(2026, 12, 18), "england", None, date(2026, 12, 18))
    assert dates.recovery_period_estimated
    assert dates.recovery_period_ends == date(2026, 12, 29) + timedelta(days=30)


def test_the_decision_is_overdue_only_after_the_expected_date_and_while_none_is_recorded() -> None:
    referral = date(2026, 12, 18)
    on_the_day = nrm_dates(RULES, referral, "england", None, date(2026, 12, 29))
    assert not on_the_day.rg_overdue
    late = nrm_dates(RULES, referral, "england", None, date(2026, 12, 30))
    assert late.rg_overdue
    decided = nrm_dates(RULES, referral, "england", date(2027, 1, 4), date(2027, 1, 10))
    assert not decided.rg_overdue


def test_no_rule_in_force_gives_no_dates() -> None:
    dates = nrm_dates(RULES, date(2008, 1, 1), "england", None, date(2026, 1, 1))
    assert dates.rg_expected_by is None and dates.recovery_period_ends is None
    assert not dates.rg_overdue and not dates.recovery_period_estimated


def test_an_unknown_nation_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown UK nation 'ENG'"):
        nrm_dates(RULES, date(2026, 1, 5), "ENG", None, date(2026, 1, 5))


@settings(database=None, deadline=None)
@given(st.dates(date(2009, 4, 1), date(2035, 12, 31)), st.sampled_from(UK_NATIONS))
def test_the_expected_decision_is_the_fifth_working_day_after_referral(
    referral: date, nation: str
) -> None:
    expected = nrm_dates(RULES, referral, nation, None, referral).rg_expected_by
    assert expected is not None and expected > referral
    bank_holidays = holidays.UK(subdiv=SUBDIVISIONS[nation], years=range(2009, 2037))
    assert expected.weekday() < 5 and expected not in bank_holidays
    between = [referral + timedelta(days=n) for n in range(1, (expected - referral).days + 1)]
    working = [d for d in between if d.weekday() < 5 and d not in bank_holidays]
    assert len(working) == 5
    assert all(is_working_day(d, nation) == (d in working) for d in between)
    assert add_working_days(referral, 5, nation) == expected
