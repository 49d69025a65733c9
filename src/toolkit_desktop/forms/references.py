"""Checks what fields say about other fields: `visible_if`, `same_as` and `not_before` must name
real fields.

Run after every form is built, since each may point into another form. (A `not_before` inside a
group names a sub-field of the same row; `field_parser` checks those.)
"""

from __future__ import annotations

from collections.abc import Mapping

from toolkit_desktop.domain.date_doubts import DATE_TYPES
from toolkit_desktop.domain.definitions import Condition, Field, FieldType
from toolkit_desktop.domain.visibility import split_reference
from toolkit_desktop.forms.form_parser import ParsedForm
from toolkit_desktop.forms.problems import ProblemCode
from toolkit_desktop.forms.walk import join

_WITH_FIXED_VALUES = (
    FieldType.YES_NO_UNKNOWN,
    FieldType.CHOICE,
    FieldType.MULTI_CHOICE,
    FieldType.INDICATOR,
)


def check_references(parsed: Mapping[str, ParsedForm]) -> None:
    """Report each `visible_if`, `same_as` and `not_before` naming a missing or unsuitable field."""
    for form in parsed.values():
        for field in form.form.all_fields():
            path = form.field_paths.get(field.id, "")
            if field.visible_if is not None:
                _check_condition(parsed, form, field, field.visible_if, path)
            if field.same_as is not None:
                _check_same_as(parsed, form, field, field.same_as, path)
            for reference in field.not_before:
                _check_not_before(parsed, form, reference, join(path, "not_before"))


def _lookup(
    parsed: Mapping[str, ParsedForm], form_id: str, field_id: str
) -> tuple[bool, Field | None]:
    """Whether the named field is declared, and the field itself if it was built.

    A field declared but too broken to build has had its own problems reported already.
    """
    other = parsed.get(form_id)
    if other is None:
        return False, None
    if field_id not in other.field_paths:
        return (False, None) if other.complete else (True, None)
    return True, other.form.field(field_id)


def _check_condition(
    parsed: Mapping[str, ParsedForm],
    form: ParsedForm,
    field: Field,
    condition: Condition,
    path: str,
) -> None:
    where = join(path, "visible_if")
    form_id, field_id = split_reference(condition.field, form.form.id)
    declared, target = _lookup(parsed, form_id, field_id)
    if not declared:
        form.report.add(
            join(where, "field"),
            ProblemCode.CONDITION_UNKNOWN_FIELD,
            f"'{condition.field}' is not a field of the form '{form_id}'",
        )
        return
    if target is None:
        return
    if _leads_back(form, field):
        form.report.add(
            join(where, "field"),
            ProblemCode.CONDITION_CYCLE,
            f"showing '{field.id}' depends, through visible_if, on '{field.id}' itself",
        )
    if target.type not in _WITH_FIXED_VALUES:
        form.report.add(
            join(where, "field"),
            ProblemCode.CONDITION_NOT_CHOICE,
            f"'{condition.field}' is a {target.type} field; visible_if needs a yes/no, "
            "choice, multi_choice or indicator field",
        )
        return
    valid = [c.id for c in target.all_choices()]
    for value in condition.equals:
        if value not in valid:
            form.report.add(
                join(where, "equals"),
                ProblemCode.CONDITION_BAD_VALUE,
                f"'{value}' is not a value of '{condition.field}' "
                f"(expected one of: {', '.join(valid)})",
            )


def _leads_back(form: ParsedForm, field: Field) -> bool:
    """Whether following visible_if within the form from `field` comes back to it."""
    seen: set[str] = set()
    current: Field | None = field
    while current is not None and current.visible_if is not None:
        form_id, field_id = split_reference(current.visible_if.field, form.form.id)
        if form_id != form.form.id or field_id in seen:
            return False
        if field_id == field.id:
            return True
        seen.add(field_id)
        current = form.form.field(field_id)
    return False


def _check_same_as(
    parsed: Mapping[str, ParsedForm], form: ParsedForm, field: Field, same_as: str, path: str
) -> None:
    where = join(path, "same_as")
    form_id, field_id = split_reference(same_as, form.form.id)
    if form_id == form.form.id:
        form.report.add(
            where,
            ProblemCode.SAME_AS_SAME_FORM,
            f"same_as must name a field of another form, written form.field, not '{same_as}'",
        )
        return
    declared, target = _lookup(parsed, form_id, field_id)
    if not declared:
        form.report.add(
            where,
            ProblemCode.SAME_AS_UNKNOWN_FIELD,
            f"'{same_as}' is not a field of the form '{form_id}'",
        )
    elif target is not None and target.type is not field.type:
        form.report.add(
            where,
            ProblemCode.SAME_AS_TYPE_MISMATCH,
            f"'{same_as}' is a {target.type} field but this one is {field.type}",
        )
    elif target is not None and target.same_as is not None:
        form.report.add(
            where,
            ProblemCode.SAME_AS_CHAIN,
            f"'{same_as}' is itself shown from '{target.same_as}': point at that instead",
        )


def _check_not_before(
    parsed: Mapping[str, ParsedForm], form: ParsedForm, reference: str, where: str
) -> None:
    form_id, field_id = split_reference(reference, form.form.id)
    declared, target = _lookup(parsed, form_id, field_id)
    if not declared:
        form.report.add(
            where,
            ProblemCode.NOT_BEFORE_UNKNOWN_FIELD,
            f"'{reference}' is not a field of the form '{form_id}'",
        )
    elif target is not None and target.type not in DATE_TYPES:
        form.report.add(
            where,
            ProblemCode.NOT_BEFORE_NOT_DATE,
            f"'{reference}' is a {target.type} field; not_before needs a date, approx_date or "
            "datetime field",
        )
