"""Dates that cannot be right ask first, before they are kept.

A contact, decision or birth date in the future, a date of birth that makes the child older than
25, a decision dated before the referral it answers: each is more likely a slip of the keyboard
than the truth. The practitioner may still know better, so `doubt` returns a question ("Is that
right?"), never a refusal; what they confirm is kept as typed.

Which doubts a date field has is declared in its YAML, not decided here by field id: `check:`
lists words of `DateCheck`, and `not_before:` names the fields this date should not be earlier
than (docs/definitions.md). Plain Python, no Qt.
"""

from __future__ import annotations

import calendar
import enum
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from toolkit_desktop.domain.date_text import date_words, moment_words
from toolkit_desktop.domain.definitions import Definitions, Field, FieldType
from toolkit_desktop.domain.visibility import AnswersByForm, field_value, split_reference
from toolkit_desktop.domain.wording import local, uk_today


class DateCheck(enum.StrEnum):
    """What a date field's `check:` can name."""

    NOT_FUTURE = "not_future"  # it has happened: not after today (a date and time: not after now)
    BIRTH_DATE = "birth_date"  # a date of birth: not in the future, and the child not over 25


# The field types that hold a date, and so may have `check` and `not_before` or be named by it.
DATE_TYPES = frozenset({FieldType.DATE, FieldType.APPROX_DATE, FieldType.DATETIME})
# The field types each check suits: a date of birth has no time of day.
CHECK_TYPES: Mapping[DateCheck, frozenset[FieldType]] = {
    DateCheck.NOT_FUTURE: DATE_TYPES,
    DateCheck.BIRTH_DATE: frozenset({FieldType.DATE, FieldType.APPROX_DATE}),
}

OLDEST_AGE = 25  # a date of birth making the child older than this is asked about
# A time a few minutes ahead of the laptop's clock is a rounded time or a slow clock, not a slip.
FUTURE_GRACE = timedelta(minutes=5)

_STORED_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class Known:
    """Another answer a date is compared with: the label of its question, and its stored value."""

    label: str
    value: object


# Given a `not_before` reference exactly as the YAML writes it, the answer it names (None when
# the field does not exist). `answers_in` builds one from a case's answers.
AnswerOf = Callable[[str], Known | None]


def doubt(field: Field, value: object, now: datetime, answer_of: AnswerOf) -> str | None:
    """The question to ask before keeping `value` as the answer to `field`, or None.

    `value` is the stored value ("YYYY", "YYYY-MM", "YYYY-MM-DD", or ISO 8601 with its offset);
    anything else, or an empty answer, raises no doubt (`values.check_value` says what is wrong
    with it). `now` is aware; "today" is the UK date at `now`. An approximate date is doubted
    only when every day it may mean is doubtful: "2026" is not in the future during 2026.
    The first doubt found is returned: the future, then the age, then each `not_before` in turn.
    """
    span = _span(value)
    if span is None:
        return None
    today = uk_today(now)
    checks = field.checks
    if (DateCheck.NOT_FUTURE in checks or DateCheck.BIRTH_DATE in checks) and _in_future(
        span, now, today
    ):
        return f"{span.words} is in the future. Is that right?"
    if DateCheck.BIRTH_DATE in checks:
        youngest = _age(span.last, today)
        if youngest > OLDEST_AGE:
            age = f"{youngest}" if span.first == span.last else f"at least {youngest}"
            return f"This date of birth makes the child {age} today. Is that right?"
    for reference in field.not_before:
        other = answer_of(reference)
        other_span = _span(other.value) if other is not None else None
        if other is not None and other_span is not None and _before(span, other_span):
            named = _naming(other.label, other_span.words)
            return f"{span.words} is before {named}. Is that right?"
    return None


def answers_in(
    defs: Definitions,
    form_id: str,
    answers_by_form: AnswersByForm,
    *,
    group: Field | None = None,
    row: Mapping[str, Any] | None = None,
) -> AnswerOf:
    """The `answer_of` for a field of `form_id`, reading the case's current answers.

    "field" names a field of the same form and "form.field" one of another form; a field shown
    `same_as` another gives that field's value. For a sub-field of a repeating `group`, pass the
    group and the `row` being edited: there a bare id names another sub-field of the same row.
    """

    def answer_of(reference: str) -> Known | None:
        if group is not None and "." not in reference:
            sub = next((f for f in group.fields if f.id == reference), None)
            if sub is None:
                return None
            return Known(sub.label, (row or {}).get(reference))
        other_form_id, field_id = split_reference(reference, form_id)
        form = defs.form(other_form_id)
        field = form.field(field_id) if form is not None else None
        if form is None or field is None:
            return None
        return Known(field.label, field_value(form, field, answers_by_form))

    return answer_of


@dataclass(frozen=True)
class _Span:
    """The days a stored value may mean, its moment if it has a time, and how to say it."""

    first: date
    last: date
    moment: datetime | None
    words: str


def _span(value: object) -> _Span | None:
    if not isinstance(value, str):
        return None
    if "T" in value:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return None
        if moment.utcoffset() is None:
            return None
        day = local(moment).date()
        return _Span(day, day, moment, moment_words(moment))
    match = _STORED_DATE.fullmatch(value)
    if match is None:
        return None
    year = int(match.group(1))
    month, day_of_month = (int(part) if part else None for part in match.groups()[1:])
    try:
        if month is None:
            first, last = date(year, 1, 1), date(year, 12, 31)
        elif day_of_month is None:
            first = date(year, month, 1)
            last = date(year, month, calendar.monthrange(year, month)[1])
        else:
            first = last = date(year, month, day_of_month)
    except ValueError:
        return None
    return _Span(first, last, None, date_words(value))


def _in_future(span: _Span, now: datetime, today: date) -> bool:
    if span.moment is not None:
        return span.moment > now + FUTURE_GRACE
    return span.first > today


def _before(span: _Span, other: _Span) -> bool:
    """Whether `span` is certainly earlier than `other`: every day it may mean comes first."""
    if span.moment is not None and other.moment is not None:
        return span.moment < other.moment
    return span.last < other.first


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _naming(label: str, words: str) -> str:
    """ "the date of referral, 10 November 2026", or '2019, the answer to "Started (roughly)"'."""
    if label.lower().startswith("date "):
        return f"the {label[:1].lower()}{label[1:]}, {words}"
    return f'{words}, the answer to "{label}"'
