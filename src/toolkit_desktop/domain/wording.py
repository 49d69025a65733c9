"""How times and spans are written on screen: local time, plain words, no seconds."""

from __future__ import annotations

from datetime import date, datetime, timedelta


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
    """The local time of day, as "02:14"."""
    return moment.astimezone().strftime("%H:%M")


def day_and_time(moment: datetime) -> str:
    """A local date and time, as "Sat 28 Nov 2026, 02:14"."""
    local = moment.astimezone()
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"


def day(value: date) -> str:
    """A date, as "Fri 4 Dec 2026"."""
    return f"{value:%a} {value.day} {value:%b %Y}"


def short_moment(moment: datetime, now: datetime) -> str:
    """A compact local time for a list: "today 02:14", "27 Nov, 23:50" or "3 Mar 2025"."""
    local, today = moment.astimezone(), now.astimezone()
    if local.date() == today.date():
        return f"today {local:%H:%M}"
    if local.year == today.year:
        return f"{local.day} {local:%b, %H:%M}"
    return f"{local.day} {local:%b %Y}"
