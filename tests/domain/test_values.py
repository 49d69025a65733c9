"""Answers are checked against their field's type before they enter a case's history."""

from __future__ import annotations

from typing import Any

import pytest

from toolkit_desktop.domain.definitions import (
    Choice,
    Definitions,
    Field,
    FieldType,
    Form,
    Indicator,
    Matrix,
    MatrixBlock,
    Section,
)
from toolkit_desktop.domain.values import check_answer, check_value

T = FieldType
CHOICES = (Choice("forced_labour", "Work for little or no pay"), Choice("other", "Other"))
GROUP = Field(
    "aliases",
    T.GROUP,
    "Other names",
    fields=(Field("name", T.TEXT, "Name"), Field("age", T.NUMBER, "Age")),
)


def field(field_type: FieldType) -> Field:
    if field_type is T.GROUP:
        return GROUP
    return Field("f", field_type, "F", choices=CHOICES if "choice" in field_type else ())


GOOD: list[tuple[FieldType, Any]] = [
    (T.TEXT, "Amina"),
    (T.TEXT, ""),
    (T.LONG_TEXT, "line one\nline two"),
    (T.YES_NO_UNKNOWN, "not_known"),
    (T.CHOICE, "other"),
    (T.MULTI_CHOICE, []),
    (T.MULTI_CHOICE, ["forced_labour", "other"]),
    (T.DATE, "2024-02-29"),
    (T.APPROX_DATE, "2019"),
    (T.APPROX_DATE, "2019-07"),
    (T.APPROX_DATE, "2019-07-31"),
    (T.DATETIME, "2026-11-28T02:10:00+00:00"),
    (T.DATETIME, "2026-11-28T02:10:00+01:00"),
    (T.NUMBER, 15),
    (T.NUMBER, 15.5),
    (T.GROUP, []),
    (T.GROUP, [{"name": "Mimi", "age": 17}, {"name": "A"}]),
    (T.INDICATOR, {"status": "known", "evidence": "Seen", "source": "Police"}),
    (T.INDICATOR, {"status": "not_present"}),
    (T.INDICATOR, {"status": "suspected", "evidence": "", "source": "", "conversation_id": 3}),
]

BAD: list[tuple[FieldType, Any, str]] = [
    (T.TEXT, 5, "expected text"),
    (T.LONG_TEXT, ["a"], "expected text"),
    (T.YES_NO_UNKNOWN, True, "not one of the choices"),
    (T.YES_NO_UNKNOWN, "maybe", "not one of the choices"),
    (T.CHOICE, "slavery", "not one of the choices"),
    (T.MULTI_CHOICE, "other", "expected a list"),
    (T.MULTI_CHOICE, ["other", "other"], "listed twice"),
    (T.MULTI_CHOICE, ["other", "nope"], "not one of the choices"),
    (T.DATE, "2023-02-29", "real date"),
    (T.DATE, "28/11/2026", "real date"),
    (T.DATE, "2026-11", "real date"),
    (T.APPROX_DATE, "2019-13", "a year (YYYY)"),
    (T.APPROX_DATE, "19", "a year (YYYY)"),
    (T.APPROX_DATE, "2019-02-30", "a year (YYYY)"),
    (T.APPROX_DATE, "\u0662\u0660\u0661\u0669", "a year (YYYY)"),  # Arabic-Indic digits
    (T.DATETIME, "2026-11-28T02:10:00", "UTC offset"),
    (T.DATETIME, "2026-11-28", "UTC offset"),
    (T.DATETIME, "yesterday T", "UTC offset"),
    (T.NUMBER, True, "expected a number"),
    (T.NUMBER, "15", "expected a number"),
    (T.NUMBER, float("nan"), "finite"),
    (T.GROUP, {"name": "A"}, "list of rows"),
    (T.GROUP, ["A"], "row 1: expected a row"),
    (T.GROUP, [{"name": "A"}, {"nom": "B"}], "row 2: unknown field 'nom'"),
    (T.GROUP, [{"age": "seventeen"}], "row 1, Age: expected a number"),
    (T.INDICATOR, "known", "expected a status"),
    (T.INDICATOR, {"status": "yes"}, "status must be one of"),
    (T.INDICATOR, {"evidence": "x"}, "status must be one of"),
    (T.INDICATOR, {"status": "known", "evidence": 3}, "evidence must be text"),
    (T.INDICATOR, {"status": "known", "score": 3}, "unknown part"),
    (T.INDICATOR, {"status": "known", "conversation_id": "3"}, "conversation"),
    (T.INDICATOR, {"status": "known", "conversation_id": True}, "conversation"),
]


@pytest.mark.parametrize(("field_type", "value"), GOOD)
def test_a_well_formed_value_is_accepted(field_type: FieldType, value: Any) -> None:
    assert check_value(field(field_type), value) is None


@pytest.mark.parametrize(("field_type", "value", "expected"), BAD)
def test_a_malformed_value_is_refused_in_plain_words(
    field_type: FieldType, value: Any, expected: str
) -> None:
    problem = check_value(field(field_type), value)
    assert problem is not None and expected in problem


@pytest.mark.parametrize("field_type", list(FieldType))
def test_none_clears_any_field(field_type: FieldType) -> None:
    assert check_value(field(field_type), None) is None


def test_every_type_has_a_good_and_a_bad_example() -> None:
    assert {t for t, _ in GOOD} == set(FieldType)
    assert {t for t, _, _ in BAD} == set(FieldType)


MATRIX = Matrix(
    "2026.1",
    "Matrix",
    (MatrixBlock("movement", "Movement", (Indicator("no_documents", "No documents", "Ask."),)),),
)
MATRIX_FORM = Form(
    "matrix",
    1,
    "Matrix",
    (
        Section(
            "movement", "Movement", fields=(Field("no_documents", T.INDICATOR, "No documents"),)
        ),
    ),
)
CHILD = Form("child", 1, "Child", (Section("names", "Names", fields=(field(T.TEXT),)),))
DEFS = Definitions(MATRIX, {"matrix": MATRIX_FORM, "child": CHILD})


def test_check_answer_refuses_unknown_forms_and_fields() -> None:
    assert check_answer(DEFS, "child", "f", "Amina") is None
    assert check_answer(DEFS, "children", "f", "x") == "unknown form 'children'"
    assert check_answer(DEFS, "child", "g", "x") == "unknown field 'g' in form 'child'"
    assert check_answer(DEFS, "child", "f", 3) == "expected text"


def test_a_section_can_be_marked_not_relevant_only_with_a_reason() -> None:
    assert check_answer(DEFS, "child", "_section:names", {"reason": "Seen at the port"}) is None
    assert check_answer(DEFS, "child", "_section:names", None) is None
    assert "reason is needed" in (
        check_answer(DEFS, "child", "_section:names", {"reason": " "}) or ""
    )
    assert "reason" in (check_answer(DEFS, "child", "_section:names", "not relevant") or "")
    assert check_answer(DEFS, "child", "_section:nope", {"reason": "x"}) == (
        "unknown section 'nope' in form 'child'"
    )


def test_the_matrix_records_its_version_and_refuses_retired_indicators() -> None:
    assert check_answer(DEFS, "matrix", "_matrix_version", "2026.1") is None
    assert check_answer(DEFS, "matrix", "_matrix_version", 2026.1) is not None
    assert check_answer(DEFS, "matrix", "no_documents", {"status": "known"}) is None
    # An indicator a newer matrix dropped cannot be answered anew or imported.
    assert check_answer(DEFS, "matrix", "old_indicator", {"status": "known"}) == (
        "unknown field 'old_indicator' in form 'matrix'"
    )
