"""Bold and italic words on screen, set through the widget's font rather than a style sheet.

A style sheet of its own on a label makes Qt polish that label through the style-sheet engine
again, which costs far more than a font: a long form makes several hundred labels (a bold
message under each question, a heading on each row of a group), and opening a case was
measurably slower for it. The look is the same. It lives with the fields, the lowest room of
the ui, so that every room can use it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def bold(widget: QWidget) -> None:
    """Show the widget's text in bold."""
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)


def italic(widget: QWidget) -> None:
    """Show the widget's text in italics."""
    font = widget.font()
    font.setItalic(True)
    widget.setFont(font)
