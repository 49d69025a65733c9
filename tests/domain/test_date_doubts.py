"""Dates that cannot be right ask first: a question to confirm, never a refusal."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from toolkit_desktop.domain.date_doubts import (
    OLDEST_AGE,
    DateCheck,
    Known,
    answers_in,
    doubt,
)
from toolkit_desktop.domain.definitions import Definitions, Field, FieldType, Form, Matrix, Section
from toolkit_desktop.domain.wording import ZONE_NAME

T = FieldType
NOW = datetime(2026, 11, 29, 14, 0, tzinfo=UTC)  # Sunday 29 November 2026, 14:00 in the UK
NOT_FUTURE = frozenset({DateCheck.NOT_FUTURE})
BIRTH = frozenset({DateCheck.BIRTH_DATE})

CONTACTED = Field("contacted_on", T.DATE, "Date contacted", checks=NOT_FUTURE)
LEFT_HOME = Field("left_home_on", T.APPROX_DATE, "When the child left home", checks=NOT_FUTURE)
INFORMED = Field("police_informed_at", T.DATETIME, "Police informed", checks=NOT_FUTURE)
BORN = Field("date_of_birth", T.DATE, "Date of birth", checks=BIRTH)
BORN_ROUGHLY = Field("date_of_birth", T.APPROX_DATE, "Date of birth", checks=BIRTH)
REVIEW = Field("review_on", T.DATE, "Date of the next review")


def nothing_else(reference: str) -> Known | None:
    return None


DOUBTS: list[tuple[Field, object, str | None]] = [
    (CONTACTED, "2026-11-29", None),
    (CONTACTED, "2026-01-01", None),
    (CONTACTED, "2026-11-30", "30 November 2026 is in the future. Is that right?"),
    (CONTACTED, "2026-12-29", "29 December 2026 is in the future. Is that right?"),
    # An approximate date is doubted only when every day it may mean is ahead.
    (LEFT_HOME, "2026", None),
    (LEFT_HOME, "2026-11", None),
    (LEFT_HOME, "2026-12", "December 2026 is in the future. Is that right?"),
    (LEFT_HOME, "2027", "2027 is in the future. Is that right?"),
    (LEFT_HOME, "2026-11-30", "30 November 2026 is in the future. Is that right?"),
    # A time a few minutes ahead is a rounded time or a slow clock.
    (INFORMED, "2026-11-29T13:59:00+00:00", None),
    (INFORMED, "2026-11-29T14:05:00+00:00", None),
    (INFORMED, "2026-11-29T19:00:00+05:30", None),  # 13:30 in the UK
    (INFORMED, "2026-11-29T14:06:00+00:00",
     "14:06 on 29 November 2026 is in the future. Is that right?"),
    (INFORMED, "2026-11-30T02:10:00+00:00",
     "02:10 on 30 November 2026 is in the future. Is that right?"),
    # Dates naturally in the future have no check.
    (REVIEW, "2027-01-01", None),
    # Dates of birth: not in the future, and the child not over 25.
    (BORN, "2027-01-01", "1 January 2027 is in the future. Is that right?"),
    (BORN, "2026-11-29", None),
    (BORN, "2010-05-01", None),
    (BORN, "2000-11-30", None),  # 25 today
    (BORN, "2000-11-29", "This date of birth makes the child 26 today. Is that right?"),
    (BORN, "1995-03-10", "This date of birth makes the child 31 today. Is that right?"),
    (BORN_ROUGHLY, "2000", None),  # 25 if born late in 2000
    (BORN_ROUGHLY, "2000-11", None),
    (BORN_ROUGHLY, "2000-10",
     "This date of birth makes the child at least 26 today. Is that right?"),
    (BORN_ROUGHLY, "1999", "This date of birth makes the child at least 26 today. Is that right?"),
    (BORN_ROUGHLY, "2027", "2027 is in the future. Is that right?"),
    # Not a stored date: no doubt (the value checks say what is wrong with it).
    (CONTACTED, None, None),
    (CONTACTED, "", None),
    (CONTACTED, "next week", None),
    (CONTACTED, "2026-02-30", None),
    (CONTACTED, 20261129, None),
    (INFORMED, "2026-11-30T10:00:00", None),  # no offset
    (INFORMED, "2026-11-30Tlater", None),
]


@pytest.mark.parametrize(("field", "value", "question"), DOUBTS)
def test_a_date_that_cannot_be_right_asks_first(
    field: Field, value: object, question: str | None
) -> None:
    assert doubt(field, value, NOW, nothing_else) == question


def test_the_oldest_age_not_asked_about_is_25() -> None:
    assert OLDEST_AGE == 25


def test_today_is_the_uk_date() -> None:
    late = datetime(2026, 7, 1, 23, 30, tzinfo=UTC)  # 00:30 on 2 July in the UK
    if ZONE_NAME != "UK time":
        pytest.skip("no time-zone database here")
    assert doubt(CONTACTED, "2026-07-02", late, nothing_else) is None
    assert doubt(CONTACTED, "2026-07-03", late, nothing_else) is not None


# -- not_before: a date compared with another answer ----------------------------------------------

REFERRAL = Field("referral_date", T.DATE, "Date of referral")
SHOWN_REFERRAL = Field(
    "referral_date", T.DATE, "Date of referral", same_as="nrm_referral.referral_date"
)
RG = Field(
    "reasonable_grounds_decision_on",
    T.DATE,
    "Date of the reasonable-grounds decision",
    checks=NOT_FUTURE,
    not_before=("referral_date",),
)
CG = Field(
    "conclusive_grounds_decision_on",
    T.DATE,
    "Date of the conclusive-grounds decision",
    not_before=("referral_date", "reasonable_grounds_decision_on"),
)
ARRIVED = Field(
    "arrived_uk_on", T.APPROX_DATE, "When the child arrived in the UK", not_before=("left_home_on",)
)
RECEIVED = Field("referral_received_at", T.DATETIME, "When the referral came in")
DISCUSSED = Field(
    "strategy_discussion_at", T.DATETIME, "When it was held",
    not_before=("nrm_referral.missing", "referral_received_at"),
)
CONTACTS = Field(
    "contacts",
    T.GROUP,
    "Agencies contacted",
    fields=(
        Field("contacted_on", T.DATE, "Date contacted", checks=NOT_FUTURE),
        Field("answered_on", T.DATE, "Date answered", not_before=("contacted_on",)),
        Field("answer", T.LONG_TEXT, "What they said"),
    ),
)

DEFS = Definitions(
    matrix=Matrix("1", "Matrix", ()),
    forms={
        "nrm_referral": Form("nrm_referral", 1, "NRM referral", (Section("s", "S", "", (
            REFERRAL,
        )),)),
        "trafficking_assessment": Form("trafficking_assessment", 1, "Assessment", (
            Section("k", "K", "", (SHOWN_REFERRAL, RG, CG, LEFT_HOME, ARRIVED, RECEIVED,
                                   DISCUSSED)),
        )),
        "agencies": Form("agencies", 1, "Agencies", (Section("c", "C", "", (CONTACTS,)),)),
    },
)
ANSWERS = {
    "nrm_referral": {"referral_date": "2026-11-10"},
    "trafficking_assessment": {
        "referral_date": "2026-01-01",  # not shown: the field shows the NRM referral's date
        "reasonable_grounds_decision_on": "2026-11-12",
        "left_home_on": "2019",
        "referral_received_at": "2026-11-09T10:00:00+00:00",
    },
}
ASSESSMENT = answers_in(DEFS, "trafficking_assessment", ANSWERS)

NOT_BEFORE: list[tuple[Field, str, str | None]] = [
    (RG, "2026-11-12", None),
    (RG, "2026-11-10", None),  # the same day is not before
    (RG, "2026-11-02",
     "2 November 2026 is before the date of referral, 10 November 2026. Is that right?"),
    (RG, "2026-12-01", "1 December 2026 is in the future. Is that right?"),  # asked first
    (CG, "2026-11-09",
     "9 November 2026 is before the date of referral, 10 November 2026. Is that right?"),
    (CG, "2026-11-11",
     "11 November 2026 is before the date of the reasonable-grounds decision, 12 November 2026. "
     "Is that right?"),
    (CG, "2026-11-20", None),
    # Approximate dates: asked only when certainly before.
    (ARRIVED, "2019", None),
    (ARRIVED, "2019-03", None),
    (ARRIVED, "2018-12-31",
     '31 December 2018 is before 2019, the answer to "When the child left home". Is that right?'),
    (ARRIVED, "2018", '2018 is before 2019, the answer to "When the child left home". '
                      "Is that right?"),
    # Times with times compare to the minute; a time with a date by its UK day.
    (DISCUSSED, "2026-11-09T10:00:00+00:00", None),
    (DISCUSSED, "2026-11-09T11:00:00+01:00", None),  # the same moment
    (DISCUSSED, "2026-11-09T09:59:00+00:00",
     '09:59 on 9 November 2026 is before 10:00 on 9 November 2026, the answer to "When the '
     'referral came in". Is that right?'),
    (DISCUSSED, "2026-11-10T08:00:00+00:00", None),
]


@pytest.mark.parametrize(("field", "value", "question"), NOT_BEFORE)
def test_a_date_before_one_it_follows_asks_first(
    field: Field, value: str, question: str | None
) -> None:
    assert doubt(field, value, NOW, ASSESSMENT) == question


def test_a_time_is_compared_with_a_date_by_its_uk_day() -> None:
    after_the_referral_day = Field(
        "at", T.DATETIME, "At", not_before=("nrm_referral.referral_date",)
    )
    # 23:30 UTC on 9 November is 23:30 in the UK (GMT): the day before the referral.
    assert doubt(after_the_referral_day, "2026-11-09T23:30:00+00:00", NOW, ASSESSMENT) == (
        "23:30 on 9 November 2026 is before the date of referral, 10 November 2026. "
        "Is that right?"
    )
    # 23:30 in New York on 9 November is 04:30 on the 10th in the UK.
    assert doubt(after_the_referral_day, "2026-11-09T23:30:00-05:00", NOW, ASSESSMENT) is None


def test_nothing_is_asked_while_the_other_date_is_not_recorded() -> None:
    empty = answers_in(DEFS, "trafficking_assessment", {})
    assert doubt(RG, "2026-11-02", NOW, empty) is None
    assert doubt(CG, "2026-11-02", NOW, empty) is None


def test_the_answers_follow_same_as_and_name_the_question() -> None:
    assert ASSESSMENT("referral_date") == Known("Date of referral", "2026-11-10")
    assert ASSESSMENT("nrm_referral.referral_date") == Known("Date of referral", "2026-11-10")
    assert ASSESSMENT("left_home_on") == Known("When the child left home", "2019")
    assert ASSESSMENT("arrived_uk_on") == Known("When the child arrived in the UK", None)
    assert ASSESSMENT("no_such_field") is None
    assert ASSESSMENT("no_such_form.referral_date") is None


def test_in_a_group_a_bare_id_is_another_sub_field_of_the_same_row() -> None:
    contacted, answered, _answer = CONTACTS.fields
    row = {"contacted_on": "2026-11-20", "answer": "Yes"}
    answer_of = answers_in(DEFS, "agencies", ANSWERS, group=CONTACTS, row=row)
    assert answer_of("contacted_on") == Known("Date contacted", "2026-11-20")
    assert answer_of("nrm_referral.referral_date") == Known("Date of referral", "2026-11-10")
    assert answer_of("nothing") is None
    assert doubt(answered, "2026-11-19", NOW, answer_of) == (
        "19 November 2026 is before the date contacted, 20 November 2026. Is that right?"
    )
    assert doubt(answered, "2026-11-20", NOW, answer_of) is None
    new_row = answers_in(DEFS, "agencies", ANSWERS, group=CONTACTS)
    assert doubt(answered, "2026-11-19", NOW, new_row) is None
    assert doubt(contacted, "2026-11-30", NOW, new_row) == (
        "30 November 2026 is in the future. Is that right?"
    )
