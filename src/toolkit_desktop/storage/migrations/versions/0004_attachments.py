"""Photos and supporting documents inside the vault: their records, removals, and bytes.

The bytes are a BLOB in the vault (never a loose file), so SQLCipher encrypts them with
everything else. What was attached and why it was removed can never be rewritten; the bytes can
be deleted only once a removal with its reason is recorded.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TS = sa.String  # UtcDateTime is stored as ISO 8601 text


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False, index=True),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("document_date", sa.String, nullable=True),
        sa.Column("file_name", sa.Text, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String, nullable=False),
        sa.Column("child_photo", sa.Boolean, nullable=False),
        sa.Column("added_at", TS, nullable=False),
        sa.Column("added_by", sa.Text, nullable=False),
    )
    op.create_table(
        "attachment_removals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("attachment_id", sa.Integer, sa.ForeignKey("attachments.id"), nullable=False,
                  unique=True),
        sa.Column("removed_at", TS, nullable=False),
        sa.Column("removed_by", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_table(
        "attachment_data",
        sa.Column("attachment_id", sa.Integer, sa.ForeignKey("attachments.id"),
                  primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    for table in ("attachments", "attachment_removals"):
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
    op.execute(
        "CREATE TRIGGER attachment_data_no_update BEFORE UPDATE ON attachment_data "
        "BEGIN SELECT RAISE(ABORT, 'attachment bytes are never changed'); END"
    )
    op.execute(
        "CREATE TRIGGER attachment_data_removed_only BEFORE DELETE ON attachment_data "
        "WHEN NOT EXISTS (SELECT 1 FROM attachment_removals "
        "WHERE attachment_removals.attachment_id = OLD.attachment_id) "
        "BEGIN SELECT RAISE(ABORT, 'an attachment is deleted only with a recorded removal'); END"
    )


def downgrade() -> None:
    for table in ("attachment_data", "attachment_removals", "attachments"):
        op.drop_table(table)  # its triggers go with it
