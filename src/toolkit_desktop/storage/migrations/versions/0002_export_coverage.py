"""Each exported pack records the newest revision and chronology entry it held.

What changed since a pack was decided by comparing times, and an offline laptop's clock can be
corrected backwards; ids only grow. Older exports keep NULL here and are compared by time.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite supports it): a batch rebuild would drop the append-only triggers.
    op.add_column("pack_exports", sa.Column("covers_revision_id", sa.Integer, nullable=True))
    op.add_column("pack_exports", sa.Column("covers_chronology_id", sa.Integer, nullable=True))


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place, keeping the triggers a batch rebuild would lose.
    op.execute("ALTER TABLE pack_exports DROP COLUMN covers_chronology_id")
    op.execute("ALTER TABLE pack_exports DROP COLUMN covers_revision_id")
