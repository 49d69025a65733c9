"""The definitions speak the practitioner's language where a catalogue translates them, keep
every id and every answer's place, and fall back to English rather than stop the app."""

from __future__ import annotations

from toolkit_desktop.cli.main import main as cli_main
from toolkit_desktop.forms import default_resources_dir, load_definitions
from toolkit_desktop.forms.check import run_check

CATALOGUE = """\
language: cy
texts:
  Child's details: Manylion y plentyn
  Names: Enwau
  Given names: Enwau cyntaf
  Interpreter needed?: Angen cyfieithydd?
  A question no form asks any more: Cwestiwn nad oes neb yn ei ofyn
"""


def test_a_catalogue_translates_what_the_practitioner_reads_and_nothing_else(resources):
    resources.write("translations/cy.yaml", CATALOGUE)
    welsh = load_definitions(resources.dir, "cy")
    child = welsh.forms["child"]
    assert child.title == "Manylion y plentyn"
    names = child.sections[0]
    assert (names.id, names.title) == ("names", "Enwau")
    given = names.fields[0]
    assert (given.id, given.label) == ("given_names", "Enwau cyntaf")
    assert names.fields[1].label == "Family name"  # not in the catalogue: English
    # The ids, and so where every answer is kept, are the English definitions' own.
    english = load_definitions(resources.dir)
    assert [f.id for f in child.all_fields()] == [f.id for f in english.forms["child"].all_fields()]
    assert welsh.english.forms["child"].title == "Child's details"
    assert english.english is english


def test_a_changed_english_question_shows_in_english_not_with_the_old_translation(resources):
    resources.write("translations/cy.yaml", CATALOGUE)
    resources.edit("forms/child.yaml", lambda t: t.replace(
        "label: Given names,", "label: First names as on any document,"))
    label = load_definitions(resources.dir, "cy").forms["child"].sections[0].fields[0].label
    assert label == "First names as on any document"


def test_rewrapping_a_text_in_the_yaml_keeps_its_translation(resources):
    resources.write("translations/cy.yaml", CATALOGUE.replace(
        "  Child's details: Manylion y plentyn\n",
        "  ? |-\n    Child's\n      details\n  : Manylion y plentyn\n"))
    assert load_definitions(resources.dir, "cy").forms["child"].title == "Manylion y plentyn"


def test_a_missing_or_broken_catalogue_leaves_the_definitions_in_english(resources):
    assert load_definitions(resources.dir, "fr").forms["child"].title == "Child's details"
    resources.write("translations/cy.yaml", "language: cy\ntexts: [Names, Enwau]\n")
    assert load_definitions(resources.dir, "cy").forms["child"].title == "Child's details"
    resources.write("translations/cy.yaml", "language: cy\ntexts:\n  Names: [Enwau\n")
    assert load_definitions(resources.dir, "cy").forms["child"].title == "Child's details"


def test_a_key_given_twice_is_said_and_its_last_translation_used(resources):
    # Twice as written, and twice once spaces and line breaks are ignored (the two are one key).
    resources.write("translations/cy.yaml", CATALOGUE + "  Names: Enwau eraill\n"
                    "  ? |-\n    Given\n      names\n  : Enwau bedydd\n")
    child = load_definitions(resources.dir, "cy").forms["child"]
    assert child.title == "Manylion y plentyn"  # the rest of the catalogue still speaks Welsh
    assert child.sections[0].title == "Enwau eraill"
    assert child.sections[0].fields[0].label == "Enwau bedydd"
    code, text = run_check(resources.dir, "cy")
    assert code == 1
    assert "line 8: the key 'Names' appears twice in the same place; only the last is used" in text
    assert ("'Given names' and 'Given\\n  names' are the same text once spaces and line breaks "
            "are ignored; only the last is used") in text


def test_forms_check_says_how_much_is_translated_and_what_no_form_uses(resources):
    resources.write("translations/cy.yaml", CATALOGUE)
    code, text = run_check(resources.dir, "cy")
    assert code == 0
    assert "resources/translations/cy.yaml: 4 of " in text
    assert "'A question no form asks any more'" in text
    code, text = run_check(resources.dir, "fr")
    assert code == 1 and "there is no catalogue for the language 'fr'" in text
    resources.write("translations/cy.yaml", "language: cy\ntexts:\n  Names: [Enwau\n")
    code, text = run_check(resources.dir, "cy")
    assert code == 1 and "translations/cy.yaml" in text


def test_the_command_line_checks_a_language(resources, capsys):
    resources.write("translations/cy.yaml", CATALOGUE)
    assert cli_main(["forms", "check", "--resources", str(resources.dir), "--language", "cy"]) == 0
    assert "4 of " in capsys.readouterr().out


def test_the_shipped_welsh_catalogue_is_valid_and_every_entry_is_used():
    code, text = run_check(default_resources_dir(), "cy")
    assert code == 0, text
    assert "no longer in any definition" not in text, text
    assert load_definitions(default_resources_dir(), "cy").forms["child"].title == (
        "Manylion y plentyn")


def test_the_pseudo_language_marks_every_translatable_word(resources):
    pseudo = load_definitions(resources.dir, "pseudo")
    child = pseudo.forms["child"]
    assert child.title == "⟦Child's details⟧" and child.id == "child"
    assert all(f.label.startswith("⟦") for f in child.all_fields())
