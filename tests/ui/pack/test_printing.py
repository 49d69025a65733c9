"""Printing a saved pack draws each of its pages on the printer, a protected one with its password;
an unreadable file is said in a sentence. The printer here is Qt's own PDF printer writing a file,
read back to count its pages."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtPrintSupport import QPrinter

from toolkit_desktop.ui.pack.printing import PrintFailed, print_pdf


def _pdf(path: Path, pages: int, password: str | None = None) -> Path:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    if password:
        writer.encrypt(password)
    buffer = io.BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def _printer(out: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def test_every_page_is_printed(qapp, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    assert print_pdf(_printer(out), _pdf(tmp_path / "pack.pdf", 3)) == 3
    assert len(PdfReader(out).pages) == 3


def test_a_protected_pack_prints_with_its_password_and_not_without(qapp, tmp_path: Path) -> None:
    pack = _pdf(tmp_path / "pack.pdf", 2, password="kettle-43-river")
    out = tmp_path / "printed.pdf"
    assert print_pdf(_printer(out), pack, "kettle-43-river") == 2
    with pytest.raises(PrintFailed, match="could not be read for printing"):
        print_pdf(_printer(tmp_path / "again.pdf"), pack, None)


def test_a_file_that_is_not_a_pdf_is_said_in_a_sentence(qapp, tmp_path: Path) -> None:
    broken = tmp_path / "pack.pdf"
    broken.write_bytes(b"not a pdf at all")
    with pytest.raises(PrintFailed, match="could not be read for printing"):
        print_pdf(_printer(tmp_path / "out.pdf"), broken)
