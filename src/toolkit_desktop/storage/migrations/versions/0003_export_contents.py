"""Each exported pack records a digest of what it held, so an unchanged pack saved again is a copy.

Saving the same pack again (for example with a password) must not make a new version the
decision-maker never received. Older exports keep NULL here: the next pack after them is a new
version, as before.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite supports it): a batch rebuild would drop the append-only triggers.
    op.add_column("pack_exports", sa.Column("contents_digest", sa.String, nullable=True))


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place, keeping the triggers a batch rebuild would lose.
    op.execute("ALTER TABLE pack_exports DROP COLUMN contents_digest")
