"""What a case holds, as plain frozen records: the case, answer revisions, chronology, profile.

History is the model: an answer is never changed in place. Each change is a new `Revision`, and
the current value of a field is its latest revision. A chronology entry is never edited either:
a correction is a new entry that points at the one it corrects.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

JsonValue = Any  # what json.loads can return; values are checked against their field type elsewhere


@dataclass(frozen=True)
class Case:
    """One child the practitioner met, from first contact onwards."""

    id: int
    reference: str
    created_at: datetime
    first_contact_at: datetime | None
    first_contact_place: str
    training: bool = False


@dataclass(frozen=True)
class Revision:
    """One recorded value of one field; `value` None means the answer was cleared."""

    case_id: int
    form: str
    field: str
    value: JsonValue
    recorded_at: datetime
    recorded_by: str
    reason: str | None = None
    conversation_id: int | None = None
    id: int | None = None


# What each kind of chronology entry is called, in English: the pack's words, and the source of
# the screen's (translated in `ui.records.chronology_list.KIND_WORDS`, which a test keeps equal).
ENTRY_KIND_WORDS = {
    "event": "Something that happened",
    "disclosure": "Something the child said",
    "request_sent": "Request sent to an agency",
    "answer_received": "Answer from an agency",
    "meeting": "Meeting",
    "referral": "Referral",
    "note": "Note",
    "amendment": "Answer changed after a referral pack was made",
    "correction": "Correction",
}


def entry_kind_words(kind: str) -> str:
    """A chronology entry's kind in English words: 'request_sent' -> 'Request sent to an
    agency'; a kind not listed (added by a later version) from its id."""
    if kind in ENTRY_KIND_WORDS:
        return ENTRY_KIND_WORDS[kind]
    words = kind.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


@dataclass(frozen=True)
class ChronologyEntry:
    """Something that happened, when, and when it was written down; `corrects` points at an earlier
    entry this one corrects."""

    case_id: int
    occurred_at: datetime
    recorded_at: datetime
    recorded_by: str
    kind: str
    text: str
    corrects: int | None = None
    conversation_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Profile:
    """The practitioner using this vault: the first responder's details in a referral."""

    name: str = ""
    role: str = ""
    team: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class AuditEvent:
    """An entry of the vault's audit trail: opens, exports, re-keys, restores."""

    at: datetime
    action: str
    detail: str = ""


Key = tuple[str, str]  # (form id, field id)


def current_values(revisions: Iterable[Revision]) -> dict[Key, Revision]:
    """The latest revision of each field, from revisions oldest first; cleared fields left out."""
    latest: dict[Key, Revision] = {}
    for rev in revisions:
        latest[(rev.form, rev.field)] = rev
    return {key: rev for key, rev in latest.items() if rev.value is not None}


def answers_of(current: Mapping[Key, Revision], form: str) -> dict[str, JsonValue]:
    """The current values of one form, by field id."""
    return {fid: rev.value for (fid_form, fid), rev in current.items() if fid_form == form}


@dataclass(frozen=True)
class Conversation:
    """One conversation with the child, recorded once so that no form sends anyone back to ask
    again; answers, indicator evidence and chronology entries cite it by id."""

    case_id: int
    occurred_at: datetime
    place: str
    present: str
    interpreter: str
    language: str
    how_the_child_was: str
    account: str
    recorded_at: datetime
    recorded_by: str
    id: int | None = None


@dataclass(frozen=True)
class PackExport:
    """One referral pack written out: which version, when, and to where."""

    case_id: int
    version: int
    exported_at: datetime
    exported_by: str
    destination: str
    id: int | None = None
    # The newest revision and chronology entry the pack held. Ids, not times, decide what was
    # sent: a laptop clock corrected backwards would otherwise hide later changes.
    covers_revision_id: int | None = None
    covers_chronology_id: int | None = None
    # A digest of everything the pack printed from the vault: a pack saved again with the same
    # digest is a copy of this version, not a new one. None for packs made before it was kept.
    contents_digest: str | None = None

    def holds_revision(self, revision: Revision) -> bool:
        """Whether this pack already held `revision` (by id; by time for packs made before ids
        were kept)."""
        if self.covers_revision_id is not None and revision.id is not None:
            return revision.id <= self.covers_revision_id
        return revision.recorded_at <= self.exported_at

    def holds_entry(self, entry: ChronologyEntry) -> bool:
        """Whether this pack already held a chronology entry (by id, else by time)."""
        if self.covers_chronology_id is not None and entry.id is not None:
            return entry.id <= self.covers_chronology_id
        return entry.recorded_at <= self.exported_at
