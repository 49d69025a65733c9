"""The online NRM referral form's questions on a child's referral, in its page order.

What each question asks, whether the online form insists on an answer, and where in the case its
answer comes from: `forms/online_form_parser.py` builds these from
`resources/nrm_online_form.yaml`, and `domain/online_form.py` lists a case's answers by them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

DERIVED_PREFIX = "derived:"

# Answers the app works out from something recorded elsewhere in the case. The first five fill
# the question they name while it is left empty (`domain.derive_case`), so they are already in
# the answers; the last is worked out for the online form only (`domain.online_form`).
UNDER_18_FROM_AGE = "under_18_from_age"
REFERRAL_DATE_FROM_FIRST_PACK = "referral_date_from_first_pack"
OTHER_PROFESSIONALS_FROM_AGENCIES = "other_professionals_from_agencies"
INTERPRETER_FROM_CONVERSATIONS = "interpreter_from_conversations"
REFERRER_FROM_PROFILE = "referrer_from_profile"
LAST_CONTACT_BAND_FROM_DATE = "last_contact_band_from_date"
DERIVED_NAMES = frozenset({
    UNDER_18_FROM_AGE,
    REFERRAL_DATE_FROM_FIRST_PACK,
    OTHER_PROFESSIONALS_FROM_AGENCIES,
    INTERPRETER_FROM_CONVERSATIONS,
    REFERRER_FROM_PROFILE,
    LAST_CONTACT_BAND_FROM_DATE,
})


class Required(enum.StrEnum):
    """Whether the online form insists on an answer."""

    YES = "yes"
    NO = "no"
    WHEN_SHOWN = "when_shown"  # required whenever the online form shows the question


@dataclass(frozen=True)
class Source:
    """One place an online question's answer comes from: a question of the case (`form_id`,
    `field_id`, and `sub_field` for one column of a repeating group), or a derivation."""

    form_id: str = ""
    field_id: str = ""
    sub_field: str = ""
    derived: str = ""

    @property
    def reference(self) -> str:
        """As written in the YAML: "form.field", "form.group.sub_field" or "derived:<name>"."""
        if self.derived:
            return f"{DERIVED_PREFIX}{self.derived}"
        return ".".join(p for p in (self.form_id, self.field_id, self.sub_field) if p)


@dataclass(frozen=True)
class ShownIf:
    """The online form asks a question only after another answer: one of `equals`, or (with
    `answered`) any answer at all. That answer is the case's question `form_id.field_id`."""

    form_id: str
    field_id: str
    equals: tuple[str, ...] = ()
    answered: bool = False


@dataclass(frozen=True)
class OnlineQuestion:
    """One question of the online form, and how the case answers it."""

    number: int
    page: str  # the online form's step, e.g. "what-is-their-background"
    page_title: str  # the step in our words
    key: str  # the online form's field key
    asks: str  # what it asks, in our words
    required: Required
    sources: tuple[Source, ...] = ()  # tried in turn; the first with an answer gives it
    not_asked: str = ""  # instead of sources: why the app does not ask it
    shown_if: ShownIf | None = None
    options: tuple[tuple[str, str], ...] = ()  # (choice id in the case, the online form's label)
    when_answered: str = ""  # the online answer when the source has any answer
    note: str = ""
    most: int = 0  # how many rows the online form takes; 0 = no limit

    def online_label(self, choice_id: str) -> str | None:
        """The online form's wording for a choice of the answering question, if it has one."""
        return dict(self.options).get(choice_id)

    @property
    def fields(self) -> tuple[Source, ...]:
        """The sources that are questions of the case (not derivations)."""
        return tuple(s for s in self.sources if not s.derived)


@dataclass(frozen=True)
class OnlineForm:
    """The online form's questions in order; empty when no resources file describes it."""

    source: str = ""  # where the questions were read from
    questions: tuple[OnlineQuestion, ...] = ()
