"""A case recorded before the referral step asked the online form's own questions still opens and
makes its pack: answers under questions since removed (who receives the decision, the guardian
service, the single background box) stay in its history and stop nothing."""

from __future__ import annotations

from datetime import date

from toolkit_desktop.domain.online_form import online_form_answers
from toolkit_desktop.domain.records import Revision
from toolkit_desktop.domain.values import check_answer

OLD_ANSWERS = {
    "decision_recipient": "Jo Bloggs, team manager",
    "decision_recipient_email": "jo.bloggs@northshire.example",
    "guardian_service": "yes",
    "la_contact_name": "Pat Reid",
    "background": "Grew up with her grandmother in Elbasan",
    "still_exploited_details": "She left the house in the night",
}


def _store_old_answers(workspace, case_id: int) -> None:
    """Write the answers as the earlier version of the form recorded them (the service now
    refuses these fields, so they go straight into the vault, as an older app put them there)."""
    workspace.clock.advance(minutes=1)
    now = workspace.clock.now()
    with workspace.vault.transaction() as conn:
        workspace.vault.cases.append_revisions(conn, [
            Revision(case_id=case_id, form="nrm_referral", field=field, value=value,
                     recorded_at=now, recorded_by="A. Worker")
            for field, value in OLD_ANSWERS.items()
        ])


def test_the_removed_questions_are_refused_for_new_answers(workspace) -> None:
    for field, value in OLD_ANSWERS.items():
        assert check_answer(workspace.defs, "nrm_referral", field, value) == (
            f"unknown field '{field}' in form 'nrm_referral'")


def test_a_case_holding_old_referral_answers_opens_and_makes_its_pack(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "nrm_referral", "uk_nation", "wales")
    _store_old_answers(workspace, case_id)
    workspace.answer(case_id, "nrm_referral", "la_phone", "01234 000111")

    snapshot = workspace.service.snapshot(case_id)
    referral = snapshot.answers_by_form()["nrm_referral"]
    assert referral["decision_recipient"] == "Jo Bloggs, team manager"  # kept in the history
    assert referral["la_phone"] == "01234 000111"

    pack = workspace.export(case_id)
    assert pack.version == 1
    nrm = pack.part("NRM referral answers")
    assert "Which part of the UK are you referring from? Wales" in nrm
    assert "Jo Bloggs" not in nrm and "Who should receive the decision" not in nrm

    listed = online_form_answers(workspace.defs, workspace.defs.online_form,
                                 snapshot.answers_by_form(), today=date(2026, 11, 28))
    by = {a.number: a for a in listed}
    assert by[4].answer == "Wales" and by[7].answer == "01234 000111"
    assert "Jo Bloggs" not in " ".join(a.answer for a in listed)

    # A later change is still recorded and the next pack made, with the old answers in place.
    workspace.answer(case_id, "nrm_referral", "la_email", "duty@northshire.example",
                     reason="The duty team's address was found")
    again = workspace.export(case_id, name="pack-2.pdf")
    assert again.version == 2
    assert "duty@northshire.example" in again.part("NRM referral answers")
