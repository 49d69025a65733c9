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
