"""The toolkit's definitions as frozen typed objects: forms, sections, fields, the risk matrix.

These are what `forms/` builds from the YAML in `resources/`; the rest of the program reads only
these objects, never the YAML. No Qt, no SQL, no YAML here.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from toolkit_desktop.domain.online_order import OnlineForm
from toolkit_desktop.domain.prompts import Prompt
from toolkit_desktop.domain.timescales import Timescales


class FieldType(enum.StrEnum):
    """Every kind of question a form can ask; each has one parser and one widget."""

    TEXT = "text"
    LONG_TEXT = "long_text"
    YES_NO_UNKNOWN = "yes_no_unknown"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    DATE = "date"
    APPROX_DATE = "approx_date"
    DATETIME = "datetime"
    NUMBER = "number"
    GROUP = "group"
    INDICATOR = "indicator"


# Values a "yes / no / not known" field can hold, and their wording.
YES_NO_UNKNOWN_CHOICES: tuple[tuple[str, str], ...] = (
    ("yes", "Yes"),
    ("no", "No"),
    ("not_known", "Not known"),
)

# Statuses of a matrix indicator. "Not present" is recorded on purpose; an indicator with no
# answer at all is "not yet considered", which the summary reports separately.
INDICATOR_STATUSES: tuple[tuple[str, str], ...] = (
    ("known", "Known"),
    ("suspected", "Suspected"),
    ("not_present", "Not present"),
)

# What `required_for` can name: "referral" = needed for an NRM referral.
REFERRAL = "referral"
REQUIRED_FOR_PURPOSES = frozenset({REFERRAL})

# Field id prefix for "this section is not relevant here" answers: value {"reason": str} or None.
NOT_RELEVANT_PREFIX = "_section:"


def not_relevant_field_id(section_id: str) -> str:
    """The field id under which a section's "not relevant here" answer is stored."""
    return f"{NOT_RELEVANT_PREFIX}{section_id}"


@dataclass(frozen=True)
class Choice:
    """One option of a choice or multiple-choice field."""

    id: str
    label: str


@dataclass(frozen=True)
class Condition:
    """Show a field only when another field (same form, or "form.field") has one of these values."""

    field: str
    equals: tuple[str, ...]


@dataclass(frozen=True)
class Field:
    """One question of a form."""

    id: str
    type: FieldType
    label: str
    help: str = ""
    choices: tuple[Choice, ...] = ()
    required_for: frozenset[str] = frozenset()
    visible_if: Condition | None = None
    # "form.field" whose value is shown here instead of asking again.
    same_as: str | None = None
    # Sub-fields of a repeating group (people, agencies, places).
    fields: tuple[Field, ...] = ()
    # Indicator fields only: guidance and the note for young children.
    guidance: str = ""
    young_children: str = ""
    # Date fields only: values to ask about before they are kept (`domain.date_doubts`). `checks`
    # holds `DateCheck` values ("not_future", "birth_date"); `not_before` names date fields
    # ("field", "form.field", or inside a group another sub-field of the row) this one should not
    # be earlier than.
    checks: frozenset[str] = frozenset()
    not_before: tuple[str, ...] = ()

    def choice_label(self, choice_id: str) -> str:
        """The wording of a choice id, or the id itself when it is unknown."""
        for choice in self.all_choices():
            if choice.id == choice_id:
                return choice.label
        return choice_id

    def all_choices(self) -> tuple[Choice, ...]:
        """The options of this field, including the fixed ones of yes/no and indicators."""
        if self.type is FieldType.YES_NO_UNKNOWN:
            return tuple(Choice(i, label) for i, label in YES_NO_UNKNOWN_CHOICES)
        if self.type is FieldType.INDICATOR:
            return tuple(Choice(i, label) for i, label in INDICATOR_STATUSES)
        return self.choices


@dataclass(frozen=True)
class Section:
    """A titled part of a form; can be marked "not relevant here" with a reason."""

    id: str
    title: str
    help: str = ""
    fields: tuple[Field, ...] = ()


MAX_PACK_ORDER = 999  # the last place a form's `pack: {order: ...}` can ask for


@dataclass(frozen=True)
class PackPlace:
    """Where a form's answers appear in the referral pack: its place among the parts (lower
    first) and the part's title. A form without one is printed after the others."""

    order: int
    title: str


@dataclass(frozen=True)
class Form:
    """One tool of the toolkit as a form: the child's details, the trafficking assessment, ..."""

    id: str
    version: int
    title: str
    sections: tuple[Section, ...] = ()
    help: str = ""
    # Ids of questions an earlier version asked: kept in history, accepted in case files.
    retired: tuple[str, ...] = ()
    pack: PackPlace | None = None

    def field(self, field_id: str) -> Field | None:
        """The top-level field with this id, if any."""
        for section in self.sections:
            for f in section.fields:
                if f.id == field_id:
                    return f
        return None

    def all_fields(self) -> tuple[Field, ...]:
        """Every top-level field in order."""
        return tuple(f for s in self.sections for f in s.fields)


@dataclass(frozen=True)
class Indicator:
    """One line of the risk matrix a practitioner can mark known, suspected or not present."""

    id: str
    text: str
    guidance: str
    young_children: str = ""


@dataclass(frozen=True)
class MatrixBlock:
    """A group of indicators: movement, exploitation, other risk factors, adults around a child."""

    id: str
    title: str
    indicators: tuple[Indicator, ...]
    help: str = ""


@dataclass(frozen=True)
class Matrix:
    """The risk assessment matrix, with the version each assessment records."""

    version: str
    title: str
    blocks: tuple[MatrixBlock, ...]

    def indicator(self, indicator_id: str) -> Indicator | None:
        """The indicator with this id, if any."""
        for block in self.blocks:
            for ind in block.indicators:
                if ind.id == indicator_id:
                    return ind
        return None

    def block_of(self, indicator_id: str) -> MatrixBlock | None:
        """The block holding this indicator, if any."""
        for block in self.blocks:
            if any(i.id == indicator_id for i in block.indicators):
                return block
        return None


@dataclass(frozen=True)
class Definitions:
    """Everything loaded from `resources/`: the forms by id (the matrix included as a form), the
    NRM timescales, the prompts, and the online NRM form's questions in its order."""

    matrix: Matrix
    forms: dict[str, Form] = field(default_factory=dict)
    timescales: Timescales = Timescales()
    prompts: tuple[Prompt, ...] = ()
    online_form: OnlineForm = OnlineForm()
    # The same definitions in English when these are a translation (forms.words): the referral
    # pack is read by the Home Office's decision-makers and the police, in English.
    in_english: Definitions | None = field(default=None, compare=False, repr=False)

    @property
    def english(self) -> Definitions:
        """These definitions in English: themselves, or the English they were translated from."""
        return self.in_english or self

    def form(self, form_id: str) -> Form | None:
        """The form with this id, if any."""
        return self.forms.get(form_id)
