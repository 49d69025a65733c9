"""The child's name as they give it, their other names, and the plain form a search compares.

The name shown is the one the child gives, in their own order and script ("Nguyễn Văn Đức", family
name first; "ሳባ ተስፋይ" in Ge'ez), never rebuilt from the NRM form's first name and surname, which
would turn it round. Where it is not in Latin letters, the practitioner's transliteration goes
beside it, so a reader who cannot read the script can still say and type it.

A search ignores case, accents and script: every name and every query is folded to plain ASCII
letters by anyascii, so "duc" finds "Đức" (Đ has no decomposition, so stripping accents alone
would miss it) and "saba" finds "ሳባ" with no transliteration typed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from anyascii import anyascii

NO_NAME = "No name recorded yet"

# The child's details form's fields that hold a name (one text each, aliases a group of rows).
AS_GIVEN = "name_as_given"
TRANSLITERATION = "name_transliteration"
GIVEN = "given_names"
FAMILY = "family_name"
KNOWN_AS = "known_as"
ALIASES = "aliases"
EXPLOITED = "exploited_name"

# Letters that belong to a script; modifier letters (such as ʼ) are left out, as accents are.
_LETTERS = frozenset({"Lu", "Ll", "Lt", "Lo"})


@dataclass(frozen=True)
class ShownName:
    """How the child is named on screen and in the pack."""

    name: str  # in the child's own order and script, or NO_NAME
    latin: str  # the transliteration to show beside a name not in Latin letters, else ""
    others: tuple[str, ...]  # each once: known as, the NRM spelling, aliases, name when exploited

    @property
    def with_latin(self) -> str:
        """The name with its Latin letters beside it: "ሳባ ተስፋይ (Saba Tesfay)"."""
        return f"{self.name} ({self.latin})" if self.latin else self.name


def folded(text: str) -> str:
    """`text` as a search compares it: ASCII letters, no case, single spaces."""
    return " ".join(anyascii(unicodedata.normalize("NFKC", text)).casefold().split())


def search_terms(query: str) -> list[str]:
    """The words of a search, folded; a case matches when its search text has every one."""
    return folded(query).split()


def matches(terms: Iterable[str], search_text: str) -> bool:
    """Whether a folded search text contains every folded search word, in any order."""
    return all(term in search_text for term in terms)


def is_latin(text: str) -> bool:
    """Whether every letter of `text` is a Latin letter (accents and punctuation aside)."""
    return all(
        unicodedata.name(char, "").startswith("LATIN")
        for char in text
        if unicodedata.category(char) in _LETTERS
    )


def _text(child: Mapping[str, Any], field_id: str) -> str:
    value = child.get(field_id)
    return " ".join(value.split()) if isinstance(value, str) else ""


def _aliases(child: Mapping[str, Any]) -> list[str]:
    rows = child.get(ALIASES)
    if not isinstance(rows, list):
        return []
    return [_text(row, "name") for row in rows if isinstance(row, dict) and _text(row, "name")]


def _same_words(one: str, other: str) -> bool:
    """The same name whatever the order, case, accents or script ("Văn Đức Nguyễn")."""
    return sorted(folded(one).split()) == sorted(folded(other).split())


def shown_name(child: Mapping[str, Any]) -> ShownName:
    """The name to show, from the answers of the child's details form.

    The name as the child gives it, else given names then family name, else the "known as" name
    the case started with, else NO_NAME. Other names leave out any that is the shown name again,
    in another order or in Latin letters.
    """
    given = " ".join(filter(None, (_text(child, GIVEN), _text(child, FAMILY))))
    known_as = _text(child, KNOWN_AS)
    name = _text(child, AS_GIVEN) or given or known_as
    if not name:
        return ShownName(NO_NAME, "", tuple(_unique([*_aliases(child), _text(child, EXPLOITED)])))
    latin = ""
    if not is_latin(name):
        # The NRM spelling stands in for a transliteration the practitioner has not typed.
        latin = _text(child, TRANSLITERATION) or (given if is_latin(given) else "")
    shown = [name, latin]
    others: list[str] = []
    for other in (given, *_aliases(child), _text(child, EXPLOITED)):
        if other and not any(_same_words(other, s) for s in shown):
            others.append(other)
    if known_as and not any(folded(known_as) in folded(s) for s in shown):
        others.insert(0, known_as)
    return ShownName(name, latin, tuple(_unique(others)))


def _unique(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = folded(name)
        if name and key not in seen:
            seen.add(key)
            out.append(name)
    return out


def name_search_text(child: Mapping[str, Any], *extra: str) -> str:
    """Every form of every name of the child, with `extra` (such as the case reference), folded.

    The name as given, its transliteration, given and family names, known as, every alias and the
    name used while exploited, so any of them, typed in any script or order, finds the case.
    """
    forms = [
        _text(child, field_id)
        for field_id in (AS_GIVEN, TRANSLITERATION, GIVEN, FAMILY, KNOWN_AS, EXPLOITED)
    ]
    return folded(" ".join([*forms, *_aliases(child), *extra]))
