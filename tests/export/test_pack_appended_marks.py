"""Pages of supporting documents appended to the pack carry the pack's marks: OFFICIAL-SENSITIVE,
the case reference and "Page N of M" numbered on from the pack's own pages, and TRAINING in a
training case; and no mark covers a word of the document."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.pdfgen.canvas import Canvas

from toolkit_desktop.export.pack.pages import MARKS_BAND
from toolkit_desktop.services import attachments


def document(pages: int, size: tuple[float, float] = A4, rotate: int = 0,
             name: str = "GP letter") -> bytes:
    """A PDF with a line of text at the very top and the very bottom of each page, where the
    pack's marks go, as a letter with a letterhead and a footer has."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=size)
    for n in range(pages):
        canvas.drawString(20, size[1] - 14, f"{name} letterhead {n + 1}")
        canvas.drawString(20, 8, f"{name} footer {n + 1}")
        canvas.showPage()
    canvas.save()
    if not rotate:
        return out.getvalue()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(out.getvalue())))
    for page in writer.pages:
        page.rotate(rotate)
    turned = io.BytesIO()
    writer.write(turned)
    return turned.getvalue()


def sheet_size(size: tuple[float, float]) -> tuple[int, int]:
    return round(size[0]), round(size[1])


def sheet(page) -> tuple[int, int]:
    """A page's size in whole points."""
    return sheet_size((float(page.mediabox.width), float(page.mediabox.height)))


def words_with_heights(page) -> list[tuple[str, float]]:
    """Each piece of text on a page with the height on the page it is printed at."""
    found: list[tuple[str, float]] = []

    def seen(text, cm, tm, font, size):
        if text.strip():
            # The text matrix, then the page's transformation, gives the point on the page.
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), y))

    page.extract_text(visitor_text=seen)
    return found


def test_an_appended_page_carries_the_marking_the_case_and_its_page_number(workspace):
    case_id = workspace.start()
    attachments.attach_bytes(workspace.vault, case_id, document(2), "gp.pdf", "Letter from GP")
    pack = workspace.export(case_id)
    reference = workspace.vault.cases.get(case_id).reference
    total = len(pack.pages)
    assert "GP letter letterhead 2" in pack.pages[-1]
    for number in (total - 1, total):  # the letter's two pages, the last of the pack
        page = pack.page(number - 1)
        assert page.count("OFFICIAL-SENSITIVE") == 2, page  # at the top and at the foot
        assert f"Case {reference}" in page
        assert f"Page {number} of {total}" in page
        assert "NRM referral pack, version 1" in page
    # The pack's own pages count the appended ones in their "of M".
    assert f"Page 1 of {total}" in pack.page(0)
    assert f"Page {total - 2} of {total}" in pack.page(total - 3)


def test_no_mark_covers_a_word_of_the_document(workspace):
    case_id = workspace.start()
    attachments.attach_bytes(workspace.vault, case_id, document(1, letter), "gp.pdf", "Letter")
    pack = workspace.export(case_id)
    last = PdfReader(io.BytesIO(pack.data)).pages[-1]
    height = float(last.mediabox.height)
    assert sheet(last) == sheet_size(A4)  # put on A4, as the pack's own pages
    placed = dict(words_with_heights(last))
    for word in ("GP letter letterhead 1", "GP letter footer 1"):
        assert MARKS_BAND <= placed[word] <= height - MARKS_BAND, (word, placed[word])
    # The marks themselves sit in the strips the document was moved out of.
    assert placed["OFFICIAL-SENSITIVE"] > height - MARKS_BAND or \
        placed["OFFICIAL-SENSITIVE"] < MARKS_BAND


def test_a_turned_page_is_placed_the_way_up_it_reads_with_the_marks_along_it(workspace):
    case_id = workspace.start()
    attachments.attach_bytes(workspace.vault, case_id, document(1, rotate=90), "scan.pdf",
                             "Police notice, scanned sideways")
    pack = workspace.export(case_id)
    last = PdfReader(io.BytesIO(pack.data)).pages[-1]
    assert last.rotation == 0
    assert sheet(last) == sheet_size(landscape(A4))
    assert "OFFICIAL-SENSITIVE" in pack.page(-1)
    assert f"Page {len(pack.pages)} of {len(pack.pages)}" in pack.page(-1)


def test_appended_pages_of_a_training_case_say_training(training_workspace):
    ws = training_workspace
    case_id = ws.start()
    attachments.attach_bytes(ws.vault, case_id, document(1), "gp.pdf", "Letter from GP")
    pack = ws.export(case_id)
    assert "TRAINING - NOT A REAL REFERRAL" in pack.page(-1)
    assert "GP letter letterhead 1" in pack.page(-1)


def test_a_password_protected_pack_keeps_the_marks_on_its_appended_pages(workspace):
    case_id = workspace.start()
    attachments.attach_bytes(workspace.vault, case_id, document(1), "gp.pdf", "Letter from GP")
    pack = workspace.export(case_id, password="kettle orchard")
    assert "GP letter letterhead 1" in pack.page(-1)
    assert "OFFICIAL-SENSITIVE" in pack.page(-1)
    assert f"Page {len(pack.pages)} of {len(pack.pages)}" in pack.page(-1)
