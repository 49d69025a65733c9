"""The referral pack is in English whatever language the app speaks: the Home Office's
decision-makers and the police read it."""

from __future__ import annotations

from toolkit_desktop.forms import default_resources_dir, load_definitions
from toolkit_desktop.services.referral import export_pack


def test_a_pack_made_from_welsh_definitions_is_in_english(workspace, pdf_text):
    welsh = load_definitions(default_resources_dir(), "cy")
    assert welsh.forms["child"].title == "Manylion y plentyn"  # the app's screens are Welsh
    case_id = workspace.start()
    workspace.answer(case_id, "child", "given_names", "Mai")
    target = workspace.folder / "pack.pdf"
    export_pack(workspace.vault, welsh, case_id, target, None)
    text = "\n".join(pdf_text(target.read_bytes()))
    assert "Mai" in text
    assert "Given names" in text and "Child's details" in text
    assert "Manylion y plentyn" not in text and "Enwau" not in text


def test_a_change_after_a_pack_is_kept_in_the_chronology_in_english(workspace, pdf_text):
    # The chronology line names the question: it is kept in the case and printed in the pack.
    from toolkit_desktop.services.cases import CaseService

    case_id = workspace.start()
    workspace.answer(case_id, "child", "nationality", "Vietnamese")
    workspace.export(case_id, name="v1.pdf")
    welsh = CaseService(workspace.vault, load_definitions(default_resources_dir(), "pseudo"))
    workspace.clock.advance(minutes=1)
    welsh.record_answer(case_id, "child", "nationality", "Vietnamese and Chinese",
                        reason="A second passport")
    lines = [e.text for e in workspace.vault.cases.chronology(case_id)]
    assert any("Changed 'Nationality' after a referral pack was made" in t for t in lines), lines
    assert not any("⟦" in t for t in lines)
