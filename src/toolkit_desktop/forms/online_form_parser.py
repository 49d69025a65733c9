"""Builds the online NRM form's question order from `resources/nrm_online_form.yaml`, and checks
that every question of the case it names exists (after all the forms are built)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from toolkit_desktop.domain.definitions import Field, FieldType
from toolkit_desktop.domain.online_order import (
    DERIVED_NAMES,
    DERIVED_PREFIX,
    OnlineForm,
    OnlineQuestion,
    Required,
    ShownIf,
    Source,
)
from toolkit_desktop.forms.form_parser import ParsedForm
from toolkit_desktop.forms.problems import ProblemCode
from toolkit_desktop.forms.walk import Report, join, kind

_QUESTION_KEYS = (
    "answered_by", "not_asked", "shown_if", "options", "when_answered", "note", "most",
)
_FIXED_VALUES = (FieldType.YES_NO_UNKNOWN, FieldType.CHOICE, FieldType.MULTI_CHOICE)


@dataclass
class ParsedOnlineForm:
    """The questions as built, with the key path of each for the checks that follow."""

    form: OnlineForm
    paths: dict[int, str] = field(default_factory=dict)  # question number -> key path


def parse_online_form(report: Report, data: Any) -> ParsedOnlineForm:
    """The questions in file order; broken ones are reported and left out."""
    m = report.mapping(data, "", required=("source", "pages"))
    if m is None:
        return ParsedOnlineForm(OnlineForm())
    source = report.text(m, "source", "")
    questions: list[tuple[OnlineQuestion, str]] = []
    for page_path, page in report.items(m, "pages", ""):
        pm = report.mapping(page, page_path, required=("page", "title", "questions"))
        if pm is None:
            continue
        slug = report.text(pm, "page", page_path)
        title = report.text(pm, "title", page_path)
        for path, item in report.items(pm, "questions", page_path):
            question = _parse_question(report, item, path, slug, title)
            if question is not None:
                questions.append((question, path))
    seen: dict[int, str] = {}
    for question, path in questions:
        if question.number in seen:
            report.add(
                join(path, "number"),
                ProblemCode.DUPLICATE_ID,
                f"question {question.number} is already at {seen[question.number]}",
            )
        else:
            seen[question.number] = path
    return ParsedOnlineForm(
        OnlineForm(source=source, questions=tuple(q for q, _ in questions)),
        {q.number: p for q, p in questions},
    )


def _parse_question(
    report: Report, data: Any, path: str, page: str, title: str
) -> OnlineQuestion | None:
    m = report.mapping(data, path, required=("number", "key", "asks", "required"),
                       optional=_QUESTION_KEYS)
    if m is None:
        return None
    number = _whole_number(report, m, "number", path)
    key, asks = report.text(m, "key", path), report.text(m, "asks", path)
    required = _required(report, m, path)
    sources = _sources(report, m, path)
    not_asked = report.text(m, "not_asked", path, required="not_asked" in m)
    if ("answered_by" in m) == ("not_asked" in m):
        report.add(
            path, ProblemCode.MISSING_KEY, "give exactly one of 'answered_by' and 'not_asked'"
        )
    shown_if = _shown_if(report, m, path)
    if required is Required.WHEN_SHOWN and "shown_if" not in m:
        report.add(join(path, "shown_if"), ProblemCode.MISSING_KEY,
                   "a question required when shown needs 'shown_if': when is it shown?")
    options = _options(report, m, path)
    most = _whole_number(report, m, "most", path) if "most" in m else 0
    if number is None or required is None or sources is None:
        return None
    return OnlineQuestion(
        number=number,
        page=page,
        page_title=title,
        key=key,
        asks=asks,
        required=required,
        sources=sources,
        not_asked=not_asked,
        shown_if=shown_if,
        options=options,
        when_answered=report.text(m, "when_answered", path, required=False),
        note=report.text(m, "note", path, required=False),
        most=most or 0,
    )


def _whole_number(report: Report, m: dict[str, Any], key: str, path: str) -> int | None:
    value = m.get(key)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    if key in m:
        report.add(join(path, key), ProblemCode.BAD_NUMBER,
                   f"expected a whole number of at least 1, got {kind(value)}")
    return None


def _required(report: Report, m: dict[str, Any], path: str) -> Required | None:
    try:
        return Required(str(m.get("required")))
    except ValueError:
        if "required" in m:
            report.add(join(path, "required"), ProblemCode.UNKNOWN_VALUE,
                       f"unknown value {m['required']!r} (expected one of: {', '.join(Required)})")
        return None


def _sources(report: Report, m: dict[str, Any], path: str) -> tuple[Source, ...] | None:
    """The `answered_by` sources; None when one of them cannot be read (reported)."""
    value = m.get("answered_by")
    where = join(path, "answered_by")
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    sources = []
    for n, item in enumerate(items):
        at = f"{where}[{n}]" if isinstance(value, list) else where
        source = _source(report, item, at)
        if source is None:
            return None
        sources.append(source)
    if not sources:
        report.add(where, ProblemCode.EMPTY_TEXT, "'answered_by' is empty")
    return tuple(sources)


def _source(report: Report, item: Any, where: str) -> Source | None:
    if not isinstance(item, str):
        report.add(where, ProblemCode.WRONG_TYPE,
                   f'expected "form.field" or "derived:<name>", got {kind(item)}')
        return None
    text = item.strip()
    if text.startswith(DERIVED_PREFIX):
        name = text.removeprefix(DERIVED_PREFIX).strip()
        if name not in DERIVED_NAMES:
            report.add(where, ProblemCode.UNKNOWN_VALUE,
                       f"the app works out no answer called {name!r} "
                       f"(expected one of: {', '.join(sorted(DERIVED_NAMES))})")
            return None
        return Source(derived=name)
    parts = text.split(".")
    if len(parts) not in (2, 3) or not all(parts):
        report.add(where, ProblemCode.UNKNOWN_VALUE,
                   f'expected "form.field", "form.group.sub_field" or "derived:<name>", '
                   f"got {text!r}")
        return None
    return Source(parts[0], parts[1], parts[2] if len(parts) == 3 else "")


def _shown_if(report: Report, m: dict[str, Any], path: str) -> ShownIf | None:
    if "shown_if" not in m:
        return None
    where = join(path, "shown_if")
    c = report.mapping(m["shown_if"], where, required=("field",), optional=("equals", "answered"))
    if c is None:
        return None
    reference = report.text(c, "field", where)
    form_id, dot, field_id = reference.partition(".")
    if reference and (not dot or not form_id or not field_id or "." in field_id):
        report.add(join(where, "field"), ProblemCode.UNKNOWN_VALUE,
                   f'expected "form.field", got {reference!r}')
        return None
    equals = c.get("equals")
    answered = c.get("answered")
    if ("equals" in c) == ("answered" in c):
        report.add(where, ProblemCode.MISSING_KEY, "give exactly one of 'equals' and 'answered'")
        return None
    if "equals" in c and not (
        isinstance(equals, list) and equals and all(isinstance(v, str) for v in equals)
    ):
        report.add(join(where, "equals"), ProblemCode.WRONG_TYPE,
                   f"expected a list of choice ids, got {kind(equals)}")
        return None
    if "answered" in c and answered is not True:
        report.add(join(where, "answered"), ProblemCode.WRONG_TYPE,
                   f"expected true, got {kind(answered)}")
        return None
    if not reference:
        return None
    return ShownIf(form_id, field_id, tuple(equals or ()), answered=answered is True)


def _options(report: Report, m: dict[str, Any], path: str) -> tuple[tuple[str, str], ...]:
    value = m.get("options")
    where = join(path, "options")
    if value is None:
        return ()
    if not isinstance(value, dict):
        report.add(where, ProblemCode.WRONG_TYPE, f"expected a mapping of keys, got {kind(value)}")
        return ()
    out = []
    for key, label in value.items():
        if not isinstance(label, str) or not label.strip():
            report.add(join(where, str(key)), ProblemCode.EMPTY_TEXT,
                       "each choice needs the online form's wording")
            continue
        out.append((str(key), label.strip()))
    return tuple(out)


# -- after the forms are built --------------------------------------------------------------------


def check_online_form(
    report: Report, online: ParsedOnlineForm, parsed: Mapping[str, ParsedForm]
) -> None:
    """Report each question of the case named by the online form's order that does not exist,
    and each `shown_if` or `options` value that question cannot hold."""
    for question in online.form.questions:
        path = online.paths.get(question.number, "")
        for n, source in enumerate(question.sources):
            if source.derived:
                continue
            where = join(path, "answered_by")
            if len(question.sources) > 1:
                where = f"{where}[{n}]"
            _lookup(report, parsed, source, where)
        first = next(
            (f for s in question.fields if (f := _quiet(parsed, s)) is not None), None
        )
        if question.options and first is not None and first.type in _FIXED_VALUES:
            ids = {c.id for c in first.all_choices()}
            for choice_id, _label in question.options:
                if choice_id not in ids:
                    report.add(join(join(path, "options"), choice_id), ProblemCode.UNKNOWN_VALUE,
                               f"'{choice_id}' is not a choice of '{question.fields[0].reference}'"
                               f" (its choices: {', '.join(sorted(ids))})")
        if question.shown_if is not None:
            _check_shown_if(report, parsed, question.shown_if, join(path, "shown_if"))


def _quiet(parsed: Mapping[str, ParsedForm], source: Source) -> Field | None:
    form = parsed.get(source.form_id)
    found = form.form.field(source.field_id) if form is not None else None
    if found is not None and source.sub_field:
        return next((f for f in found.fields if f.id == source.sub_field), None)
    return found


def _lookup(
    report: Report, parsed: Mapping[str, ParsedForm], source: Source, where: str
) -> Field | None:
    form = parsed.get(source.form_id)
    if form is None:
        report.add(where, ProblemCode.UNKNOWN_VALUE, f"there is no form '{source.form_id}'")
        return None
    found = form.form.field(source.field_id)
    if found is None:
        if form.complete and source.field_id not in form.unbuilt:
            report.add(where, ProblemCode.UNKNOWN_VALUE,
                       f"'{source.field_id}' is not a field of the form '{source.form_id}'")
        return None
    if not source.sub_field:
        return found
    sub = next((f for f in found.fields if f.id == source.sub_field), None)
    if sub is None:
        report.add(where, ProblemCode.UNKNOWN_VALUE,
                   f"'{source.sub_field}' is not a sub-field of the group "
                   f"'{source.form_id}.{source.field_id}'")
    return sub


def _check_shown_if(
    report: Report, parsed: Mapping[str, ParsedForm], shown_if: ShownIf, where: str
) -> None:
    target = _lookup(report, parsed, Source(shown_if.form_id, shown_if.field_id),
                     join(where, "field"))
    if target is None or not shown_if.equals:
        return
    if target.type not in _FIXED_VALUES:
        report.add(join(where, "field"), ProblemCode.CONDITION_NOT_CHOICE,
                   f"'{shown_if.form_id}.{shown_if.field_id}' has no fixed values to compare; "
                   "use 'answered: true'")
        return
    ids = {c.id for c in target.all_choices()}
    for value in shown_if.equals:
        if value not in ids:
            report.add(join(where, "equals"), ProblemCode.CONDITION_BAD_VALUE,
                       f"'{value}' is not a choice of '{shown_if.form_id}.{shown_if.field_id}' "
                       f"(its choices: {', '.join(sorted(ids))})")
