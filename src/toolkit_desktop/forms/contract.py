"""What the program itself reads from the definitions: fields and timescales it cannot do without.

A council may reword, add and reorder freely, but renaming `date_of_birth` or dropping the
`reasonable_grounds` timescale would silently stop the age presumption or the NRM dates from
working; the checker says so instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from toolkit_desktop.domain import age, decisions, matrix_summary, nrm_dates
from toolkit_desktop.domain.definitions import FieldType
from toolkit_desktop.domain.form_ids import (
    AGE_FORM,
    CHILD_FORM,
    MATRIX_FORM,
    NRM_FORM,
    TRAFFICKING_FORM,
)
from toolkit_desktop.domain.timescales import UK_NATIONS, CountFrom, Timescales
from toolkit_desktop.forms.form_parser import ParsedForm
from toolkit_desktop.forms.problems import ProblemCode
from toolkit_desktop.forms.walk import Report

_DATES = (FieldType.DATE, FieldType.APPROX_DATE)


@dataclass(frozen=True)
class Needed:
    """A top-level field the program reads, of one of `types`, offering at least `choices`."""

    form_id: str
    field_id: str
    types: tuple[FieldType, ...]
    why: str
    choices: tuple[str, ...] = ()


PROGRAM_FIELDS = (
    Needed(CHILD_FORM, "given_names", (FieldType.TEXT,), "the case list shows the child's name"),
    Needed(CHILD_FORM, "family_name", (FieldType.TEXT,), "the case list shows the child's name"),
    Needed(CHILD_FORM, "name_as_given", (FieldType.TEXT,),
           "the child's name is shown in their own order and script"),
    Needed(CHILD_FORM, "name_transliteration", (FieldType.TEXT,),
           "a name in another script is shown and searched with its Latin letters"),
    Needed(CHILD_FORM, "exploited_name", (FieldType.TEXT,),
           "the NRM form asks the name used while the child was exploited"),
    Needed(CHILD_FORM, age.DATE_OF_BIRTH, _DATES, "the child's age is worked out from it"),
    Needed(
        CHILD_FORM,
        age.CLAIMED_AGE,
        (FieldType.NUMBER,),
        "it gives the age when no date of birth is known",
    ),
    Needed(
        AGE_FORM,
        age.AGE_DISPUTED,
        (FieldType.YES_NO_UNKNOWN,),
        "a disputed age keeps the presumption of childhood",
    ),
    Needed(
        AGE_FORM,
        age.CONCLUSION,
        (FieldType.CHOICE,),
        "only a concluded assessment can end the presumption of childhood",
        tuple(sorted(age.CONCLUSIONS)),
    ),
    Needed(AGE_FORM, age.ASSESSED_AGE, (FieldType.NUMBER,), "it gives the assessed age"),
    Needed(AGE_FORM, age.ASSESSED_DATE_OF_BIRTH, _DATES, "it gives the assessed age"),
    Needed(
        AGE_FORM, age.CONCLUDED_ON, (FieldType.DATE,), "it marks the assessment concluded"
    ),
    Needed(
        NRM_FORM,
        nrm_dates.REFERRAL_DATE_FIELD,
        (FieldType.DATE,),
        "NRM dates count from it",
    ),
    Needed(
        NRM_FORM,
        nrm_dates.UK_NATION_FIELD,
        (FieldType.CHOICE,),
        "working days skip the nation's bank holidays",
        UK_NATIONS,
    ),
    Needed(
        TRAFFICKING_FORM,
        decisions.RG_DECISION,
        (FieldType.CHOICE,),
        "the case's stage and the recovery period follow the decision",
        ("negative", "positive"),
    ),
    Needed(
        TRAFFICKING_FORM,
        decisions.RG_DECISION_ON,
        (FieldType.DATE,),
        "the recovery period counts from it, and an overdue decision is flagged until it is set",
    ),
    Needed(
        TRAFFICKING_FORM,
        decisions.CG_DECISION,
        (FieldType.CHOICE,),
        "the case's stage follows the decision",
        ("negative", "positive"),
    ),
    Needed(
        MATRIX_FORM,
        matrix_summary.CONCERN_LEVEL,
        (FieldType.CHOICE,),
        "it records the judgement",
    ),
    Needed(
        MATRIX_FORM,
        matrix_summary.CONCERN_REASON,
        (FieldType.LONG_TEXT,),
        "it records the reason",
    ),
)

# Timescale rules the NRM dates use, and the event each must count from.
PROGRAM_RULES = {
    nrm_dates.RG_RULE: CountFrom.REFERRAL,
    nrm_dates.RECOVERY_RULE: CountFrom.REASONABLE_GROUNDS_DECISION,
}


def check_program_fields(
    parsed: Mapping[str, ParsedForm], missing_form_report: Callable[[str], Report]
) -> None:
    """Report each field of PROGRAM_FIELDS that is absent or of the wrong kind."""
    reported_forms: set[str] = set()
    for needed in PROGRAM_FIELDS:
        form = parsed.get(needed.form_id)
        if form is None:
            if needed.form_id not in reported_forms:
                reported_forms.add(needed.form_id)
                missing_form_report(needed.form_id).add(
                    "", ProblemCode.MISSING_FORM, f"the program needs the form '{needed.form_id}'"
                )
            continue
        if not form.complete or needed.field_id in form.unbuilt:
            continue  # its own problems are already reported
        field = form.form.field(needed.field_id)
        kinds = " or ".join(t.value for t in needed.types)
        where = form.field_paths.get(needed.field_id, "")
        if field is None:
            form.report.add(
                "",
                ProblemCode.PROGRAM_FIELD,
                f"the program needs a field '{needed.field_id}' ({kinds}): {needed.why}",
            )
        elif field.type not in needed.types:
            form.report.add(
                f"{where}.type",
                ProblemCode.PROGRAM_FIELD,
                f"'{needed.field_id}' must be {kinds}, not {field.type}: {needed.why}",
            )
        elif missing := [c for c in needed.choices if c not in {c.id for c in field.choices}]:
            form.report.add(
                f"{where}.choices",
                ProblemCode.PROGRAM_FIELD,
                f"'{needed.field_id}' needs the choices {', '.join(missing)}: {needed.why}",
            )


def check_program_rules(report: Report, timescales: Timescales, declared: set[object]) -> None:
    """Report each rule of PROGRAM_RULES that is absent or counts from the wrong event.

    `declared` holds every rule id in the file, including rules too broken to build, which have
    had their own problems reported.
    """
    for rule_id, count_from in PROGRAM_RULES.items():
        rules = [r for r in timescales.rules if r.id == rule_id]
        if rule_id not in declared:
            report.add(
                "rules", ProblemCode.PROGRAM_RULE, f"the NRM dates need a rule with id '{rule_id}'"
            )
        elif any(r.count_from is not count_from for r in rules):
            report.add(
                "rules",
                ProblemCode.PROGRAM_RULE,
                f"the rule '{rule_id}' must count from {count_from.value}",
            )
