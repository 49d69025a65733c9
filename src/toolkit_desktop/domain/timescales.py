"""NRM timescales as dated rules: how long a decision or period takes, and when each rule applies.

The rules live in `resources/timescales.yaml` because they change (the recovery period went from 45
to at least 30 days on 30 January 2023). A rule id names what is timed; the same id may have
several rules with different dates in force, and a case gets the one in force on its referral date.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

# The UK nations a referral can come from, as the NRM form's `uk_nation` choice ids.
UK_NATIONS = ("england", "scotland", "wales", "northern_ireland")


class CountFrom(enum.StrEnum):
    """The event a timescale counts from."""

    REFERRAL = "referral"
    REASONABLE_GROUNDS_DECISION = "reasonable_grounds_decision"


@dataclass(frozen=True)
class TimescaleRule:
    """One timescale: `working_days` or `days` after an event, in force over a range of dates.

    Exactly one of `working_days` and `days` is set. `in_force_until` is the last day the rule
    applies (inclusive); None means it still applies.
    """

    id: str
    label: str
    count_from: CountFrom
    in_force_from: date
    in_force_until: date | None = None
    working_days: int | None = None
    days: int | None = None
    note: str = ""

    def in_force_on(self, day: date) -> bool:
        """Whether this rule applies to a case referred on `day`."""
        if day < self.in_force_from:
            return False
        return self.in_force_until is None or day <= self.in_force_until


@dataclass(frozen=True)
class Timescales:
    """Every timescale rule, and the nation whose bank holidays count when none is recorded."""

    rules: tuple[TimescaleRule, ...] = ()
    default_nation: str = "england"

    def rule_in_force(self, rule_id: str, day: date) -> TimescaleRule | None:
        """The rule with this id in force on `day`, if any."""
        return rule_in_force(self.rules, rule_id, day)


def rule_in_force(
    rules: tuple[TimescaleRule, ...], rule_id: str, day: date
) -> TimescaleRule | None:
    """The rule with this id in force on `day`, if any; the checker refuses overlapping dates, so
    at most one can match."""
    return next((r for r in rules if r.id == rule_id and r.in_force_on(day)), None)
