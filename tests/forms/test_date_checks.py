"""`check` and `not_before` on date fields: read from the YAML, checked, and shipped where right."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from toolkit_desktop.cli.main import main
from toolkit_desktop.domain.date_doubts import DATE_TYPES, DateCheck, answers_in, doubt
from toolkit_desktop.domain.definitions import Definitions, Field, Form
from toolkit_desktop.forms import ProblemCode, default_resources_dir, load_definitions

from .conftest import Resources

CHILD = "forms/child.yaml"
TRAFFICKING = "forms/trafficking_assessment.yaml"
DATE_OF_BIRTH = "{id: date_of_birth, type: date, label: Date of birth}"
RG_ON = "{id: reasonable_grounds_decision_on, type: date, label: Date of that decision}"
WHERE_DOB = "sections[1].fields[0]"
# A group appended to the child fixture lands in its last section as sections[1].fields[5].
CONTACTS = """\
      - id: contacts
        type: group
        label: Contacts
        fields:
          - {id: sent_on, type: date, label: Sent, check: [not_future]}
          - {id: answered_on, type: date, label: Answered, check: [not_future], %s}
          - {id: answer, type: text, label: Answer}
"""
WHERE_ANSWERED = "sections[1].fields[5].fields[1]"


def with_keys(resources: Resources, keys: str) -> None:
    resources.edit(CHILD, lambda t: t.replace(DATE_OF_BIRTH, DATE_OF_BIRTH[:-1] + f", {keys}}}"))


def found(resources: Resources) -> set[tuple[ProblemCode, str, str]]:
    return {(p.code, p.key_path, p.message) for p in resources.problems()}


def codes_at(resources: Resources) -> set[tuple[ProblemCode, str]]:
    return {(p.code, p.key_path) for p in resources.problems()}


def test_checks_and_not_before_are_read_into_the_field(resources: Resources) -> None:
    with_keys(resources, "check: [birth_date, not_future]")
    resources.edit(TRAFFICKING, lambda t: t.replace(
        RG_ON, RG_ON[:-1] + ", check: [not_future], not_before: nrm_referral.referral_date}"))
    resources.edit(CHILD, lambda t: t + CONTACTS % "not_before: [sent_on]")
    defs = resources.load()
    child = defs.forms["child"]
    dob = child.field("date_of_birth")
    assert dob is not None
    assert dob.checks == {"birth_date", "not_future"} == {DateCheck.BIRTH_DATE,
                                                           DateCheck.NOT_FUTURE}
    assert dob.not_before == ()
    rg = defs.forms["trafficking_assessment"].field("reasonable_grounds_decision_on")
    assert rg is not None and rg.not_before == ("nrm_referral.referral_date",)
    contacts = child.field("contacts")
    assert contacts is not None
    assert [(f.id, f.checks, f.not_before) for f in contacts.fields] == [
        ("sent_on", {"not_future"}, ()),
        ("answered_on", {"not_future"}, ("sent_on",)),
        ("answer", frozenset(), ()),
    ]


def test_a_field_without_the_keys_has_no_checks(resources: Resources) -> None:
    dob = resources.load().forms["child"].field("date_of_birth")
    assert dob is not None and dob.checks == frozenset() and dob.not_before == ()


@pytest.mark.parametrize(
    ("keys", "code", "key_path", "message"),
    [
        ("check: [not_in_future]", ProblemCode.UNKNOWN_CHECK, "check[0]",
         "unknown check 'not_in_future' (expected: birth_date, not_future)"),
        ("check: [not_future, 3]", ProblemCode.UNKNOWN_CHECK, "check[1]",
         "unknown check 3 (expected: birth_date, not_future)"),
        ("check: not_future", ProblemCode.WRONG_TYPE, "check",
         "expected a list, got the text 'not_future'"),
        ("checks: [not_future]", ProblemCode.UNKNOWN_KEY, "checks",
         "unknown key 'checks': did you mean 'check'?"),
        ("not_before: born_on", ProblemCode.NOT_BEFORE_UNKNOWN_FIELD, "not_before",
         "'born_on' is not a field of the form 'child'"),
        ("not_before: [nrm_referral.referal_date]", ProblemCode.NOT_BEFORE_UNKNOWN_FIELD,
         "not_before", "'nrm_referral.referal_date' is not a field of the form 'nrm_referral'"),
        ("not_before: claimed_age", ProblemCode.NOT_BEFORE_NOT_DATE, "not_before",
         "'claimed_age' is a number field; not_before needs a date, approx_date or datetime "
         "field"),
        ("not_before: [3]", ProblemCode.WRONG_TYPE, "not_before[0]",
         "expected a field id or form.field, got the number 3"),
        ("not_before: ", ProblemCode.WRONG_TYPE, "not_before",
         "expected a field id or form.field, got nothing"),
    ],
)
def test_a_broken_check_is_reported_with_its_key_and_code(
    resources: Resources, keys: str, code: ProblemCode, key_path: str, message: str
) -> None:
    with_keys(resources, keys)
    assert (code, f"{WHERE_DOB}.{key_path}", message) in found(resources)


def test_checks_belong_to_date_fields_only(resources: Resources) -> None:
    resources.edit(CHILD, lambda t: t.replace(
        "{id: nationality, type: text, label: Nationality}",
        "{id: nationality, type: text, label: Nationality, check: [not_future], "
        "not_before: date_of_birth}"))
    resources.edit(CHILD, lambda t: t + (
        "      - {id: seen_at, type: datetime, label: Seen, check: [birth_date]}\n"))
    assert found(resources) >= {
        (ProblemCode.CHECK_NOT_DATE, "sections[1].fields[2].check",
         "only date, approx_date and datetime fields have checks, not text"),
        (ProblemCode.CHECK_NOT_DATE, "sections[1].fields[2].not_before",
         "only date, approx_date and datetime fields have not_before, not text"),
        (ProblemCode.CHECK_NOT_DATE, "sections[1].fields[5].check[0]",
         "the check 'birth_date' is for date and approx_date fields, not datetime"),
    }


def test_not_future_suits_a_date_and_time(resources: Resources) -> None:
    resources.edit(CHILD, lambda t: t + (
        "      - {id: seen_at, type: datetime, label: Seen, check: [not_future], "
        "not_before: date_of_birth}\n"))
    seen = resources.load().forms["child"].field("seen_at")
    assert seen is not None and seen.checks == {"not_future"}
    assert seen.not_before == ("date_of_birth",)


@pytest.mark.parametrize(
    ("not_before", "code", "message"),
    [
        ("not_before: child.date_of_birth", ProblemCode.NOT_BEFORE_UNKNOWN_FIELD,
         "'child.date_of_birth' is not a sub-field of this group: inside a group, not_before "
         "names another sub-field of the same row"),
        ("not_before: posted_on", ProblemCode.NOT_BEFORE_UNKNOWN_FIELD,
         "'posted_on' is not a sub-field of this group: inside a group, not_before names "
         "another sub-field of the same row"),
        ("not_before: answer", ProblemCode.NOT_BEFORE_NOT_DATE,
         "'answer' is a text field; not_before needs a date, approx_date or datetime field"),
    ],
)
def test_in_a_group_not_before_names_a_date_of_the_same_row(
    resources: Resources, not_before: str, code: ProblemCode, message: str
) -> None:
    resources.edit(CHILD, lambda t: t + CONTACTS % not_before)
    assert (code, f"{WHERE_ANSWERED}.not_before", message) in found(resources)


def test_a_sub_field_id_that_is_not_text_does_not_stop_the_check(resources: Resources) -> None:
    resources.edit(CHILD, lambda t: t + CONTACTS.replace("{id: answer,", "{id: [answer],")
                   % "not_before: sent_on")
    assert codes_at(resources) == {(ProblemCode.WRONG_TYPE, "sections[1].fields[5].fields[2].id")}


def test_a_broken_sibling_is_not_reported_again_as_missing(resources: Resources) -> None:
    resources.edit(CHILD, lambda t: t + CONTACTS.replace(
        "{id: sent_on, type: date,", "{id: sent_on, type: dat,") % "not_before: sent_on")
    assert [code for code, _ in codes_at(resources)] == [ProblemCode.UNKNOWN_TYPE]


# -- The shipped forms -----------------------------------------------------------------------------

# Dates that are naturally ahead: a plan's review, an action's deadline.
FUTURE_DATES = {
    ("immediate_safeguarding", "missing_plan_review_on"),
    ("trafficking_assessment", "review_on"),
    ("trafficking_assessment", "actions.by_when"),
}


@pytest.fixture(scope="module")
def shipped() -> Definitions:
    return load_definitions(default_resources_dir())


def date_fields(form: Form) -> list[tuple[str, Field]]:
    found = []
    for field in form.all_fields():
        found.append((field.id, field))
        found.extend((f"{field.id}.{sub.id}", sub) for sub in field.fields)
    return [(name, f) for name, f in found if f.type in DATE_TYPES]


def test_every_shipped_date_of_birth_is_checked_as_one(shipped: Definitions) -> None:
    births = {
        (form.id, name)
        for form in shipped.forms.values()
        for name, field in date_fields(form)
        if DateCheck.BIRTH_DATE in field.checks
    }
    assert births == {
        ("child", "date_of_birth"),
        ("trafficking_assessment", "date_of_birth"),
        ("age_assessment", "claimed_date_of_birth"),
        ("age_assessment", "assessed_date_of_birth"),
    }


def test_every_shipped_date_that_has_happened_is_checked(shipped: Definitions) -> None:
    for form in shipped.forms.values():
        for name, field in date_fields(form):
            if (form.id, name) in FUTURE_DATES:
                assert not field.checks and not field.not_before, (form.id, name)
            else:
                assert field.checks, (form.id, name)


def test_the_shipped_decisions_are_not_before_the_referral(shipped: Definitions) -> None:
    assessment = shipped.forms["trafficking_assessment"]
    rg = assessment.field("reasonable_grounds_decision_on")
    cg = assessment.field("conclusive_grounds_decision_on")
    assert rg is not None and rg.not_before == ("referral_date",)
    assert cg is not None
    assert cg.not_before == ("referral_date", "reasonable_grounds_decision_on")
    answers = {"nrm_referral": {"referral_date": "2026-11-10"}}
    answer_of = answers_in(shipped, "trafficking_assessment", answers)
    now = datetime(2026, 11, 29, 14, tzinfo=UTC)
    assert doubt(rg, "2026-11-02", now, answer_of) == (
        "2 November 2026 is before the date of referral, 10 November 2026. Is that right?"
    )
    assert doubt(rg, "2026-11-12", now, answer_of) is None


def test_the_shipped_forms_pass_the_command_line_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forms", "check"]) == 0
    assert capsys.readouterr().out.startswith("All definitions are valid: ")
