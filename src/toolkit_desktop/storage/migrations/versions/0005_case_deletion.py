"""Deleting a whole case: a record of each deletion, and history triggers that allow only that.

Until now nothing of a case could ever be deleted. From here a case's rows may be deleted only
once a row naming that case is in `case_deletions`, written first in the same transaction
(`CaseStore.delete_case`); any other DELETE still fails, as before. The deletion record keeps the
case's number and reference (never its content), so the number is never given to another case.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TS = sa.String  # UtcDateTime is stored as ISO 8601 text

DELETING = "EXISTS (SELECT 1 FROM case_deletions WHERE case_deletions.case_id = {case})"
# Each table whose rows belong to a case, and how a row names its case in a trigger.
_CASE_OF = {
    "revisions": "OLD.case_id",
    "chronology": "OLD.case_id",
    "pack_exports": "OLD.case_id",
    "attachments": "OLD.case_id",
    "conversations": "OLD.case_id",
    "cases": "OLD.id",
    "attachment_removals": (
        "(SELECT attachments.case_id FROM attachments WHERE attachments.id = OLD.attachment_id)"
    ),
}
_APPEND_ONLY = ("revisions", "chronology", "pack_exports", "attachments", "attachment_removals")


def upgrade() -> None:
    op.create_table(
        "case_deletions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, nullable=False, unique=True),
        sa.Column("reference", sa.String, nullable=False),
        sa.Column("deleted_at", TS, nullable=False),
    )
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER case_deletions_no_{verb.lower()} BEFORE {verb} ON case_deletions "
            "BEGIN SELECT RAISE(ABORT, 'case_deletions is append-only'); END"
        )
    op.execute(
        "CREATE TRIGGER case_deletions_of_a_case BEFORE INSERT ON case_deletions "
        "WHEN NOT EXISTS (SELECT 1 FROM cases WHERE cases.id = NEW.case_id) "
        "BEGIN SELECT RAISE(ABORT, 'there is no such case to delete'); END"
    )
    # AFTER, not BEFORE: a BEFORE INSERT trigger does not yet know an id SQLite assigns.
    op.execute(
        "CREATE TRIGGER cases_number_never_reused AFTER INSERT ON cases "
        f"WHEN {DELETING.format(case='NEW.id')} "
        "BEGIN SELECT RAISE(ABORT, 'a deleted case''s number is never used again'); END"
    )
    for table in _APPEND_ONLY:
        op.execute(f"DROP TRIGGER {table}_no_delete")
    for table, case in _CASE_OF.items():
        message = (f"{table} is append-only" if table in _APPEND_ONLY
                   else f"{table} rows are deleted only with their case")
        op.execute(
            f"CREATE TRIGGER {table}_deleted_only_with_case BEFORE DELETE ON {table} "
            f"WHEN NOT {DELETING.format(case=case)} "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )
    op.execute("DROP TRIGGER attachment_data_removed_only")
    op.execute(
        "CREATE TRIGGER attachment_data_removed_only BEFORE DELETE ON attachment_data "
        "WHEN NOT EXISTS (SELECT 1 FROM attachment_removals "
        "WHERE attachment_removals.attachment_id = OLD.attachment_id) "
        "AND NOT " + DELETING.format(
            case="(SELECT attachments.case_id FROM attachments "
                 "WHERE attachments.id = OLD.attachment_id)")
        + " BEGIN SELECT RAISE(ABORT, 'an attachment is deleted only with a recorded removal'); "
        "END"
    )


def downgrade() -> None:
    for table in _CASE_OF:
        op.execute(f"DROP TRIGGER {table}_deleted_only_with_case")
    op.execute("DROP TRIGGER cases_number_never_reused")
    for table in _APPEND_ONLY:
        op.execute(
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
        )
    op.execute("DROP TRIGGER attachment_data_removed_only")
    op.execute(
        "CREATE TRIGGER attachment_data_removed_only BEFORE DELETE ON attachment_data "
        "WHEN NOT EXISTS (SELECT 1 FROM attachment_removals "
        "WHERE attachment_removals.attachment_id = OLD.attachment_id) "
        "BEGIN SELECT RAISE(ABORT, 'an attachment is deleted only with a recorded removal'); END"
    )
    op.drop_table("case_deletions")  # its triggers go with it
