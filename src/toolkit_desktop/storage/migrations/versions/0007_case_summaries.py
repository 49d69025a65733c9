"""The case list's summary of each case, kept in the vault and made stale by any write to the case.

Reading the list used to decode every current answer of every case (most of them matrix
indicators) to show a name, an age and a stage. Now each case has one summary row: what the list
shows, worked out by `services.case_list` from the case's values and kept here. The triggers know
nothing of what a summary holds: any new answer of a case, or a change to the case's own row,
deletes its summary, so the next list read makes it again from the answers. A summary is derived
data, never the record: losing it loses nothing, and the case's deletion takes it with the case.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# (trigger, what makes a summary stale, the case it names)
_STALE_WHEN = (
    ("case_summaries_stale_on_answer", "AFTER INSERT ON revisions", "NEW.case_id"),
    ("case_summaries_stale_on_case_change", "AFTER UPDATE ON cases", "OLD.id"),
)


def upgrade() -> None:
    op.create_table(
        "case_summaries",
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("summary_json", sa.Text, nullable=False),
    )
    for name, when, case in _STALE_WHEN:
        op.execute(
            f"CREATE TRIGGER {name} {when} "
            f"BEGIN DELETE FROM case_summaries WHERE case_id = {case}; END"
        )


def downgrade() -> None:
    for name, _when, _case in _STALE_WHEN:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_table("case_summaries")
