"""Builds a `Form` from one `resources/forms/<id>.yaml`, and the sections the matrix form reuses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from toolkit_desktop.domain.definitions import MAX_PACK_ORDER, Field, Form, PackPlace, Section
from toolkit_desktop.domain.form_ids import MATRIX_FORM
from toolkit_desktop.forms.field_parser import parse_field
from toolkit_desktop.forms.problems import ProblemCode
from toolkit_desktop.forms.walk import ID_PATTERN, Report, join, kind


@dataclass
class ParsedForm:
    """A form as built, with what the cross-form checks need to point back into its file."""

    form: Form
    report: Report
    # Key path of each top-level field, e.g. {"nationality": "sections[2].fields[0]"}.
    field_paths: dict[str, str] = field(default_factory=dict)
    # Field ids that were declared but too broken to build: references to them are not reported
    # again as "missing".
    unbuilt: set[str] = field(default_factory=set)
    # False when some field ids could not be seen (the file is not YAML, or a list of sections or
    # fields is broken): a reference to a field not found may then be to one of those, so it is
    # not reported as missing on top of the problem already reported.
    complete: bool = True


def parse_form(report: Report, data: Any, file_id: str) -> ParsedForm | None:
    """The form in `forms/<file_id>.yaml`, or None when the file holds no usable form."""
    m = report.mapping(
        data, "", required=("id", "version", "title", "sections"),
        optional=("help", "retired", "pack"),
    )
    if m is None:
        return None
    form_id = report.ident(m, "")
    if form_id and form_id != file_id:
        report.add(
            "id",
            ProblemCode.ID_NOT_FILENAME,
            f"the form id '{form_id}' does not match its file name: rename the file to "
            f"{form_id}.yaml or change the id to '{file_id}'",
        )
    if file_id == MATRIX_FORM:
        report.add("id", ProblemCode.RESERVED_ID, "'matrix' is kept for resources/matrix.yaml")
    parsed = ParsedForm(form=Form(file_id, 1, ""), report=report)
    parsed.complete = isinstance(m.get("sections"), list)
    sections = []
    for path, item in report.items(m, "sections", ""):
        section = parse_section(report, item, path, parsed)
        if section is not None:
            sections.append((section, path))
    if "sections" in m and m["sections"] in (None, []):
        report.add("sections", ProblemCode.NO_SECTIONS, "a form needs at least one section")
    report.unique(((s.id, p) for s, p in sections), "section")
    parsed.form = Form(
        id=file_id,
        version=_form_version(report, m),
        title=report.shown(m, "title", ""),
        sections=tuple(s for s, _ in sections),
        help=report.shown(m, "help", "", required=False),
        retired=_retired(report, m),
        pack=parse_pack_place(report, m),
    )
    return parsed


def parse_pack_place(report: Report, m: dict[str, Any]) -> PackPlace | None:
    """`pack: {order: 20, title: ...}`: where the form's answers appear in the referral pack."""
    if "pack" not in m:
        return None
    place = report.mapping(m["pack"], "pack", required=("order", "title"))
    if place is None:
        return None
    order = place.get("order")
    title = report.text(place, "title", "pack")
    if isinstance(order, bool) or not isinstance(order, int) or not 1 <= order <= MAX_PACK_ORDER:
        report.add(
            "pack.order", ProblemCode.PACK_PLACE,
            f"the pack cannot place this form: its order must be a whole number from 1 to "
            f"{MAX_PACK_ORDER}, got {kind(order)}",
        )
        return None
    return PackPlace(order, title) if title else None


def _retired(report: Report, m: dict[str, Any]) -> tuple[str, ...]:
    """Ids of questions an earlier version of the form asked (`retired:`): their answers stay in
    a case's history, and a case file holding them can still be imported."""
    out = []
    for path, item in report.items(m, "retired", ""):
        if isinstance(item, str) and ID_PATTERN.fullmatch(item):
            out.append(item)
        else:
            report.add(path, ProblemCode.BAD_ID, f"'{item}' is not a field id")
    return tuple(out)


def _form_version(report: Report, m: dict[str, Any]) -> int:
    """The form's version: a whole number of at least 1."""
    value = m.get("version")
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    if "version" in m:
        report.add(
            "version",
            ProblemCode.BAD_NUMBER,
            f"expected a whole number of at least 1, got {kind(value)}",
        )
    return 1


def parse_section(report: Report, data: Any, path: str, parsed: ParsedForm) -> Section | None:
    """One section at `path`, recording its fields' paths in `parsed`."""
    m = report.mapping(data, path, required=("id", "title", "fields"), optional=("help",))
    if m is None or not isinstance(m.get("fields"), list):
        parsed.complete = False
    if m is None:
        return None
    fields: list[Field] = []
    for field_path, item in report.items(m, "fields", path):
        built = parse_field(report, item, field_path)
        field_id = item.get("id") if isinstance(item, dict) else None
        if isinstance(field_id, str):
            record_field(parsed, field_id, field_path, built is not None)
        else:
            parsed.complete = False
        if built is not None:
            fields.append(built)
    if "fields" in m and m["fields"] in (None, []):
        report.add(
            join(path, "fields"), ProblemCode.NO_FIELDS, "a section needs at least one field"
        )
    return Section(
        id=report.ident(m, path),
        title=report.shown(m, "title", path),
        help=report.shown(m, "help", path, required=False),
        fields=tuple(fields),
    )


def record_field(
    parsed: ParsedForm, field_id: str, path: str, built: bool, what: str = "field"
) -> None:
    """Note where a top-level field is defined; a second definition is a duplicate id."""
    if field_id in parsed.field_paths:
        parsed.report.add(
            join(path, "id"),
            ProblemCode.DUPLICATE_ID,
            f"the {what} id '{field_id}' is already used at {parsed.field_paths[field_id]}",
        )
        return
    parsed.field_paths[field_id] = path
    if not built:
        parsed.unbuilt.add(field_id)
