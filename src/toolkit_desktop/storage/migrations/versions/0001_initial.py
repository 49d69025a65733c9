"""The first schema: cases, append-only answer revisions and chronology, profile, audit, exports.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Written out in full rather than from tables.metadata: a migration must keep describing the
# schema as it was at this step, whatever tables.py becomes later.
TS = sa.String  # UtcDateTime is stored as ISO 8601 text


def upgrade() -> None:
    op.create_table(
        "vault_info",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer, primary_key=True),
        *(sa.Column(n, sa.Text, nullable=False) for n in
          ("name", "role", "team", "organisation", "phone", "email")),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reference", sa.String, nullable=False, unique=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("first_contact_at", TS, nullable=True),
        sa.Column("first_contact_place", sa.Text, nullable=False),
        sa.Column("training", sa.Boolean, nullable=False),
    )
    op.create_table(
        "conversations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False, index=True),
        sa.Column("occurred_at", TS, nullable=False),
        *(sa.Column(n, sa.Text, nullable=False) for n in
          ("place", "present", "interpreter", "language", "how_the_child_was", "account")),
        sa.Column("recorded_at", TS, nullable=False),
        sa.Column("recorded_by", sa.Text, nullable=False),
    )
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("form", sa.String, nullable=False),
        sa.Column("field", sa.String, nullable=False),
        sa.Column("value_json", sa.Text, nullable=False),
        sa.Column("recorded_at", TS, nullable=False),
        sa.Column("recorded_by", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id"), nullable=True),
    )
    op.create_index("ix_revisions_case_field", "revisions", ["case_id", "form", "field", "id"])
    op.create_index("ix_revisions_form_field", "revisions", ["form", "field", "case_id", "id"])
    op.create_table(
        "chronology",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False, index=True),
        sa.Column("occurred_at", TS, nullable=False),
        sa.Column("recorded_at", TS, nullable=False),
        sa.Column("recorded_by", sa.Text, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("corrects", sa.Integer, sa.ForeignKey("chronology.id"), nullable=True),
        sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id"), nullable=True),
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", TS, nullable=False),
        sa.Column("action", sa.String, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_table(
        "pack_exports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False, index=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("exported_at", TS, nullable=False),
        sa.Column("exported_by", sa.Text, nullable=False),
        sa.Column("destination", sa.Text, nullable=False),
    )
    # History is never rewritten: refuse UPDATE (and DELETE) on the append-only tables.
    for table in ("revisions", "chronology", "audit", "pack_exports"):
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def downgrade() -> None:
    for table in ("pack_exports", "audit", "chronology", "revisions", "conversations",
                  "cases", "profile", "vault_info"):
        op.drop_table(table)
