"""Builds the NRM `Timescales` from `resources/timescales.yaml` and checks their dates."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from toolkit_desktop.domain.timescales import UK_NATIONS, CountFrom, TimescaleRule, Timescales
from toolkit_desktop.forms.contract import check_program_rules
from toolkit_desktop.forms.problems import ProblemCode
from toolkit_desktop.forms.walk import Report, join, kind

_RULE_KEYS = ("working_days", "days", "in_force_until", "note")
_FULL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_timescales(report: Report, data: Any) -> Timescales:
    """The timescale rules; broken rules are reported and left out."""
    m = report.mapping(data, "", required=("rules",), optional=("default_nation",))
    if m is None:
        return Timescales()
    nation = m.get("default_nation", "england")
    if nation not in UK_NATIONS:
        report.add(
            "default_nation",
            ProblemCode.UNKNOWN_VALUE,
            f"unknown nation {nation!r} (expected one of: {', '.join(UK_NATIONS)})",
        )
    rules = [
        (rule, path)
        for path, item in report.items(m, "rules", "")
        if (rule := _parse_rule(report, item, path)) is not None
    ]
    _check_overlaps(report, rules)
    declared = {
        item.get("id") for _, item in report.items(m, "rules", "") if isinstance(item, dict)
    }
    timescales = Timescales(rules=tuple(r for r, _ in rules), default_nation=str(nation))
    check_program_rules(report, timescales, declared)
    return timescales


def _parse_rule(report: Report, data: Any, path: str) -> TimescaleRule | None:
    m = report.mapping(
        data, path, required=("id", "label", "from", "in_force_from"), optional=_RULE_KEYS
    )
    if m is None:
        return None
    rule_id = report.ident(m, path)
    label = report.shown(m, "label", path)
    note = report.shown(m, "note", path, required=False)
    count_from = _count_from(report, m, path)
    start = _date(report, m, "in_force_from", path)
    end = _date(report, m, "in_force_until", path)
    if start and end and end < start:
        report.add(join(path, "in_force_until"), ProblemCode.BAD_DATE, "ends before it starts")
    lengths = [key for key in ("working_days", "days") if key in m]
    if len(lengths) != 1:
        report.add(
            path, ProblemCode.TIMESCALE_LENGTH, "give exactly one of 'working_days' and 'days'"
        )
    counts = {key: _count(report, m, key, path) for key in lengths}
    if not (rule_id and count_from and start and len(lengths) == 1 and None not in counts.values()):
        return None
    return TimescaleRule(
        id=rule_id,
        label=label,
        count_from=count_from,
        in_force_from=start,
        in_force_until=end,
        working_days=counts.get("working_days"),
        days=counts.get("days"),
        note=note,
    )


def _count_from(report: Report, m: dict[str, Any], path: str) -> CountFrom | None:
    try:
        return CountFrom(str(m.get("from")))
    except ValueError:
        if "from" in m:
            report.add(
                join(path, "from"),
                ProblemCode.UNKNOWN_VALUE,
                f"unknown event {m['from']!r} (expected one of: {', '.join(CountFrom)})",
            )
        return None


def _date(report: Report, m: dict[str, Any], key: str, path: str) -> date | None:
    value = m.get(key)
    if value is None and (key == "in_force_until" or key not in m):
        return None  # no end date, or missing (reported as a missing key)
    if isinstance(value, date) and not isinstance(value, datetime):  # an unquoted YAML date
        return value
    if isinstance(value, str) and _FULL_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass  # 2023-02-30: reported below
    report.add(
        join(path, key), ProblemCode.BAD_DATE, f"expected a date YYYY-MM-DD, got {kind(value)}"
    )
    return None


def _count(report: Report, m: dict[str, Any], key: str, path: str) -> int | None:
    value = m[key]
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    report.add(
        join(path, key),
        ProblemCode.BAD_NUMBER,
        f"expected a whole number of at least 1, got {kind(value)}",
    )
    return None


def _check_overlaps(report: Report, rules: list[tuple[TimescaleRule, str]]) -> None:
    """Two rules with the same id must not both be in force on any day."""
    for n, (rule, path) in enumerate(rules):
        for other, other_path in rules[:n]:
            if other.id == rule.id and _overlap(rule, other):
                report.add(
                    join(path, "in_force_from"),
                    ProblemCode.TIMESCALE_OVERLAP,
                    f"the rule '{rule.id}' is also in force on some of these dates at {other_path}",
                )


def _overlap(a: TimescaleRule, b: TimescaleRule) -> bool:
    a_end, b_end = a.in_force_until or date.max, b.in_force_until or date.max
    return a.in_force_from <= b_end and b.in_force_from <= a_end
