"""Builds one `Field` from YAML: its type, choices, sub-fields, purposes, condition and checks."""

from __future__ import annotations

from typing import Any

from toolkit_desktop.domain.date_doubts import CHECK_TYPES, DATE_TYPES, DateCheck
from toolkit_desktop.domain.definitions import (
    REQUIRED_FOR_PURPOSES,
    Choice,
    Condition,
    Field,
    FieldType,
)
from toolkit_desktop.forms.problems import ProblemCode
from toolkit_desktop.forms.walk import Report, join, kind

_FIELD_KEYS = (
    *("help", "choices", "required_for", "visible_if", "same_as", "fields"),
    *("check", "not_before"),
)
# Keys whose meaning is per form, so a row of a repeating group cannot have them.
_NOT_IN_GROUP = ("required_for", "visible_if", "same_as")
_CHOICE_TYPES = (FieldType.CHOICE, FieldType.MULTI_CHOICE)
_TYPE_NAMES = ", ".join(t.value for t in FieldType)
_CHECK_NAMES = ", ".join(sorted(c.value for c in DateCheck))


def parse_field(report: Report, data: Any, path: str, *, in_group: bool = False) -> Field | None:
    """The field at `path`, or None when it is too broken to build (problems are reported)."""
    m = report.mapping(data, path, required=("id", "type", "label"), optional=_FIELD_KEYS)
    if m is None:
        return None
    field_id = report.ident(m, path)
    label = report.shown(m, "label", path)
    field_type = _field_type(report, m, path)
    if in_group:
        _check_group_row_field(report, m, path, field_type)
    field = Field(
        id=field_id,
        type=field_type or FieldType.TEXT,
        label=label,
        help=report.shown(m, "help", path, required=False),
        choices=_choices(report, m, path, field_type),
        required_for=_purposes(report, m, path),
        visible_if=_condition(report, m, path),
        same_as=report.text(m, "same_as", path, required=False) or None,
        fields=_sub_fields(report, m, path, field_type),
        checks=_checks(report, m, path, field_type),
        not_before=_not_before(report, m, path, field_type),
    )
    return field if field_id and field_type is not None else None


def _field_type(report: Report, m: dict[str, Any], path: str) -> FieldType | None:
    value = m.get("type")
    if value is None and "type" not in m:
        return None  # reported as missing
    try:
        return FieldType(str(value))
    except ValueError:
        report.add(
            join(path, "type"),
            ProblemCode.UNKNOWN_TYPE,
            f"unknown field type {value!r} (expected one of: {_TYPE_NAMES})",
        )
        return None


def _check_group_row_field(
    report: Report, m: dict[str, Any], path: str, field_type: FieldType | None
) -> None:
    if field_type in (FieldType.GROUP, FieldType.INDICATOR):
        report.add(
            join(path, "type"),
            ProblemCode.BAD_GROUP_FIELD,
            f"a field inside a group cannot be of type {field_type}",
        )
    for key in _NOT_IN_GROUP:
        if key in m:
            report.add(
                join(path, key),
                ProblemCode.BAD_GROUP_FIELD,
                f"'{key}' is not supported inside a group",
            )


def _choices(
    report: Report, m: dict[str, Any], path: str, field_type: FieldType | None
) -> tuple[Choice, ...]:
    items = report.items(m, "choices", path)
    if field_type in _CHOICE_TYPES and not items:
        report.add(
            join(path, "choices"),
            ProblemCode.CHOICES_MISSING,
            f"a {field_type} field needs choices",
        )
    elif field_type is not None and field_type not in _CHOICE_TYPES and "choices" in m:
        report.add(
            join(path, "choices"),
            ProblemCode.CHOICES_NOT_ALLOWED,
            f"only choice and multi_choice fields have choices, not {field_type}",
        )
    choices: list[Choice] = []
    ids: list[tuple[str, str]] = []
    for item_path, item in items:
        c = report.mapping(item, item_path, required=("id", "label"))
        if c is not None:
            choice = Choice(report.ident(c, item_path), report.shown(c, "label", item_path))
            choices.append(choice)
            ids.append((choice.id, item_path))
    report.unique(ids, "choice")
    return tuple(choices)


def _sub_fields(
    report: Report, m: dict[str, Any], path: str, field_type: FieldType | None
) -> tuple[Field, ...]:
    items = report.items(m, "fields", path)
    if field_type is FieldType.GROUP and not items:
        report.add(join(path, "fields"), ProblemCode.FIELDS_MISSING, "a group needs sub-fields")
    elif field_type is not None and field_type is not FieldType.GROUP and "fields" in m:
        report.add(
            join(path, "fields"),
            ProblemCode.FIELDS_NOT_ALLOWED,
            f"only group fields have sub-fields, not {field_type}",
        )
    parsed = [(p, parse_field(report, item, p, in_group=True)) for p, item in items]
    report.unique(((f.id, p) for p, f in parsed if f), "sub-field")
    ids = (item.get("id") for _, item in items if isinstance(item, dict))
    declared = {ident for ident in ids if isinstance(ident, str)}
    built = {f.id: f for _, f in parsed if f}
    for sub_path, sub in parsed:
        if sub is not None:
            _check_row_not_before(report, sub, join(sub_path, "not_before"), declared, built)
    return tuple(f for _, f in parsed if f)


def _check_row_not_before(
    report: Report, sub: Field, where: str, declared: set[str], built: dict[str, Field]
) -> None:
    """Inside a group, `not_before` names another sub-field of the same row, by its bare id."""
    for reference in sub.not_before:
        if "." in reference or reference not in declared:
            report.add(
                where,
                ProblemCode.NOT_BEFORE_UNKNOWN_FIELD,
                f"'{reference}' is not a sub-field of this group: inside a group, not_before "
                "names another sub-field of the same row",
            )
        elif reference in built and built[reference].type not in DATE_TYPES:
            report.add(
                where,
                ProblemCode.NOT_BEFORE_NOT_DATE,
                f"'{reference}' is a {built[reference].type} field; not_before needs a date, "
                "approx_date or datetime field",
            )


def _purposes(report: Report, m: dict[str, Any], path: str) -> frozenset[str]:
    purposes: set[str] = set()
    for item_path, item in report.items(m, "required_for", path):
        if item in REQUIRED_FOR_PURPOSES:
            purposes.add(item)
        else:
            known = ", ".join(sorted(REQUIRED_FOR_PURPOSES))
            report.add(
                item_path,
                ProblemCode.UNKNOWN_PURPOSE,
                f"unknown purpose {item!r} (expected: {known})",
            )
    return frozenset(purposes)


def _checks(
    report: Report, m: dict[str, Any], path: str, field_type: FieldType | None
) -> frozenset[str]:
    """The `check` words: doubts to raise about a value before it is kept (domain.date_doubts)."""
    checks: set[str] = set()
    if "check" in m and field_type is not None and field_type not in DATE_TYPES:
        report.add(
            join(path, "check"),
            ProblemCode.CHECK_NOT_DATE,
            f"only date, approx_date and datetime fields have checks, not {field_type}",
        )
        return frozenset()
    for item_path, item in report.items(m, "check", path):
        try:
            check = DateCheck(item)
        except ValueError:
            report.add(
                item_path,
                ProblemCode.UNKNOWN_CHECK,
                f"unknown check {item!r} (expected: {_CHECK_NAMES})",
            )
            continue
        if field_type is not None and field_type not in CHECK_TYPES[check]:
            suits = " and ".join(t.value for t in FieldType if t in CHECK_TYPES[check])
            report.add(
                item_path,
                ProblemCode.CHECK_NOT_DATE,
                f"the check '{check}' is for {suits} fields, not {field_type}",
            )
            continue
        checks.add(check)
    return frozenset(checks)


def _not_before(
    report: Report, m: dict[str, Any], path: str, field_type: FieldType | None
) -> tuple[str, ...]:
    """The fields named by `not_before`: one reference, or a list of them."""
    if "not_before" not in m:
        return ()
    where = join(path, "not_before")
    value = m["not_before"]
    items = [(where, value)] if not isinstance(value, list) else report.items(m, "not_before", path)
    references: list[str] = []
    for item_path, item in items:
        if isinstance(item, str) and item.strip():
            references.append(item.strip())
        else:
            report.add(
                item_path,
                ProblemCode.WRONG_TYPE,
                f"expected a field id or form.field, got {kind(item)}",
            )
    if field_type is not None and field_type not in DATE_TYPES:
        report.add(
            where,
            ProblemCode.CHECK_NOT_DATE,
            f"only date, approx_date and datetime fields have not_before, not {field_type}",
        )
        return ()
    return tuple(references)


def _condition(report: Report, m: dict[str, Any], path: str) -> Condition | None:
    if "visible_if" not in m:
        return None
    where = join(path, "visible_if")
    c = report.mapping(m["visible_if"], where, required=("field", "equals"))
    if c is None:
        return None
    field = report.text(c, "field", where)
    values: list[str] = []
    for item_path, item in report.items(c, "equals", where):
        if isinstance(item, str) and item:
            values.append(item)
        else:
            report.add(item_path, ProblemCode.WRONG_TYPE, f"expected a choice id, got {kind(item)}")
    if "equals" in c and c["equals"] in (None, []):
        report.add(
            join(where, "equals"), ProblemCode.CONDITION_BAD_VALUE, "list at least one value"
        )
    return Condition(field, tuple(values)) if field else None
