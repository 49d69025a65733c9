"""Which questions are shown and what counts as answered: one answer to both, for every screen.

A field with `visible_if` is shown only while the field it names holds one of the listed values,
and only while that field is itself shown. A field with `same_as` is not asked again: its value is
the value of the field it points at, usually in the child's details.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from toolkit_desktop.domain.definitions import Field, Form, not_relevant_field_id

AnswersByForm = Mapping[str, Mapping[str, Any]]  # form id -> field id -> current value


def split_reference(reference: str, form_id: str) -> tuple[str, str]:
    """("form", "field") for "form.field", or (`form_id`, "field") for a bare field id."""
    other_form, dot, field_id = reference.partition(".")
    return (other_form, field_id) if dot else (form_id, reference)


def is_answered(value: Any) -> bool:
    """Whether a value counts as an answer: blank text and empty lists do not."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | dict):
        return bool(value)
    return True


def field_value(form: Form, field: Field, answers_by_form: AnswersByForm) -> Any:
    """The current value of a field, following `same_as` to the field it shows."""
    form_id, field_id = (
        split_reference(field.same_as, form.id) if field.same_as else (form.id, field.id)
    )
    return answers_by_form.get(form_id, {}).get(field_id)


def not_relevant_reason(answers: Mapping[str, Any], section_id: str) -> str | None:
    """The reason a section was marked "not relevant here", or None if it was not."""
    value = answers.get(not_relevant_field_id(section_id))
    if isinstance(value, dict) and isinstance(value.get("reason"), str) and value["reason"].strip():
        return str(value["reason"])
    return None


def is_visible(form: Form, field: Field, answers_by_form: AnswersByForm) -> bool:
    """Whether `field` of `form` is shown, given the current answers of every form."""
    return _visible(form, field, answers_by_form, frozenset())


def _visible(form: Form, field: Field, answers: AnswersByForm, seen: frozenset[str]) -> bool:
    condition = field.visible_if
    if condition is None:
        return True
    form_id, field_id = split_reference(condition.field, form.id)
    if form_id != form.id:
        # A field of another form: only its value matters here.
        return _matches(answers.get(form_id, {}).get(field_id), condition.equals)
    controller = form.field(field_id)
    if controller is None or field_id in seen:
        # The checker refuses both; if one slips through, show the question rather than hide it.
        return True
    if not _visible(form, controller, answers, seen | {field.id}):
        return False
    return _matches(field_value(form, controller, answers), condition.equals)


def _matches(value: Any, equals: tuple[str, ...]) -> bool:
    if isinstance(value, list):
        return any(item in equals for item in value)
    if isinstance(value, dict):  # an indicator answer
        return value.get("status") in equals
    return value in equals
