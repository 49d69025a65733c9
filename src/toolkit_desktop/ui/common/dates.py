"""Dates and times as the screens show them: domain.wording's formats, with the names of months
and days and the words around them ("today", "5 minutes") in the app's language.

The referral pack and the command line call domain.wording directly and stay in English.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from toolkit_desktop.domain import wording
from toolkit_desktop.domain.wording import clock_time, local, uk_today
from toolkit_desktop.translatable import Marked

__all__ = ["clock_time", "day", "day_and_time", "elapsed", "local", "short_moment", "show_date",
           "show_time", "uk_today"]


def say(words: str) -> str:
    """A word domain.wording marked (a month, "today"), in the app's language."""
    return QCoreApplication.translate(words.context, words) if isinstance(words, Marked) else words


def show_date(value: date | datetime | None) -> str:
    """28 November 2026, in the app's language."""
    return wording.show_date(value, say)


def show_time(moment: datetime | None) -> str:
    """28 November 2026, 02:10, in the app's language."""
    return wording.show_time(moment, say)


def elapsed(since: datetime, now: datetime, *, short: bool = False) -> str:
    """ "25 min", "3 hours 20 minutes", in the app's language."""
    return wording.elapsed(since, now, short=short, say=say)


def day_and_time(moment: datetime) -> str:
    """Sat 28 Nov 2026, 02:14, in the app's language."""
    return wording.day_and_time(moment, say)


def day(value: date) -> str:
    """Fri 4 Dec 2026, in the app's language."""
    return wording.day(value, say)


def short_moment(moment: datetime, now: datetime) -> str:
    """ "today 02:14", "27 Nov, 23:50", in the app's language."""
    return wording.short_moment(moment, now, say)
