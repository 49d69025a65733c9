"""The bounds on what a case may hold, typed or imported, and the sentence that refuses a value.

One place states them, so the app's boxes, the record path and the case-file import agree: what
one refuses the others refuse with the same words. Each bound says why it is where it is. They
exist because a value past them breaks or stalls the referral pack (a year 1 date overflows when
moved to UK time; a 10 MB account takes minutes to lay out), or is a slip of the keyboard.
Plain Python, no Qt.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

# -- text -----------------------------------------------------------------------------------


class TextKind(enum.Enum):
    """What a piece of text is, which sets how long it may be and whether it may break lines.

    The value is (most characters, may hold tabs and line breaks, how it is called).
    """

    # A one-line answer (a place, a name, a phone number): 500 is several full addresses.
    SINGLE_LINE = (500, False, "one-line answer")
    # Who recorded or sent something: a person's name, or a login.
    NAME = (200, False, "name")
    # A case reference, as this program writes them (TK-20261127-AB12), with room to spare.
    REFERENCE = (100, False, "case reference")
    # Where a pack was saved: the longest path Linux allows.
    PATH = (4096, False, "file path")
    # An account, evidence, a chronology entry, a reason: about 3,500 words, eight pages of the
    # pack. Laying out 20,000 characters takes the pack about a second; 100,000 took 45.
    LONG_TEXT = (20_000, True, "longer answer")

    @property
    def most(self) -> int:
        """The most characters this kind of text may hold."""
        return int(self.value[0])

    @property
    def multiline(self) -> bool:
        """Whether tabs and line breaks belong in it."""
        return bool(self.value[1])


# Tabs and line breaks, the only control characters a longer answer may hold ("\r" comes with
# text written on Windows).
_LINE_BREAKS = frozenset("\t\n\r")
SHOWN_CHARS = 40  # how much of a refused value a sentence repeats


def shown(value: object, most: int = SHOWN_CHARS, *, quoted: bool = True) -> str:
    """A refused value as a sentence repeats it: quoted when text, shortened when long, and with
    control characters and lone surrogates written as escapes, so it can always be printed."""
    if isinstance(value, str):
        mark = '"' if quoted else ""
        safe = "".join(_escaped(c) for c in value[:most])
        if len(value) > most:
            return f"{mark}{safe}…{mark} ({len(value):,} characters)"
        return f"{mark}{safe}{mark}"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int):
        if abs(value) < 10**most:
            return str(value)
        return f"a number of {_digits(value):,} digits"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list):
        return f"a list of {len(value):,}"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _digits(value: int) -> int:
    # Counted without str(): Python refuses to print an int of more than 4,300 digits.
    return max(1, len(f"{abs(value):x}") * 4 * 30103 // 100000)


def _escaped(char: str) -> str:
    if unicodedata.category(char) in ("Cc", "Cs"):
        return char.encode("unicode_escape", "backslashreplace").decode("ascii")
    return char


def text_problem(value: str, kind: TextKind) -> str | None:
    """Why `value` cannot be kept as this kind of text, in one sentence, or None."""
    if len(value) > kind.most:
        return (
            f"{shown(value)} is too long: a {kind.value[2]} can hold up to "
            f"{kind.most:,} characters."
        )
    for char in value:
        category = unicodedata.category(char)
        if category == "Cs":
            # Half of a pair that makes one character: it cannot be stored or printed.
            return f"{shown(value)} holds a broken character ({_escaped(char)})."
        if category == "Cc" and not (kind.multiline and char in _LINE_BREAKS):
            what = "a tab or line break" if char in _LINE_BREAKS else "a control character"
            return f"{shown(value)} holds {what} ({_escaped(char)}), which a {kind.value[2]} " \
                "cannot hold."
    return None


def typed_text_problem(text: str, kind: TextKind) -> str | None:
    """What to say when typing or pasting would make a box hold more than `kind` allows."""
    if len(text) > kind.most:
        return (
            f"This answer can hold up to {kind.most:,} characters, so what was typed or pasted "
            f"was not added: it would have made the answer {len(text):,} characters long."
        )
    if any(unicodedata.category(c) in ("Cc", "Cs") and not (kind.multiline and c in _LINE_BREAKS)
           for c in text):
        return (
            "A tab or line break cannot go in a one-line answer, so what was pasted was not "
            "added. Paste it one line at a time."
        )
    return None


# -- numbers --------------------------------------------------------------------------------

# The app's number boxes take up to 12 digits; nothing a practitioner counts (an age, hours a
# day, children) comes near it, and a number past it is a slip or a broken file.
LARGEST_NUMBER = 10**12 - 1


def number_problem(value: Any) -> str | None:
    """Why `value` is not a number an answer may hold, or None. true/false is not a number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"expected a number, not {shown(value)}"
    if isinstance(value, float) and value != value:  # NaN is not equal to itself
        return "expected a finite number, not NaN"
    # Compared, never converted: float() of an int of 400 digits raises OverflowError.
    if not -LARGEST_NUMBER <= value <= LARGEST_NUMBER:
        if isinstance(value, float) and value in (float("inf"), float("-inf")):
            return f"expected a finite number, not {shown(value)}"
        return f"{shown(value)} is too large: a number here is at most {LARGEST_NUMBER:,}."
    return None


# -- dates ----------------------------------------------------------------------------------

# Dates of birth from 1900: no one an age assessment concerns was born earlier, and a year like
# 0001 or 1011 is a slip (for 2001, 2011) that would break the pack's age and UK-time sums.
EARLIEST_BIRTH = date(1900, 1, 1)
# Other dates of a person's life and the documents about it, from 1950: the child, or an adult
# whose age is disputed (up to 75 at this bound), and their papers, with a slip like 0201 or 1026
# still refused. (1990 would refuse the birth certificate of a 40-year-old claiming to be 17.)
EARLIEST_EVENT = date(1950, 1, 1)
# When this program wrote something (recorded, created, exported): it did not exist before.
EARLIEST_RECORD = date(2000, 1, 1)
# A date that has happened may still be up to a month after the laptop's "today": a clock set
# a few weeks slow, or a colleague's laptop in another time zone, should not block real work.
FUTURE_MARGIN = timedelta(days=31)
# A date still to come (a review, a deadline, a hearing): within ten years.
PLANNED_AHEAD = timedelta(days=3653)
# With no "today" to go by, the last date any answer may hold: far below the year 9999 where
# adding the NRM's 45 days to a date overflows.
LATEST_EVER = date(2100, 12, 31)


class DateKind(enum.Enum):
    """Which range a date answer falls in."""

    BIRTH = "birth"  # a date of birth: from 1900 to today
    HAPPENED = "happened"  # an event that has happened: from 1950 to a month after today
    PLANNED = "planned"  # any other date, which may be still to come: up to ten years ahead
    RECORDED = "recorded"  # when this program recorded something: from 2000


def date_kind(checks: frozenset[str]) -> DateKind:
    """The range of a date field, from its `check:` words (`domain.date_doubts.DateCheck`)."""
    if "birth_date" in checks:
        return DateKind.BIRTH
    if "not_future" in checks:
        return DateKind.HAPPENED
    return DateKind.PLANNED


@dataclass(frozen=True)
class DateRange:
    """The first and last day a date may be, with the words that say each."""

    earliest: date
    latest: date
    before_words: str  # "1900"
    after_words: str  # "after today", "more than a month after today", "after 2100"


def date_range(kind: DateKind, today: date | None) -> DateRange:
    """The range for `kind`; without `today` only the fixed outer bound applies at the end."""
    earliest = {
        DateKind.BIRTH: EARLIEST_BIRTH,
        DateKind.HAPPENED: EARLIEST_EVENT,
        DateKind.PLANNED: EARLIEST_EVENT,
        DateKind.RECORDED: EARLIEST_RECORD,
    }[kind]
    if today is None:
        return DateRange(earliest, LATEST_EVER, str(earliest.year), f"after {LATEST_EVER.year}")
    if kind is DateKind.BIRTH:
        # The UK date is "today"; a day more covers a laptop set to another time zone.
        return DateRange(earliest, today + timedelta(days=1), str(earliest.year), "after today")
    if kind is DateKind.PLANNED:
        return DateRange(earliest, today + PLANNED_AHEAD, str(earliest.year),
                         "more than ten years from today")
    return DateRange(earliest, today + FUTURE_MARGIN, str(earliest.year),
                     "more than a month after today")


def span_problem(
    written: str, first: date, last: date, kind: DateKind, today: date | None
) -> str | None:
    """Why a date spanning `first` to `last` (one day, or a month or year given roughly) falls
    outside its range, or None. `written` is the value as given, repeated in the sentence."""
    bounds = date_range(kind, today)
    if last < bounds.earliest:
        return f"{shown(written, quoted=False)} is before {bounds.before_words}."
    if first > bounds.latest:
        return f"{shown(written, quoted=False)} is {bounds.after_words}."
    return None


# -- the shape of a case file ---------------------------------------------------------------

# A case file nests six deep (file, answers, answer, a group's rows, a row, its choices); 16 is
# room to spare while a file built to exhaust the reader is refused in words.
DEEPEST_NESTING = 16
# A group (people, agencies, places) of more rows than anyone fills in is a broken file.
MOST_GROUP_ROWS = 200
# Keys are the format's names and field ids, all short: a longer one is not ours, said shortened.
LONGEST_KEY = 100
# Larger than any real case: the longest texts, thousands of revisions. Refused before reading.
MOST_CASE_FILE_BYTES = 50 * 1024 * 1024


def shape_problem(document: Any) -> str | None:
    """Nesting too deep or a broken character anywhere in a decoded file (keys too), or None.

    Walked with a list, not recursion, so the walk itself cannot run out of stack.
    """
    stack: list[tuple[Any, str, int]] = [(document, "the file", 1)]
    while stack:
        value, where, depth = stack.pop()
        if depth > DEEPEST_NESTING:
            return f"{where} is nested more than {DEEPEST_NESTING} levels deep."
        for key, item in _children(value):
            if isinstance(key, str) and _has_surrogate(key):
                return f"The key {shown(key)} in {where} holds a broken character."
            if isinstance(key, str) and len(key) > LONGEST_KEY:
                return f"The key {shown(key)} in {where} is not a key of a case file."
            inner = f"{where}[{key}]" if isinstance(key, int) else _join(where, key)
            if isinstance(item, str) and _has_surrogate(item):
                return f"{inner} holds a broken character: {shown(item)}."
            if isinstance(item, dict | list):
                stack.append((item, inner, depth + 1))
    return None


def _children(value: Any) -> Iterator[tuple[int | str, Any]]:
    if isinstance(value, dict):
        yield from value.items()
    elif isinstance(value, list):
        yield from enumerate(value)


def _join(where: str, key: str) -> str:
    return key if where == "the file" else f"{where}.{key}"


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
