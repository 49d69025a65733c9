"""What has changed since the last pack was exported: every answer and chronology entry since then.

An answer is "amended" when the field had a value in the earlier pack, and "new" when it did not;
either way the reader sees the reason the practitioner gave, when and by whom. Nothing recorded
at or before the earlier export is listed, so the section says exactly what is new.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from toolkit_desktop.domain.answer_words import Shown, show
from toolkit_desktop.domain.definitions import NOT_RELEVANT_PREFIX, Definitions, Field, FieldType
from toolkit_desktop.domain.form_ids import MATRIX_FORM
from toolkit_desktop.domain.records import Revision
from toolkit_desktop.domain.values import MATRIX_VERSION_FIELD
from toolkit_desktop.domain.wording import show_date, show_time
from toolkit_desktop.export.pack.model import PackInput
from toolkit_desktop.export.pack.records_view import EntryView, entry_view


@dataclass(frozen=True)
class AnswerChange:
    """One revision recorded after the earlier pack."""

    when: str
    by: str
    form: str
    label: str
    kind: str  # "New answer", "Amended answer", "Answer removed"
    before: Shown | None  # as it was in the earlier pack, for an amendment
    after: Shown | None
    reason: str
    cited: str


@dataclass(frozen=True)
class ChangesView:
    """The "what has changed since version N" part."""

    since_version: int
    since_date: str
    answers: tuple[AnswerChange, ...]
    entries: tuple[EntryView, ...]

    @property
    def title(self) -> str:
        """The part's heading."""
        return f"What has changed since version {self.since_version} ({self.since_date})"


def _describe(defs: Definitions, form_id: str, field_id: str) -> tuple[str, str, Field | None]:
    """(form title, question label, field) for any stored field id, special ones included."""
    form = defs.form(form_id)
    form_title = form.title if form and form.title else (
        defs.matrix.title if form_id == MATRIX_FORM else form_id
    )
    if field_id.startswith(NOT_RELEVANT_PREFIX):
        section_id = field_id.removeprefix(NOT_RELEVANT_PREFIX)
        section = next((s for s in form.sections if s.id == section_id), None) if form else None
        title = section.title if section else section_id
        return form_title, f"Section '{title}' marked not relevant", None
    if form_id == MATRIX_FORM and field_id == MATRIX_VERSION_FIELD:
        return form_title, "Version of the risk matrix used", None
    fld = form.field(field_id) if form else None
    if fld is None:
        return form_title, field_id, None
    if fld.type is FieldType.INDICATOR:
        return form_title, f"Indicator: {fld.label}", fld
    return form_title, fld.label, fld


def _shown(fld: Field | None, field_id: str, value: Any) -> Shown | None:
    if value is None:
        return None
    if fld is not None:
        return show(fld, value)
    if field_id.startswith(NOT_RELEVANT_PREFIX) and isinstance(value, dict):
        return Shown(text=f"Reason: {value.get('reason', '')}")
    return Shown(text=str(value))


def _answer_change(pack: PackInput, revision: Revision, before: Any) -> AnswerChange:
    form_title, label, fld = _describe(pack.definitions, revision.form, revision.field)
    if revision.value is None:
        kind = "Answer removed"
    elif before is None:
        kind = "New answer"
    else:
        kind = "Amended answer"
    number = pack.conversation_number(revision.conversation_id)
    return AnswerChange(
        when=show_time(revision.recorded_at),
        by=revision.recorded_by,
        form=form_title,
        label=label,
        kind=kind,
        before=_shown(fld, revision.field, before),
        after=_shown(fld, revision.field, revision.value),
        reason=(revision.reason or "").strip(),
        cited=f"Conversation {number}" if number else "",
    )


def changes_since(pack: PackInput) -> ChangesView | None:
    """Everything recorded after the previous export, or None for a first pack."""
    previous = pack.previous
    if previous is None:
        return None
    cutoff: datetime = previous.exported_at
    sent: dict[tuple[str, str], Any] = {}
    changed: list[AnswerChange] = []
    for revision in pack.facts.revisions:  # oldest first
        key = (revision.form, revision.field)
        if previous.holds_revision(revision):
            sent[key] = revision.value
            continue
        changed.append(_answer_change(pack, revision, sent.get(key)))
    entries = tuple(
        entry_view(pack, e) for e in pack.facts.chronology if not previous.holds_entry(e)
    )
    return ChangesView(
        since_version=previous.version,
        since_date=show_date(cutoff),
        answers=tuple(changed),
        entries=entries,
    )
