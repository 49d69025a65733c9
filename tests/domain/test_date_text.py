"""Dates and times typed as people write them, one box each, read the same on any laptop."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from toolkit_desktop.domain.date_text import (
    APPROX_EXAMPLE,
    DATE_EXAMPLE,
    MOMENT_EXAMPLE,
    DateProblem,
    date_words,
    moment_words,
    parse_date,
    parse_month,
    parse_time,
    parse_year,
    read_approx_date,
    read_date,
    read_moment,
    say_date,
    say_moment,
    show_date,
    write_date,
    write_moment,
)
from toolkit_desktop.domain.wording import ZONE_NAME

TODAY = date(2026, 11, 29)  # a Sunday
NOW = datetime(2026, 11, 29, 14, 0, tzinfo=UTC)  # 14:00 GMT in the UK
SUMMER_NOW = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)  # 13:00 BST in the UK

needs_uk_zone = pytest.mark.skipif(
    ZONE_NAME != "UK time", reason="no time-zone database here: times are read as UTC"
)


# -- read_date ------------------------------------------------------------------------------------

READ_DATE: list[tuple[str, str]] = [
    ("29/11/2026", "2026-11-29"),
    ("29.11.2026", "2026-11-29"),
    ("29-11-2026", "2026-11-29"),
    ("29 11 2026", "2026-11-29"),
    ("1/2/2020", "2020-02-01"),
    ("1.2.2020", "2020-02-01"),
    ("  29/11/2026  ", "2026-11-29"),
    ("29 Nov 2026", "2026-11-29"),
    ("29 november 2026", "2026-11-29"),
    ("29 Sept 2026", "2026-09-29"),
    ("29-Nov-2026", "2026-11-29"),
    ("29nov2026", "2026-11-29"),
    ("29th November 2026", "2026-11-29"),
    ("the 29th of November, 2026", "2026-11-29"),
    ("Sunday 29 November 2026", "2026-11-29"),
    ("Sun 29 Nov 2026", "2026-11-29"),
    ("November 29, 2026", "2026-11-29"),
    ("Nov 29 2026", "2026-11-29"),
    ("2026-11-29", "2026-11-29"),
    ("2026/11/29", "2026-11-29"),
    # Two-digit years: at most ten years after today.
    ("29.11.26", "2026-11-29"),
    ("29/11/36", "2036-11-29"),
    ("1/1/37", "1937-01-01"),
    ("5/6/98", "1998-06-05"),
    ("5/6/00", "2000-06-05"),
    ("29 Nov 19", "2019-11-29"),
    # Words for days near today.
    ("today", "2026-11-29"),
    ("Today", "2026-11-29"),
    ("yesterday", "2026-11-28"),
    ("tomorrow", "2026-11-30"),
    # No year: the most recent such day that is not after today.
    ("29 Nov", "2026-11-29"),
    ("29 November", "2026-11-29"),
    ("Nov 29", "2026-11-29"),
    ("29/11", "2026-11-29"),
    ("30 Nov", "2025-11-30"),
    ("1/12", "2025-12-01"),
    ("28/11", "2026-11-28"),
    ("29 Feb", "2024-02-29"),
]


@pytest.mark.parametrize(("typed", "stored"), READ_DATE)
def test_a_full_date_is_read_as_people_write_it(typed: str, stored: str) -> None:
    assert read_date(typed, TODAY) == stored


READ_DATE_PROBLEMS: list[tuple[str, str]] = [
    ("", DATE_EXAMPLE),
    ("29/11/2026?", DATE_EXAMPLE),
    ("29", DATE_EXAMPLE),
    ("31/4/2026", f"There is no 31 April 2026. {DATE_EXAMPLE}"),
    ("29/2/2026", "There is no 29 February 2026."),
    ("29/13/2026", f"There is no month 13. {DATE_EXAMPLE}"),
    ("31/4", "There is no 31 April."),
    ("29 Novembre 2026", '"novembre" is not a month we recognise.'),
    ("11/2019", "Add the day, for example 28/11/2019."),
    ("Nov 2019", "Add the day, for example 28/11/2019."),
    ("2019", "Add the day and month, for example 28/11/2019."),
    ("November", "Add the day and the year."),
    ("Monday 29 Nov 2026", "29 November 2026 is a Sunday, not a Monday. Check the date."),
    ("Sunday", "Add the date as well as the day of the week."),
    ("29/11/1899", "Check the year: 1899 cannot be right here."),
    ("29/11/2127", "Check the year: 2127 cannot be right here."),
    ("29/11/202", "Write the year with four digits (or two)."),
]


@pytest.mark.parametrize(("typed", "says"), READ_DATE_PROBLEMS)
def test_a_date_that_cannot_be_read_says_why_in_a_sentence(typed: str, says: str) -> None:
    with pytest.raises(DateProblem) as problem:
        read_date(typed, TODAY)
    assert str(problem.value).startswith(says)
    assert str(problem.value).endswith(".")


# -- read_approx_date -----------------------------------------------------------------------------

READ_APPROX: list[tuple[str, str]] = [
    ("2019", "2019"),
    ("about 2019", "2019"),
    ("Around 2019", "2019"),
    ("roughly 2019", "2019"),
    ("approx. 2019", "2019"),
    ("approximately 2019", "2019"),
    ("c. 2019", "2019"),
    ("c.2019", "2019"),
    ("c 2019", "2019"),
    ("ca. 2019", "2019"),
    ("circa 2019", "2019"),
    ("~2019", "2019"),
    ("2019ish", "2019"),
    ("2019-ish", "2019"),
    ("2019?", "2019"),
    ("some time in 2019", "2019"),
    ("in 2019", "2019"),
    ("11/2019", "2019-11"),
    ("11.2019", "2019-11"),
    ("1/2019", "2019-01"),
    ("Nov 2019", "2019-11"),
    ("November 2019", "2019-11"),
    ("november, 2019", "2019-11"),
    ("about Nov 2019", "2019-11"),
    ("2019-11", "2019-11"),
    ("2019/11", "2019-11"),
    ("29/11/2019", "2019-11-29"),
    ("about 29 Nov 2019", "2019-11-29"),
    ("around the 3rd of May 2020", "2020-05-03"),
    ("2019-11-29", "2019-11-29"),
    ("Friday 29 November 2019", "2019-11-29"),
    ("29 Nov", "2026-11-29"),
    ("19 Nov", "2026-11-19"),
    ("29/11", "2026-11-29"),
    ("yesterday", "2026-11-28"),
]


@pytest.mark.parametrize(("typed", "stored"), READ_APPROX)
def test_an_approximate_date_is_as_exact_as_what_was_typed(typed: str, stored: str) -> None:
    assert read_approx_date(typed, TODAY) == stored


READ_APPROX_PROBLEMS: list[tuple[str, str]] = [
    ("", APPROX_EXAMPLE),
    ("about", APPROX_EXAMPLE),
    ("twenty nineteen", APPROX_EXAMPLE),
    ("11/19", "For a month, write the year in full, for example 11/2019 for November 2019."),
    ("11/12", '"11/12" could be 11 December or November 2012.'),
    ("Nov 19", '"Nov 19" could be 19 November or November 2019.'),
    ("late 2019", '"Late" cannot be kept with the date: type the year alone, such as 2019'),
    ("early Nov 2019", '"Early" cannot be kept'),
    ("mid-2019", '"Mid" cannot be kept'),
    ("13/2019", f"There is no month 13. {APPROX_EXAMPLE}"),
    ("1899", "Check the year: 1899 cannot be right here."),
    ("31/4/2019", "There is no 31 April 2019."),
]


@pytest.mark.parametrize(("typed", "says"), READ_APPROX_PROBLEMS)
def test_an_approximate_date_that_cannot_be_read_says_why(typed: str, says: str) -> None:
    with pytest.raises(DateProblem) as problem:
        read_approx_date(typed, TODAY)
    assert str(problem.value).startswith(says)


@pytest.mark.parametrize("stored", ["2019", "2019-11", "2019-11-29", "2026-02-01"])
def test_the_tidy_text_reads_back_as_the_same_approximate_date(stored: str) -> None:
    assert read_approx_date(write_date(stored), TODAY) == stored


@pytest.mark.parametrize("stored", ["2026-11-29", "2000-01-01", "1999-12-31", "2024-02-29"])
def test_the_tidy_text_reads_back_as_the_same_date(stored: str) -> None:
    assert read_date(write_date(stored), TODAY) == stored
    assert read_date(say_date(stored), TODAY) == stored


# -- read_moment ----------------------------------------------------------------------------------

READ_MOMENT: list[tuple[str, datetime, str]] = [
    ("29/11/2026 23:40", NOW, "2026-11-29T23:40:00+00:00"),
    ("29/11/2026 at 23:40", NOW, "2026-11-29T23:40:00+00:00"),
    ("29/11/2026, 23:40", NOW, "2026-11-29T23:40:00+00:00"),
    ("29 Nov 23:40", NOW, "2026-11-29T23:40:00+00:00"),
    ("29 November 2026 23.40", NOW, "2026-11-29T23:40:00+00:00"),
    ("29.11.26 23.40", NOW, "2026-11-29T23:40:00+00:00"),
    ("Sunday 29 November 2026, 23:40", NOW, "2026-11-29T23:40:00+00:00"),
    ("23:40 29/11/2026", NOW, "2026-11-29T23:40:00+00:00"),
    ("23:40 on 29/11/2026", NOW, "2026-11-29T23:40:00+00:00"),
    ("today 02:10", NOW, "2026-11-29T02:10:00+00:00"),
    ("yesterday 23:40", NOW, "2026-11-28T23:40:00+00:00"),
    ("tomorrow 9am", NOW, "2026-11-30T09:00:00+00:00"),
    ("02:10", NOW, "2026-11-29T02:10:00+00:00"),
    ("2.10", NOW, "2026-11-29T02:10:00+00:00"),
    ("at 2.10", NOW, "2026-11-29T02:10:00+00:00"),
    ("1430", NOW, "2026-11-29T14:30:00+00:00"),
    ("1430hrs", NOW, "2026-11-29T14:30:00+00:00"),
    ("14h30", NOW, "2026-11-29T14:30:00+00:00"),
    ("2:10pm", NOW, "2026-11-29T14:10:00+00:00"),
    ("11.40 p.m.", NOW, "2026-11-29T23:40:00+00:00"),
    ("12am", NOW, "2026-11-29T00:00:00+00:00"),
    ("12pm", NOW, "2026-11-29T12:00:00+00:00"),
    ("noon", NOW, "2026-11-29T12:00:00+00:00"),
    ("yesterday at midday", NOW, "2026-11-28T12:00:00+00:00"),
    ("29/11/2026 1430", NOW, "2026-11-29T14:30:00+00:00"),
    ("29 Nov at 1430", NOW, "2026-11-29T14:30:00+00:00"),
    ("today 1430", NOW, "2026-11-29T14:30:00+00:00"),
    ("1430 today", NOW, "2026-11-29T14:30:00+00:00"),
    ("1430 29/11/2026", NOW, "2026-11-29T14:30:00+00:00"),
    ("now", NOW, "2026-11-29T14:00:00+00:00"),
    ("Now", datetime(2026, 11, 29, 14, 0, 37, 123, tzinfo=UTC), "2026-11-29T14:00:00+00:00"),
    ("2026-11-29T23:40", NOW, "2026-11-29T23:40:00+00:00"),
    ("2026-11-29 23:40", NOW, "2026-11-29T23:40:00+00:00"),
    ("2026-11-29T23:40:00Z", NOW, "2026-11-29T23:40:00+00:00"),
    ("2026-11-29T23:40:59+05:30", NOW, "2026-11-29T18:10:00+00:00"),
    ("2026-11-29T23:40+0530", NOW, "2026-11-29T18:10:00+00:00"),
    ("29/11/2026 23:40:15", NOW, "2026-11-29T23:40:00+00:00"),  # seconds dropped
    ("Sunday 29 Nov 2026 at 11.40pm", NOW, "2026-11-29T23:40:00+00:00"),
    # Summer: UK wall-clock time is BST.
    ("today 02:10", SUMMER_NOW, "2026-07-01T02:10:00+01:00"),
    ("1/7/2026 14:00 BST", SUMMER_NOW, "2026-07-01T14:00:00+01:00"),
    ("now", SUMMER_NOW, "2026-07-01T13:00:00+01:00"),
    ("2026-07-01T12:00:00+00:00", SUMMER_NOW, "2026-07-01T13:00:00+01:00"),
    # 23:30 UTC on 1 July is already 2 July in the UK: "today" is the 2nd.
    ("02:10", datetime(2026, 7, 1, 23, 30, tzinfo=UTC), "2026-07-02T02:10:00+01:00"),
    ("yesterday 22:00", datetime(2026, 7, 1, 23, 30, tzinfo=UTC), "2026-07-01T22:00:00+01:00"),
]


@pytest.mark.parametrize(("typed", "now", "stored"), READ_MOMENT)
def test_a_date_and_time_is_read_as_uk_time(typed: str, now: datetime, stored: str) -> None:
    if ZONE_NAME != "UK time" and now is SUMMER_NOW:
        pytest.skip("no time-zone database here: times are read as UTC")
    moment = read_moment(typed, now)
    assert moment.isoformat() == stored
    assert moment.second == moment.microsecond == 0
    assert str(moment.tzinfo) in ("Europe/London", "UTC")


READ_MOMENT_PROBLEMS: list[tuple[str, str]] = [
    ("29/11/2026", "Add the time, for example 29/11/2026 23:40, or type now."),
    ("29 Nov 2026", "Add the time, for example 29/11/2026 23:40, or type now."),
    ("29 Nov", "Add the time, for example 29/11/2026 23:40, or type now."),
    ("today", "Add the time, for example 29/11/2026 23:40, or type now."),
    ("yesterday", "Add the time, for example 28/11/2026 23:40, or type now."),
    ("29.11", "Add the time, for example 29/11/2026 23:40, or type now."),
    ("", MOMENT_EXAMPLE),
    ("25:10", "There is no 25:10 on the 24-hour clock."),
    ("29/11/2026 24:00", "There is no 24:00 on the 24-hour clock."),
    ("29/11/2026 10:60", "There is no 10:60 on the 24-hour clock."),
    ("13pm", "13pm is not a time on the 12-hour clock."),
    ("2460", '"2460" is not a time we can read.'),
    ("midnight", "Midnight could be the start or the end of a day"),
    ("31/11/2026 10:00", f"There is no 31 November 2026. {MOMENT_EXAMPLE}"),
    ("29/13/2026 10:00", f"There is no month 13. {MOMENT_EXAMPLE}"),
    ("2026-11-29T23:40+25:00", MOMENT_EXAMPLE),
    ("2026-13-29T23:40", MOMENT_EXAMPLE),
]


@pytest.mark.parametrize(("typed", "says"), READ_MOMENT_PROBLEMS)
def test_a_date_and_time_that_cannot_be_read_says_why(typed: str, says: str) -> None:
    with pytest.raises(DateProblem) as problem:
        read_moment(typed, NOW)
    assert str(problem.value).startswith(says)


@pytest.mark.parametrize(
    "typed",
    sorted({case[0] for case in READ_DATE + READ_APPROX + READ_MOMENT}
           | {"25/10/2026 01:30 GMT", "29/03/2026 01:30", "~", "c.", "at", "12:", "1:3 pm"}),
)
def test_every_keystroke_on_the_way_is_read_or_a_date_problem(typed: str) -> None:
    # The boxes are read as the practitioner types, so a half-typed date must never crash.
    for end in range(len(typed) + 1):
        for read in (lambda t: read_date(t, TODAY), lambda t: read_approx_date(t, TODAY),
                     lambda t: read_moment(t, NOW)):
            try:
                read(typed[:end])
            except DateProblem as problem:
                assert str(problem).endswith("."), (typed[:end], str(problem))


# -- The clocks going forward and back ------------------------------------------------------------
# In 2026 UK clocks go forward at 01:00 GMT on Sunday 29 March and back at 02:00 BST on Sunday
# 25 October.

CLOCK_CHANGES: list[tuple[str, str]] = [
    ("29/03/2026 00:59", "2026-03-29T00:59:00+00:00"),
    ("29/03/2026 02:00", "2026-03-29T02:00:00+01:00"),
    ("25/10/2026 00:59", "2026-10-25T00:59:00+01:00"),
    ("25/10/2026 01:00", "2026-10-25T01:00:00+01:00"),  # the first 01:00, in BST
    ("25/10/2026 01:30", "2026-10-25T01:30:00+01:00"),
    ("25/10/2026 01:59", "2026-10-25T01:59:00+01:00"),
    ("25/10/2026 01:30 BST", "2026-10-25T01:30:00+01:00"),
    ("25/10/2026 01:30 UK time", "2026-10-25T01:30:00+01:00"),
    ("25/10/2026 01:30 GMT", "2026-10-25T01:30:00+00:00"),  # the second 01:30
    ("25/10/2026 01:30 UTC", "2026-10-25T01:30:00+00:00"),
    ("25/10/2026 02:00", "2026-10-25T02:00:00+00:00"),
]


@needs_uk_zone
@pytest.mark.parametrize(("typed", "stored"), CLOCK_CHANGES)
def test_times_around_the_clock_changes_are_the_ones_uk_clocks_showed(
    typed: str, stored: str
) -> None:
    assert read_moment(typed, NOW).isoformat() == stored


@needs_uk_zone
@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("29/03/2026 01:00", "There was no 01:00 in the UK on 29 March 2026: the clocks went "
                             "forward an hour that night. Check the time."),
        ("29/03/2026 01:30", "There was no 01:30 in the UK on 29 March 2026"),
        ("29/03/2026 01:59", "There was no 01:59 in the UK on 29 March 2026"),
        ("1/7/2026 14:00 GMT", "At 14:00 on 1 July 2026 UK clocks were on BST, not GMT."),
        ("1/12/2026 14:00 BST", "At 14:00 on 1 December 2026 UK clocks were on GMT, not BST."),
    ],
)
def test_a_time_uk_clocks_never_showed_is_a_problem(typed: str, says: str) -> None:
    with pytest.raises(DateProblem) as problem:
        read_moment(typed, NOW)
    assert str(problem.value).startswith(says)


@needs_uk_zone
def test_now_in_the_repeated_hour_is_the_right_one_of_the_two() -> None:
    first = read_moment("now", datetime(2026, 10, 25, 0, 30, tzinfo=UTC))
    second = read_moment("now", datetime(2026, 10, 25, 1, 30, tzinfo=UTC))
    assert first.isoformat() == "2026-10-25T01:30:00+01:00"
    assert second.isoformat() == "2026-10-25T01:30:00+00:00"
    assert write_moment(first) == "25/10/2026 01:30 BST"
    assert write_moment(second) == "25/10/2026 01:30 GMT"
    assert say_moment(first) == "Sunday 25 October 2026, 01:30 BST (before the clocks went back)"
    assert say_moment(second) == "Sunday 25 October 2026, 01:30 GMT (after the clocks went back)"


@needs_uk_zone
@pytest.mark.parametrize("start", [datetime(2026, 3, 28, 22, tzinfo=UTC),
                                   datetime(2026, 10, 24, 22, tzinfo=UTC)])
def test_the_tidy_text_reads_back_as_the_same_moment_across_a_clock_change(
    start: datetime,
) -> None:
    for step in range(6 * 12):  # every five minutes for six hours
        moment = start + timedelta(minutes=5 * step)
        # Compared in UTC: Python never finds a time in the repeated hour equal to one in
        # another zone (PEP 495), even when it is the same moment.
        again = read_moment(write_moment(moment), moment)
        assert again.astimezone(UTC) == moment, write_moment(moment)
        assert again.isoformat() == read_moment("now", moment).isoformat()
        said = say_moment(moment).split(" (")[0]
        assert read_moment(said, moment).astimezone(UTC) == moment, said


# -- Words beside the box, and the tidy text put back in it --------------------------------------


@pytest.mark.parametrize(
    ("stored", "said", "written", "in_a_sentence"),
    [
        ("2026-11-29", "Sunday 29 November 2026", "29/11/2026", "29 November 2026"),
        ("2026-03-01", "Sunday 1 March 2026", "01/03/2026", "1 March 2026"),
        ("2019-11", "November 2019 (month only)", "11/2019", "November 2019"),
        ("2019", "2019 (year only)", "2019", "2019"),
    ],
)
def test_a_stored_date_in_words_and_as_tidy_text(
    stored: str, said: str, written: str, in_a_sentence: str
) -> None:
    assert say_date(stored) == said
    assert write_date(stored) == show_date(stored) == written
    assert date_words(stored) == in_a_sentence


@pytest.mark.parametrize("stored", ["2019-13", "29/11/2026", "2026-02-30", "", "19"])
def test_words_for_something_that_is_not_a_stored_date_are_refused(stored: str) -> None:
    with pytest.raises(ValueError):
        say_date(stored)


@pytest.mark.parametrize(
    ("moment", "said", "written", "in_a_sentence"),
    [
        (datetime(2026, 11, 29, 23, 40, tzinfo=UTC), "Sunday 29 November 2026, 23:40",
         "29/11/2026 23:40", "23:40 on 29 November 2026"),
        (datetime(2026, 7, 1, 1, 30, tzinfo=UTC), "Wednesday 1 July 2026, 02:30",
         "01/07/2026 02:30", "02:30 on 1 July 2026"),
        (datetime(2026, 7, 1, 1, 30), "Wednesday 1 July 2026, 02:30",  # naive: taken as UTC
         "01/07/2026 02:30", "02:30 on 1 July 2026"),
        (datetime.fromisoformat("2026-07-01T23:30:00-04:00"), "Thursday 2 July 2026, 04:30",
         "02/07/2026 04:30", "04:30 on 2 July 2026"),
    ],
)
def test_a_moment_in_words_and_as_tidy_text_in_uk_time(
    moment: datetime, said: str, written: str, in_a_sentence: str
) -> None:
    if ZONE_NAME != "UK time" and moment.month == 7:
        pytest.skip("no time-zone database here: times are shown in UTC")
    assert say_moment(moment) == said
    assert write_moment(moment) == written
    assert moment_words(moment) == in_a_sentence


def test_the_older_readers_still_work() -> None:
    assert parse_date("28/11/2026") == "2026-11-28"
    assert parse_month("Nov 2026") == "2026-11"
    assert parse_year("2026") == "2026"
    assert parse_time("1430") == (14, 30)
    assert show_date("2026-11") == "11/2026"


# -- The same on a laptop set to another zone -----------------------------------------------------


@pytest.fixture(params=["UTC", "Asia/Kolkata", "America/New_York", "Australia/Lord_Howe"])
def laptop_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The process's local zone set to another one, as on a laptop set up abroad."""
    if not hasattr(time, "tzset"):
        pytest.skip("the local zone cannot be changed on this system")
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


@needs_uk_zone
def test_reading_and_writing_do_not_depend_on_the_laptops_zone(laptop_zone: str) -> None:
    summer = datetime(2026, 7, 1, 1, 30, tzinfo=UTC)
    laptop = {"UTC": "01:30", "Asia/Kolkata": "07:00", "America/New_York": "21:30",
              "Australia/Lord_Howe": "12:00"}
    assert summer.astimezone().strftime("%H:%M") == laptop[laptop_zone]  # really elsewhere
    assert read_moment("today 02:10", SUMMER_NOW).isoformat() == "2026-07-01T02:10:00+01:00"
    assert read_moment("now", summer).isoformat() == "2026-07-01T02:30:00+01:00"
    assert read_moment("29/11/2026 23:40", NOW).isoformat() == "2026-11-29T23:40:00+00:00"
    assert read_moment("02:10", datetime(2026, 7, 1, 23, 30, tzinfo=UTC)).date() == date(2026, 7, 2)
    assert read_moment("25/10/2026 01:30", NOW).utcoffset() == timedelta(hours=1)
    with pytest.raises(DateProblem):
        read_moment("29/03/2026 01:30", NOW)
    assert say_moment(summer) == "Wednesday 1 July 2026, 02:30"
    assert write_moment(summer) == "01/07/2026 02:30"
    assert read_date("29 Nov", TODAY) == "2026-11-29"


def test_a_day_and_month_that_may_lie_ahead_is_the_nearest_such_day() -> None:
    # Found in review: "3 Dec" typed on 29 November 2026 for a review date was 3 December 2025.
    today = date(2026, 11, 29)
    assert read_date("3 Dec", today, ahead=True) == "2026-12-03"
    assert read_date("Fri 4 Dec", today, ahead=True) == "2026-12-04"
    assert read_date("20 Nov", today, ahead=True) == "2026-11-20"
    assert read_date("3 Dec", today) == "2025-12-03"  # a date that has happened: backwards
