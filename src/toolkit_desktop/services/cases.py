"""Use cases on one case: start it, record and amend answers, keep the chronology, read it back.

The rules of history live here: an answer is checked against its field before it is stored; once
a referral pack has been exported, changing an earlier answer needs a reason and adds a chronology
entry, so the next pack can say what changed.
"""

from __future__ import annotations

import functools
import getpass
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.derive_case import PROGRAM_DERIVATIONS
from toolkit_desktop.domain.derived import CaseSources, Derivations, derived_answers
from toolkit_desktop.domain.form_ids import CHILD_FORM
from toolkit_desktop.domain.limits import TextKind, text_problem
from toolkit_desktop.domain.records import (
    Case,
    ChronologyEntry,
    Conversation,
    JsonValue,
    PackExport,
    Profile,
    Revision,
    answers_of,
    current_values,
)
from toolkit_desktop.domain.values import check_answer
from toolkit_desktop.domain.wording import uk_today
from toolkit_desktop.errors import ToolkitError
from toolkit_desktop.storage.vault import Vault

if TYPE_CHECKING:
    from sqlalchemy import Connection

AMENDMENT_KIND = "amendment"
CORRECTION_KIND = "correction"

# The forms whose words are kept as a draft until recorded (`CaseService.keep_draft`): one draft of
# each kind per case. A correction's draft names the entry it corrects in its "entry" box.
CONVERSATION_DRAFT = "conversation"
ENTRY_DRAFT = "chronology-entry"
CORRECTION_DRAFT = "correction"
DRAFT_KINDS = (CONVERSATION_DRAFT, ENTRY_DRAFT, CORRECTION_DRAFT)


class AnswerRejected(ToolkitError):
    """An answer that does not fit its field; nothing was stored."""

    code = "answer_rejected"


class ReasonRequired(ToolkitError):
    """Changing an answer already sent in a referral pack needs a reason."""

    code = "reason_required"

    def __init__(self) -> None:
        super().__init__(
            "This answer was already in a referral pack you exported. Say why it is changing; "
            "the reason goes into the chronology and the next pack."
        )


@dataclass(frozen=True)
class CaseSnapshot:
    """Everything known about a case at one moment, for screens, summaries and the pack."""

    case: Case
    revisions: list[Revision]
    current: dict[tuple[str, str], Revision]
    chronology: list[ChronologyEntry]
    conversations: list[Conversation]
    exports: list[PackExport] = field(default_factory=list)
    drafts: dict[str, dict[str, str]] = field(default_factory=dict)  # by kind, as typed

    def answers(self, form: str) -> dict[str, JsonValue]:
        """The current values of one form, by field id."""
        return answers_of(self.current, form)

    def answers_by_form(self) -> dict[str, dict[str, JsonValue]]:
        """Current values of every form, by form id then field id."""
        out: dict[str, dict[str, JsonValue]] = {}
        for (form, field_id), rev in self.current.items():
            out.setdefault(form, {})[field_id] = rev.value
        return out

    def worked_out(
        self,
        definitions: Definitions,
        today: date,
        profile: Profile | None,
        answers: Mapping[str, Mapping[str, JsonValue]] | None = None,
        *,
        pack_made_at: datetime | None = None,
    ) -> Derivations:
        """The answers this case works out from facts recorded elsewhere (`domain.derived`).

        `answers` replaces the stored ones, for a screen whose answers are ahead of the vault.
        `pack_made_at` is when the pack being built is made: the first pack is the referral.
        """
        exported = tuple(e.exported_at for e in self.exports)
        if not exported and pack_made_at is not None:
            exported = (pack_made_at,)
        sources = CaseSources(
            answers=self.answers_by_form() if answers is None else answers,
            today=today,
            profile=profile,
            conversations=tuple(self.conversations),
            exports=exported,
            definitions=definitions,
            reference=self.case.reference,
        )
        return derived_answers(sources, PROGRAM_DERIVATIONS)


def practitioner_name(vault: Vault, conn: Connection | None = None) -> str:
    """Who is recording: the profile's name, or the computer login until a profile exists."""
    name = vault.profile(conn).name.strip()
    return name or _login_name()


@functools.cache
def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes
        return "unknown"


class CaseService:
    """Case use cases over an open vault and the loaded definitions."""

    def __init__(self, vault: Vault, definitions: Definitions) -> None:
        self.vault = vault
        self.definitions = definitions

    @property
    def recorded_by(self) -> str:
        """The name recorded with each change."""
        return practitioner_name(self.vault)

    def start_case(
        self, first_contact_at: datetime | None, place: str, known_as: str = ""
    ) -> Case:
        """Open a case with only what is needed to start: who, when and where first met."""
        case = self.vault.cases.create(
            first_contact_at=first_contact_at,
            first_contact_place=place,
            training=self.vault.training,
        )
        if known_as.strip():
            self.record_answer(case.id, CHILD_FORM, "known_as", known_as.strip())
        return case

    def snapshot(self, case_id: int) -> CaseSnapshot:
        """The case with its whole history."""
        store = self.vault.cases
        revisions = store.revisions(case_id)
        return CaseSnapshot(
            case=store.get(case_id),
            revisions=revisions,
            current=current_values(revisions),
            chronology=store.chronology(case_id),
            conversations=store.conversations(case_id),
            exports=store.exports(case_id),
            drafts=store.read_drafts(case_id),
        )

    def keep_draft(self, case_id: int, kind: str, fields: Mapping[str, str]) -> None:
        """Keep the words typed in a conversation, chronology entry or correction not yet
        recorded, so that locking, another case or a crash does not lose them; every box empty
        throws the draft away. A draft is never a record: no pack or case file carries it."""
        if kind not in DRAFT_KINDS:
            raise AnswerRejected(f"There is no draft of the kind '{kind}'.")
        self.vault.cases.get(case_id)  # a clear "no such case" rather than a database error
        self.vault.cases.keep_draft(case_id, kind, {str(k): str(v) for k, v in fields.items()})

    def record_answer(
        self,
        case_id: int,
        form: str,
        field_id: str,
        value: JsonValue,
        *,
        reason: str | None = None,
        conversation_id: int | None = None,
    ) -> Revision | None:
        """Store a new value; None when it equals the current one (nothing to record).

        The same value is recorded again when it now cites a conversation it did not cite before:
        saying where an answer came from is part of its history.
        """
        # Today bounds the dates (`domain.limits`), as it does for an imported case file.
        today = uk_today(self.vault.clock.now())
        problem = check_answer(self.definitions, form, field_id, value, today=today)
        if problem:
            raise AnswerRejected(problem)
        store = self.vault.cases
        # One transaction: the field's last answer, whether a pack held it, who is recording,
        # the new answer and, for a change after a pack, its chronology line.
        with self.vault.transaction() as conn:
            previous = store.last_revision(conn, case_id, form, field_id)
            if previous is not None and previous.value == value and not reason and (
                conversation_id is None or conversation_id == previous.conversation_id
            ):
                return None  # nothing new: the same value, with no reason and no new source
            amendment = previous is not None and any(
                e.holds_revision(previous) for e in store.exports(case_id, conn))
            if amendment and not (reason and reason.strip()):
                raise ReasonRequired()
            revision = Revision(
                case_id=case_id, form=form, field=field_id, value=value,
                recorded_at=self.vault.clock.now(), recorded_by=practitioner_name(self.vault, conn),
                reason=reason.strip() if reason else None, conversation_id=conversation_id,
            )
            revision = replace(revision, id=store.append_revisions(conn, [revision])[0])
            if amendment:
                label = self._label(form, field_id)
                store.add_chronology(self._chronology_entry(
                    case_id, AMENDMENT_KIND, f"Changed '{label}' after a referral pack was made. "
                    f"Reason: {reason}", occurred_at=revision.recorded_at,
                    recorded_by=revision.recorded_by), conn)
        return revision

    def _label(self, form_id: str, field_id: str) -> str:
        # English: the line is kept in the case's chronology and printed in the English pack.
        form = self.definitions.english.form(form_id)
        found = form.field(field_id) if form else None
        return found.label if found else f"{form_id}.{field_id}"

    def add_chronology(
        self,
        case_id: int,
        kind: str,
        text: str,
        *,
        occurred_at: datetime | None = None,
        corrects: int | None = None,
        conversation_id: int | None = None,
        draft: str | None = None,
    ) -> int:
        """Add an entry; a correction points at the entry it corrects and never removes it.
        `draft` names the draft it was typed in, deleted in the same transaction."""
        entry = self._chronology_entry(
            case_id, kind, text, occurred_at=occurred_at, recorded_by=self.recorded_by,
            corrects=corrects, conversation_id=conversation_id)
        with self.vault.transaction() as conn:
            entry_id = self.vault.cases.add_chronology(entry, conn)
            if draft is not None:
                self.vault.cases.drop_draft(conn, case_id, draft)
        return entry_id

    def _chronology_entry(
        self,
        case_id: int,
        kind: str,
        text: str,
        *,
        occurred_at: datetime | None,
        recorded_by: str,
        corrects: int | None = None,
        conversation_id: int | None = None,
    ) -> ChronologyEntry:
        """A chronology entry to add, once its text is found sound (else AnswerRejected)."""
        if not text.strip():
            raise AnswerRejected("A chronology entry needs some text.")
        problem = text_problem(text.strip(), TextKind.LONG_TEXT)
        if problem:
            raise AnswerRejected(f"The chronology entry {problem[0].lower()}{problem[1:]}")
        now = self.vault.clock.now()
        return ChronologyEntry(
            case_id=case_id,
            occurred_at=occurred_at or now,
            recorded_at=now,
            recorded_by=recorded_by,
            kind=kind,
            text=text.strip(),
            corrects=corrects,
            conversation_id=conversation_id,
        )

    def correct_chronology(
        self, case_id: int, entry_id: int, text: str, *, draft: str | None = None
    ) -> int:
        """Correct an entry by adding a new one that points at it; the original stays."""
        entries = {e.id: e for e in self.vault.cases.chronology(case_id)}
        if entry_id not in entries:
            raise AnswerRejected(f"There is no chronology entry {entry_id} in this case.")
        return self.add_chronology(
            case_id, CORRECTION_KIND, text,
            occurred_at=entries[entry_id].occurred_at, corrects=entry_id, draft=draft,
        )
