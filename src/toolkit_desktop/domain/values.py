"""Checks that a stored answer fits its field: the value table of docs/definitions.md, in code.

Used when an answer is recorded and when a case is imported, so nothing malformed reaches the
history. Every check returns a plain-English problem, or None when the value is fine. The bounds
(lengths, date ranges, numbers, group rows) are `domain.limits`'; the problem repeats the value it
refused, shortened for display.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from toolkit_desktop.domain.definitions import (
    INDICATOR_STATUSES,
    NOT_RELEVANT_PREFIX,
    Definitions,
    Field,
    FieldType,
)
from toolkit_desktop.domain.form_ids import MATRIX_FORM
from toolkit_desktop.domain.limits import (
    MOST_GROUP_ROWS,
    TextKind,
    date_kind,
    number_problem,
    shown,
    span_problem,
    text_problem,
)

MATRIX_VERSION_FIELD = "_matrix_version"  # which matrix version an assessment used

_FULL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_APPROX_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
_INDICATOR_KEYS = frozenset({"status", "evidence", "source", "conversation_id"})


def check_value(field: Field, value: Any, *, today: date | None = None) -> str | None:
    """A plain-English problem with `value` as an answer to `field`, or None if it is fine.

    None is always fine: it clears the answer (the history keeps the earlier values). `today`
    (the UK date) bounds dates from above (`limits.date_range`); without it only the fixed outer
    bound applies.
    """
    if value is None:
        return None
    return _CHECKS[field.type](field, value, today)


def check_answer(
    defs: Definitions, form_id: str, field_id: str, value: Any, *, today: date | None = None
) -> str | None:
    """Like `check_value`, but also refuses an unknown form, field or section.

    Special field ids: `_section:<id>` ("not relevant here", value {"reason": text}) and, in the
    matrix form, `_matrix_version` (the matrix version the assessment used, a string).
    """
    form = defs.form(form_id)
    if form is None:
        return f"unknown form '{form_id}'"
    if field_id.startswith(NOT_RELEVANT_PREFIX):
        section_id = field_id.removeprefix(NOT_RELEVANT_PREFIX)
        if not any(s.id == section_id for s in form.sections):
            return f"unknown section '{section_id}' in form '{form_id}'"
        return _check_not_relevant(value)
    if form_id == MATRIX_FORM and field_id == MATRIX_VERSION_FIELD:
        if value is None:
            return None
        if not isinstance(value, str):
            return f"expected the version as text, not {shown(value)}"
        return text_problem(value, TextKind.SINGLE_LINE)
    field = form.field(field_id)
    if field is None:
        # For the matrix this also refuses indicators a newer matrix dropped. That is right for
        # new entries and imports only: answers already stored under a retired id stay in the
        # case's history and are still shown and exported (docs/definitions.md).
        return f"unknown field '{field_id}' in form '{form_id}'"
    return check_value(field, value, today=today)


def _check_not_relevant(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) != {"reason"}:
        return 'expected {"reason": "..."} saying why the section is not relevant'
    reason = value["reason"]
    if not isinstance(reason, str) or not reason.strip():
        return "a reason is needed to mark a section not relevant"
    return text_problem(reason, TextKind.LONG_TEXT)


def _text(field: Field, value: Any, today: date | None) -> str | None:
    if not isinstance(value, str):
        return "expected text"  # said after the label: "Given names (...): expected text"
    kind = TextKind.LONG_TEXT if field.type is FieldType.LONG_TEXT else TextKind.SINGLE_LINE
    return text_problem(value, kind)


def _one_choice(field: Field, value: Any, today: date | None = None) -> str | None:
    ids = [c.id for c in field.all_choices()]
    if isinstance(value, str) and value in ids:
        return None
    return f"{shown(value)} is not one of the choices ({', '.join(ids)})"


def _many_choices(field: Field, value: Any, today: date | None) -> str | None:
    if not isinstance(value, list):
        return f"expected a list of choices, not {shown(value)}"
    for item in value:
        problem = _one_choice(field, item)
        if problem:
            return problem
    if len(set(value)) != len(value):
        return "a choice is listed twice"
    return None


def _full_date(field: Field, value: Any, today: date | None) -> str | None:
    if isinstance(value, str) and _FULL_DATE.fullmatch(value) and _is_real_date(value):
        day = date.fromisoformat(value)
        return span_problem(value, day, day, date_kind(field.checks), today)
    return f"expected a real date written YYYY-MM-DD, got {shown(value)}"


def _approx_date(field: Field, value: Any, today: date | None) -> str | None:
    if isinstance(value, str) and _APPROX_DATE.fullmatch(value):
        # Complete a year or a month to its first day to check the parts that were given.
        padded = value + "-01" * ((10 - len(value)) // 3)
        if _is_real_date(padded):
            first = date.fromisoformat(padded)
            return span_problem(value, first, _last_day(value, first), date_kind(field.checks),
                                today)
    return f"expected a year (YYYY), a month (YYYY-MM) or a date (YYYY-MM-DD), got {shown(value)}"


def _last_day(value: str, first: date) -> date:
    """The last day "2019" or "2019-07" may mean (the day itself for a full date)."""
    if len(value) == 4:
        return date(first.year, 12, 31)
    if len(value) == 7:
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    return first


def _is_real_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _datetime(field: Field, value: Any, today: date | None) -> str | None:
    expected = (
        "expected a date and time with its UTC offset (2026-11-28T02:10:00+00:00), "
        f"got {shown(value)}"
    )
    if not isinstance(value, str) or "T" not in value:
        return expected
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return expected
    if parsed.utcoffset() is None:
        return expected
    # The date as written, never converted to UTC: in year 1 or 9999 that overflows.
    day = parsed.date()
    return span_problem(value, day, day, date_kind(field.checks), today)


def _number(field: Field, value: Any, today: date | None) -> str | None:
    # bool is a subclass of int in Python, but true/false is not a number to a practitioner.
    return number_problem(value)


def _group(field: Field, value: Any, today: date | None) -> str | None:
    if not isinstance(value, list):
        return f"expected a list of rows, not {shown(value)}"
    if len(value) > MOST_GROUP_ROWS:
        return f"{len(value):,} rows is more than the {MOST_GROUP_ROWS} a list here can hold"
    subfields = {f.id: f for f in field.fields}
    for number, row in enumerate(value, start=1):
        if not isinstance(row, dict):
            return f"row {number}: expected a row of answers"
        for key, sub_value in row.items():
            sub = subfields.get(key)
            if sub is None:
                return f"row {number}: unknown field '{key}'"
            problem = check_value(sub, sub_value, today=today)
            if problem:
                return f"row {number}, {sub.label}: {problem}"
    return None


def _indicator(field: Field, value: Any, today: date | None) -> str | None:
    if not isinstance(value, dict):
        return f"expected a status with evidence and source, not {shown(value)}"
    unknown = sorted(set(value) - _INDICATOR_KEYS)
    if unknown:
        return f"unknown part(s) of an indicator answer: {', '.join(shown(u) for u in unknown)}"
    statuses = [s for s, _ in INDICATOR_STATUSES]
    status = value.get("status")
    if status not in statuses:
        given = "there is no status" if status is None else f"the status is {shown(status)}"
        return f"{given}, but the status must be one of {', '.join(statuses)}"
    for key, kind in (("evidence", TextKind.LONG_TEXT), ("source", TextKind.SINGLE_LINE)):
        part = value.get(key, "")
        if not isinstance(part, str):
            return f"the {key} must be text, not {shown(part)}"
        problem = text_problem(part, kind)
        if problem:
            return f"the {key}: {problem}"
    conversation = value.get("conversation_id")
    if conversation is not None and (
        isinstance(conversation, bool) or not isinstance(conversation, int)
        or number_problem(conversation) or conversation < 0
    ):
        return f"the conversation must be given by its number, not {shown(conversation)}"
    return None


_CHECKS: dict[FieldType, Callable[[Field, Any, date | None], str | None]] = {
    FieldType.TEXT: _text,
    FieldType.LONG_TEXT: _text,
    FieldType.YES_NO_UNKNOWN: _one_choice,
    FieldType.CHOICE: _one_choice,
    FieldType.MULTI_CHOICE: _many_choices,
    FieldType.DATE: _full_date,
    FieldType.APPROX_DATE: _approx_date,
    FieldType.DATETIME: _datetime,
    FieldType.NUMBER: _number,
    FieldType.GROUP: _group,
    FieldType.INDICATOR: _indicator,
}
