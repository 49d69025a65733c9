"""The form ids the program reads by name are the ids of the shipped forms and the matrix."""

from __future__ import annotations

from toolkit_desktop.domain.form_ids import PROGRAM_FORMS


def test_every_form_the_program_names_is_shipped(shipped_definitions):
    assert set(PROGRAM_FORMS) <= set(shipped_definitions.forms)
    assert len(set(PROGRAM_FORMS)) == len(PROGRAM_FORMS)
