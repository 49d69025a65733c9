"""Reading dates and times as UK practitioners type them: day first, and ISO dates accepted too.

Plain Python, no Qt: each parser returns the stored form, or raises `DateProblem` with a sentence
saying what was wrong and how to write it. `read_date`, `read_approx_date` and `read_moment` read
one text box each; `say_date` and `say_moment` give the words shown beside the box for what was
understood, and `write_date` and `write_moment` the tidy text put back in it. Times are UK time
(`wording.ZONE`), whatever zone the laptop is set to.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from toolkit_desktop.domain.wording import ZONE, local

# English on purpose, not the C locale's (Qt sets that from the system): typed month names are
# read in English whatever the app's language, as `wording` writes them (Welsh ones: not yet).
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


def stored_date(value: object) -> date | None:
    """A date as the vault stores it (ISO text), or None for anything else: the one reader of a
    stored date for the stage, the overview and the pack."""
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(value)
    return None


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
    """How a stored "YYYY", "YYYY-MM" or "YYYY-MM-DD" is written back in the box (`write_date`)."""
    return write_date(stored)


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


def _real_date(year: int, month: int, day: int, example: str = DATE_EXAMPLE) -> date:
    if not 1 <= month <= 12:
        raise DateProblem(f"There is no month {month}. {example}")
    try:
        return date(year, month, day)
    except ValueError:
        name = _MONTHS[month - 1].capitalize()
        raise DateProblem(f"There is no {day} {name} {year}. {example}") from None


# -- One text box per date: what people type, read with today's date to hand ---------------------
#
# `read_date`, `read_approx_date` and `read_moment` read a whole box at once. They are forgiving
# about the way the date is written (slashes, dots, dashes or spaces; month names or numbers;
# "29th"; a weekday in front) and strict about what it means: a day that does not exist, or a
# time the clocks skipped, is a `DateProblem` with a sentence and an example, never a guess.
#
# Two-digit years are read as the year ending in those digits that is at most ten years after
# today: in 2026, "29/11/26" is 2026, "1/1/36" is 2036 and "1/1/37" is 1937 (see `_full_year`).
# A day and month with no year ("29 Nov", "29/11") is the most recent such day that is not after
# today. A year must be from 1900 to a hundred years after today: anything else is a typo here.

MOMENT_EXAMPLE = "Write the date and time, for example 29/11/2026 23:40, or type now."
APPROX_EXAMPLE = "Write a year (2019), a month and year (11/2019) or a full date (29/11/2019)."

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ALIASES = {"weds": 2, "thur": 3, "thurs": 3}
_RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "tomorrow": 1,
}
_NOW_WORDS = frozenset({"now", "just now", "right now"})
# Words for "roughly" before an approximate date, longest first so "circa" is not read as "c".
_ABOUT_WORDS = (
    "approximately", "some time in", "sometime in", "roughly", "around", "approx.", "approx",
    "circa", "about", "abt.", "abt", "ca.", "ca", "c.", "c", "in", "~",
)
_VAGUE_WORDS = ("early", "mid", "late")
_ISH = re.compile(r"\s*-?\s*ish$|\s*\?+$")
_FIRST_YEAR = 1900
_YEARS_AHEAD = 100
_TWO_DIGIT_AHEAD = 10

_ALLOWED = re.compile(r"[a-z0-9\s/.\-]*")
_TOKEN = re.compile(r"\d+|[a-z]+")

# A clock time written so it cannot be a year: with ":" or "." (23:40, 2.10, 14h30; seconds are
# dropped), with am/pm, or with "hrs". A bare "1430" is a time only where a year cannot be meant
# (see `read_moment`).
_ZONE_WORD = r"(?:\s*(?P<zone>gmt|bst|utc|uk time))?"
_MARKED_TIME = (
    r"(?P<h>\d{1,2})\s*(?:[:.h]\s*(?P<m>\d{2}))?\s*(?P<ampm>am|pm)"
    r"|(?P<h2>\d{1,2})\s*[:.h]\s*(?P<m2>\d{2})(?::\d{2})?(?:\s*(?:hrs?|h))?"
    r"|(?P<h3>\d{2})(?P<m3>\d{2})\s*(?:hrs?|h)"
    r"|(?P<noon>noon|midday)|(?P<midnight>midnight)"
)
_BARE_TIME = r"(?P<h4>\d{2})(?P<m4>\d{2})"
_TIME_AT_END = re.compile(rf"(?:^|(?<=[\s,]))(?:at\s+)?(?:{_MARKED_TIME}){_ZONE_WORD}$")
_TIME_AT_START = re.compile(rf"^(?:at\s+)?(?:{_MARKED_TIME}){_ZONE_WORD}(?=$|[\s,])")
_BARE_AT_END = re.compile(rf"(?:^|(?<=\s))(?P<at>at\s+)?{_BARE_TIME}{_ZONE_WORD}$")
_BARE_AT_START = re.compile(rf"^{_BARE_TIME}{_ZONE_WORD}(?=\s)")
_ISO_MOMENT = re.compile(
    r"(\d{4}-\d{2}-\d{2})[t ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*(z|[+-]\d{2}:?\d{2})?"
)
_ZONE_OFFSETS = {"gmt": timedelta(0), "utc": timedelta(0), "bst": timedelta(hours=1)}


@dataclass(frozen=True)
class _Reading:
    """What a date text says; None for a part it leaves out."""

    year: int | None
    month: int | None
    day: int | None


def read_date(text: str, today: date, ahead: bool = False) -> str:
    """A full date as typed -> "YYYY-MM-DD", or DateProblem saying why not and how to write it.

    Accepts "29/11/2026", "29.11.26", "29-11-2026", "29 Nov 2026", "29th November 2026",
    "Sunday 29 November 2026", "November 29, 2026", "2026-11-29", a day and month with no year
    ("29 Nov", "29/11": the most recent such day that is not after `today`; with `ahead`, for a
    date that may lie ahead such as a review, the nearest such day either way), and "today",
    "yesterday" and "tomorrow". A weekday, if given, must be the right one.
    """
    return _read_full(text, today, DATE_EXAMPLE, ahead)[0].isoformat()


def read_approx_date(text: str, today: date) -> str:
    """An approximate date in one box -> "YYYY", "YYYY-MM" or "YYYY-MM-DD", by what was typed.

    "2019" is the year only, "11/2019", "Nov 2019", "November 2019" and "2019-11" the month only,
    and a full date (anything `read_date` reads) the day. "about", "around", "roughly", "approx",
    "c." or "circa" in front, or "ish" behind, change nothing: the stored value of an
    approximate-date field is already understood as "roughly" (docs/definitions.md), so "about
    2019" is stored as "2019". "early", "mid" and "late" cannot be kept, so they are refused with
    a sentence. A month needs its year in four digits here, so "11/19" is refused, and so are
    "11/12" (11 December, or November 2012?) and "Nov 19" (19 November, or November 2019?); a
    day and month that cannot be a month and year ("29/11", "19 Nov") is a full date.
    """
    words = _clean(text)
    words = _ISH.sub("", _strip_about(words)).strip()
    for vague in _VAGUE_WORDS:
        if re.match(rf"{vague}\b", words):
            year = re.search(r"\d{4}", words)
            example = year.group() if year else "2019"
            raise DateProblem(
                f'"{vague.capitalize()}" cannot be kept with the date: type the year alone, '
                f"such as {example}, or the month if you know it, such as 11/{example}."
            )
    tokens = _tokens(words, APPROX_EXAMPLE)
    if len(tokens) == 1 and len(tokens[0]) == 4 and tokens[0].isdigit():
        return f"{_checked_year(int(tokens[0]), today, APPROX_EXAMPLE):04d}"
    if len(tokens) == 2:
        month = _month_and_year(text.strip(), tokens, today)
        if month is not None:
            return month
    return _read_full(words, today, APPROX_EXAMPLE)[0].isoformat()


def read_moment(text: str, now: datetime) -> datetime:
    """A date and time as typed -> an aware datetime in UK time (Europe/London), seconds zero.

    `now` is aware (a naive one is taken as UTC); "today", a time alone and "now" are counted in
    UK time, whatever zone the laptop is set to. Accepts "29/11/2026 23:40", "29/11/2026 at
    23:40", "29 Nov 23:40", "23:40 on 29/11/2026", "today 02:10", "yesterday 11.40pm", "02:10"
    or "2.10" alone (today), "1430" alone (today at 14:30), "noon", "now", and ISO 8601
    ("2026-11-29T23:40", or with an offset, which is turned into UK time). A bare four-digit
    number after a date is a time only when the date has its year ("29/11/2026 1430"), since
    "29 Nov 2026" is a date still waiting for its time.

    A date with no time asks for the time. Times are UK wall-clock times: in the hour the clocks
    go back (01:00 to 01:59 on the last Sunday of October) the first of the two is taken (BST);
    type "01:30 GMT" for the second. A time the clocks skipped (01:00 to 01:59 on the last Sunday
    of March) is a DateProblem. "GMT" or "BST" after a time must be what UK clocks showed then.
    The result's `fold` says which of a repeated hour it is; its `isoformat()` gives the offset.
    (Compare it with times in other zones after `astimezone(UTC)`: Python never finds a time in
    the repeated hour equal to one in another zone, even at the same moment.)
    """
    words = _clean(text)
    at_now = local(now)
    today = at_now.date()
    if words in _NOW_WORDS:
        return at_now.replace(second=0, microsecond=0)
    if match := _ISO_MOMENT.fullmatch(words):
        return _iso_moment(match)
    for pattern in (_TIME_AT_END, _TIME_AT_START):
        if match := pattern.search(words):
            try:
                clock = _clock(match)
            except DateProblem:
                _ask_for_the_time(words, today)  # "29.11" is a date, not the time 29:11
                raise
            rest = _around(words, match)
            day = _read_full(rest, today, MOMENT_EXAMPLE)[0] if rest else today
            return _at(day, clock, match.group("zone"))
    if match := _BARE_AT_END.search(words):
        rest = _around(words, match)
        if not rest:
            if words.strip().isdigit() and not _is_clock(match):
                raise DateProblem(f'"{text.strip()}" is not a time we can read. {MOMENT_EXAMPLE}')
            return _at(today, _clock(match), match.group("zone"))
        day, year_given = _read_full(rest, today, MOMENT_EXAMPLE)
        if year_given or match.group("at"):
            return _at(day, _clock(match), match.group("zone"))
    if (match := _BARE_AT_START.search(words)) and _is_clock(match):
        try:
            day, year_given = _read_full(_around(words, match), today, MOMENT_EXAMPLE)
        except DateProblem:
            year_given = False
        if year_given:
            return _at(day, _clock(match), match.group("zone"))
    day = _read_full(words, today, MOMENT_EXAMPLE)[0]  # says what is wrong if it is no date
    raise _add_the_time(day)


def say_date(stored: str) -> str:
    """Words beside the box for a stored date: what was understood.

    "Sunday 29 November 2026", "November 2019 (month only)" or "2019 (year only)".
    """
    precision = _precision(stored)
    if precision == 10:
        day = date.fromisoformat(stored)
        return f"{_WEEKDAYS[day.weekday()].capitalize()} {date_words(stored)}"
    return f"{date_words(stored)} ({'month' if precision == 7 else 'year'} only)"


def date_words(stored: str) -> str:
    """A stored date in words, for a sentence: "29 November 2026", "November 2019" or "2019"."""
    precision = _precision(stored)
    year = int(stored[:4])
    if precision == 4:
        return f"{year}"
    month = _MONTHS[int(stored[5:7]) - 1].capitalize()
    if precision == 7:
        return f"{month} {year}"
    return f"{int(stored[8:10])} {month} {year}"


def say_moment(moment: datetime) -> str:
    """Words beside the box for a date and time, in UK time: "Sunday 29 November 2026, 23:40".

    In the hour the clocks go back, which of the two it is: "01:30 BST (before the clocks went
    back)" or "01:30 GMT (after the clocks went back)".
    """
    at = local(moment)
    said = f"{say_date(at.date().isoformat())}, {at:%H:%M}"
    if _repeated(at):
        when = "after" if at.fold else "before"
        said += f" {_zone_word(at)} ({when} the clocks went back)"
    return said


def moment_words(moment: datetime) -> str:
    """A date and time in words, for a sentence, in UK time: "23:40 on 29 November 2026"."""
    at = local(moment)
    zone = f" {_zone_word(at)}" if _repeated(at) else ""
    return f"{at:%H:%M}{zone} on {date_words(at.date().isoformat())}"


def write_date(stored: str) -> str:
    """The tidy text to put back in the box: "29/11/2026", "11/2019" or "2019"."""
    return "/".join(reversed(stored.split("-")))


def write_moment(moment: datetime) -> str:
    """The tidy text to put back in the box, in UK time: "29/11/2026 23:40".

    In the hour the clocks go back the zone is added ("25/10/2026 01:30 GMT"), so that reading
    the text again gives the same moment.
    """
    at = local(moment)
    zone = f" {_zone_word(at)}" if _repeated(at) else ""
    return f"{write_date(at.date().isoformat())} {at:%H:%M}{zone}"


# -- Reading, piece by piece ----------------------------------------------------------------------


def _clean(text: str) -> str:
    """Lower case, single spaces, no commas, ordinals or filler words ("the 29th of Nov")."""
    text = text.strip().lower().replace("a.m.", "am").replace("p.m.", "pm")
    text = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", text)
    text = re.sub(r"\b(the|of|on)\b|,", " ", text)
    return " ".join(text.split())


def _strip_about(words: str) -> str:
    stripped = True
    while stripped:
        stripped = False
        for about in _ABOUT_WORDS:
            rest = words[len(about):]
            if words.startswith(about) and (not about[-1].isalpha() or not rest[:1].isalpha()):
                words, stripped = rest.strip(), True
                break
    return words


def _tokens(words: str, example: str) -> list[str]:
    if not words or not _ALLOWED.fullmatch(words):
        raise DateProblem(example)
    return _TOKEN.findall(words)


def _read_full(
    text: str, today: date, example: str, ahead: bool = False
) -> tuple[date, bool]:
    """(the day, whether the text gave its year or a word like "today") of a full date."""
    words = _clean(text)
    if words in _RELATIVE_DAYS:
        return today + timedelta(days=_RELATIVE_DAYS[words]), True
    tokens = _tokens(words, example)
    weekday = _weekday(tokens[0]) if tokens else None
    if weekday is not None:
        tokens = tokens[1:]
        if len(tokens) == 0:
            raise DateProblem(f"Add the date as well as the day of the week. {example}")
    reading = _reading(tokens, today, example)
    if reading.month is None:
        raise DateProblem(f"Add the day and month, for example 28/11/{reading.year}.")
    if reading.day is None:
        if reading.year is None:
            raise DateProblem(f"Add the day and the year. {example}")
        raise DateProblem(f"Add the day, for example 28/{reading.month:02d}/{reading.year}.")
    if reading.year is None:
        day = (_nearest if ahead else _most_recent)(reading.month, reading.day, today, example)
    else:
        day = _real_date(reading.year, reading.month, reading.day, example)
    if weekday is not None and day.weekday() != weekday:
        raise DateProblem(
            f"{date_words(day.isoformat())} is a {_WEEKDAYS[day.weekday()].capitalize()}, not a "
            f"{_WEEKDAYS[weekday].capitalize()}. Check the date."
        )
    return day, reading.year is not None


def _weekday(word: str) -> int | None:
    if word in _WEEKDAY_ALIASES:
        return _WEEKDAY_ALIASES[word]
    if len(word) >= 3 and word.isalpha():
        for number, name in enumerate(_WEEKDAYS):
            if name.startswith(word):
                return number
    return None


def _reading(tokens: list[str], today: date, example: str) -> _Reading:
    """Day, month and year from the pieces of a date, day first (month first if it is a word)."""

    def number(t: str, most: int = 2) -> bool:
        return t.isdigit() and len(t) <= most

    def year(t: str) -> int:
        return _year(t, today, example)

    def month(t: str) -> int:
        return _month(t, example)

    match tokens:
        case [y] if y.isdigit() and len(y) == 4:
            return _Reading(year(y), None, None)
        case [m] if m.isalpha():
            return _Reading(None, month(m), None)
        case [y, m] if y.isdigit() and len(y) == 4 and (number(m) or m.isalpha()):
            return _Reading(year(y), month(m), None)
        case [m, y] if y.isdigit() and len(y) == 4 and (number(m) or m.isalpha()):
            return _Reading(year(y), month(m), None)
        case [d, m] if number(d) and (number(m) or m.isalpha()):
            return _Reading(None, month(m), int(d))
        case [m, d] if m.isalpha() and number(d):
            return _Reading(None, month(m), int(d))
        case [y, m, d] if y.isdigit() and len(y) == 4 and (number(m) or m.isalpha()):
            return _Reading(year(y), month(m), _day(d, example))
        case [d, m, y] if number(d) and (number(m) or m.isalpha()) and y.isdigit():
            return _Reading(year(y), month(m), int(d))
        case [m, d, y] if m.isalpha() and number(d) and y.isdigit():
            return _Reading(year(y), month(m), int(d))
    raise DateProblem(example)


def _day(text: str, example: str) -> int:
    if text.isdigit() and len(text) <= 2:
        return int(text)
    raise DateProblem(example)


def _year(text: str, today: date, example: str) -> int:
    if len(text) == 2:
        return _full_year(int(text), today)
    if len(text) != 4:
        raise DateProblem(f"Write the year with four digits (or two). {example}")
    return _checked_year(int(text), today, example)


def _checked_year(year: int, today: date, example: str) -> int:
    if _FIRST_YEAR <= year <= today.year + _YEARS_AHEAD:
        return year
    raise DateProblem(f"Check the year: {year} cannot be right here. {example}")


def _full_year(two_digits: int, today: date) -> int:
    """The year ending in these two digits that is at most ten years after today."""
    latest = today.year + _TWO_DIGIT_AHEAD
    return latest - (latest - two_digits) % 100


def _most_recent(month: int, day: int, today: date, example: str) -> date:
    """The latest `day` of `month` that is not after today (29 February can be years back)."""
    for year in range(today.year, today.year - 9, -1):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found <= today:
            return found
    name = _MONTHS[month - 1].capitalize()
    raise DateProblem(f"There is no {day} {name}. {example}")


def _nearest(month: int, day: int, today: date, example: str) -> date:
    """The `day` of `month` nearest to today, before or after it (3 Dec, typed on 29 Nov 2026,
    for a review date, is 3 December 2026, not 2025)."""
    found = []
    for year in (today.year - 1, today.year, today.year + 1):
        with contextlib.suppress(ValueError):
            found.append(date(year, month, day))
    if not found:
        return _most_recent(month, day, today, example)  # 29 February: the last one there was
    return min(found, key=lambda d: (abs((d - today).days), d < today))


def _month_and_year(typed: str, tokens: list[str], today: date) -> str | None:
    """ "11/2019", "Nov 2019" or "2019-11" -> "2019-11"; None when the two pieces are a day.

    A month with a two-digit year is refused: "11/12" could be 11 December or November 2012.
    """
    first, second = tokens
    if any(t.isdigit() and len(t) == 4 for t in tokens):
        reading = _reading(tokens, today, APPROX_EXAMPLE)
        return f"{reading.year:04d}-{reading.month:02d}"
    if not (second.isdigit() and len(second) <= 2) or _weekday(first) is not None:
        return None  # "19 Nov", "this morning", "Sun 29": read as a full date
    if first.isdigit() and not 1 <= int(first) <= 12:
        return None  # "29/11": only a day and month can be meant
    month = _month(first, APPROX_EXAMPLE)
    year = _full_year(int(second), today)
    as_month = f"{_MONTHS[month - 1].capitalize()} {year}"
    fix = f"write the year in full, for example {month:02d}/{year} for {as_month}"
    day, day_month = (int(second), month) if first.isalpha() else (month, int(second))
    if 1 <= day <= 31 and 1 <= day_month <= 12:
        as_day = f"{day} {_MONTHS[day_month - 1].capitalize()}"
        raise DateProblem(
            f'"{typed}" could be {as_day} or {as_month}. For the month, {fix}; for the day, '
            f"add its year."
        )
    raise DateProblem(f"For a month, {fix}.")


def _ask_for_the_time(words: str, today: date) -> None:
    """Raise "Add the time" when `words` is a date on its own; return when it is not a date."""
    try:
        day = _read_full(words, today, MOMENT_EXAMPLE)[0]
    except DateProblem:
        return
    raise _add_the_time(day)


def _add_the_time(day: date) -> DateProblem:
    example = f"{write_date(day.isoformat())} 23:40"
    return DateProblem(f"Add the time, for example {example}, or type now.")


def _around(words: str, match: re.Match[str]) -> str:
    """The text either side of a time, without "at" or "on" left dangling."""
    rest = f"{words[: match.start()]} {words[match.end():]}"
    rest = re.sub(r"\bat\b", " ", rest)
    return " ".join(rest.split())


def _is_clock(match: re.Match[str]) -> bool:
    return int(match.group("h4")) < 24 and int(match.group("m4")) < 60


def _clock(match: re.Match[str]) -> time:
    """The time of day a time pattern matched, checked; DateProblem if there is no such time."""
    groups = match.groupdict()
    if groups.get("noon"):
        return time(12, 0)
    if groups.get("midnight"):
        raise DateProblem(
            "Midnight could be the start or the end of a day: type 00:00 with the date of the "
            "day that was starting, or 23:59."
        )
    if groups.get("ampm"):
        hours, minutes = int(groups["h"]), int(groups["m"] or 0)
        if not 1 <= hours <= 12 or minutes >= 60:
            raise DateProblem(f"{match.group().strip()} is not a time on the 12-hour clock. "
                              f"{TIME_EXAMPLE}")
        hours = hours % 12 + (12 if groups["ampm"] == "pm" else 0)
        return time(hours, minutes)
    for h, m in (("h2", "m2"), ("h3", "m3"), ("h4", "m4")):
        if groups.get(h) is not None:
            hours, minutes = int(groups[h]), int(groups[m])
            if hours < 24 and minutes < 60:
                return time(hours, minutes)
            raise DateProblem(f"There is no {hours:02d}:{minutes:02d} on the 24-hour clock. "
                              f"{TIME_EXAMPLE}")
    raise DateProblem(TIME_EXAMPLE)  # pragma: no cover - every pattern names its groups


def _at(day: date, clock: time, zone: str | None) -> datetime:
    """The UK wall-clock time `clock` on `day` as an aware datetime; the first of a repeated one.

    With "gmt", "utc" or "bst" the one of that offset, which must be what UK clocks showed.
    """
    wall = datetime.combine(day, clock)
    real = [
        at for fold in (0, 1)
        if _exists(at := wall.replace(tzinfo=ZONE, fold=fold))
    ]
    if not real:
        raise DateProblem(
            f"There was no {clock:%H:%M} in the UK on {date_words(day.isoformat())}: the clocks "
            f"went forward an hour that night. Check the time."
        )
    if zone is None or zone == "uk time":
        return real[0]
    offset = _ZONE_OFFSETS[zone]
    for at in real:
        if at.utcoffset() == offset:
            return at
    shown = _zone_word(real[0])
    raise DateProblem(
        f"At {clock:%H:%M} on {date_words(day.isoformat())} UK clocks were on {shown}, not "
        f"{zone.upper()}. Type the time a UK clock showed."
    )


def _exists(at: datetime) -> bool:
    """Whether a wall-clock time (with its fold) is one UK clocks really showed."""
    back = at.astimezone(UTC).astimezone(ZONE)
    return back.replace(tzinfo=None) == at.replace(tzinfo=None) and back.fold == at.fold


def _repeated(at: datetime) -> bool:
    """Whether this UK time happened twice (the hour the clocks go back)."""
    return at.replace(fold=1 - at.fold).utcoffset() != at.utcoffset()


def _zone_word(at: datetime) -> str:
    return "BST" if at.dst() else "GMT"


def _iso_moment(match: re.Match[str]) -> datetime:
    day, clock, offset = match.groups()
    try:
        wall = datetime.fromisoformat(f"{day}T{clock}")
    except ValueError:
        raise DateProblem(MOMENT_EXAMPLE) from None
    if offset is None:
        return _at(wall.date(), wall.time(), None)
    try:
        moment = datetime.fromisoformat(f"{day}T{clock}{'+00:00' if offset == 'z' else offset}")
    except ValueError:
        raise DateProblem(MOMENT_EXAMPLE) from None
    return moment.astimezone(ZONE)


def _precision(stored: str) -> int:
    """10, 7 or 4: the length of a valid stored date; ValueError for anything else."""
    if len(stored) not in (4, 7, 10):
        raise ValueError(f"not a stored date: {stored!r}")
    date.fromisoformat(stored + "-01" * ((10 - len(stored)) // 3))
    return len(stored)
