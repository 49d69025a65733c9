"""Reading dates and times as UK practitioners type them: day first, and ISO dates accepted too.

Plain Python, no Qt: each parser returns the stored form, or raises `DateProblem` with a sentence
saying what was wrong and how to write it.
"""

from __future__ import annotations

import re
from datetime import date

# English on purpose: Qt sets the C locale from the system, and the forms are in English.
_MONTHS = (
    *("january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
)
_SEP = r"\s*[/.\-\s]\s*"
_DAY_FIRST = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{1,2}}|[a-z]+){_SEP}(\d{{4}})")
_MONTH_YEAR = re.compile(rf"(\d{{1,2}}|[a-z]+){_SEP}(\d{{4}})")
_ISO = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")  # two digits: "2026-11-2" is unfinished
_YEAR = re.compile(r"\d{4}")
_TIME = re.compile(r"(\d{1,2})\s*[:.]?\s*(\d{2})")

DATE_EXAMPLE = "Write the date as day/month/year, for example 28/11/2026."
MONTH_EXAMPLE = "Write the month and year, for example 11/2026 or November 2026."
YEAR_EXAMPLE = "Write the year with four digits, for example 2026."
TIME_EXAMPLE = "Write the time as hours and minutes, for example 02:10 or 14:30."


class DateProblem(ValueError):
    """What the practitioner typed is not a date we can store; str() says why in plain English."""


def parse_date(text: str) -> str:
    """ "28/11/2026", "28 Nov 2026" or "2026-11-28" -> "2026-11-28"."""
    text = text.strip().lower()
    if match := _DAY_FIRST.fullmatch(text):
        day, month, year = match.groups()
        return _real_date(int(year), _month(month, DATE_EXAMPLE), int(day)).isoformat()
    if (match := _ISO.fullmatch(text)) and match.group(3):
        year, month, day = match.groups()
        return _real_date(int(year), int(month), int(day)).isoformat()
    raise DateProblem(DATE_EXAMPLE)


def parse_month(text: str) -> str:
    """ "11/2026", "November 2026" or "2026-11" -> "2026-11"."""
    text = text.strip().lower()
    if match := _MONTH_YEAR.fullmatch(text):
        month, year = match.groups()
        return f"{int(year):04d}-{_month(month, MONTH_EXAMPLE):02d}"
    if (match := _ISO.fullmatch(text)) and not match.group(3):
        year, month = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12:
            return f"{year:04d}-{month:02d}"
    raise DateProblem(MONTH_EXAMPLE)


def parse_year(text: str) -> str:
    """ "2026" -> "2026"."""
    text = text.strip()
    if _YEAR.fullmatch(text) and int(text) > 0:
        return text
    raise DateProblem(YEAR_EXAMPLE)


def parse_time(text: str) -> tuple[int, int]:
    """ "02:10", "2.10" or "1430" -> (hours, minutes) on the 24-hour clock."""
    match = _TIME.fullmatch(text.strip())
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2))
        if hours < 24 and minutes < 60:
            return hours, minutes
    raise DateProblem(TIME_EXAMPLE)


def show_date(stored: str) -> str:
    """How a stored "YYYY", "YYYY-MM" or "YYYY-MM-DD" is written back in the box."""
    parts = stored.split("-")
    return "/".join(reversed(parts))


def _month(text: str, example: str) -> int:
    if text.isdigit():
        number = int(text)
        if 1 <= number <= 12:
            return number
        raise DateProblem(f"There is no month {number}. {example}")
    for number, name in enumerate(_MONTHS, start=1):
        if len(text) >= 3 and name.startswith(text):
            return number
    raise DateProblem(f'"{text}" is not a month we recognise. {example}')


def _real_date(year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise DateProblem(f"There is no month {month}. {DATE_EXAMPLE}")
    try:
        return date(year, month, day)
    except ValueError:
        name = _MONTHS[month - 1].capitalize()
        raise DateProblem(f"There is no {day} {name} {year}. {DATE_EXAMPLE}") from None
