"""Pack versions: version N+1 on each export of a changed case, the same version for a copy of an
unchanged one, recorded in the vault with an audit entry, and the "What has changed since version
N" part listing exactly what was recorded since."""

from __future__ import annotations

from datetime import timedelta

import pytest

from toolkit_desktop.domain.records import PackExport
from toolkit_desktop.export.pack import PackInput
from toolkit_desktop.export.pack.changes import changes_since
from toolkit_desktop.services.cases import ReasonRequired
from toolkit_desktop.services.referral import preview_contents


def _first_pack(ws) -> tuple[int, object]:
    case_id = ws.start()
    ws.answer(case_id, "child", "given_names", "Anh")
    ws.answer(case_id, "child", "nationality", "Vietnamese")
    ws.answer(case_id, "matrix", "no_documents",
              {"status": "known", "evidence": "No passport", "source": "Child"})
    ws.clock.advance(minutes=1)
    ws.service.add_chronology(case_id, "note", "Child placed with emergency foster carer")
    return case_id, ws.export(case_id, name="v1.pdf")


def test_first_export_is_version_1_and_is_recorded(workspace) -> None:
    case_id, first = _first_pack(workspace)
    assert first.version == 1
    exports = workspace.vault.cases.exports(case_id)
    assert [(e.version, e.destination) for e in exports] == [(1, str(first.path.resolve()))]
    assert exports[0].exported_by == "A. Worker"
    audit = [e for e in workspace.vault.audit_trail() if e.action == "export-pack"]
    assert len(audit) == 1
    assert "version 1" in audit[0].detail and "without a password" in audit[0].detail
    assert "What has changed" not in first.text


def test_version_2_lists_exactly_what_changed_since_version_1(workspace) -> None:
    case_id, first = _first_pack(workspace)
    sent_at = workspace.vault.cases.exports(case_id)[0].exported_at
    workspace.answer(case_id, "child", "nationality", "Vietnamese and Chinese",
                     reason="Second passport found in her bag")
    workspace.answer(case_id, "child", "languages", "Vietnamese, some Cantonese")
    workspace.clock.advance(minutes=1)
    workspace.service.add_chronology(case_id, "agency_contact", "Police checked the address",
                                     occurred_at=sent_at - timedelta(hours=1))
    second = workspace.export(case_id, name="v2.pdf")
    assert second.version == 2

    changes = second.part("What has changed since version 1")
    assert "What has changed since version 1 (28 November 2026)" in changes
    assert "Amended answer. In version 1: Vietnamese Now: Vietnamese and Chinese" in changes
    assert "Reason given: Second passport found in her bag" in changes
    assert "New answer. Now: Vietnamese, some Cantonese" in changes
    assert "Police checked the address" in changes
    assert "Changed 'Nationality' after a referral pack was made" in changes
    # Nothing recorded before version 1 is listed again.
    assert "Given names" not in changes
    assert "No passport" not in changes
    assert "emergency foster carer" not in changes

    snapshot = workspace.service.snapshot(case_id)
    exports = workspace.vault.cases.exports(case_id)
    pack = PackInput(snapshot, workspace.defs, workspace.vault.profile(), 2, exports[0],
                     workspace.clock.now())
    view = changes_since(pack)
    assert view is not None
    assert [(c.kind, c.label) for c in view.answers] == [
        ("Amended answer", "Nationality"),
        ("New answer", "Languages the child speaks"),
    ]
    assert [e.text for e in view.entries] == [
        "Changed 'Nationality' after a referral pack was made. "
        "Reason: Second passport found in her bag",
        "Police checked the address",
    ]


def test_version_3_counts_from_version_2(workspace) -> None:
    case_id, _ = _first_pack(workspace)
    workspace.answer(case_id, "child", "languages", "Vietnamese")
    workspace.export(case_id, name="v2.pdf")
    workspace.answer(case_id, "child", "gender", "female")
    third = workspace.export(case_id, name="v3.pdf")
    assert third.version == 3
    changes = third.part("What has changed since version 2")
    assert "Gender" in changes
    assert "Languages the child speaks" not in changes


def test_no_answer_or_entry_changed_says_so(workspace) -> None:
    case_id, _ = _first_pack(workspace)
    workspace.conversation(case_id, "I came in a lorry.")  # new in the pack, but no answer
    second = workspace.export(case_id, name="v2.pdf")
    assert second.version == 2
    changes = second.part("What has changed since version 1")
    assert "No answer has been added or changed since version 1" in changes
    assert "No chronology entry has been added since version 1" in changes


def test_preview_lists_the_parts_in_order_with_counts(workspace) -> None:
    case_id, _ = _first_pack(workspace)
    workspace.answer(case_id, "child", "languages", "Vietnamese")
    lines = preview_contents(workspace.vault, workspace.defs, case_id)
    assert lines[0] == "Cover and contents: pack version 2"
    assert lines[1] == (
        "What has changed since version 1 (28 November 2026): "
        "1 answer added or changed, 0 chronology entries"
    )
    assert lines[2] == "Summary for the decision-maker: 1 indicator known or suspected"
    assert lines[3].startswith("The child's details and communication: ")
    assert lines[4] == "People around the child: 0 answers"  # placed by its definition
    assert lines[5].startswith("Risk assessment matrix: the practitioner's record: 1 known, ")
    assert lines[-1] == (
        "First responder's details and signature: A. Worker, Social worker, Out of hours"
    )
    assert len(workspace.vault.cases.exports(case_id)) == 1  # a preview exports nothing


def test_a_clock_set_back_after_an_export_hides_no_change(workspace) -> None:
    case_id, _ = _first_pack(workspace)
    workspace.clock.advance(hours=-3)  # the laptop's clock is corrected backwards
    workspace.answer(case_id, "child", "languages", "Vietnamese")
    workspace.service.add_chronology(case_id, "note", "Moved to a new foster carer")
    # An answer the first pack held still needs a reason, whatever the clock says.
    with pytest.raises(ReasonRequired):
        workspace.service.record_answer(case_id, "child", "given_names", "Anh Thi")
    second = workspace.export(case_id, name="v2.pdf")
    changes = second.part("What has changed since version 1")
    assert "New answer. Now: Vietnamese" in changes
    assert "Moved to a new foster carer" in changes
    assert "No passport" not in changes


def test_a_pack_whose_record_fails_leaves_no_file(workspace, monkeypatch) -> None:
    case_id, _ = _first_pack(workspace)

    def broken(*args, **kwargs):
        raise RuntimeError("the vault could not record it")

    monkeypatch.setattr(workspace.vault.cases, "record_export", broken)
    with pytest.raises(RuntimeError):
        workspace.export(case_id, name="v2.pdf")
    assert sorted(p.name for p in workspace.folder.iterdir()) == ["v1.pdf"]
    assert [e.version for e in workspace.vault.cases.exports(case_id)] == [1]


def test_an_unchanged_pack_saved_again_with_a_password_keeps_its_version(workspace) -> None:
    case_id, first = _first_pack(workspace)
    protected = workspace.export(case_id, password="kettle-43-river", name="v1 protected.pdf")
    assert protected.version == 1
    assert "NRM referral pack, version 1" in protected.page(0)
    assert "Pack version 1" in protected.text and "What has changed" not in protected.text
    assert "Pack version 2" not in protected.text and "pack, version 2" not in protected.text
    exports = workspace.vault.cases.exports(case_id)
    assert [(e.version, e.destination) for e in exports] == [
        (1, str(first.path.resolve())), (1, str(protected.path.resolve()))]
    audit = [e for e in workspace.vault.audit_trail() if e.action == "export-pack"]
    assert "version 1 (a copy: nothing had changed)" in audit[-1].detail
    assert "with a password" in audit[-1].detail

    # The real update is version 2, and says what changed since version 1.
    workspace.answer(case_id, "child", "languages", "Vietnamese")
    second = workspace.export(case_id, name="v2.pdf")
    assert second.version == 2
    changes = second.part("What has changed since version 1")
    assert "New answer. Now: Vietnamese" in changes
    assert "Pack version 3" not in second.text and "pack, version 3" not in second.text


def test_a_copy_of_version_2_lists_the_same_changes_as_version_2(workspace) -> None:
    case_id, _ = _first_pack(workspace)
    workspace.answer(case_id, "child", "languages", "Vietnamese")
    second = workspace.export(case_id, name="v2.pdf")
    copy = workspace.export(case_id, password="pw", name="v2 protected.pdf")
    assert copy.version == 2
    assert copy.part("What has changed since version 1") == second.part(
        "What has changed since version 1")
    workspace.answer(case_id, "child", "gender", "female")
    third = workspace.export(case_id, name="v3.pdf")
    assert third.version == 3
    changes = third.part("What has changed since version 2")
    assert "Gender" in changes and "Languages the child speaks" not in changes


def test_the_preview_says_when_the_next_pack_is_a_copy(workspace) -> None:
    case_id, _ = _first_pack(workspace)
    assert preview_contents(workspace.vault, workspace.defs, case_id)[0] == (
        "Cover and contents: pack version 1 again. "
        "Nothing has changed since it was saved on 28 November 2026."
    )


def test_new_first_responder_details_make_a_new_version(workspace) -> None:
    case_id, _ = _first_pack(workspace)
    old = workspace.vault.profile()
    workspace.vault.save_profile(type(old)(**{**vars(old), "phone": "01234 000000"}))
    second = workspace.export(case_id, name="v2.pdf")
    assert second.version == 2
    assert "01234 000000" in second.part("First responder")


def test_a_pack_after_one_made_before_digests_were_kept_is_a_new_version(workspace) -> None:
    case_id = workspace.start()
    workspace.vault.cases.record_export(
        PackExport(case_id, 1, workspace.clock.now(), "A. Worker", "old.pdf"))
    assert workspace.export(case_id).version == 2
