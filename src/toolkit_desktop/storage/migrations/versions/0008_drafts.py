"""Words typed into a conversation, a chronology entry or a correction, kept until recorded.

A conversation takes minutes to type and is recorded only when the practitioner presses Record.
Until then its words lived only on screen: locking the vault (by hand or when idle), opening
another case, or a crash lost them. A draft row keeps them, encrypted in the vault like every
answer, a second after the typing pauses; the form shows them again when the case is opened.

A draft is not a record: it is replaced as the typing goes on and deleted in the same transaction
that records it (or when the practitioner throws it away), so it is the one table here that is
updated and deleted in normal use. The case's deletion takes its drafts with it.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), primary_key=True),
        sa.Column("kind", sa.String, primary_key=True),
        sa.Column("fields_json", sa.Text, nullable=False),
        sa.Column("saved_at", sa.String, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("drafts")
