"""Printing a saved referral pack: each page of the PDF drawn onto Qt's printer.

Qt's own PDF module (QtPdf) is not in the PySide6 packages this app installs, so the pages are
rendered by pypdfium2, the maintained binding of the PDF engine Chrome uses (Apache/BSD
licensed, wheels for Windows and Linux, nothing to install beside it). It is imported only when
a pack is printed. The pages are drawn at no more than PRINT_DPI, which is sharp on paper and
keeps a page's image to a few megabytes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from toolkit_desktop.ui.common.language import translate

PRINT_DPI = 200


class PrintFailed(Exception):
    """The pack could not be printed: the message is one sentence for the status bar."""


def print_pdf(printer: QPrinter, path: Path, password: str | None = None) -> int:
    """Print every page of the PDF at `path` on `printer`, each fitted to the page; the number
    of pages printed. Raises PrintFailed with a sentence when the file or the printer fails."""
    import pypdfium2  # deferred: only printing needs the PDF engine

    try:
        document = pypdfium2.PdfDocument(str(path), password=password)
    except (pypdfium2.PdfiumError, OSError) as exc:
        raise PrintFailed(translate(
            "Pack", "The saved pack could not be read for printing ({problem})."
        ).format(problem=exc)) from None
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise PrintFailed(
            translate("Pack", "The printer could not be started. Check it is on and try again."))
    try:
        scale = min(printer.resolution(), PRINT_DPI) / 72
        for index in range(len(document)):
            if index and not printer.newPage():
                raise PrintFailed(translate(
                    "Pack", "The printer stopped after page {page}.").format(page=index))
            bitmap = document[index].render(scale=scale, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888)
            area = QRectF(painter.viewport())
            fit = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * fit, image.height() * fit)
            painter.drawImage(target, image)
        return len(document)
    finally:
        painter.end()
        document.close()
