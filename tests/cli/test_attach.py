"""`case attach` and `case attachments` as IT staff and scripts use them."""

from __future__ import annotations

import io
import random

from PIL import Image

PASS = "correct horse battery staple"


def png() -> bytes:
    rng = random.Random(3)
    out = io.BytesIO()
    Image.frombytes("RGB", (16, 16), bytes(rng.randrange(256) for _ in range(768))).save(
        out, "PNG")
    return out.getvalue()


def start(cli) -> str:
    """A vault with one case in it; the case's id."""
    assert cli("vault", "init", "--passphrase-stdin", stdin=f"{PASS}\n").code == 0
    from toolkit_desktop.domain.clock import SystemClock
    from toolkit_desktop.settings import load_settings
    from toolkit_desktop.storage.vault import Vault

    with Vault.open(load_settings().vault(), PASS, SystemClock(), backup=False) as vault:
        return str(vault.cases.create(first_contact_at=None).id)


def test_attach_a_photo_and_a_document_then_list_them(cli, tmp_path):
    case_id = start(cli)
    photo = tmp_path / "photo.png"
    photo.write_bytes(png())
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4\n%%EOF\n")
    done = cli("case", "attach", case_id, str(photo), "--description", "Photo at the office",
               "--date", "27/11/2026", "--photo", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert done.code == 0, done.err
    assert "as number 1: PNG image" in done.out and "missing-child sheet" in done.out
    done = cli("case", "attach", case_id, str(letter), "--description", "Letter from the GP",
               "--passphrase-stdin", stdin=f"{PASS}\n")
    assert done.code == 0 and "as number 2: PDF document" in done.out
    listed = cli("case", "attachments", case_id, "--passphrase-stdin", stdin=f"{PASS}\n")
    assert listed.code == 0, listed.err
    lines = listed.out.splitlines()
    assert lines[1].split()[:3] == ["1", "PNG", "image"]
    assert "Photo at the office [photo of the child]" in lines[1]
    assert "27 November 2026" in lines[1] and "added by" in lines[1]
    assert "Letter from the GP" in lines[2] and "no date" in lines[2]


def test_a_renamed_file_and_a_bad_date_are_refused_in_a_sentence_and_change_nothing(cli,
                                                                                   tmp_path):
    case_id = start(cli)
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"MZ\x90\x00 this is a program, not a photo")
    refused = cli("case", "attach", case_id, str(fake), "--description", "Photo",
                  "--passphrase-stdin", stdin=f"{PASS}\n")
    assert refused.code == 1
    assert "photo.jpg is not a JPEG or PNG photo or a PDF document" in refused.err
    assert "Traceback" not in refused.err
    photo = tmp_path / "photo.png"
    photo.write_bytes(png())
    refused = cli("case", "attach", case_id, str(photo), "--description", "Photo", "--date",
                  "31/02/2026", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert refused.code == 1 and "Nothing was attached" in refused.err
    missing = cli("case", "attach", case_id, str(tmp_path / "nowhere.png"), "--description",
                  "Photo", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert missing.code == 1 and "There is no file at" in missing.err
    listed = cli("case", "attachments", case_id, "--passphrase-stdin", stdin=f"{PASS}\n")
    assert "has no photos or documents attached" in listed.out
