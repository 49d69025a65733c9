"""Section progress counts only the questions shown; a referral lists what it still needs."""

from __future__ import annotations

from typing import Any

import pytest

from toolkit_desktop.domain.completeness import (
    Missing,
    SectionStatus,
    referral_readiness,
    section_status,
)
from toolkit_desktop.domain.definitions import (
    Condition,
    Definitions,
    Field,
    FieldType,
    Form,
    Matrix,
    Section,
)

T = FieldType
LANGUAGE = Section(
    "language",
    "Language",
    fields=(
        Field(
            "interpreter_needed",
            T.YES_NO_UNKNOWN,
            "Interpreter?",
            required_for=frozenset({"referral"}),
        ),
        Field(
            "interpreter_language",
            T.TEXT,
            "Language",
            required_for=frozenset({"referral"}),
            visible_if=Condition("interpreter_needed", ("yes",)),
        ),
        Field(
            "gender_matters",
            T.YES_NO_UNKNOWN,
            "Does the interpreter's gender matter?",
            visible_if=Condition("interpreter_needed", ("yes",)),
        ),
        Field(
            "interpreter_gender",
            T.TEXT,
            "Which gender?",
            visible_if=Condition("gender_matters", ("yes",)),
        ),
    ),
)
CHILD = Form(
    "child",
    1,
    "Child",
    (
        Section(
            "names",
            "Names",
            fields=(
                Field("given_names", T.TEXT, "Given names", required_for=frozenset({"referral"})),
            ),
        ),
        LANGUAGE,
    ),
)
REFERRAL = Form(
    "nrm_referral",
    1,
    "Referral",
    (
        Section(
            "child",
            "The child",
            fields=(
                Field(
                    "given_names",
                    T.TEXT,
                    "Given names",
                    same_as="child.given_names",
                    required_for=frozenset({"referral"}),
                ),
                Field("referral_date", T.DATE, "Date", required_for=frozenset({"referral"})),
                Field(
                    "guardian_referral",
                    T.YES_NO_UNKNOWN,
                    "Guardian referral?",
                    required_for=frozenset({"referral"}),
                    visible_if=Condition("child.interpreter_needed", ("no", "not_known")),
                ),
            ),
        ),
        Section(
            "exploiters",
            "Exploiters",
            fields=(
                Field(
                    "description", T.LONG_TEXT, "Description", required_for=frozenset({"referral"})
                ),
            ),
        ),
    ),
)
DEFS = Definitions(Matrix("1", "M", ()), {"child": CHILD, "nrm_referral": REFERRAL})


@pytest.mark.parametrize(
    ("answers", "status"),
    [
        ({}, SectionStatus.NOT_STARTED),
        ({"interpreter_needed": "no"}, SectionStatus.COMPLETE),  # the language is not shown
        ({"interpreter_needed": "yes"}, SectionStatus.PARTLY),
        ({"interpreter_needed": "yes", "interpreter_language": "  "}, SectionStatus.PARTLY),
        ({"interpreter_needed": "yes", "interpreter_language": "Tigrinya"}, SectionStatus.PARTLY),
        (
            {
                "interpreter_needed": "yes",
                "interpreter_language": "Tigrinya",
                "gender_matters": "no",
            },
            SectionStatus.COMPLETE,
        ),
        # A stale answer under a hidden question does not show the questions that depend on it.
        ({"interpreter_needed": "no", "gender_matters": "yes"}, SectionStatus.COMPLETE),
        ({"_section:language": {"reason": "Speaks English"}}, SectionStatus.NOT_RELEVANT),
        ({"_section:language": {"reason": ""}}, SectionStatus.NOT_STARTED),
    ],
)
def test_section_status(answers: dict[str, Any], status: SectionStatus) -> None:
    assert section_status(CHILD, LANGUAGE, answers) is status


def test_not_relevant_counts_as_done() -> None:
    assert SectionStatus.NOT_RELEVANT.done and SectionStatus.COMPLETE.done
    assert not SectionStatus.PARTLY.done and not SectionStatus.NOT_STARTED.done
    assert SectionStatus.PARTLY == "partly"


def test_a_same_as_field_is_answered_when_its_source_is() -> None:
    section = REFERRAL.sections[0]
    others = {"child": {"given_names": "Amina", "interpreter_needed": "yes"}}
    assert section_status(REFERRAL, section, {}, answers_by_form=others) is SectionStatus.PARTLY
    answers = {"referral_date": "2026-11-28"}
    assert section_status(REFERRAL, section, answers, answers_by_form=others) is (
        SectionStatus.COMPLETE  # the guardian question is hidden by the child's answer
    )
    assert section_status(REFERRAL, section, answers) is SectionStatus.PARTLY


def test_referral_readiness_lists_shown_empty_required_fields_in_order() -> None:
    assert referral_readiness(DEFS, {}) == [
        Missing("child", "names", "given_names", "Given names"),
        Missing("child", "language", "interpreter_needed", "Interpreter?"),
        Missing("nrm_referral", "child", "given_names", "Given names"),
        Missing("nrm_referral", "child", "referral_date", "Date"),
        Missing("nrm_referral", "exploiters", "description", "Description"),
    ]


def test_referral_readiness_skips_answered_hidden_and_not_relevant() -> None:
    answers = {
        "child": {"given_names": "Amina", "interpreter_needed": "not_known"},
        "nrm_referral": {
            "referral_date": "2026-11-28",
            "_section:exploiters": {"reason": "Nothing is known of them yet"},
        },
    }
    assert referral_readiness(DEFS, answers) == [
        Missing("nrm_referral", "child", "guardian_referral", "Guardian referral?"),
    ]
