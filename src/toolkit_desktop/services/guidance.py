"""The "what next" prompts of a stored case: its facts read from the vault, then the pure rules.

The facts are the two times the "pack changed since export" prompt compares: the last referral
pack exported, and the last answer or chronology entry recorded, which is what the next pack's
"what has changed" part would list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from toolkit_desktop.domain.guidance import CaseFacts, what_next
from toolkit_desktop.domain.prompts import Prompt
from toolkit_desktop.domain.records import PackExport
from toolkit_desktop.services.cases import CaseService, CaseSnapshot


def case_facts(
    snapshot: CaseSnapshot,
    exports: Sequence[PackExport],
    typed: Mapping[str, Mapping[str, Any]] | None = None,
) -> CaseFacts:
    """When the last pack was exported, when anything a pack reports last changed, and the
    answers the practitioner typed."""
    changes = [r.recorded_at for r in snapshot.revisions]
    changes += [e.recorded_at for e in snapshot.chronology]
    return CaseFacts(
        last_export_at=max((e.exported_at for e in exports), default=None),
        last_change_at=max(changes, default=None),
        typed=typed,
    )


def what_next_for_case(service: CaseService, case_id: int, today: date) -> list[Prompt]:
    """The prompts that hold for a stored case today, in the order of the prompts file."""
    snapshot = service.snapshot(case_id)
    profile = service.vault.profile()
    typed = snapshot.answers_by_form()
    facts = case_facts(snapshot, snapshot.exports, typed)
    # The prompts read the answers as the screens show them: typed, or worked out elsewhere.
    answers = snapshot.worked_out(service.definitions, today, profile).applied(typed)
    return what_next(service.definitions, answers, facts, today)
