"""What reaches the disk: the finished pack only, encrypted when a password is given, and nothing
at all (no partial or temporary file, no export recorded) when anything fails."""

from __future__ import annotations

import io
import os

import pytest
from pypdf import PasswordType, PdfReader

from toolkit_desktop.export.atomic import ExportFailed
from toolkit_desktop.services import referral
from toolkit_desktop.services.referral import export_pack


def _case(ws) -> int:
    case_id = ws.start()
    ws.answer(case_id, "child", "given_names", "Anh")
    return case_id


def test_a_password_protected_pack_opens_only_with_its_password(workspace) -> None:
    case_id = _case(workspace)
    pack = workspace.export(case_id, password="blue kettle 42")
    reader = PdfReader(io.BytesIO(pack.data))
    assert reader.is_encrypted
    assert reader.trailer["/Encrypt"]["/V"] == 5  # AES-256
    assert reader.decrypt("wrong password") == PasswordType.NOT_DECRYPTED
    assert PdfReader(io.BytesIO(pack.data)).decrypt("") == PasswordType.NOT_DECRYPTED
    assert "Anh" in pack.page(0)
    assert b"Anh" not in pack.data
    audit = [e for e in workspace.vault.audit_trail() if e.action == "export-pack"]
    assert "with a password" in audit[-1].detail
    assert "blue kettle" not in audit[-1].detail


def test_success_leaves_only_the_pack_in_the_folder(workspace) -> None:
    case_id = _case(workspace)
    workspace.export(case_id, password="pw")
    assert sorted(p.name for p in workspace.folder.iterdir()) == ["pack.pdf"]


def test_a_failing_build_leaves_nothing_and_records_nothing(workspace, monkeypatch) -> None:
    case_id = _case(workspace)

    def broken(pack):
        raise RuntimeError("layout exploded")

    monkeypatch.setattr(referral, "build_pack", broken)
    with pytest.raises(ExportFailed, match="could not be made.*Nothing was saved"):
        export_pack(workspace.vault, workspace.defs, case_id, workspace.folder / "p.pdf", None)
    assert list(workspace.folder.iterdir()) == []
    assert workspace.vault.cases.exports(case_id) == []


def test_a_failing_write_leaves_nothing_and_records_nothing(workspace, monkeypatch) -> None:
    case_id = _case(workspace)
    seen = []

    def refuse(source, target):
        seen.extend(p.name for p in workspace.folder.iterdir())  # the partial file exists now
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportFailed, match="could not be written"):
        export_pack(workspace.vault, workspace.defs, case_id, workspace.folder / "p.pdf", "pw")
    assert seen and seen[0].endswith(".partial")
    assert list(workspace.folder.iterdir()) == []
    assert workspace.vault.cases.exports(case_id) == []


def test_an_earlier_pack_is_kept_whole_when_a_new_one_fails(workspace, monkeypatch) -> None:
    case_id = _case(workspace)
    first = workspace.export(case_id)
    monkeypatch.setattr(referral, "encrypt", lambda data, password: 1 / 0)
    with pytest.raises(ExportFailed):
        export_pack(workspace.vault, workspace.defs, case_id, first.path, "pw")
    assert first.path.read_bytes() == first.data
    assert sorted(p.name for p in workspace.folder.iterdir()) == ["pack.pdf"]


@pytest.mark.parametrize(
    ("where", "password", "message"),
    [
        ("folder", None, "is a folder"),
        ("no such folder/p.pdf", None, "does not exist"),
        ("p.pdf", "   ", "password is empty"),
    ],
)
def test_bad_targets_and_passwords_get_a_sentence(workspace, where, password, message) -> None:
    case_id = _case(workspace)
    (workspace.folder / "folder").mkdir()
    with pytest.raises(ExportFailed, match=message):
        export_pack(workspace.vault, workspace.defs, case_id, workspace.folder / where, password)
    assert workspace.vault.cases.exports(case_id) == []
