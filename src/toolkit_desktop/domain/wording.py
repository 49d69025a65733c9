"""How times, dates, the child's name and a section's status are written, on screen and in the pack.

Every time is written in UK time, whatever zone the laptop is set to, so a conversation reads the
same on its page, under an answer that cites it and in the referral pack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
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
# They, and the words around them, are marked for the catalogue: the screens pass `say`
# (`ui.common.dates`) and show them in the app's language; the pack and the command line do not.
MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "January"), QT_TRANSLATE_NOOP("Dates", "February"),
    QT_TRANSLATE_NOOP("Dates", "March"), QT_TRANSLATE_NOOP("Dates", "April"),
    QT_TRANSLATE_NOOP("Dates", "May"), QT_TRANSLATE_NOOP("Dates", "June"),
    QT_TRANSLATE_NOOP("Dates", "July"), QT_TRANSLATE_NOOP("Dates", "August"),
    QT_TRANSLATE_NOOP("Dates", "September"), QT_TRANSLATE_NOOP("Dates", "October"),
    QT_TRANSLATE_NOOP("Dates", "November"), QT_TRANSLATE_NOOP("Dates", "December"),
)
MONS = (
    QT_TRANSLATE_NOOP("Dates", "Jan"), QT_TRANSLATE_NOOP("Dates", "Feb"),
    QT_TRANSLATE_NOOP("Dates", "Mar"), QT_TRANSLATE_NOOP("Dates", "Apr"),
    QT_TRANSLATE_NOOP("Dates", "May"), QT_TRANSLATE_NOOP("Dates", "Jun"),
    QT_TRANSLATE_NOOP("Dates", "Jul"), QT_TRANSLATE_NOOP("Dates", "Aug"),
    QT_TRANSLATE_NOOP("Dates", "Sep"), QT_TRANSLATE_NOOP("Dates", "Oct"),
    QT_TRANSLATE_NOOP("Dates", "Nov"), QT_TRANSLATE_NOOP("Dates", "Dec"),
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Dates", "Mon"), QT_TRANSLATE_NOOP("Dates", "Tue"),
    QT_TRANSLATE_NOOP("Dates", "Wed"), QT_TRANSLATE_NOOP("Dates", "Thu"),
    QT_TRANSLATE_NOOP("Dates", "Fri"), QT_TRANSLATE_NOOP("Dates", "Sat"),
    QT_TRANSLATE_NOOP("Dates", "Sun"),
)
Say = Callable[[str], str]  # marked English words in the language they are shown in


def _english(words: str) -> str:
    """The words as they are: English (the pack, the command line, the log)."""
    return words


def _month(day: date, say: Say = _english) -> str:
    return say(MONTHS[day.month - 1])


def _mon(day: date, say: Say = _english) -> str:
    # "May" is its own abbreviation, in English and in Welsh ("Mai") alike: one entry serves both.
    return say(MONS[day.month - 1])


def _weekday(day: date, say: Say = _english) -> str:
    return say(WEEKDAYS[day.weekday()])


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


def show_date(day: date | datetime | None, say: Say = _english) -> str:
    """28 November 2026."""
    if day is None:
        return say(QT_TRANSLATE_NOOP("Dates", "not recorded"))
    if isinstance(day, datetime):
        day = local(day).date()
    return f"{day.day} {_month(day, say)} {day.year}"


def show_time(moment: datetime | None, say: Say = _english) -> str:
    """28 November 2026, 02:10."""
    if moment is None:
        return say(QT_TRANSLATE_NOOP("Dates", "not recorded"))
    at = local(moment)
    return f"{show_date(at.date(), say)}, {at:%H:%M}"


def _count(count: int, one: Marked, many: Marked, say: Say) -> str:
    """ "1 hour" or "3 hours": one sentence for one and another for more (see domain.steps)."""
    return say(one if count == 1 else many).format(count=count)


def elapsed(since: datetime, now: datetime, *, short: bool = False, say: Say = _english) -> str:
    """How long ago `since` was: "25 min", "3 h 20 min" (short) or "3 hours 20 minutes"."""
    minutes = max(0, int((now - since) / timedelta(minutes=1)))
    hours, mins = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if short:
        if days >= 14:
            return say(QT_TRANSLATE_NOOP("Dates", "{weeks} weeks")).format(weeks=days // 7)
        if days:
            return say(QT_TRANSLATE_NOOP("Dates", "{days} d {hours} h")).format(
                days=days, hours=hours)
        if hours:
            return say(QT_TRANSLATE_NOOP("Dates", "{hours} h {mins} min")).format(
                hours=hours, mins=mins)
        if mins:
            return say(QT_TRANSLATE_NOOP("Dates", "{mins} min")).format(mins=mins)
        return say(QT_TRANSLATE_NOOP("Dates", "just now"))
    weeks_ = _count(days // 7, QT_TRANSLATE_NOOP("Dates", "{count} week"),
                    QT_TRANSLATE_NOOP("Dates", "{count} weeks"), say)
    days_ = _count(days, QT_TRANSLATE_NOOP("Dates", "{count} day"),
                   QT_TRANSLATE_NOOP("Dates", "{count} days"), say)
    hours_ = _count(hours, QT_TRANSLATE_NOOP("Dates", "{count} hour"),
                    QT_TRANSLATE_NOOP("Dates", "{count} hours"), say)
    mins_ = _count(mins, QT_TRANSLATE_NOOP("Dates", "{count} minute"),
                   QT_TRANSLATE_NOOP("Dates", "{count} minutes"), say)
    if days >= 14:
        return weeks_
    if days:
        return f"{days_} {hours_}"
    if hours:
        return f"{hours_} {mins_}"
    return mins_ if mins else say(QT_TRANSLATE_NOOP("Dates", "less than a minute"))


def clock_time(moment: datetime) -> str:
    """The time of day, as "02:14"."""
    return local(moment).strftime("%H:%M")


def day_and_time(moment: datetime, say: Say = _english) -> str:
    """A date and time, as "Sat 28 Nov 2026, 02:14"."""
    at = local(moment)
    return f"{_weekday(at, say)} {at.day} {_mon(at, say)} {at.year}, {at:%H:%M}"


def day(value: date, say: Say = _english) -> str:
    """A date, as "Fri 4 Dec 2026"."""
    return f"{_weekday(value, say)} {value.day} {_mon(value, say)} {value.year}"


def short_moment(moment: datetime, now: datetime, say: Say = _english) -> str:
    """A compact time for a list: "today 02:14", "27 Nov, 23:50" or "3 Mar 2025"."""
    at, today = local(moment), local(now)
    if at.date() == today.date():
        return say(QT_TRANSLATE_NOOP("Dates", "today {time}")).format(time=f"{at:%H:%M}")
    if at.year == today.year:
        return f"{at.day} {_mon(at, say)}, {at:%H:%M}"
    return f"{at.day} {_mon(at, say)} {at.year}"


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
