"""How times, dates, the child's name and a section's status are written, on screen and in the pack.

Every time is written in UK time, whatever zone the laptop is set to, so a conversation reads the
same on its page, under an answer that cites it and in the referral pack.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from toolkit_desktop.domain.completeness import SectionStatus
from toolkit_desktop.domain.names import NO_NAME as NO_NAME
from toolkit_desktop.domain.names import shown_name
from toolkit_desktop.translatable import QT_TRANSLATE_NOOP, Marked

# In the order the pack counts them: what is done first, what is still to do last.
STATUS_WORDS: Mapping[SectionStatus, Marked] = {
    SectionStatus.COMPLETE: QT_TRANSLATE_NOOP("Status", "complete"),
    SectionStatus.PARTLY: QT_TRANSLATE_NOOP("Status", "partly completed"),
    SectionStatus.NOT_RELEVANT: QT_TRANSLATE_NOOP("Status", "marked not relevant"),
    SectionStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Status", "not started"),
}


def _uk_zone() -> tuple[tzinfo, str]:
    """UK local time where the time-zone database exists (it may not on Windows), else UTC."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/London"), "UK time"
    except Exception:  # ZoneInfoNotFoundError, or no tz database at all
        return UTC, "UTC"


ZONE, ZONE_NAME = _uk_zone()

# The names of months and days, in English whatever the computer's language: `strftime` writes
# them in the C library's locale, and Qt sets that from the system when the app starts, so on a
# laptop set to Welsh or any other language the English pack (and the screens) would have said
# "20 Tachwedd 2026", while the command line, which starts no Qt, said "20 November 2026".
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _month(day: date) -> str:
    return MONTHS[day.month - 1]


def _mon(day: date) -> str:
    return MONTHS[day.month - 1][:3]


def _weekday(day: date) -> str:
    return WEEKDAYS[day.weekday()]


def month_and_year(day: date) -> str:
    """March 2019."""
    return f"{_month(day)} {day.year}"


def local(moment: datetime) -> datetime:
    """A stored (aware) time in the zone everything is shown in; a naive time is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(ZONE)


def uk_today(now: datetime) -> date:
    """The date in the UK at `now`: the day ages, deadlines and "today" are counted from."""
    return local(now).date()


def show_date(day: date | datetime | None) -> str:
    """28 November 2026."""
    if day is None:
        return "not recorded"
    if isinstance(day, datetime):
        day = local(day).date()
    return f"{day.day} {_month(day)} {day.year}"


def show_time(moment: datetime | None) -> str:
    """28 November 2026, 02:10."""
    if moment is None:
        return "not recorded"
    at = local(moment)
    return f"{show_date(at.date())}, {at:%H:%M}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def elapsed(since: datetime, now: datetime, *, short: bool = False) -> str:
    """How long ago `since` was: "25 min", "3 h 20 min" (short) or "3 hours 20 minutes"."""
    minutes = max(0, int((now - since) / timedelta(minutes=1)))
    hours, mins = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if short:
        if days >= 14:
            return f"{days // 7} weeks"
        if days:
            return f"{days} d {hours} h"
        if hours:
            return f"{hours} h {mins} min"
        return f"{mins} min" if mins else "just now"
    if days >= 14:
        return _plural(days // 7, "week")
    if days:
        return f"{_plural(days, 'day')} {_plural(hours, 'hour')}"
    if hours:
        return f"{_plural(hours, 'hour')} {_plural(mins, 'minute')}"
    return _plural(mins, "minute") if mins else "less than a minute"


def clock_time(moment: datetime) -> str:
    """The time of day, as "02:14"."""
    return local(moment).strftime("%H:%M")


def day_and_time(moment: datetime) -> str:
    """A date and time, as "Sat 28 Nov 2026, 02:14"."""
    at = local(moment)
    return f"{_weekday(at)} {at.day} {_mon(at)} {at.year}, {at:%H:%M}"


def day(value: date) -> str:
    """A date, as "Fri 4 Dec 2026"."""
    return f"{_weekday(value)} {value.day} {_mon(value)} {value.year}"


def short_moment(moment: datetime, now: datetime) -> str:
    """A compact time for a list: "today 02:14", "27 Nov, 23:50" or "3 Mar 2025"."""
    at, today = local(moment), local(now)
    if at.date() == today.date():
        return f"today {at:%H:%M}"
    if at.year == today.year:
        return f"{at.day} {_mon(at)}, {at:%H:%M}"
    return f"{at.day} {_mon(at)} {at.year}"


def child_names(child: Mapping[str, Any]) -> tuple[str, list[str]]:
    """The name to show for the child, in their own order and script, and their other names.

    See `names.shown_name`: the name as the child gives it, else given and family names, else
    the "known as" name the case started with, else `NO_NAME`.
    """
    shown = shown_name(child)
    return shown.name, list(shown.others)


def child_name(child: Mapping[str, Any]) -> str:
    """The name to show for the child, from the answers of their details form."""
    return shown_name(child).name


def status_words(status: SectionStatus, *, capital: bool = False) -> str:
    """A section's status: "partly completed", or "Partly completed" to start a line."""
    words = STATUS_WORDS[status]
    return words[:1].upper() + words[1:] if capital else words


def status_counts(statuses: Iterable[SectionStatus], *, of_sections: bool = False) -> str:
    """ "2 complete, 1 partly completed, 0 marked not relevant, 3 not started".

    With `of_sections` the first count says out of how many: "2 of 6 sections complete, ...".
    """
    found = list(statuses)
    counts = [f"{found.count(s)} {words}" for s, words in STATUS_WORDS.items()]
    if of_sections:
        counts[0] = f"{found.count(SectionStatus.COMPLETE)} of {len(found)} sections " + (
            STATUS_WORDS[SectionStatus.COMPLETE]
        )
    return ", ".join(counts)
