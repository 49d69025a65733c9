"""When the NRM referral names someone other than the practitioner who made the pack, the cover
and the signature page name both, each under its own label, and never print the pack maker's
phone or email as the referrer's; when it is the same person, the pack reads as it always has."""

from __future__ import annotations

import re

from toolkit_desktop.domain.records import Profile
from toolkit_desktop.services.referral import preview_contents

NRM = "nrm_referral"
OTHER_TITLE = "The referrer's and the pack maker's details, and signature"
SHEET = "Missing child: description for the police"
PROFILE_PHONE = "01234 567890"  # the fixture profile's (tests/export/conftest.py)
PROFILE_EMAIL = "a.worker@northshire.example"


def _referred_by_manager(workspace, **typed: str) -> int:
    case_id = workspace.start()
    workspace.answer(case_id, NRM, "referrer_name", "Bea Manager")
    for field, value in typed.items():
        workspace.answer(case_id, NRM, f"referrer_{field}", value)
    return case_id


def _cover(pack) -> str:
    """The cover's details, up to its contents list."""
    first = pack.page(0)
    return first[:first.index("Contents")]


def test_someone_else_refers_the_cover_names_both_each_labelled(workspace) -> None:
    case_id = _referred_by_manager(workspace, role="Team manager",
                                   organisation="Southshire Council")
    cover = _cover(workspace.export(case_id))
    assert ("First responder (the referrer) Bea Manager, Team manager, Southshire Council"
            in cover)
    assert "Pack made by A. Worker, Social worker, Out of hours, Northshire Council" in cover
    assert "Referring organisation Southshire Council" in cover
    assert "Practitioner" not in cover


def test_someone_else_refers_the_signature_page_gives_the_referrer_then_the_pack_maker(
    workspace,
) -> None:
    case_id = _referred_by_manager(workspace, role="Team manager", phone="07700 900456")
    pack = workspace.export(case_id)
    part = pack.part(OTHER_TITLE)
    referral = part[part.index("The referral is made by"):part.index("This pack was made by")]
    assert "Name Bea Manager" in referral
    assert "Role Team manager" in referral
    assert "Phone 07700 900456" in referral
    assert "Email Not recorded" in referral
    # No organisation typed: the referral's own answer (worked out from About you) is shown.
    assert "Organisation Northshire Council" in referral
    maker = part[part.index("This pack was made by"):]
    assert "Name A. Worker" in maker and f"Phone {PROFILE_PHONE}" in maker
    assert "I confirm that this pack sets out the information I hold" in maker
    assert "To be signed by A. Worker, who made this pack" in maker
    assert "The referral itself is made by Bea Manager" in maker
    # The contents list and the app's preview say the same.
    assert OTHER_TITLE in pack.page(0)
    assert preview_contents(workspace.vault, workspace.defs, case_id)[-1] == (
        f"{OTHER_TITLE}: referral by Bea Manager, Team manager, Northshire Council; "
        "pack made by A. Worker, Social worker, Out of hours"
    )


def test_the_profile_phone_and_email_never_stand_beside_the_other_referrer(workspace) -> None:
    case_id = _referred_by_manager(workspace)
    part = workspace.export(case_id).part(OTHER_TITLE)
    referral = part[part.index("The referral is made by"):part.index("This pack was made by")]
    assert "Name Bea Manager" in referral
    assert PROFILE_PHONE not in referral and PROFILE_EMAIL not in referral
    assert "Phone Not recorded" in referral and "Email Not recorded" in referral
    assert "Role Not recorded" in referral  # not the profile's "Social worker"


def test_the_same_person_typed_differently_keeps_the_pack_as_it_was(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, NRM, "referrer_name", "  a. WORKER ")
    pack = workspace.export(case_id)
    cover = _cover(pack)
    assert "Pack made by" not in pack.text
    assert "First responder (the referrer) a. WORKER, Social worker" in cover  # as typed
    assert "Practitioner" not in cover  # the first responder line names them once
    assert "Referring organisation Northshire Council" in cover
    part = pack.part("First responder's details and signature")
    assert "The referral is made by" not in part and "This pack was made by" not in part
    assert f"Phone {PROFILE_PHONE}" in part
    assert "Practitioner A. Worker" in pack.part(SHEET)


def test_no_referrer_typed_keeps_the_pack_as_it_was(workspace) -> None:
    pack = workspace.export(workspace.start())
    assert "Pack made by" not in pack.text
    assert OTHER_TITLE not in pack.text
    assert "First responder (the referrer) A. Worker, Social worker" in _cover(pack)


def test_a_referrer_typed_with_no_profile_name_counts_as_someone_else(workspace) -> None:
    workspace.vault.save_profile(Profile(organisation="Northshire Council"))
    case_id = _referred_by_manager(workspace)
    pack = workspace.export(case_id)
    assert "First responder (the referrer) Bea Manager" in _cover(pack)
    part = pack.part(OTHER_TITLE)
    assert "To be signed by the person who made this pack." in part


def test_the_missing_sheet_labels_the_pack_maker_as_the_cover_does(workspace) -> None:
    case_id = _referred_by_manager(workspace, phone="07700 900456")
    sheet = workspace.export(case_id).part(SHEET)
    who = sheet[sheet.index("Who to contact about this child"):]
    assert re.search(r"Pack made by A\. Worker, Social worker", who)
    assert "Practitioner" not in who
    assert f"Phone {PROFILE_PHONE}" in who  # the pack maker's, beside the pack maker's name
