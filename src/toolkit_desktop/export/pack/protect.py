"""Password protection of a finished pack: AES-256, applied in memory after reportlab builds it.

reportlab's own 256-bit option writes files that common readers reject, so the PDF is encrypted
with pypdf instead. Nothing is written to disk here: bytes in, bytes out. pypdf is imported only
when a password is given, so an export without one does not load it.
"""

from __future__ import annotations

import io


def encrypt(pdf: bytes, password: str) -> bytes:
    """The same PDF, openable only with `password` (AES-256)."""
    if not password:
        raise ValueError("A PDF password cannot be empty.")
    from pypdf import PdfReader, PdfWriter  # deferred: see the module's docstring

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    # The practitioner who sets the password also owns the file: one password for both.
    writer.encrypt(user_password=password, owner_password=password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
