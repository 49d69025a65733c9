"""A case file (format 2) carries the photos and documents; a format-1 file still imports."""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import json
import random

import jsonschema
import pytest
from PIL import Image

from toolkit_desktop.export.exchange import ExchangeError
from toolkit_desktop.forms import default_resources_dir
from toolkit_desktop.services import attachments as service
from toolkit_desktop.services.transfer import export_case_json, import_case, read_case_file
from toolkit_desktop.storage.vault import Vault

from .case_files import sample_case_file

SCHEMAS = default_resources_dir() / "schema"
V1 = json.loads((SCHEMAS / "case-v1.schema.json").read_text())
V2 = json.loads((SCHEMAS / "case-v2.schema.json").read_text())
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def photo() -> bytes:
    rng = random.Random(7)
    out = io.BytesIO()
    Image.frombytes("RGB", (20, 20), bytes(rng.randrange(256) for _ in range(1200))).save(
        out, "JPEG")
    return out.getvalue()


def test_photos_documents_and_removals_travel_in_the_case_file(vault, shipped, clock, tmp_path):
    case_id = vault.cases.create(first_contact_at=None).id
    image = photo()
    service.attach_bytes(vault, case_id, image, "child.jpg", "Photo at intake", child_photo=True)
    service.attach_bytes(vault, case_id, PDF, "gp.pdf", "Letter from the GP")
    service.attach_bytes(vault, case_id, image, "wrong.jpg", "Wrong photo")
    clock.advance(minutes=3)
    service.remove(vault, case_id, 3, "Attached by mistake")
    first = tmp_path / "case.json"
    export_case_json(vault, case_id, first)
    document = read_case_file(first)
    jsonschema.validate(document, V2)
    assert document["format_version"] == 2
    listed = document["attachments"]
    assert [a["kind"] for a in listed] == ["jpeg", "pdf", "jpeg"]
    assert listed[2]["data"] is None and listed[2]["removed"]["reason"] == "Attached by mistake"

    with Vault.create(tmp_path / "colleague.tkvault", "another passphrase", clock) as colleague:
        new_id = import_case(colleague, shipped, document)
        theirs = service.attachments(colleague, new_id)
        assert [(a.number, a.description, a.child_photo, a.removed) for a in theirs] == [
            (1, "Photo at intake", True, False), (2, "Letter from the GP", False, False),
            (3, "Wrong photo", False, True)]
        assert service.data_of(colleague, new_id, 1) == image
        assert service.data_of(colleague, new_id, 2) == PDF
        second = tmp_path / "again.json"
        export_case_json(colleague, new_id, second)
    assert json.loads(second.read_text(encoding="utf-8")) == document


def test_a_format_1_case_file_still_imports(vault, shipped):
    original = sample_case_file()
    jsonschema.validate(original, V1)
    new_id = import_case(vault, shipped, original)
    assert vault.cases.get(new_id).reference == "TK-20261127-AB12"
    assert service.attachments(vault, new_id) == []


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _with_attachment(change) -> dict:
    document = copy.deepcopy(sample_case_file())
    document["format_version"] = 2
    data = PDF

    document["attachments"] = [{
        "kind": "pdf", "description": "Police letter", "file_name": "police.pdf",
        "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
        "added_at": "2026-11-27T23:30:00+00:00", "added_by": "A. Social Worker",
        "data": b64(data), "removed": None,
    }]
    change(document)
    return document


@pytest.mark.parametrize(("change", "said"), [
    (lambda d: d["attachments"][0].update(data=b64(PDF[:-2] + b"X\n")), "does not match"),
    (lambda d: d["attachments"][0].update(data=b64(PDF[:-1])), "not the 45 the size says"),
    (lambda d: d["attachments"][0].update(kind="png"), "is not a png file"),
    (lambda d: d["attachments"][0].update(data="not base64!"), "not base64"),
    (lambda d: d.update(format_version=1), "unknown key 'attachments'"),
])
def test_a_damaged_attachment_is_refused_and_nothing_is_imported(vault, shipped, change, said):
    assert import_case(vault, shipped, _with_attachment(lambda d: None))  # the good one imports
    document = _with_attachment(change)
    document["case"]["reference"] = "TK-20261127-ZZ99"
    with pytest.raises(ExchangeError, match=said):
        import_case(vault, shipped, document)
    assert vault.cases.find_by_reference("TK-20261127-ZZ99") is None
