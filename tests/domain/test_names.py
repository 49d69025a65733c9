"""The child's name as they give it, in their order and script, and a search finding every form."""

from __future__ import annotations

import pytest

from toolkit_desktop.domain.names import (
    NO_NAME,
    folded,
    is_latin,
    matches,
    name_search_text,
    search_terms,
    shown_name,
)
from toolkit_desktop.domain.wording import child_name, child_names

DUC = {
    "name_as_given": "Nguyễn Văn Đức",  # family name first, as he says it
    "given_names": "Văn Đức",
    "family_name": "Nguyễn",
    "name_transliteration": "Nguyen Van Duc",
    "known_as": "Duc",
}
SABA = {"name_as_given": "ሳባ ተስፋይ", "known_as": "girl at Dover"}


def test_the_name_as_the_child_gives_it_keeps_their_order() -> None:
    shown = shown_name(DUC)
    assert shown.name == "Nguyễn Văn Đức"
    assert shown.with_latin == "Nguyễn Văn Đức"  # already in Latin letters: nothing beside it
    assert shown.others == ()  # neither "Văn Đức Nguyễn" nor "Duc" is another name
    assert child_names(DUC) == ("Nguyễn Văn Đức", [])
    assert child_name(DUC) == "Nguyễn Văn Đức"


def test_without_the_name_as_given_the_nrm_names_then_known_as_then_no_name() -> None:
    nrm_only = {key: DUC[key] for key in ("given_names", "family_name", "known_as")}
    assert child_name(nrm_only) == "Văn Đức Nguyễn"
    assert child_name({"known_as": "boy, about 14", "name_as_given": "  "}) == "boy, about 14"
    assert child_name({"family_name": "Haile"}) == "Haile"
    assert child_name({}) == NO_NAME


def test_a_name_in_another_script_has_its_latin_letters_beside_it() -> None:
    saba = {**SABA, "name_transliteration": "Saba Tesfay"}
    shown = shown_name(saba)
    assert (shown.name, shown.latin) == ("ሳባ ተስፋይ", "Saba Tesfay")
    assert shown.with_latin == "ሳባ ተስፋይ (Saba Tesfay)"
    assert shown.others == ("girl at Dover",)
    # With no transliteration typed, the first name and surname (in Latin letters) stand in.
    nrm = {**SABA, "given_names": "Saba", "family_name": "Tesfay"}
    assert shown_name(nrm).with_latin == "ሳባ ተስፋይ (Saba Tesfay)"
    assert shown_name(nrm).others == ("girl at Dover",)
    # With neither, nothing is invented beside it.
    assert shown_name(SABA).with_latin == "ሳባ ተስፋይ"


def test_other_names_are_each_listed_once_and_include_the_name_used_while_exploited() -> None:
    child = {
        "given_names": "Amira", "family_name": "Haile", "known_as": "Mimi",
        "aliases": [{"name": "A. H."}, {"name": " "}, {"name": "mimi"}, "not a row"],
        "exploited_name": "Lucky",
    }
    assert child_names(child) == ("Amira Haile", ["Mimi", "A. H.", "Lucky"])
    spelt_differently = {**DUC, "given_names": "Duc", "family_name": "Nguyen Van Minh"}
    assert shown_name(spelt_differently).others == ("Duc Nguyen Van Minh",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Văn Đức", "nguyen van duc"),  # Đ has no decomposition: stripping accents misses it
        ("Nguye\u0302\u0303n", "nguyen"),  # accents typed as combining marks
        ("ሳባ ተስፋይ", "saba tesfay"),
        ("  STRAẞE \t Ørjan ", "strasse orjan"),
    ],
)
def test_folding_ignores_case_accents_script_and_spacing(text: str, expected: str) -> None:
    assert folded(text) == expected


def test_latin_letters_are_told_from_other_scripts() -> None:
    assert is_latin("Nguyễn Văn Đức") and is_latin("O'Neil-Smith, 15") and is_latin("")
    assert not is_latin("ሳባ") and not is_latin("Selam (ሰላም)") and not is_latin("王小明")


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("duc", True), ("ĐỨC", True), ("nguyen van duc", True), ("duc nguyen", True),
        ("TK-20261128-0001", True), ("van duc minh", False), ("saba", False),
    ],
)
def test_a_search_finds_every_form_of_the_name_in_any_order(query: str, found: bool) -> None:
    text = name_search_text(DUC, "TK-20261128-0001")
    assert matches(search_terms(query), text) is found


def test_a_search_in_latin_letters_finds_a_name_written_only_in_its_own_script() -> None:
    text = name_search_text(SABA)
    assert matches(search_terms("saba"), text)
    assert matches(search_terms("ሳባ"), text)  # typed in the script itself, too
    assert matches(search_terms("tesfay dover"), text)
    assert not matches(search_terms("selam"), text)


def test_every_name_field_is_searched() -> None:
    child = {
        "name_transliteration": "Translit", "given_names": "Given", "family_name": "Family",
        "known_as": "Known", "aliases": [{"name": "Alias", "where_used": "Elsewhere"}],
        "exploited_name": "Exploited", "name_as_given": "Asgiven",
    }
    text = name_search_text(child, "REF-1")
    for word in ("translit", "given", "family", "known", "alias", "exploited", "asgiven", "ref-1"):
        assert matches([word], text), word
    assert not matches(["elsewhere"], text)  # where a name was used is not a name
