"""Photos and documents are kept inside the encrypted vault, and a removal keeps its record."""

from __future__ import annotations

import io
import random

import pytest
from alembic import command
from PIL import Image

from toolkit_desktop.services import attachments as service
from toolkit_desktop.storage import migrate
from toolkit_desktop.storage.vault import Vault

PASS = "correct horse battery staple"


def photo(kind: str = "PNG", seed: int = 1) -> bytes:
    """A small photo of random pixels: bytes no other file holds by chance."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", (40, 40), bytes(rng.randrange(256) for _ in range(4800)))
    out = io.BytesIO()
    image.save(out, kind)
    return out.getvalue()


def test_a_photo_goes_into_the_vault_encrypted_and_comes_back_the_same(vault, vault_path,
                                                                      tmp_path):
    case_id = vault.cases.create(first_contact_at=None).id
    data = photo()
    source = tmp_path / "IMG_0001.png"
    source.write_bytes(data)
    added = service.attach(vault, case_id, source, "Photo taken at the duty office",
                           child_photo=True)
    assert (added.number, added.kind.value, added.size, added.child_photo) == (1, "png",
                                                                              len(data), True)
    (held,) = service.attached_files(vault, case_id)
    assert held.data == data and held.attachment.description == "Photo taken at the duty office"
    vault.close()

    raw = b"".join(p.read_bytes() for p in vault_path.parent.glob(vault_path.name + "*"))
    assert data[100:164] not in raw  # the image's own bytes are nowhere in the file
    assert b"duty office" not in raw

    with Vault.open(vault_path, PASS, vault.clock, backup=False) as again:
        assert again.cases.attached_files(case_id)[0].data == data


def test_a_removed_attachment_keeps_its_record_but_not_its_bytes(vault, vault_path, tmp_path):
    case_id = vault.cases.create(first_contact_at=None).id
    data = photo(seed=2)
    vault.cases.get(case_id)
    service.attach_bytes(vault, case_id, data, "wrong.png", "Photo of another child")
    with pytest.raises(Exception, match="only with a recorded removal"), \
            vault.transaction() as conn:
        conn.exec_driver_sql("DELETE FROM attachment_data")
    with pytest.raises(service.AttachmentRefused, match="Say why"):
        service.remove(vault, case_id, 1, "  ")
    vault.clock.advance(minutes=5)
    removed = service.remove(vault, case_id, 1, "This is a photo of a different child")
    assert removed.removal is not None
    assert removed.removal.reason == "This is a photo of a different child"
    assert service.attached_files(vault, case_id) == []
    with pytest.raises(service.AttachmentRefused, match="no longer kept"):
        service.data_of(vault, case_id, 1)
    with pytest.raises(service.AttachmentRefused, match="already removed"):
        service.remove(vault, case_id, 1, "again")
    with pytest.raises(Exception, match="append-only"), vault.transaction() as conn:
        conn.exec_driver_sql("UPDATE attachments SET description = 'something else'")
    actions = [e.action for e in vault.audit_trail()]
    assert "attach" in actions and "remove-attachment" in actions
    assert all("another child" not in e.detail for e in vault.audit_trail())
    vault.close()
    raw = b"".join(p.read_bytes() for p in vault_path.parent.glob(vault_path.name + "*"))
    assert data[100:164] not in raw


@pytest.mark.parametrize(("content", "name", "said"), [
    (b"GIF89a" + b"\0" * 100, "photo.jpg", "not a JPEG or PNG photo or a PDF document"),
    (b"", "empty.pdf", "is empty"),
])
def test_a_file_that_is_not_a_photo_or_pdf_is_refused_in_one_sentence(vault, tmp_path, content,
                                                                     name, said):
    case_id = vault.cases.create(first_contact_at=None).id
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(service.AttachmentRefused, match=said):
        service.attach(vault, case_id, path, "Something")
    assert service.attachments(vault, case_id) == []


def test_a_file_over_25_mb_is_refused_in_words_before_it_is_read(vault, tmp_path):
    case_id = vault.cases.create(first_contact_at=None).id
    big = tmp_path / "scan.pdf"
    with big.open("wb") as out:
        out.write(b"%PDF-1.7\n")
        out.truncate(25 * 1024 * 1024 + 1)
    with pytest.raises(service.AttachmentRefused, match=r"larger than the 25 MB a file may be"):
        service.attach(vault, case_id, big, "Medical letter")
    assert service.attachments(vault, case_id) == []


def test_a_pdf_cannot_be_the_photo_of_the_child(vault):
    case_id = vault.cases.create(first_contact_at=None).id
    with pytest.raises(service.AttachmentRefused, match="must be a JPEG or PNG"):
        service.attach_bytes(vault, case_id, b"%PDF-1.4\n%%EOF\n", "a.pdf", "x",
                             child_photo=True)


def test_the_migration_from_0003_adds_attachments_to_an_existing_vault(vault_path, clock):
    with Vault.create(vault_path, PASS, clock) as vault:
        case_id = vault.cases.create(first_contact_at=None).id
        vault.cases.record(case_id, "child", "known_as", "Minh", "sw")
        with vault.transaction() as conn:
            command.downgrade(migrate._config(conn), "0003")
            names = {r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            assert "attachments" not in names and migrate.current_revision(conn) == "0003"

    with Vault.open(vault_path, PASS, clock) as vault:  # migrates, after a backup
        with vault.transaction() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
        assert vault.cases.current(case_id)[("child", "known_as")].value == "Minh"
        added = service.attach_bytes(vault, case_id, photo("JPEG"), "p.jpg", "Photo")
        assert added.kind.value == "jpeg"
        with pytest.raises(Exception, match="append-only"), vault.transaction() as conn:
            conn.exec_driver_sql("DELETE FROM attachments")
