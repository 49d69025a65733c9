"""Age status: if in doubt, a child; only a concluded assessment of adult ends the presumption."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit_desktop.domain.age import age_status

TODAY = date(2026, 11, 28)
CONCLUDED = {"assessment_concluded_on": "2026-11-20"}


@pytest.mark.parametrize(
    ("child", "age", "label", "presumed"),
    [
        ({"claimed_age": 15}, {}, "15 (claimed)", True),
        ({"claimed_age": 19}, {}, "19 (claimed; presumed child)", True),
        ({"date_of_birth": "2010-11-29"}, {}, "15 (date of birth)", False),
        ({"date_of_birth": "2010-11-28"}, {}, "16 (date of birth)", False),
        ({"date_of_birth": "2010"}, {}, "15 (year of birth; presumed child)", True),
        (
            {"date_of_birth": "2000-01-01", "claimed_age": 16},
            {},
            "presumed child (ages given differ)",
            True,
        ),
        ({"claimed_age": 16}, {"age_disputed": "yes"}, "presumed child (age disputed)", True),
        ({}, {}, "age not known (presumed child)", True),
        ({}, {"conclusion": "adult"}, "age not known (presumed child)", True),  # not concluded
        ({}, {"conclusion": "child", "assessed_age": 16, **CONCLUDED}, "16 (assessed)", False),
        ({}, {"conclusion": "child", **CONCLUDED}, "child (assessed)", False),
        (
            {},
            {"conclusion": "inconclusive", **CONCLUDED},
            "presumed child (assessment inconclusive)",
            True,
        ),
        (
            {},
            {"conclusion": "adult", "assessed_age": 20, **CONCLUDED},
            "20 (assessed adult)",
            False,
        ),
        ({}, {"conclusion": "adult", **CONCLUDED}, "adult (assessed)", False),
    ],
)
def test_label_and_presumption(
    child: dict[str, Any], age: dict[str, Any], label: str, presumed: bool
) -> None:
    status = age_status(child, age, TODAY)
    assert str(status.label) == label
    assert status.presumed_child is presumed


def test_a_disputed_age_with_a_concluded_adult_assessment_is_an_adult() -> None:
    status = age_status(
        {"claimed_age": 16}, {"age_disputed": "yes", "conclusion": "adult", **CONCLUDED}, TODAY
    )
    assert status.concluded and status.conclusion == "adult"
    assert not status.presumed_child and not status.treat_as_child


def test_the_facts_are_reported_alongside_the_label() -> None:
    status = age_status(
        {"claimed_age": 15, "date_of_birth": "2011-03-01"},
        {"age_disputed": "no", "assessed_age": 15.5},
        TODAY,
    )
    assert status.claimed_age == 15
    assert status.age_from_date_of_birth == 15
    assert status.assessed_age == 15.5
    assert not status.disputed and not status.concluded and status.conclusion is None


def test_assessed_age_can_come_from_the_assessed_date_of_birth() -> None:
    status = age_status({}, {"assessed_date_of_birth": "2010-06"}, TODAY)
    assert status.assessed_age == 16


@pytest.mark.parametrize(
    ("child", "age", "under_ten"),
    [
        ({"date_of_birth": "2017-06-01"}, {}, True),
        ({"date_of_birth": "2016-11-28"}, {}, False),
        ({"date_of_birth": "2016"}, {}, True),  # the youngest age the year allows
        ({"claimed_age": 9}, {}, True),
        ({"claimed_age": 12, "date_of_birth": "2018-01-01"}, {}, True),  # date of birth first
        ({}, {"assessed_age": 8}, True),
        ({"claimed_age": 14}, {"assessed_age": 8}, False),  # the claimed age comes before
        ({}, {}, False),
    ],
)
def test_under_ten(child: dict[str, Any], age: dict[str, Any], under_ten: bool) -> None:
    assert age_status(child, age, TODAY).under_ten is under_ten


def test_a_date_of_birth_in_the_future_or_malformed_gives_no_age() -> None:
    assert age_status({"date_of_birth": "2030-01-01"}, {}, TODAY).age_from_date_of_birth is None
    assert age_status({"date_of_birth": "soon"}, {}, TODAY).age_from_date_of_birth is None
    assert age_status({"claimed_age": True}, {}, TODAY).claimed_age is None


ages = st.one_of(st.none(), st.integers(0, 40), st.floats(0, 40, allow_nan=False))
dates = st.one_of(
    st.none(),
    st.dates(date(1980, 1, 1), date(2026, 11, 28)).map(date.isoformat),
    st.integers(1980, 2026).map(str),
)
child_answers = st.fixed_dictionaries({}, optional={"claimed_age": ages, "date_of_birth": dates})
age_answers = st.fixed_dictionaries(
    {"age_disputed": st.just("yes")},
    optional={
        "conclusion": st.sampled_from(["child", "adult", "inconclusive", None]),
        "assessed_age": ages,
        "assessed_date_of_birth": dates,
        "assessment_concluded_on": st.sampled_from([None, "", "2026-11-20"]),
    },
)


@settings(database=None)
@given(child_answers, age_answers)
def test_a_disputed_age_is_never_adult_without_a_concluded_adult_assessment(
    child: dict[str, Any], age: dict[str, Any]
) -> None:
    status = age_status(child, age, TODAY)
    concluded_adult = age.get("conclusion") == "adult" and bool(age.get("assessment_concluded_on"))
    assert status.disputed
    if not concluded_adult:
        assert status.treat_as_child
        assert "adult" not in str(status.label)
    if age.get("conclusion") != "child" and not concluded_adult:
        assert status.presumed_child
