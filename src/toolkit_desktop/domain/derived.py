"""Answers worked out from facts recorded elsewhere in the case, so that no fact is typed twice.

A derived answer fills a question only while the practitioner has not answered it themselves: it
follows its source when the source changes, says where it came from, and the practitioner can
always answer differently (their own answer then stands, and the worked-out one is shown beside
it). Nothing here judges the child: each derivation restates what was recorded (a date of birth
gives an age; a pack sent gives a referral date), and the presumption of childhood holds where the
age is uncertain.

Each derivation is a plain function of `CaseSources`; `derived_answers` runs them all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.records import Conversation, JsonValue, Profile
from toolkit_desktop.domain.visibility import AnswersByForm, is_answered

Key = tuple[str, str]  # (form id, field id)


@dataclass(frozen=True)
class Derived:
    """A worked-out answer: its value in the field's own type, and where it came from.

    `came_from` is a plain sentence shown beside the question, in the history and in the pack
    ("Worked out from the date of birth in Child's details: 14 today"). `source` names the
    question the practitioner can go to, when there is one.
    """

    value: JsonValue
    came_from: str
    source: Key | None = None
    # How the pack says it, when the words on screen speak to the practitioner ("your details").
    in_pack: str = ""

    @property
    def pack_note(self) -> str:
        """Where the answer came from, in words for the pack's reader."""
        return self.in_pack or self.came_from


@dataclass(frozen=True)
class CaseSources:
    """What derivations read: the typed answers and the case's other records."""

    answers: AnswersByForm
    today: date
    profile: Profile | None = None
    conversations: tuple[Conversation, ...] = ()
    # When each referral pack of the case was exported, oldest first.
    exports: tuple[datetime, ...] = ()
    # The forms and the matrix, for wording taken from them (an indicator's text).
    definitions: Definitions | None = None
    # The case's own reference ("TK-20261202-HCMU2").
    reference: str = ""

    def form(self, form_id: str) -> Mapping[str, Any]:
        """One form's typed answers."""
        return self.answers.get(form_id, {})


Derivation = Callable[[CaseSources], Mapping[Key, Derived]]


@dataclass(frozen=True)
class Derivations:
    """The worked-out answers of a case, by (form, field)."""

    by_key: Mapping[Key, Derived] = field(default_factory=dict)

    def get(self, form_id: str, field_id: str) -> Derived | None:
        """The worked-out answer of one question, if there is one."""
        return self.by_key.get((form_id, field_id))

    def applied(self, answers: AnswersByForm) -> dict[str, dict[str, JsonValue]]:
        """`answers` with every empty question that has a worked-out answer filled by it."""
        out = {form_id: dict(values) for form_id, values in answers.items()}
        for (form_id, field_id), derived in self.by_key.items():
            own = out.setdefault(form_id, {})
            if not is_answered(own.get(field_id)):
                own[field_id] = derived.value
        return out


def derived_answers(sources: CaseSources, derivations: Iterable[Derivation]) -> Derivations:
    """Run every derivation; a later one never replaces an earlier one's answer."""
    found: dict[Key, Derived] = {}
    for derive in derivations:
        for key, derived in derive(sources).items():
            if is_answered(derived.value):
                found.setdefault(key, derived)
    return Derivations(found)
