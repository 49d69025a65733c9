"""Handing a case over: the record of each handover, and triggers that keep the case read-only.

A case handed over in an encrypted file stays on the sending laptop until the receiver's
confirmation code is typed back; until then nothing may be added to it or changed, by any writer
(the app, the command line, an import or a bug): every table that takes a case's rows refuses an
INSERT (and the two that could be updated, an UPDATE) while the case has a handover with no
outcome. Deleting is not refused: the confirmed handover deletes the case as a deletion does.
Both new tables are append-only. The triggers' message is matched by `storage.upkeep.translate`,
which turns it into the sentence the app and the command line show.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TS = sa.String  # UtcDateTime is stored as ISO 8601 text

AWAITING = (
    "EXISTS (SELECT 1 FROM handovers WHERE handovers.case_id = {case} AND NOT EXISTS "
    "(SELECT 1 FROM handover_outcomes WHERE handover_outcomes.handover_id = handovers.id))"
)
MESSAGE = "the case is handed over and awaiting confirmation"
_OF_ATTACHMENT = "(SELECT attachments.case_id FROM attachments WHERE attachments.id = {id})"
# (table, verb, how the row names its case): every way a case's data could grow or change.
_GUARDED = (
    ("revisions", "INSERT", "NEW.case_id"),
    ("chronology", "INSERT", "NEW.case_id"),
    ("conversations", "INSERT", "NEW.case_id"),
    ("conversations", "UPDATE", "OLD.case_id"),
    ("pack_exports", "INSERT", "NEW.case_id"),
    ("attachments", "INSERT", "NEW.case_id"),
    ("attachment_removals", "INSERT", _OF_ATTACHMENT.format(id="NEW.attachment_id")),
    ("attachment_data", "INSERT", _OF_ATTACHMENT.format(id="NEW.attachment_id")),
    ("cases", "UPDATE", "OLD.id"),
)


def _name(table: str, verb: str) -> str:
    return f"{table}_{verb.lower()}_not_while_handed_over"


def upgrade() -> None:
    op.create_table(
        "handovers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, nullable=False, index=True),
        sa.Column("handover_id", sa.String, nullable=False, unique=True),
        sa.Column("reference", sa.String, nullable=False),
        sa.Column("receiver", sa.Text, nullable=False),
        sa.Column("handed_by", sa.Text, nullable=False),
        sa.Column("handed_at", TS, nullable=False),
        sa.Column("destination", sa.Text, nullable=False),
        sa.Column("code_digest", sa.String, nullable=False),
    )
    op.create_table(
        "handover_outcomes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("handover_id", sa.Integer, sa.ForeignKey("handovers.id"), nullable=False,
                  unique=True),
        sa.Column("outcome", sa.String, nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("by", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    for table in ("handovers", "handover_outcomes"):
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
    op.execute(
        "CREATE TRIGGER handovers_of_a_case BEFORE INSERT ON handovers "
        "WHEN NOT EXISTS (SELECT 1 FROM cases WHERE cases.id = NEW.case_id) "
        "BEGIN SELECT RAISE(ABORT, 'there is no such case to hand over'); END"
    )
    # One handover at a time: a second would leave two files and two codes for one case.
    op.execute(
        "CREATE TRIGGER handovers_one_at_a_time BEFORE INSERT ON handovers "
        f"WHEN {AWAITING.format(case='NEW.case_id')} "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    )
    op.execute(
        "CREATE TRIGGER handover_outcomes_known BEFORE INSERT ON handover_outcomes "
        "WHEN NEW.outcome NOT IN ('confirmed', 'withdrawn') "
        "BEGIN SELECT RAISE(ABORT, 'a handover is confirmed or withdrawn'); END"
    )
    for table, verb, case in _GUARDED:
        op.execute(
            f"CREATE TRIGGER {_name(table, verb)} BEFORE {verb} ON {table} "
            f"WHEN {AWAITING.format(case=case)} "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )


def downgrade() -> None:
    for table, verb, _ in _GUARDED:
        op.execute(f"DROP TRIGGER {_name(table, verb)}")
    op.drop_table("handover_outcomes")  # its triggers go with it
    op.drop_table("handovers")
