"""People around the child, each recorded once, and the questions of other forms worked out from
them (the contract is in `domain.derived`).

The man who left the child at the airport is one row of the people form: his names, what he
says he is to the child, how he is involved, his description, phone numbers, vehicle, where he is.
From those rows come the people and phone numbers on the description for the police, the adults
and the exploiters of the trafficking assessment, what the NRM referral says about the exploiters,
and whether there could be other victims. Nothing here judges anyone: each derived answer restates
what the practitioner recorded, and says so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from toolkit_desktop.domain.derived import CaseSources, Derived, Key
from toolkit_desktop.domain.form_ids import (
    NRM_FORM,
    PEOPLE_FORM,
    SAFEGUARDING_FORM,
    TRAFFICKING_FORM,
)
from toolkit_desktop.domain.visibility import AnswersByForm, is_answered

PEOPLE_FIELD = "people"
SOURCE: Key = (PEOPLE_FORM, PEOPLE_FIELD)
FROM = "From People around the child"

# How a person is involved: the choice ids of `involvement` in resources/forms/people.yaml, with
# words that fit inside a sentence.
WITH_CHILD = "with_child_when_found"
BROUGHT = "brought_child"
EXPLOITED = "exploited_child"
IN_CONTACT = "in_contact"
POSSIBLE_VICTIM = "possible_victim"
FAMILY = "family"
OTHER = "other"
INVOLVEMENT_WORDS = {
    WITH_CHILD: "was with the child when found",
    BROUGHT: "brought or accompanied the child",
    EXPLOITED: "exploited or controlled the child",
    IN_CONTACT: "the child goes to them or is in contact with them",
    POSSIBLE_VICTIM: "another child or young person who may be a victim",
    FAMILY: "family",
    OTHER: "other",
}
_YES_NO = {"yes": "yes", "no": "no", "not_known": "not known"}
_SEVERAL = re.compile(r"[,;\n]+")


@dataclass(frozen=True)
class Person:
    """One row of the people form, its texts stripped."""

    name: str = ""
    other_names: str = ""
    relationship: str = ""
    involvement: tuple[str, ...] = ()
    description: str = ""
    phones: tuple[str, ...] = ()
    vehicle: str = ""
    address: str = ""
    identity_checked: str = ""  # "yes", "no", "not_known" or ""
    relationship_confirmed: str = ""
    checks_done: str = ""
    notes: str = ""

    @property
    def who(self) -> str:
        """ "Tuan, also known as Uncle T (says he is her uncle)": the name and relationship."""
        return f"{self.called} ({self.relationship})" if self.relationship else self.called

    @property
    def called(self) -> str:
        """ "Tuan, also known as Uncle T", or "Name not known"."""
        if self.name and self.other_names:
            return f"{self.name}, also known as {self.other_names}"
        if self.other_names:
            return f"Known as {self.other_names}"
        return self.name or "Name not known"

    def is_(self, involvement: str) -> bool:
        """Whether the record says the person is involved this way."""
        return involvement in self.involvement

    def how_involved(self) -> str:
        """ "brought or accompanied the child; exploited or controlled the child", or ""."""
        return "; ".join(INVOLVEMENT_WORDS.get(i, i.replace("_", " ")) for i in self.involvement)


def people_of(answers: AnswersByForm) -> tuple[Person, ...]:
    """The people recorded, in the order recorded; rows with nothing in them are left out."""
    rows = answers.get(PEOPLE_FORM, {}).get(PEOPLE_FIELD)
    if not isinstance(rows, list):
        return ()
    found = []
    for row in rows:
        if isinstance(row, Mapping) and any(is_answered(v) for v in row.values()):
            found.append(_person(row))
    return tuple(found)


def names_offered(people: tuple[Person, ...]) -> list[str]:
    """How each named person is offered where a source is typed: "Tuan (says he is her uncle)"."""
    return [p.who for p in people if p.name or p.other_names]


def person_named(text: str, people: tuple[Person, ...]) -> Person | None:
    """The recorded person a source names: the one whose name, other name, or name as offered
    (`names_offered`) the text begins with, as a whole word; the longest such name wins."""
    said = " ".join(text.split()).casefold()
    best: Person | None = None
    longest = 0
    for person in people:
        labels = (person.who, person.called, person.name, *person.other_names.split(","))
        for label in (" ".join(x.split()).casefold() for x in labels):
            if person.called == "Name not known" and label == "name not known":
                continue
            fits = len(label) >= 2 and said.startswith(label) and (
                len(said) == len(label) or not said[len(label)].isalnum()
            )
            if fits and len(label) > longest:
                best, longest = person, len(label)
    return best


def _person(row: Mapping[str, Any]) -> Person:
    involvement = row.get("involvement")
    return Person(
        name=_text(row.get("name")),
        other_names=_text(row.get("other_names")),
        relationship=_text(row.get("relationship_claimed")),
        involvement=tuple(str(i) for i in involvement) if isinstance(involvement, list) else (),
        description=_text(row.get("description")),
        phones=tuple(p.strip() for p in _SEVERAL.split(_text(row.get("phone_numbers")))
                     if p.strip()),
        vehicle=_text(row.get("vehicle")),
        address=_text(row.get("address")),
        identity_checked=_choice(row.get("identity_checked")),
        relationship_confirmed=_choice(row.get("relationship_confirmed")),
        checks_done=_text(row.get("checks_done")),
        notes=_text(row.get("notes")),
    )


def people_derivations(sources: CaseSources) -> dict[Key, Derived]:
    """Every question fed by the people records, in that question's own type."""
    people = people_of(sources.answers)
    if not people:
        return {}
    out: dict[Key, Derived] = {}
    out.update(_sheet(people))
    out.update(_adults(people))
    out.update(_exploiters(people))
    out.update(_other_victims(people, sources.form(TRAFFICKING_FORM)))
    return out


def _identity_words(person: Person) -> str:
    """What the police should know before trusting who a person says they are."""
    if person.identity_checked == "yes":
        return ""
    if person.identity_checked == "no":
        return "identity not checked"
    return "no identity check recorded"


def _sheet(people: tuple[Person, ...]) -> dict[Key, Derived]:
    """The people and the phone numbers on the description for the police."""
    out: dict[Key, Derived] = {}
    rows = [_row(name=p.called,
                 relationship=_join(p.relationship, p.how_involved(), _identity_words(p)),
                 description=_join(p.description, _labelled("Vehicle", p.vehicle),
                                   _labelled("Address or where they are now", p.address)))
            for p in people]
    said = f"{FROM}: {_count(len(people), 'person', 'people')} recorded."
    out[(SAFEGUARDING_FORM, "associates")] = Derived(rows, said, SOURCE)
    numbers = [_row(number=number, whose=p.who)
               for p in people for number in p.phones]
    if numbers:
        owners = sum(1 for p in people if p.phones)
        said = (f"{FROM}: {_count(len(numbers), 'phone number', 'phone numbers')} of "
                f"{_count(owners, 'person', 'people')}.")
        out[(SAFEGUARDING_FORM, "phone_numbers")] = Derived(numbers, said, SOURCE)
    return out


def _adults(people: tuple[Person, ...]) -> dict[Key, Derived]:
    """The adults around the child in the trafficking assessment. Other children who may be
    victims are not among them."""
    adults = [p for p in people if not p.is_(POSSIBLE_VICTIM)]
    if not adults:
        return {}
    rows = [
        _row(name=p.called, relationship_claimed=p.relationship,
             relationship_confirmed=p.relationship_confirmed, address=p.address,
             phone=", ".join(p.phones), identity_checked=p.identity_checked,
             checks_done=p.checks_done)
        for p in adults
    ]
    left_out = len(people) - len(adults)
    said = f"{FROM}: {_count(len(adults), 'person', 'people')} recorded" + (
        ", leaving out the other children who may be victims." if left_out else "."
    )
    # "Was the child with an adult when first seen?" is left to the practitioner: the record says
    # who was with the child, not whether they are an adult.
    return {(TRAFFICKING_FORM, "adults"): Derived(rows, said, SOURCE)}


def _exploiters(people: tuple[Person, ...]) -> dict[Key, Derived]:
    """The exploiters in the trafficking assessment and in the NRM referral."""
    exploiters = [p for p in people if p.is_(EXPLOITED)]
    if not exploiters:
        return {}
    said = (f"{FROM}: {_count(len(exploiters), 'person', 'people')} recorded as exploiting or "
            "controlling the child.")
    rows = [
        _row(name_or_description=p.called if p.name or p.other_names else p.description,
             role=_join(p.relationship, p.how_involved()), phone=", ".join(p.phones),
             where_now=p.address)
        for p in exploiters
    ]
    text = _numbered([_exploiter_words(p) for p in exploiters])
    return {
        (TRAFFICKING_FORM, "exploiters"): Derived(rows, said, SOURCE),
        (NRM_FORM, "exploiters_description"): Derived(text, said, SOURCE),
    }


def _exploiter_words(p: Person) -> str:
    return " ".join(_sentence(s) for s in (
        p.who,
        _labelled("How involved", p.how_involved()),
        _labelled("Description", p.description),
        _labelled("Phone", ", ".join(p.phones)),
        _labelled("Vehicle", p.vehicle),
        _labelled("Address or where they are now", p.address),
        _labelled("Identity checked", _YES_NO.get(p.identity_checked, "")),
        _labelled("Relationship confirmed", _YES_NO.get(p.relationship_confirmed, "")),
        _labelled("Checks", p.checks_done),
        _labelled("Notes", p.notes),
    ) if s)


def _other_victims(
    people: tuple[Person, ...], assessment: Mapping[str, Any]
) -> dict[Key, Derived]:
    """Whether other children may be victims, and what is known about them: in the trafficking
    assessment, and in the NRM referral (which shows the assessment's answer), unless the
    practitioner answered the assessment's question themselves."""
    victims = [p for p in people if p.is_(POSSIBLE_VICTIM)]
    if not victims:
        return {}
    who = _count(len(victims), "child or young person", "children or young people")
    said = f"{FROM}: {who} recorded who may also be " + (
        "a victim." if len(victims) == 1 else "victims."
    )
    details = _numbered([
        " ".join(_sentence(s) for s in (
            p.who,
            _labelled("Description", p.description),
            _labelled("Address or where they are now", p.address),
            _labelled("Phone", ", ".join(p.phones)),
            _labelled("Notes", p.notes),
        ) if s)
        for p in victims
    ])
    out: dict[Key, Derived] = {}
    for assessment_id, referral_id, value in (
        ("other_children", "other_victims", "yes"),
        ("other_children_details", "other_victims_details", details),
    ):
        out[(TRAFFICKING_FORM, assessment_id)] = Derived(value, said, SOURCE)
        if not is_answered(assessment.get(assessment_id)):
            out[(NRM_FORM, referral_id)] = Derived(value, said, SOURCE)
    return out


def _row(**cells: str) -> dict[str, str]:
    """A group row holding only the cells with something in them."""
    return {key: value for key, value in cells.items() if value}


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def _labelled(label: str, text: str) -> str:
    return f"{label}: {text}" if text else ""


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text.endswith((".", "!", "?")) else f"{text}."


def _numbered(paragraphs: list[str]) -> str:
    if len(paragraphs) == 1:
        return paragraphs[0]
    return "\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, start=1))


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _choice(value: Any) -> str:
    return value if isinstance(value, str) and value in _YES_NO else ""


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
