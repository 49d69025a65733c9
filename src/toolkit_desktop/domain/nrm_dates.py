"""Expected NRM dates for a case: when the reasonable-grounds decision is due, and when the
recovery period ends, each from the timescale rule in force on the day it counts from.

Bank holidays come from the `holidays` package rather than a table of our own: its maintainers
keep the UK tables current (substitute days, one-off holidays such as coronations), and it knows
each nation's own days (2 January and St Andrew's Day in Scotland, 12 July in Northern Ireland).
It is plain Python, so the domain may use it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import holidays

from toolkit_desktop.domain.timescales import TimescaleRule, rule_in_force

REFERRAL_DATE_FIELD = "referral_date"
UK_NATION_FIELD = "uk_nation"
RG_RULE = "reasonable_grounds"  # timescale rule: reasonable-grounds decision expected
RECOVERY_RULE = "recovery_period"  # timescale rule: recovery period after that decision

# The `holidays` package's subdivision codes for the NRM form's `uk_nation` choices.
_SUBDIVISIONS = {"england": "ENG", "scotland": "SCT", "wales": "WLS", "northern_ireland": "NIR"}


@dataclass(frozen=True)
class NrmDates:
    """The dates to watch after a referral; None where no rule was in force on the referral date."""

    rg_expected_by: date | None  # reasonable-grounds decision expected by (an aim, not a deadline)
    rg_overdue: bool  # no decision recorded and `rg_expected_by` has passed
    recovery_period_ends: date | None
    # True when no decision date is recorded yet and the end is counted from `rg_expected_by`.
    recovery_period_estimated: bool
    rg_rule: TimescaleRule | None
    recovery_rule: TimescaleRule | None


def nrm_dates(
    rules: Iterable[TimescaleRule],
    referral_date: date,
    nation: str,
    rg_decision_date: date | None,
    today: date,
) -> NrmDates:
    """The expected dates of a referral made on `referral_date` from `nation` (a `uk_nation` id).

    Raises ValueError for a nation that is not one of england, scotland, wales, northern_ireland.
    """
    if nation not in _SUBDIVISIONS:
        raise ValueError(f"unknown UK nation {nation!r}")
    rules = tuple(rules)
    rg_rule = rule_in_force(rules, RG_RULE, referral_date)
    rg_expected_by = _after(rg_rule, referral_date, nation) if rg_rule else None
    start = rg_decision_date or rg_expected_by
    # Each rule is taken as in force on the day it counts from: the recovery period from the
    # reasonable-grounds decision. The 30-day minimum of 30 January 2023 (Nationality and Borders
    # Act 2022) applies to decisions made from that day, so a referral made just before it but
    # decided after it gets the new rule, which choosing by referral date would get wrong.
    recovery_rule = rule_in_force(rules, RECOVERY_RULE, start) if start else None
    recovery_ends = _after(recovery_rule, start, nation) if recovery_rule and start else None
    return NrmDates(
        rg_expected_by=rg_expected_by,
        rg_overdue=rg_decision_date is None
        and rg_expected_by is not None
        and today > rg_expected_by,
        recovery_period_ends=recovery_ends,
        recovery_period_estimated=recovery_ends is not None and rg_decision_date is None,
        rg_rule=rg_rule,
        recovery_rule=recovery_rule,
    )


def _after(rule: TimescaleRule, start: date, nation: str) -> date:
    if rule.working_days is not None:
        return add_working_days(start, rule.working_days, nation)
    return start + timedelta(days=rule.days or 0)


def add_working_days(start: date, count: int, nation: str) -> date:
    """The `count`-th working day after `start`, skipping weekends and the bank holidays."""
    day = start
    remaining = count
    while remaining > 0:
        day += timedelta(days=1)
        if is_working_day(day, nation):
            remaining -= 1
    return day


def is_working_day(day: date, nation: str) -> bool:
    """Whether `day` is a weekday and not a bank holiday in the nation."""
    return day.weekday() < 5 and day not in _bank_holidays(nation)


def load_bank_holidays(today: date) -> None:
    """Load every UK nation's bank holidays for this year and the next: about 0.2 s the first
    time, mostly importing the holidays package. Done on the worker once a vault is unlocked, so
    the first NRM date worked out (opening a case, the referral step) does not wait for it."""
    for nation in _SUBDIVISIONS:
        calendar = _bank_holidays(nation)
        for year in (today.year, today.year + 1):
            _ = date(year, 1, 1) in calendar  # fills in that year's holidays


@functools.cache
def _bank_holidays(nation: str) -> holidays.HolidayBase:
    # One calendar per nation; it fills in each year the first time a date in it is looked up.
    # Imported here, not at the top: the definitions name this module's fields, and loading
    # them before the app's first window should not load every country's holiday tables.
    import holidays

    calendar: holidays.HolidayBase = holidays.country_holidays("GB", subdiv=_SUBDIVISIONS[nation])
    return calendar
