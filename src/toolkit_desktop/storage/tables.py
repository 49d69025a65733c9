"""The vault's tables (SQLAlchemy Core). Rows never leave `storage/`: it hands out domain records.

Answers and chronology are append-only: triggers created by the first migration refuse UPDATE on
them, so history cannot be rewritten even by a bug elsewhere. Their rows can be deleted only with
their whole case, once the deletion is recorded in `case_deletions` (migration 0005). A case
handed over and awaiting the receiver's confirmation takes no new rows at all (migration 0006).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as ISO 8601 text in UTC, readable by any SQLite client."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored: give a timezone")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


metadata = MetaData()

vault_info = Table(
    "vault_info",
    metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)

profile = Table(
    "profile",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False, default=""),
    Column("role", Text, nullable=False, default=""),
    Column("team", Text, nullable=False, default=""),
    Column("organisation", Text, nullable=False, default=""),
    Column("phone", Text, nullable=False, default=""),
    Column("email", Text, nullable=False, default=""),
    Column("updated_at", UtcDateTime, nullable=False),
)

cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("reference", String, nullable=False, unique=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("first_contact_at", UtcDateTime, nullable=True),
    Column("first_contact_place", Text, nullable=False, default=""),
    Column("training", Boolean, nullable=False, default=False),
)

conversations = Table(
    "conversations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False, index=True),
    Column("occurred_at", UtcDateTime, nullable=False),
    Column("place", Text, nullable=False, default=""),
    Column("present", Text, nullable=False, default=""),
    Column("interpreter", Text, nullable=False, default=""),
    Column("language", Text, nullable=False, default=""),
    Column("how_the_child_was", Text, nullable=False, default=""),
    Column("account", Text, nullable=False, default=""),
    Column("recorded_at", UtcDateTime, nullable=False),
    Column("recorded_by", Text, nullable=False),
)

revisions = Table(
    "revisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
    Column("form", String, nullable=False),
    Column("field", String, nullable=False),
    Column("value_json", Text, nullable=False),
    Column("recorded_at", UtcDateTime, nullable=False),
    Column("recorded_by", Text, nullable=False),
    Column("reason", Text, nullable=True),
    Column("conversation_id", Integer, ForeignKey("conversations.id"), nullable=True),
    Index("ix_revisions_case_field", "case_id", "form", "field", "id"),
    Index("ix_revisions_form_field", "form", "field", "case_id", "id"),
)

chronology = Table(
    "chronology",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False, index=True),
    Column("occurred_at", UtcDateTime, nullable=False),
    Column("recorded_at", UtcDateTime, nullable=False),
    Column("recorded_by", Text, nullable=False),
    Column("kind", String, nullable=False),
    Column("text", Text, nullable=False),
    Column("corrects", Integer, ForeignKey("chronology.id"), nullable=True),
    Column("conversation_id", Integer, ForeignKey("conversations.id"), nullable=True),
)

audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UtcDateTime, nullable=False),
    Column("action", String, nullable=False),
    Column("detail", Text, nullable=False, default=""),
)

pack_exports = Table(
    "pack_exports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("exported_at", UtcDateTime, nullable=False),
    Column("exported_by", Text, nullable=False),
    Column("destination", Text, nullable=False),
    Column("covers_revision_id", Integer, nullable=True),
    Column("covers_chronology_id", Integer, nullable=True),
    Column("contents_digest", String, nullable=True),
)

# Photos and supporting documents. What was attached, and its removal, are append-only records;
# the bytes sit in a table of their own so that lists never read them and a removal (with its
# reason recorded first: a trigger insists) can take them out of the vault.
attachments = Table(
    "attachments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False, index=True),
    Column("kind", String, nullable=False),
    Column("description", Text, nullable=False),
    Column("document_date", String, nullable=True),  # ISO date
    Column("file_name", Text, nullable=False),
    Column("size", Integer, nullable=False),
    Column("sha256", String, nullable=False),
    Column("child_photo", Boolean, nullable=False),
    Column("added_at", UtcDateTime, nullable=False),
    Column("added_by", Text, nullable=False),
)

attachment_removals = Table(
    "attachment_removals",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("attachment_id", Integer, ForeignKey("attachments.id"), nullable=False, unique=True),
    Column("removed_at", UtcDateTime, nullable=False),
    Column("removed_by", Text, nullable=False),
    Column("reason", Text, nullable=False),
)

attachment_data = Table(
    "attachment_data",
    metadata,
    Column("attachment_id", Integer, ForeignKey("attachments.id"), primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

# A deleted case: its number (never given to another case) and reference, when; no content.
# Its row is written first in the deletion's transaction, and the triggers allow deleting a case's
# rows only while it exists; who deleted it and why are in the audit trail.
case_deletions = Table(
    "case_deletions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, nullable=False, unique=True),
    Column("reference", String, nullable=False),
    Column("deleted_at", UtcDateTime, nullable=False),
)

# A case handed over to a colleague's laptop in an encrypted file: to whom, when, and a digest of
# the confirmation code the receiver reads back (never the words that lock the file). The row
# outlives the case, as `case_deletions` does; while it has no outcome the case is read-only.
handovers = Table(
    "handovers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, nullable=False, index=True),
    Column("handover_id", String, nullable=False, unique=True),
    Column("reference", String, nullable=False),
    Column("receiver", Text, nullable=False),
    Column("handed_by", Text, nullable=False),
    Column("handed_at", UtcDateTime, nullable=False),
    Column("destination", Text, nullable=False),
    Column("code_digest", String, nullable=False),
)

# How a handover ended: "confirmed" (the right code was typed and the case deleted) or
# "withdrawn" (with a reason; the case can be changed again). At most one per handover.
handover_outcomes = Table(
    "handover_outcomes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("handover_id", Integer, ForeignKey("handovers.id"), nullable=False, unique=True),
    Column("outcome", String, nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("by", Text, nullable=False),
    Column("reason", Text, nullable=False, default=""),
)

# The case list's summary of a case (`services.case_list`): derived, never the record. Triggers
# (migration 0007) delete it on any new answer of the case or change to its row, so a summary here
# is always the one its current values give; `version` says which program's rules made it.
case_summaries = Table(
    "case_summaries",
    metadata,
    Column("case_id", Integer, ForeignKey("cases.id"), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("summary_json", Text, nullable=False),
)

# Words typed into a conversation, a chronology entry or a correction and not yet recorded
# (migration 0008): one row per case and kind, replaced as the typing goes on, deleted in the
# transaction that records it or when it is thrown away. Never a record, nor in a pack or case file.
drafts = Table(
    "drafts",
    metadata,
    Column("case_id", Integer, ForeignKey("cases.id"), primary_key=True),
    Column("kind", String, primary_key=True),
    Column("fields_json", Text, nullable=False),
    Column("saved_at", UtcDateTime, nullable=False),
)

APPEND_ONLY_TABLES = (
    "revisions", "chronology", "audit", "pack_exports", "attachments", "attachment_removals",
    "case_deletions", "handovers", "handover_outcomes",
)
