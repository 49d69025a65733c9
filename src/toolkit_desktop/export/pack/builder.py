"""Build the NRM referral pack: gather the parts, render the wording, lay out the pages, and put
the supporting PDFs after them.

Pure: a `PackInput` in, PDF bytes out. Nothing touches the vault or the disk, so the service
layer decides where (and whether) the bytes are written.
"""

from __future__ import annotations

import io

from toolkit_desktop.export.pack.append import append_documents
from toolkit_desktop.export.pack.contents import Part, gather
from toolkit_desktop.export.pack.fonts import register_fonts
from toolkit_desktop.export.pack.model import PackInput
from toolkit_desktop.export.pack.pages import PackDocument, PageMarks
from toolkit_desktop.export.pack.render import to_story
from toolkit_desktop.export.pack.templates import render_markup


def pack_parts(pack: PackInput) -> list[Part]:
    """The parts the pack will hold, in order, each with its count (for the app's preview)."""
    return list(gather(pack).parts)


def build_pack(pack: PackInput) -> bytes:
    """The whole pack as PDF bytes, the case's readable PDF attachments appended at the end."""
    register_fonts()
    contents = gather(pack)
    story = to_story(render_markup(contents.context))
    case = pack.facts.case
    documents = contents.appendices
    # Every page, the appended ones too, says "Page N of M" with M counting them all.
    marks = PageMarks(reference=case.reference, version=pack.version, training=case.training,
                      appended=sum(d.pages for d in documents))
    buffer = io.BytesIO()
    title = f"NRM referral pack {case.reference} version {pack.version}"
    document = PackDocument(
        buffer, marks, title=title, subject="OFFICIAL-SENSITIVE", author="",
        creator="toolkit-desktop",
    )
    document.build_pack(story)
    return append_documents(buffer.getvalue(), documents, marks)
