"""Every definition shipped in resources/ loads, and holds together: texts, ids and references."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from toolkit_desktop.domain.definitions import Definitions, Field, FieldType, Form
from toolkit_desktop.domain.visibility import split_reference
from toolkit_desktop.forms import (
    RESOURCES_ENV_VAR,
    default_resources_dir,
    load_definitions,
    run_check,
)
from toolkit_desktop.forms.matrix_parser import REQUIRED_BLOCKS

ID = re.compile(r"[a-z][a-z0-9_]*")


@pytest.fixture(scope="module")
def shipped() -> Definitions:
    return load_definitions(default_resources_dir())


def every_field(form: Form) -> list[Field]:
    return [*form.all_fields(), *(sub for f in form.all_fields() for sub in f.fields)]


def test_the_shipped_definitions_pass_the_check() -> None:
    code, text = run_check(default_resources_dir())
    assert code == 0, text
    assert text.startswith("All definitions are valid: ")


def test_every_text_is_filled_in_and_every_id_well_formed(shipped: Definitions) -> None:
    for form in shipped.forms.values():
        assert form.title.strip(), form.id
        for section in form.sections:
            assert ID.fullmatch(section.id) and section.title.strip(), (form.id, section.id)
            assert section.fields, (form.id, section.id)
        for field in every_field(form):
            assert ID.fullmatch(field.id) and field.label.strip(), (form.id, field.id)
            for choice in field.choices:
                assert ID.fullmatch(choice.id) and choice.label.strip(), (form.id, field.id)
    for block in shipped.matrix.blocks:
        for indicator in block.indicators:
            assert indicator.text.strip() and indicator.guidance.strip(), indicator.id
    for prompt in shipped.prompts:
        assert prompt.text.strip(), prompt.id


def test_ids_are_unique_in_their_scope(shipped: Definitions) -> None:
    def assert_unique(ids: list[str], scope: str) -> None:
        assert len(ids) == len(set(ids)), f"repeated ids in {scope}: {ids}"

    for form in shipped.forms.values():
        assert_unique([s.id for s in form.sections], f"{form.id} sections")
        assert_unique([f.id for f in form.all_fields()], f"{form.id} fields")
        for field in form.all_fields():
            assert_unique([f.id for f in field.fields], f"{form.id}.{field.id} sub-fields")
            assert_unique([c.id for c in field.choices], f"{form.id}.{field.id} choices")
    indicators = [i.id for b in shipped.matrix.blocks for i in b.indicators]
    assert_unique(indicators, "the matrix")
    assert_unique([p.id for p in shipped.prompts], "prompts")


def test_every_reference_names_a_field_that_exists(shipped: Definitions) -> None:
    for form in shipped.forms.values():
        for field in form.all_fields():
            if field.same_as:
                other_form, other_field = split_reference(field.same_as, form.id)
                assert other_form != form.id, (form.id, field.id)
                target = shipped.forms[other_form].field(other_field)
                assert target is not None and target.type is field.type, (form.id, field.id)
            if field.visible_if:
                other_form, other_field = split_reference(field.visible_if.field, form.id)
                target = shipped.forms[other_form].field(other_field)
                assert target is not None, (form.id, field.id)
                valid = {c.id for c in target.all_choices()}
                assert set(field.visible_if.equals) <= valid, (form.id, field.id)


def test_the_matrix_is_also_the_matrix_form(shipped: Definitions) -> None:
    assert {b.id for b in shipped.matrix.blocks} >= set(REQUIRED_BLOCKS)
    assert all(block.indicators for block in shipped.matrix.blocks)
    matrix_form = shipped.forms["matrix"]
    for block in shipped.matrix.blocks:
        for indicator in block.indicators:
            field = matrix_form.field(indicator.id)
            assert field is not None and field.type is FieldType.INDICATOR
            assert field.guidance == indicator.guidance
    assert matrix_form.sections[-1].id == "judgement"
    concern = matrix_form.field("concern_level")
    assert concern is not None
    assert {c.id for c in concern.choices} == {"low", "medium", "high", "not_sure"}
    reason = matrix_form.field("concern_reason")
    assert reason is not None and reason.type is FieldType.LONG_TEXT


def test_the_nrm_timescales_cover_old_and_new_referrals(shipped: Definitions) -> None:
    timescales = shipped.timescales
    for day in (date(2015, 6, 1), date(2023, 1, 29), date(2023, 1, 30), date(2026, 11, 28)):
        rg = timescales.rule_in_force("reasonable_grounds", day)
        assert rg is not None and rg.working_days == 5
    before = timescales.rule_in_force("recovery_period", date(2023, 1, 29))
    after = timescales.rule_in_force("recovery_period", date(2023, 1, 30))
    assert before is not None and before.days == 45
    assert after is not None and after.days == 30


def test_the_resources_folder_can_be_overridden(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(RESOURCES_ENV_VAR, str(tmp_path))
    assert default_resources_dir() == tmp_path
    monkeypatch.delenv(RESOURCES_ENV_VAR)
    assert (default_resources_dir() / "matrix.yaml").is_file()
