"""Times, the child's name and section statuses, written once for the screens and the pack."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest

from toolkit_desktop.domain.completeness import SectionStatus
from toolkit_desktop.domain.wording import (
    NO_NAME,
    child_name,
    child_names,
    status_counts,
    status_words,
    uk_today,
)

SUMMER = "2026-07-01T01:30:00+00:00"  # British Summer Time: 02:30 in the UK
WINTER = "2026-01-15T01:30:00+00:00"  # Greenwich Mean Time: 01:30 in the UK

# Run in a fresh interpreter, since the laptop's zone (TZ) is read when Python starts.
SHOW = f"""
import json
from datetime import datetime
from toolkit_desktop.domain import wording
out = {{"zone": wording.ZONE_NAME}}
for at in ({SUMMER!r}, {WINTER!r}):
    moment = datetime.fromisoformat(at)
    out[at] = {{
        "laptop": moment.astimezone().strftime("%H:%M"),
        "screen": [wording.clock_time(moment), wording.day_and_time(moment),
                   wording.short_moment(moment, moment)],
        "pack": wording.show_time(moment),
    }}
print(json.dumps(out))
"""


@pytest.mark.parametrize(("laptop_zone", "laptop_summer"), [("UTC", "01:30"),
                                                           ("Asia/Kolkata", "07:00")])
def test_screen_and_pack_show_uk_time_whatever_the_laptop_is_set_to(laptop_zone, laptop_summer):
    run = subprocess.run([sys.executable, "-c", SHOW], env={**os.environ, "TZ": laptop_zone},
                         capture_output=True, text=True, check=True)
    shown = json.loads(run.stdout)
    if shown["zone"] != "UK time":
        pytest.skip("no time-zone database here: everything is shown in UTC")
    # The laptop really is in another zone, so the screen cannot be right by chance.
    assert shown[SUMMER]["laptop"] == laptop_summer
    assert shown[SUMMER]["screen"] == ["02:30", "Wed 1 Jul 2026, 02:30", "today 02:30"]
    assert shown[SUMMER]["pack"] == "1 July 2026, 02:30"
    assert shown[WINTER]["screen"] == ["01:30", "Thu 15 Jan 2026, 01:30", "today 01:30"]
    assert shown[WINTER]["pack"] == "15 January 2026, 01:30"


def test_the_child_is_named_by_given_and_family_names_then_known_as():
    child = {"given_names": " Amira ", "family_name": "Haile", "known_as": "Mimi",
             "aliases": [{"name": "A. H."}, {"name": " "}]}
    assert child_names(child) == ("Amira Haile", ["Mimi", "A. H."])
    assert child_name({"known_as": "Girl at the port", "given_names": " "}) == "Girl at the port"
    assert child_name({}) == NO_NAME == "No name recorded yet"


def test_section_statuses_read_as_the_pack_and_the_steps_print_them():
    assert status_words(SectionStatus.PARTLY) == "partly completed"
    assert status_words(SectionStatus.NOT_RELEVANT, capital=True) == "Marked not relevant"
    statuses = [SectionStatus.COMPLETE, SectionStatus.COMPLETE, SectionStatus.NOT_STARTED,
                SectionStatus.PARTLY]
    assert status_counts(statuses) == (
        "2 complete, 1 partly completed, 0 marked not relevant, 1 not started")
    assert status_counts(statuses, of_sections=True) == (
        "2 of 4 sections complete, 1 partly completed, 0 marked not relevant, 1 not started")


def test_today_is_the_uk_date_even_when_utc_is_still_yesterday():
    # 23:30 UTC on 1 July is 00:30 on 2 July in the UK: ages and deadlines count from the 2nd.
    assert uk_today(datetime(2026, 7, 1, 23, 30, tzinfo=UTC)) == date(2026, 7, 2)
    assert uk_today(datetime(2026, 1, 15, 23, 30, tzinfo=UTC)) == date(2026, 1, 15)


def _other_language() -> str | None:
    """A locale of another language installed here, or None."""
    import locale

    kept = locale.setlocale(locale.LC_TIME)
    try:
        for name in ("cy_GB.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8", "es_ES.UTF-8"):
            try:
                locale.setlocale(locale.LC_TIME, name)
                return name
            except locale.Error:
                continue
        return None
    finally:
        locale.setlocale(locale.LC_TIME, kept)


def test_dates_are_written_in_english_whatever_the_computers_language():
    # Qt sets the C library's locale from the system when the app starts; the pack (English)
    # and the command line (which starts no Qt) must write the same dates as each other.
    other = _other_language()
    if other is None:
        pytest.skip("no locale of another language is installed on this machine")
    script = """
import locale
from datetime import UTC, date, datetime
locale.setlocale(locale.LC_ALL, "")  # as QCoreApplication does on start
from toolkit_desktop.domain.answer_words import show_approx_date
from toolkit_desktop.domain.wording import day, day_and_time, short_moment, show_date
at = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
print(show_date(date(2026, 11, 20)), day(date(2026, 11, 20)), day_and_time(at),
      short_moment(at, datetime(2027, 1, 2, tzinfo=UTC)), show_approx_date("2019-03"), sep="|")
"""
    env = {**os.environ, "LC_ALL": other, "LANG": other}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                         text=True, check=True).stdout.strip()
    assert out == ("20 November 2026|Fri 20 Nov 2026|Fri 20 Nov 2026, 02:00|20 Nov 2026|"
                   "March 2019 (month only)")
