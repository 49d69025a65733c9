"""Each kind of broken definition is reported with its file, key path and code, and all at once."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from toolkit_desktop.forms import ProblemCode, format_problems
from toolkit_desktop.forms.check import run_check

from .conftest import Resources

Break = Callable[[Resources], None]

CHILD = "forms/child.yaml"
NRM = "forms/nrm_referral.yaml"
# The last section of the child fixture is "age" (sections[1]) with five fields; a field appended
# to the file lands there as sections[1].fields[5].
NEW_CHILD_FIELD = "sections[1].fields[5]"


def replace(relative: str, old: str, new: str) -> Break:
    return lambda r: r.edit(relative, lambda text: text.replace(old, new, 1))


def append(relative: str, text: str) -> Break:
    return lambda r: r.edit(relative, lambda before: before + text)


def write(relative: str, text: str) -> Break:
    return lambda r: r.write(relative, text)


def delete(relative: str) -> Break:
    return lambda r: (r.dir / relative).unlink()


def write_bytes(relative: str, data: bytes) -> Break:
    return lambda r: (r.dir / relative).write_bytes(data)


FAMILY_NAME = "{id: family_name, type: text, label: Family name}"
DATE_OF_BIRTH = "{id: date_of_birth, type: date, label: Date of birth}"


def date_of_birth_with(keys: str) -> Break:
    return replace(CHILD, DATE_OF_BIRTH, DATE_OF_BIRTH[:-1] + f", {keys}}}")

# (code, how to break the fixture, file, key path of the expected problem)
CASES: list[tuple[ProblemCode, Break, str, str]] = [
    (ProblemCode.YAML_SYNTAX, write(CHILD, "id: child\nsections: [\n"), CHILD, ""),
    (ProblemCode.UNREADABLE_FILE, write_bytes("prompts.yaml", b"\xff\xfe\x00"), "prompts.yaml", ""),
    (ProblemCode.MISSING_FILE, delete("timescales.yaml"), "timescales.yaml", ""),
    (ProblemCode.NOT_YAML_FILE, write("forms/notes.yml", "id: notes\n"), "forms/notes.yml", ""),
    (
        ProblemCode.DUPLICATE_KEY,
        replace(CHILD, "title: Child's details", "title: A\ntitle: B"),
        CHILD,
        "",
    ),
    (ProblemCode.WRONG_TYPE, replace(NRM, "sections:\n", "sections: one\nx:\n"), NRM, "sections"),
    (
        ProblemCode.MISSING_KEY,
        replace(CHILD, FAMILY_NAME, "{id: family_name, type: text}"),
        CHILD,
        "sections[0].fields[1].label",
    ),
    (
        ProblemCode.EMPTY_TEXT,
        replace(CHILD, "label: Family name", 'label: " "'),
        CHILD,
        "sections[0].fields[1].label",
    ),
    (
        ProblemCode.UNKNOWN_KEY,
        replace(CHILD, "label: Family name", "lable: Family name"),
        CHILD,
        "sections[0].fields[1].lable",
    ),
    (ProblemCode.BAD_ID, replace(CHILD, "id: names", "id: Names"), CHILD, "sections[0].id"),
    (
        ProblemCode.DUPLICATE_ID,
        replace(CHILD, "id: family_name", "id: given_names"),
        CHILD,
        "sections[0].fields[1].id",
    ),
    (ProblemCode.ID_NOT_FILENAME, replace(CHILD, "id: child", "id: kid"), CHILD, "id"),
    (
        ProblemCode.RESERVED_ID,
        write("forms/matrix.yaml", "id: matrix\nversion: 1\ntitle: M\nsections: []\n"),
        "forms/matrix.yaml",
        "id",
    ),
    (
        ProblemCode.UNKNOWN_TYPE,
        replace(CHILD, "type: text, label: Family", "type: txt, label: Family"),
        CHILD,
        "sections[0].fields[1].type",
    ),
    (
        ProblemCode.CHOICES_MISSING,
        append(CHILD, "      - {id: extra, type: multi_choice, label: Extra}\n"),
        CHILD,
        f"{NEW_CHILD_FIELD}.choices",
    ),
    (
        ProblemCode.CHOICES_NOT_ALLOWED,
        append(
            CHILD,
            "      - {id: extra, type: yes_no_unknown, label: E, choices: [{id: a, label: A}]}\n",
        ),
        CHILD,
        f"{NEW_CHILD_FIELD}.choices",
    ),
    (
        ProblemCode.FIELDS_MISSING,
        append(CHILD, "      - {id: extra, type: group, label: Extra}\n"),
        CHILD,
        f"{NEW_CHILD_FIELD}.fields",
    ),
    (
        ProblemCode.FIELDS_NOT_ALLOWED,
        append(
            CHILD,
            "      - {id: extra, type: text, label: E, fields: [{id: a, type: text, label: A}]}\n",
        ),
        CHILD,
        f"{NEW_CHILD_FIELD}.fields",
    ),
    (
        ProblemCode.BAD_GROUP_FIELD,
        replace(
            CHILD, "{id: name, type: text, label: Name}", "{id: name, type: group, label: Name}"
        ),
        CHILD,
        "sections[0].fields[2].fields[0].type",
    ),
    (ProblemCode.NO_SECTIONS, replace(NRM, "sections:\n", "sections: []\nx:\n"), NRM, "sections"),
    (
        ProblemCode.NO_FIELDS,
        append(CHILD, "  - {id: empty, title: Empty, fields: []}\n"),
        CHILD,
        "sections[2].fields",
    ),
    (
        ProblemCode.UNKNOWN_PURPOSE,
        replace(CHILD, "required_for: [referral]", "required_for: [referal]"),
        CHILD,
        "sections[0].fields[0].required_for[0]",
    ),
    (
        ProblemCode.CONDITION_UNKNOWN_FIELD,
        replace(CHILD, "field: interpreter_needed", "field: interpreter"),
        CHILD,
        "sections[1].fields[4].visible_if.field",
    ),
    (
        ProblemCode.CONDITION_NOT_CHOICE,
        replace(CHILD, "field: interpreter_needed", "field: nationality"),
        CHILD,
        "sections[1].fields[4].visible_if.field",
    ),
    (
        ProblemCode.CONDITION_BAD_VALUE,
        replace(CHILD, "equals: [yes]", "equals: [maybe]"),
        CHILD,
        "sections[1].fields[4].visible_if.equals",
    ),
    (
        ProblemCode.CONDITION_CYCLE,
        append(
            CHILD,
            "      - {id: a, type: yes_no_unknown, label: A, visible_if: {field: b, equals: [no]}}"
            "\n"
            "      - {id: b, type: yes_no_unknown, label: B, visible_if: {field: a, equals: [no]}}"
            "\n",
        ),
        CHILD,
        f"{NEW_CHILD_FIELD}.visible_if.field",
    ),
    (
        ProblemCode.SAME_AS_UNKNOWN_FIELD,
        replace(NRM, "same_as: child.nationality", "same_as: child.nationalty"),
        NRM,
        "sections[0].fields[2].same_as",
    ),
    (
        ProblemCode.SAME_AS_SAME_FORM,
        replace(NRM, "same_as: child.nationality", "same_as: nationality"),
        NRM,
        "sections[0].fields[2].same_as",
    ),
    (
        ProblemCode.SAME_AS_TYPE_MISMATCH,
        replace(NRM, "same_as: child.nationality", "same_as: child.claimed_age"),
        NRM,
        "sections[0].fields[2].same_as",
    ),
    (
        ProblemCode.SAME_AS_CHAIN,
        append(
            NRM,
            "      - {id: age, type: number, label: Age, same_as: age_assessment.claimed_age}\n",
        ),
        NRM,
        "sections[0].fields[3].same_as",
    ),
    (
        ProblemCode.MISSING_BLOCK,
        replace("matrix.yaml", "id: adults_around", "id: adults"),
        "matrix.yaml",
        "blocks",
    ),
    (
        ProblemCode.EMPTY_BLOCK,
        replace(
            "matrix.yaml",
            "    indicators:\n      - {id: speaks_for_child, text: Speaks for the child, "
            "guidance: See them alone.}",
            "    indicators: []",
        ),
        "matrix.yaml",
        "blocks[3].indicators",
    ),
    (
        ProblemCode.MISSING_FORM,
        delete("forms/age_assessment.yaml"),
        "forms/age_assessment.yaml",
        "",
    ),
    (
        ProblemCode.PROGRAM_FIELD,
        replace(CHILD, "{id: claimed_age, type: number", "{id: claimed_age, type: text"),
        CHILD,
        "sections[1].fields[1].type",
    ),
    (
        ProblemCode.BAD_DATE,
        replace("timescales.yaml", 'in_force_from: "2009-04-01"', 'in_force_from: "2009-02-30"'),
        "timescales.yaml",
        "rules[0].in_force_from",
    ),
    (ProblemCode.BAD_NUMBER, replace(CHILD, "version: 1", "version: one"), CHILD, "version"),
    (ProblemCode.PACK_PLACE, append(NRM, "pack: {order: 0, title: Referral}\n"), NRM,
     "pack.order"),
    (
        ProblemCode.TIMESCALE_LENGTH,
        replace("timescales.yaml", "working_days: 5", "working_days: 5\n    days: 7"),
        "timescales.yaml",
        "rules[0]",
    ),
    (
        ProblemCode.TIMESCALE_OVERLAP,
        replace("timescales.yaml", 'in_force_until: "2023-01-29"', 'in_force_until: "2023-01-30"'),
        "timescales.yaml",
        "rules[2].in_force_from",
    ),
    (
        ProblemCode.PROGRAM_RULE,
        replace("timescales.yaml", "id: reasonable_grounds", "id: rg_decision"),
        "timescales.yaml",
        "rules",
    ),
    (
        ProblemCode.UNKNOWN_VALUE,
        replace("prompts.yaml", "when: matrix_not_started", "when: matrix_not_begun"),
        "prompts.yaml",
        "[0].when",
    ),
    (
        ProblemCode.UNKNOWN_CHECK,
        date_of_birth_with("check: [not_in_future]"),
        CHILD,
        "sections[1].fields[0].check[0]",
    ),
    (
        ProblemCode.CHECK_NOT_DATE,
        replace(CHILD, FAMILY_NAME, FAMILY_NAME[:-1] + ", check: [not_future]}"),
        CHILD,
        "sections[0].fields[1].check",
    ),
    (
        ProblemCode.NOT_BEFORE_UNKNOWN_FIELD,
        date_of_birth_with("not_before: born_on"),
        CHILD,
        "sections[1].fields[0].not_before",
    ),
    (
        ProblemCode.NOT_BEFORE_NOT_DATE,
        date_of_birth_with("not_before: claimed_age"),
        CHILD,
        "sections[1].fields[0].not_before",
    ),
]


@pytest.mark.parametrize(
    ("code", "breaks", "file", "key_path"), CASES, ids=[str(case[0]) for case in CASES]
)
def test_each_problem_is_reported_with_its_file_key_and_code(
    resources: Resources, code: ProblemCode, breaks: Break, file: str, key_path: str
) -> None:
    breaks(resources)
    found = {(p.code, p.file, p.key_path) for p in resources.problems()}
    assert (code, f"resources/{file}", key_path) in found


def test_every_problem_code_has_a_case() -> None:
    assert {case[0] for case in CASES} == set(ProblemCode)


def test_the_fixture_is_valid_to_begin_with(resources: Resources) -> None:
    defs = resources.load()
    assert list(defs.forms) == [
        "matrix", "age_assessment", "child", "nrm_referral", "trafficking_assessment"
    ]


def test_all_problems_in_all_files_are_reported_at_once(resources: Resources) -> None:
    breaks = [
        replace(CHILD, "type: text, label: Family", "type: txt, label: Family"),
        replace(CHILD, "label: Given names", "lable: Given names"),
        replace(NRM, "same_as: child.nationality", "same_as: child.nationalty"),
        replace("matrix.yaml", "id: adults_around", "id: adults"),
        replace("timescales.yaml", "working_days: 5", "working_days: 0"),
        write("prompts.yaml", "- id: x\n  when: [\n"),
    ]
    for change in breaks:
        change(resources)
    problems = resources.problems()
    assert {p.code for p in problems} >= {
        ProblemCode.UNKNOWN_TYPE,
        ProblemCode.UNKNOWN_KEY,
        ProblemCode.MISSING_KEY,  # the label the typo lost
        ProblemCode.SAME_AS_UNKNOWN_FIELD,
        ProblemCode.MISSING_BLOCK,
        ProblemCode.BAD_NUMBER,
        ProblemCode.YAML_SYNTAX,
    }
    files = {p.file for p in problems}
    assert files == {
        f"resources/{name}"
        for name in (CHILD, NRM, "matrix.yaml", "timescales.yaml", "prompts.yaml")
    }


def test_a_problem_line_names_file_key_and_what_was_expected(resources: Resources) -> None:
    replace(CHILD, "type: text, label: Family", "type: txt, label: Family")(resources)
    assert format_problems(resources.problems()) == (
        "resources/forms/child.yaml: sections[0].fields[1].type: unknown field type 'txt' "
        "(expected one of: text, long_text, yes_no_unknown, choice, multi_choice, date, "
        "approx_date, datetime, number, group, indicator)"
    )


def test_an_unknown_key_suggests_the_likely_one(resources: Resources) -> None:
    replace(CHILD, "label: Family name", "lable: Family name")(resources)
    messages = [p.message for p in resources.problems() if p.code is ProblemCode.UNKNOWN_KEY]
    assert messages == ["unknown key 'lable': did you mean 'label'?"]


def test_a_syntax_error_gives_the_line(resources: Resources) -> None:
    write(CHILD, "id: child\ntitle: [one, two\nversion: 1\n")(resources)
    (problem,) = resources.problems()
    assert problem.code is ProblemCode.YAML_SYNTAX
    assert "line 3" in problem.message


def test_a_broken_file_is_not_reported_again_through_references(resources: Resources) -> None:
    write(CHILD, "id: [\n")(resources)
    assert [p.code for p in resources.problems()] == [ProblemCode.YAML_SYNTAX]


def test_run_check_lists_the_problems_with_exit_code_1(resources: Resources) -> None:
    replace(CHILD, "type: text, label: Family", "type: txt, label: Family")(resources)
    code, text = run_check(resources.dir)
    assert code == 1
    assert text.splitlines()[0].startswith("1 problem in the definitions in ")
    assert text.splitlines()[1].startswith(
        "resources/forms/child.yaml: sections[0].fields[1].type:"
    )


def test_run_check_counts_forms_and_indicators_when_valid(resources: Resources) -> None:
    assert run_check(resources.dir) == (
        0,
        "All definitions are valid: 5 forms, 5 matrix indicators.",
    )


def test_renaming_a_decision_field_the_program_reads_is_reported(resources: Resources) -> None:
    resources.edit("forms/trafficking_assessment.yaml",
                   lambda t: t.replace("id: reasonable_grounds_decision_on",
                                       "id: rg_decided_on"))
    found = {(p.code, p.message) for p in resources.problems()}
    assert any(code is ProblemCode.PROGRAM_FIELD and "reasonable_grounds_decision_on" in message
               for code, message in found)


def test_two_forms_in_one_place_of_the_pack_are_told_which_has_it(resources: Resources) -> None:
    append(CHILD, "pack: {order: 10, title: The child}\n")(resources)
    append(NRM, "pack: {order: 10, title: Referral}\n")(resources)
    problems = [p for p in resources.problems() if p.code is ProblemCode.PACK_PLACE]
    assert [(p.file, p.key_path) for p in problems] == [(f"resources/{NRM}", "pack.order")]
    assert "order 10 is already the place of the form 'child'" in problems[0].message
