"""What the pack builder is given: the case's facts, the definitions, the profile, the version.

The builder is pure: everything it prints comes from a `PackInput`, so a test can build a pack
from records made in memory, and the service layer only gathers them from the vault.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from toolkit_desktop.domain.attachments import AttachedFile
from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.derived import Derivations
from toolkit_desktop.domain.records import (
    Case,
    ChronologyEntry,
    Conversation,
    PackExport,
    Profile,
    Revision,
)
from toolkit_desktop.domain.visibility import is_answered


class CaseFacts(Protocol):
    """Everything known about a case at one moment (what `services.cases.CaseSnapshot` holds)."""

    @property
    def case(self) -> Case: ...

    @property
    def revisions(self) -> list[Revision]: ...

    @property
    def current(self) -> dict[tuple[str, str], Revision]: ...

    @property
    def chronology(self) -> list[ChronologyEntry]: ...

    @property
    def conversations(self) -> list[Conversation]: ...

    def answers(self, form: str) -> dict[str, Any]:
        """The current values of one form, by field id."""
        ...

    def answers_by_form(self) -> dict[str, dict[str, Any]]:
        """Current values of every form, by form id then field id."""
        ...


@dataclass(frozen=True)
class PackInput:
    """One pack to build: version N of the pack for this case, made at `now`."""

    facts: CaseFacts
    definitions: Definitions
    profile: Profile
    version: int
    previous: PackExport | None  # the last pack exported before this one, if any
    now: datetime
    software_version: str = ""
    # Answers worked out from facts recorded elsewhere in the case (`domain.derived`): they fill
    # the questions the practitioner left empty, and the pack says where each came from.
    derivations: Derivations = Derivations()
    # Photos and documents of the case, removed ones too (with empty bytes): `attachments_view`.
    attachments: tuple[AttachedFile, ...] = ()

    @functools.cached_property
    def answers(self) -> Mapping[str, Mapping[str, Any]]:
        """Current answers of every form, typed or worked out, by form id then field id."""
        return self.derivations.applied(self.typed_answers)

    @functools.cached_property
    def typed_answers(self) -> Mapping[str, Mapping[str, Any]]:
        """The answers the practitioner recorded, without the worked-out ones."""
        return self.facts.answers_by_form()

    def worked_out(self, form_id: str, field_id: str) -> str:
        """Where a question's answer came from when the case worked it out, else ""."""
        derived = self.derivations.get(form_id, field_id)
        typed = self.typed_answers.get(form_id, {}).get(field_id)
        if derived is None or is_answered(typed):
            return ""
        return derived.pack_note

    def conversation_number(self, conversation_id: int | None) -> int | None:
        """The 1-based number under which the pack lists a conversation."""
        for number, conversation in enumerate(self.facts.conversations, start=1):
            if conversation.id == conversation_id:
                return number
        return None
