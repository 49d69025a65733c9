"""Supporting PDFs put after the pack's last page, each with a bookmark of its own.

pypdf (already used to encrypt the pack) reads each document; one that cannot be read (damaged,
or protected by a password) is not appended, and the pack's list of attachments says so with
what is known of it. The pack is appended to in memory, before any encryption.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter


@dataclass(frozen=True)
class Appendix:
    """One document to append: the bookmark's title, and its bytes."""

    title: str
    data: bytes


def pdf_pages(data: bytes) -> int | None:
    """How many pages a PDF has, when it can be appended; None when it cannot be read
    (damaged, password-protected, or with no pages)."""
    if not data.startswith(b"%PDF-"):
        return None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return None
        pages = len(reader.pages)
        for page in reader.pages:  # each page must be readable to be copied
            page.mediabox  # noqa: B018
    except Exception:  # pypdf raises many kinds on a damaged file
        return None
    return pages or None


def append_documents(pack: bytes, documents: Sequence[Appendix]) -> bytes:
    """The pack with each document's pages after its last page, each under its own bookmark."""
    if not documents:
        return pack
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pack)))
    for document in documents:
        start = len(writer.pages)
        writer.append(PdfReader(io.BytesIO(document.data)), import_outline=False)
        writer.add_outline_item(title=document.title, page_number=start)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
