"""Builds one `Field` from YAML: its type, choices, sub-fields, purposes and condition."""

from __future__ import annotations

from typing import Any

from toolkit_desktop.domain.definitions import (
    REQUIRED_FOR_PURPOSES,
    Choice,
    Condition,
    Field,
    FieldType,
)
from toolkit_desktop.forms.problems import ProblemCode
from toolkit_desktop.forms.walk import Report, join, kind

_FIELD_KEYS = ("help", "choices", "required_for", "visible_if", "same_as", "fields")
# Keys whose meaning is per form, so a row of a repeating group cannot have them.
_NOT_IN_GROUP = ("required_for", "visible_if", "same_as")
_CHOICE_TYPES = (FieldType.CHOICE, FieldType.MULTI_CHOICE)
_TYPE_NAMES = ", ".join(t.value for t in FieldType)


def parse_field(report: Report, data: Any, path: str, *, in_group: bool = False) -> Field | None:
    """The field at `path`, or None when it is too broken to build (problems are reported)."""
    m = report.mapping(data, path, required=("id", "type", "label"), optional=_FIELD_KEYS)
    if m is None:
        return None
    field_id = report.ident(m, path)
    label = report.text(m, "label", path)
    field_type = _field_type(report, m, path)
    if in_group:
        _check_group_row_field(report, m, path, field_type)
    field = Field(
        id=field_id,
        type=field_type or FieldType.TEXT,
        label=label,
        help=report.text(m, "help", path, required=False),
        choices=_choices(report, m, path, field_type),
        required_for=_purposes(report, m, path),
        visible_if=_condition(report, m, path),
        same_as=report.text(m, "same_as", path, required=False) or None,
        fields=_sub_fields(report, m, path, field_type),
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
            choice = Choice(report.ident(c, item_path), report.text(c, "label", item_path))
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
    return tuple(f for _, f in parsed if f)


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
