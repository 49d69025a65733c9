"""Photos and documents in the pack: listed, the photo on the missing-child sheet, PDFs appended,
and the sheet of a typical case on one A4 page."""

from __future__ import annotations

import io
import random

from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from toolkit_desktop.services import attachments

SG = "immediate_safeguarding"
SHEET = "Missing child: description for the police"
LIST = "Supporting documents and photo"


def photo(kind: str = "JPEG") -> bytes:
    rng = random.Random(11)
    out = io.BytesIO()
    Image.frombytes("RGB", (90, 120), bytes(rng.randrange(256) for _ in range(90 * 120 * 3))
                    ).save(out, kind)
    return out.getvalue()


def letter(pages: int) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    for n in range(pages):
        canvas.drawString(72, 720, f"Letter from the GP, page {n + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def typical_case(ws) -> int:
    """What a duty social worker records in the first hours for a child at risk of going
    missing: who she is, a description, two people and their phones, two places, one earlier
    time she went missing, and the police reference."""
    case_id = ws.start()
    for form, field, value in [
        ("child", "given_names", "Linh"), ("child", "family_name", "Nguyen"),
        ("child", "date_of_birth", "2011-03-14"), ("child", "gender", "female"),
        ("child", "nationality", "Vietnamese"),
        ("child", "languages", "Vietnamese, a little English"),
        (SG, "police_informed_at", "2026-11-28T02:30:00+00:00"),
        (SG, "police_reference", "CAD 0412 28/11"), (SG, "police_force", "Northshire Police"),
        (SG, "height", "About 150 cm"), (SG, "build", "Slim"),
        (SG, "hair", "Black, shoulder length, often tied back"), (SG, "eyes", "Brown"),
        (SG, "distinguishing_marks", "Small scar above the left eyebrow"),
        (SG, "clothing", "Red hooded top, black jeans, white trainers"),
        (SG, "photo_taken", "yes"),
        (SG, "other_identifiers", "Own phone 07700 900555; TikTok name linh.n"),
        (SG, "places", [{"place": "Eastham station", "why": "Met there before"},
                        {"place": "Nail bar, High Street, Northtown",
                         "why": "Said she worked there"}]),
        ("people", "people", [
            {"name": "Tuan", "other_names": "Uncle T",
             "relationship_claimed": "Says he is her uncle",
             "involvement": ["with_child_when_found", "brought_child"],
             "description": "About 40, grey padded jacket", "phone_numbers": "07700 900123",
             "vehicle": "Silver Ford Focus"},
            {"name": "Mai", "relationship_claimed": "Friend", "involvement": ["in_contact"],
             "description": "Girl about 17", "phone_numbers": "07700 900456"}]),
        (SG, "missing_episodes", [
            {"went_missing_at": "2026-11-20T02:14:00+00:00",
             "went_missing_from": "the foster home", "found_at": "2026-11-21T09:30:00+00:00",
             "found_where": "Eastham station", "found_with": "two older boys",
             "reference": "NT/2011/77"}]),
    ]:
        ws.answer(case_id, form, field, value)
    return case_id


def part_pages(pack, title: str) -> tuple[int, int]:
    """The first page of the part with this title and the first page of the part after it."""
    reader = PdfReader(io.BytesIO(pack.data))
    starts = [(str(e.title), reader.get_destination_page_number(e)) for e in reader.outline
              if not isinstance(e, list)]
    for n, (name, first) in enumerate(starts):
        if name.startswith(title):
            return first, starts[n + 1][1] if n + 1 < len(starts) else len(reader.pages)
    raise AssertionError(f"no part {title!r}")


def assert_sheet_is_one_page(pack) -> int:
    first, after = part_pages(pack, SHEET)
    assert after == first + 1, f"the sheet runs over {after - first} pages"
    sheet = pack.part(SHEET)
    for said in ("Linh", "About 150 cm", "Tuan, also known as Uncle T", "07700 900456",
                 "Eastham station", "Reference: NT/2011/77", "Police reference CAD 0412 28/11",
                 "Who to contact about this child", "Phone 01234 567890"):
        assert said in sheet, said
    return first


def test_the_sheet_of_a_typical_case_is_one_page(workspace):
    assert_sheet_is_one_page(workspace.export(typical_case(workspace)))


def test_the_photo_is_on_the_sheet_and_the_sheet_is_still_one_page(workspace):
    case_id = typical_case(workspace)
    attachments.attach_bytes(workspace.vault, case_id, photo(), "linh.jpg",
                             "Photo taken at the duty office", child_photo=True)
    pack = workspace.export(case_id)
    page = PdfReader(io.BytesIO(pack.data)).pages[assert_sheet_is_one_page(pack)]
    xobjects = page["/Resources"].get("/XObject", {})
    assert any(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values())
    assert "The photo on the missing-child description sheet" in pack.part(LIST)


def test_documents_are_listed_and_a_pdf_is_appended_after_the_last_page(workspace):
    case_id = workspace.start()
    without = workspace.export(case_id, name="before.pdf")
    vault = workspace.vault
    attachments.attach_bytes(vault, case_id, photo("PNG"), "scan.png", "Scan of a bus ticket")
    attachments.attach_bytes(vault, case_id, letter(3), "gp.pdf", "Letter from the GP")
    attachments.attach_bytes(vault, case_id, photo("PNG"), "wrong.png", "Ticket of someone else")
    workspace.clock.advance(minutes=2)
    attachments.remove(vault, case_id, 3, "Not this child's")
    pack = workspace.export(case_id, name="after.pdf")
    listed = pack.part(LIST)
    assert "Scan of a bus ticket" in listed and "Letter from the GP" in listed
    assert "3 pages, appended at the end of this pack" in listed
    assert "Ticket of someone else" not in pack.text and "Not this child's" not in pack.text
    assert "1 attachment was removed from the case" in listed
    # The pack grew by the letter's three pages and its own part's page(s), the letter last.
    assert "Letter from the GP, page 1" in pack.pages[-3]
    assert "Letter from the GP, page 3" in pack.pages[-1]
    first, after = part_pages(pack, "Attachment 2: Letter from the GP")
    assert (first, after) == (len(pack.pages) - 3, len(pack.pages))
    assert len(pack.pages) >= len(without.pages) + 3


def test_a_damaged_photo_or_pdf_does_not_break_the_pack(workspace):
    case_id = workspace.start()
    vault = workspace.vault
    broken = b"\xff\xd8\xff\xe0" + b"\x00garbage" * 50
    attachments.attach_bytes(vault, case_id, broken, "p.jpg", "Photo", child_photo=True)
    attachments.attach_bytes(vault, case_id, b"%PDF-1.7\nnot really\n", "x.pdf", "Police letter")
    pack = workspace.export(case_id)
    assert "could not be shown: the image file is damaged" in pack.part(SHEET)
    assert "PDF that could not be read" in pack.part(LIST)
    assert "Police letter" in pack.part(LIST)
