"""Reading and appending case data: cases, answer revisions, chronology, conversations, exports,
attachments (kept by `attachment_store`).

Everything here appends; nothing updates a revision or a chronology entry in place (the tables'
triggers would refuse it anyway). Each public write is one transaction, committed on return. The
one exception is `delete_case`, which takes a whole case out of the vault (see its docstring).
"""

from __future__ import annotations

import json
import secrets
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlalchemy import (
    Connection,
    CursorResult,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
    union_all,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError

from toolkit_desktop.domain.attachments import AttachedFile, Attachment, Removal
from toolkit_desktop.domain.form_ids import CHILD_FORM
from toolkit_desktop.domain.records import (
    Case,
    ChronologyEntry,
    Conversation,
    JsonValue,
    PackExport,
    Revision,
)
from toolkit_desktop.storage import attachment_store
from toolkit_desktop.storage.errors import VaultError
from toolkit_desktop.storage.tables import (
    attachment_data,
    attachment_removals,
    attachments,
    case_deletions,
    case_summaries,
    cases,
    chronology,
    conversations,
    drafts,
    pack_exports,
    revisions,
)

if TYPE_CHECKING:
    from toolkit_desktop.storage.vault import Vault

# Up to this many stale summaries are made from their own cases' rows; more, from every row.
_FEW_CASES = 500
_REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I/L to misread on a phone


@dataclass(frozen=True)
class CaseRow:
    """A case with the current values the case list needs, and when it last changed."""

    case: Case
    values: dict[tuple[str, str], JsonValue] = field(default_factory=dict)
    last_change: datetime | None = None


def _dumps(value: JsonValue) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class CaseNotFound(VaultError):
    code = "case_not_found"

    def __init__(self, case_id: int) -> None:
        super().__init__(f"There is no case with id {case_id} in this vault.")


# Built once: each answer typed runs both, and building a statement costs more than running it.
_LAST_REVISION = (
    select(revisions)
    .where(revisions.c.case_id == bindparam("case_id"), revisions.c.form == bindparam("form"),
           revisions.c.field == bindparam("field"))
    .order_by(revisions.c.id.desc())
    .limit(1)
)
_INSERT_REVISION = insert(revisions)


class CaseStore:
    """Case data of one open vault."""

    def __init__(self, vault: Vault) -> None:
        # Each case's exports, read once while unlocked: every answer asks whether a pack held
        # the answer it replaces. Forgotten when one is recorded, on rollback and on lock.
        self._exports: dict[int, tuple[PackExport, ...]] = {}
        self._vault = vault

    # -- cases ----------------------------------------------------------------------------------

    def new_reference(self, conn: Connection) -> str:
        """A short reference, e.g. TK-20261128-7F3KQ, easy to read aloud; random so that cases
        started on different laptops do not clash, and checked against this vault."""
        day = self._vault.clock.now().strftime("%Y%m%d")
        while True:
            suffix = "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(5))
            reference = f"TK-{day}-{suffix}"
            taken = conn.execute(select(cases.c.id).where(cases.c.reference == reference)).first()
            if taken is None:
                return reference

    def create(
        self,
        *,
        first_contact_at: datetime | None,
        first_contact_place: str = "",
        reference: str | None = None,
        training: bool = False,
        created_at: datetime | None = None,
        conn: Connection | None = None,
    ) -> Case:
        """Start a case; `conn` lets an import create it inside its own transaction."""
        if conn is None:
            with self._vault.transaction() as own:
                return self.create(
                    first_contact_at=first_contact_at, first_contact_place=first_contact_place,
                    reference=reference, training=training, created_at=created_at, conn=own,
                )
        values: dict[str, Any] = {
            "id": _next_case_id(conn),
            "reference": reference or self.new_reference(conn),
            "created_at": created_at or self._vault.clock.now(),
            "first_contact_at": first_contact_at,
            "first_contact_place": first_contact_place,
            "training": training,
        }
        conn.execute(insert(cases).values(**values))
        return Case(**values)

    def get(self, case_id: int) -> Case:
        """One case, or CaseNotFound."""
        with self._vault.transaction() as conn:
            row = conn.execute(select(cases).where(cases.c.id == case_id)).first()
        if row is None:
            raise CaseNotFound(case_id)
        return _case(row)

    def find_by_reference(self, reference: str) -> Case | None:
        """The case with this reference, if any."""
        with self._vault.transaction() as conn:
            row = conn.execute(select(cases).where(cases.c.reference == reference)).first()
        return None if row is None else _case(row)

    def list_rows(
        self, forms: Iterable[str] = (CHILD_FORM,), case_ids: Collection[int] | None = None
    ) -> list[CaseRow]:
        """Every case (or those of `case_ids`), newest first, with the current values of the
        given forms."""
        with self._vault.transaction() as conn:
            return self._rows(conn, tuple(forms), case_ids)

    def summaries(
        self,
        forms: Iterable[str],
        version: int,
        make: Callable[[CaseRow], str],
        *,
        keep: bool = True,
    ) -> list[tuple[int, str]]:
        """Every case's number, newest first, with its case-list summary (`services.case_list`).

        The summary kept in the vault when it is still current (no answer since, made by this
        `version`), else `make` of the case's row (values of `forms`), kept for next time unless
        `keep` is false (a read-only vault). One transaction, so an answer recorded meanwhile
        waits and cannot be missed by a summary made from the values before it. Only numbers
        and kept text are read for a current summary: with 50,000 cases, that is most of it.
        """
        with self._vault.transaction() as conn:
            found = conn.execute(
                select(cases.c.id, case_summaries.c.version, case_summaries.c.summary_json)
                .outerjoin(case_summaries, case_summaries.c.case_id == cases.c.id)
                .order_by(cases.c.id.desc())
            ).all()
            stale = [case_id for case_id, made_by, _summary in found if made_by != version]
            made: dict[int, str] = {}
            if stale:
                # A long list of ids costs more than reading every case (and SQLite caps them).
                wanted = stale if len(stale) <= _FEW_CASES else None
                made = {row.case.id: make(row) for row in self._rows(conn, tuple(forms), wanted)}
                if keep:
                    self._keep_summaries(conn, version, {c: made[c] for c in stale})
        return [(case_id, made.get(case_id) or summary) for case_id, _made_by, summary in found]

    @staticmethod
    def _keep_summaries(conn: Connection, version: int, made: dict[int, str]) -> None:
        """Keep summaries for the next read, if the vault can take them now: a disk that filled
        since unlock, or a file that turned read-only, must not stop the list being read (the
        summaries are made again next time)."""
        try:
            with conn.begin_nested():  # a savepoint: a refused write leaves the read whole
                # A stale summary has no row, or one an older program made.
                conn.execute(delete(case_summaries).where(case_summaries.c.version != version))
                conn.execute(insert(case_summaries), [
                    {"case_id": case_id, "version": version, "summary_json": summary}
                    for case_id, summary in made.items()
                ])
        except DBAPIError:
            pass

    def _rows(
        self, conn: Connection, forms: tuple[str, ...], case_ids: Collection[int] | None
    ) -> list[CaseRow]:
        latest = select(func.max(revisions.c.id).label("id")).where(revisions.c.form.in_(forms))
        last = select(revisions.c.case_id, func.max(revisions.c.id).label("id"))
        of_cases = select(cases).order_by(cases.c.id.desc())
        if case_ids is not None:
            latest = latest.where(revisions.c.case_id.in_(case_ids))
            last = last.where(revisions.c.case_id.in_(case_ids))
            of_cases = of_cases.where(cases.c.id.in_(case_ids))
        latest_ids = latest.group_by(
            revisions.c.case_id, revisions.c.form, revisions.c.field).subquery()
        last_ids = last.group_by(revisions.c.case_id).subquery()
        case_rows = conn.execute(of_cases).all()
        values: dict[int, dict[tuple[str, str], JsonValue]] = defaultdict(dict)
        for r in conn.execute(
            select(revisions.c.case_id, revisions.c.form, revisions.c.field,
                   revisions.c.value_json).join(latest_ids, revisions.c.id == latest_ids.c.id)
        ):
            value = json.loads(r.value_json)
            if value is not None:
                values[r.case_id][(r.form, r.field)] = value
        changed = dict(
            conn.execute(
                select(last_ids.c.case_id, revisions.c.recorded_at).join(
                    revisions, revisions.c.id == last_ids.c.id
                )
            ).all()
        )
        return [
            CaseRow(_case(row), values.get(row.id, {}), changed.get(row.id, row.created_at))
            for row in case_rows
        ]

    def last_activity(self) -> list[tuple[Case, datetime]]:
        """Every case with when anything was last recorded in it (an answer, a chronology entry,
        a conversation, an attachment, an export), or when it was started if nothing since."""
        moments = union_all(
            select(revisions.c.case_id, revisions.c.recorded_at.label("at")),
            select(chronology.c.case_id, chronology.c.recorded_at),
            select(conversations.c.case_id, conversations.c.recorded_at),
            select(attachments.c.case_id, attachments.c.added_at),
            select(pack_exports.c.case_id, pack_exports.c.exported_at),
        ).subquery()
        # Stored as ISO text in UTC with a fixed width, so the text's max is the latest moment.
        with self._vault.transaction() as conn:
            latest = dict(conn.execute(
                select(moments.c.case_id, func.max(moments.c.at)).group_by(moments.c.case_id)
            ).all())
            rows = conn.execute(select(cases).order_by(cases.c.id)).all()
        found = []
        for row in rows:
            case = _case(row)
            at = latest.get(case.id)
            if isinstance(at, str):  # the union's column may come back as the stored text
                at = datetime.fromisoformat(at)
            found.append((case, at or case.created_at))
        return found

    def delete_case(self, case: Case, audit_detail: str) -> bool:
        """Take a whole case out of the vault: its answers (every revision), conversations,
        chronology, attachments (records, removals and bytes), exports and drafts.

        One transaction: the deletion record first (the triggers allow deleting a case's rows only
        while it exists), then every row, then the audit line (`audit_detail`: reference, who,
        why; never content). SQLite's secure delete overwrites the freed pages, and VACUUM then
        rebuilds the file, re-encrypted by SQLCipher, so no page of it holds the case any more.
        False when the deletion was made but VACUUM could not run (it needs free disk space about
        the size of the vault): the freed pages are then overwritten but the file not compacted.
        """
        self._exports.pop(case.id, None)
        with self._vault.transaction() as conn:
            conn.exec_driver_sql("PRAGMA secure_delete = ON")
            conn.execute(insert(case_deletions).values(
                case_id=case.id, reference=case.reference, deleted_at=self._vault.clock.now()))
            of_case = select(attachments.c.id).where(attachments.c.case_id == case.id)
            conn.execute(delete(attachment_data).where(attachment_data.c.attachment_id.in_(of_case)))
            conn.execute(
                delete(attachment_removals).where(attachment_removals.c.attachment_id.in_(of_case)))
            # Rows that point at others go first: attachments after their removals and bytes,
            # answers and chronology before the conversations they cite, the case last.
            for table in (attachments, pack_exports, revisions, chronology, conversations,
                          case_summaries, drafts):
                conn.execute(delete(table).where(table.c.case_id == case.id))
            conn.execute(delete(cases).where(cases.c.id == case.id))
            self._vault.record_audit("delete-case", audit_detail, conn)
        try:
            with self._vault.raw() as raw:
                raw.execute("VACUUM")  # outside any transaction, as SQLite requires
        except sqlcipher3.dbapi2.Error:
            return False
        return True

    # -- answers --------------------------------------------------------------------------------

    def record(
        self,
        case_id: int,
        form: str,
        field_id: str,
        value: JsonValue,
        recorded_by: str,
        *,
        reason: str | None = None,
        conversation_id: int | None = None,
        recorded_at: datetime | None = None,
    ) -> Revision:
        """Append one revision; it is committed when this returns."""
        rev = Revision(
            case_id=case_id,
            form=form,
            field=field_id,
            value=value,
            recorded_at=recorded_at or self._vault.clock.now(),
            recorded_by=recorded_by,
            reason=reason,
            conversation_id=conversation_id,
        )
        with self._vault.transaction() as conn:
            new_id = self.append_revisions(conn, [rev])[0]
        return Revision(**{**vars(rev), "id": new_id})

    def append_revisions(self, conn: Connection, revs: Sequence[Revision]) -> list[int]:
        """Append revisions inside the caller's transaction (imports use one for everything)."""
        ids = []
        for rev in revs:
            result = conn.execute(_INSERT_REVISION, {
                "case_id": rev.case_id, "form": rev.form, "field": rev.field,
                "value_json": _dumps(rev.value), "recorded_at": rev.recorded_at,
                "recorded_by": rev.recorded_by, "reason": rev.reason,
                "conversation_id": rev.conversation_id,
            })
            ids.append(_new_id(result))
        return ids

    def last_revision(
        self, conn: Connection, case_id: int, form: str, field_id: str
    ) -> Revision | None:
        """The newest revision of one field (by the index on case, form, field and id)."""
        row = conn.execute(
            _LAST_REVISION, {"case_id": case_id, "form": form, "field": field_id}).first()
        return None if row is None else _revision(row)

    def revisions(self, case_id: int, form: str | None = None) -> list[Revision]:
        """Every revision of a case (or of one form), oldest first."""
        query = select(revisions).where(revisions.c.case_id == case_id)
        if form is not None:
            query = query.where(revisions.c.form == form)
        with self._vault.transaction() as conn:
            rows = conn.execute(query.order_by(revisions.c.id)).all()
        return [_revision(r) for r in rows]

    def current(self, case_id: int) -> dict[tuple[str, str], Revision]:
        """The latest revision of each answered field of a case (cleared fields left out)."""
        latest = (
            select(func.max(revisions.c.id).label("id"))
            .where(revisions.c.case_id == case_id)
            .group_by(revisions.c.form, revisions.c.field)
            .subquery()
        )
        with self._vault.transaction() as conn:
            rows = conn.execute(
                select(revisions).join(latest, revisions.c.id == latest.c.id)
            ).all()
        found = (_revision(r) for r in rows)
        return {(r.form, r.field): r for r in found if r.value is not None}

    # -- chronology, conversations, exports -----------------------------------------------------

    def add_chronology(self, entry: ChronologyEntry, conn: Connection | None = None) -> int:
        """Append a chronology entry; a correction names the entry it corrects."""
        values = {k: v for k, v in vars(entry).items() if k != "id"}
        if conn is not None:
            return _new_id(conn.execute(insert(chronology).values(**values)))
        with self._vault.transaction() as own:
            return _new_id(own.execute(insert(chronology).values(**values)))

    def chronology(self, case_id: int) -> list[ChronologyEntry]:
        """A case's chronology in the order it was recorded."""
        with self._vault.transaction() as conn:
            rows = conn.execute(
                select(chronology).where(chronology.c.case_id == case_id).order_by(chronology.c.id)
            ).all()
        return [ChronologyEntry(**_plain(r)) for r in rows]

    def add_conversation(self, conversation: Conversation, conn: Connection | None = None) -> int:
        """Record a conversation with the child once (in the caller's transaction if given);
        other records cite its id."""
        values = {k: v for k, v in vars(conversation).items() if k != "id"}
        if conn is not None:
            return _new_id(conn.execute(insert(conversations).values(**values)))
        with self._vault.transaction() as own:
            return self.add_conversation(conversation, own)

    def conversations(self, case_id: int) -> list[Conversation]:
        """A case's conversations, in the order they were recorded."""
        with self._vault.transaction() as conn:
            rows = conn.execute(
                select(conversations)
                .where(conversations.c.case_id == case_id)
                .order_by(conversations.c.id)
            ).all()
        return [Conversation(**_plain(r)) for r in rows]

    # -- drafts: words typed and not yet recorded (migration 0008) -------------------------------

    def keep_draft(self, case_id: int, kind: str, fields: dict[str, str]) -> None:
        """Keep what is typed in one unrecorded form of a case, replacing the last draft of that
        kind; nothing typed (every box empty) deletes it."""
        with self._vault.transaction() as conn:
            if not any(v.strip() for v in fields.values()):
                self.drop_draft(conn, case_id, kind)
                return
            values = {"case_id": case_id, "kind": kind, "fields_json": json.dumps(
                fields, ensure_ascii=False, sort_keys=True), "saved_at": self._vault.clock.now()}
            conn.execute(sqlite_insert(drafts).values(**values).on_conflict_do_update(
                index_elements=[drafts.c.case_id, drafts.c.kind],
                set_={"fields_json": values["fields_json"], "saved_at": values["saved_at"]}))

    @staticmethod
    def drop_draft(conn: Connection, case_id: int, kind: str) -> None:
        """Delete a draft, in the caller's transaction (the one that records it)."""
        conn.execute(delete(drafts).where(drafts.c.case_id == case_id, drafts.c.kind == kind))

    def read_drafts(self, case_id: int) -> dict[str, dict[str, str]]:
        """A case's drafts by kind: each the boxes' text as typed."""
        with self._vault.transaction() as conn:
            rows = conn.execute(
                select(drafts.c.kind, drafts.c.fields_json).where(drafts.c.case_id == case_id)
            ).all()
        found: dict[str, dict[str, str]] = {}
        for kind, text in rows:
            try:
                fields = json.loads(text)
            except ValueError:  # never written so; a draft is never worth refusing a case for
                continue
            if isinstance(fields, dict):
                found[kind] = {str(k): v for k, v in fields.items() if isinstance(v, str)}
        return found

    def record_export(self, export: PackExport, conn: Connection | None = None) -> int:
        """Remember that a referral pack was written out (in the caller's transaction if given)."""
        values = {k: v for k, v in vars(export).items() if k != "id"}
        self._exports.pop(export.case_id, None)
        if conn is not None:
            return _new_id(conn.execute(insert(pack_exports).values(**values)))
        with self._vault.transaction() as own:
            return self.record_export(export, own)

    def exports(self, case_id: int, conn: Connection | None = None) -> list[PackExport]:
        """Every referral pack exported for a case, oldest first (in the caller's transaction
        if given)."""
        if case_id in self._exports:
            return list(self._exports[case_id])
        if conn is None:
            with self._vault.transaction() as own:
                return self.exports(case_id, own)
        rows = conn.execute(
            select(pack_exports)
            .where(and_(pack_exports.c.case_id == case_id))
            .order_by(pack_exports.c.id)
        ).all()
        found = self._exports[case_id] = tuple(PackExport(**_plain(r)) for r in rows)
        return list(found)

    def forget_cached(self) -> None:
        """Drop the exports kept in memory (`Vault.forget_cached`)."""
        self._exports.clear()

    # -- attachments ----------------------------------------------------------------------------

    def add_attachment(
        self, attachment: Attachment, data: bytes | None, conn: Connection | None = None
    ) -> Attachment:
        """Store a photo or document with its bytes (in the caller's transaction if given)."""
        return attachment_store.add(self._vault, attachment, data, conn)

    def attachments(self, case_id: int) -> list[Attachment]:
        """Every attachment of a case, removed ones too, numbered in the order attached."""
        return attachment_store.listed(self._vault, case_id)

    def attachment(self, case_id: int, number: int) -> Attachment:
        """One attachment by its number, or AttachmentNotFound."""
        return attachment_store.by_number(self._vault, case_id, number)

    def attachment_data(self, attachment_id: int) -> bytes | None:
        """An attachment's bytes; None once removed."""
        return attachment_store.data_of(self._vault, attachment_id)

    def attached_files(self, case_id: int) -> list[AttachedFile]:
        """The attachments not removed, with their bytes (for the pack and the case file)."""
        return attachment_store.held_files(self._vault, case_id)

    def remove_attachment(self, attachment: Attachment, removal: Removal) -> None:
        """Record the removal with its reason and delete the bytes, in one transaction."""
        attachment_store.remove(self._vault, attachment, removal)


def _plain(row: Any) -> dict[str, Any]:
    return dict(row._mapping)


def _case(row: Any) -> Case:
    return Case(
        id=row.id,
        reference=row.reference,
        created_at=row.created_at,
        first_contact_at=row.first_contact_at,
        first_contact_place=row.first_contact_place,
        training=bool(row.training),
    )


def _revision(row: Any) -> Revision:
    return Revision(
        id=row.id,
        case_id=row.case_id,
        form=row.form,
        field=row.field,
        value=json.loads(row.value_json),
        recorded_at=row.recorded_at,
        recorded_by=row.recorded_by,
        reason=row.reason,
        conversation_id=row.conversation_id,
    )


def _next_case_id(conn: Connection) -> int:
    """A number no case has had: above every case there is and every case deleted (an id in a
    script or a note must never come to mean another child)."""
    highest = max(
        conn.execute(select(func.max(cases.c.id))).scalar() or 0,
        conn.execute(select(func.max(case_deletions.c.case_id))).scalar() or 0,
    )
    return int(highest) + 1


def _new_id(result: CursorResult[Any]) -> int:
    """The primary key an INSERT gave its row."""
    key = result.inserted_primary_key
    if key is None:  # only for statements that are not a single-row INSERT
        raise TypeError("not an INSERT")
    return int(key[0])
