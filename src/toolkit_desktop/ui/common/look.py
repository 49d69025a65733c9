"""How the keyboard's place is shown: a thick focus ring on every control, not colour alone.

Qt's own styles mark focus with a thin line in the highlight colour, which is hard to see on a
small laptop at 2am and invisible to someone who cannot tell the colour apart. Here the control
with the keyboard gets a ring three pixels wide (a change of shape, not only of colour) in the
system's highlight colour, the same at 100% and 150%, because the width is in device-independent
pixels. A style sheet on the application, rather than a QProxyStyle, because it reaches every
control the same way on Windows and Linux and needs no drawing code of our own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

RING = "3px solid palette(highlight)"

# Each control has the same box with the keyboard and without: the ring takes the room of a
# thinner border and some padding, so text never moves or is cut when the focus arrives.
FOCUS_STYLE = f"""
QLineEdit, QPlainTextEdit, QTextEdit {{
    border: 1px solid palette(mid); border-radius: 3px; padding: 3px;
    background-color: palette(base);
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: {RING}; padding: 1px;
}}
QComboBox {{
    border: 1px solid palette(mid); border-radius: 3px; padding: 3px 6px;
}}
QComboBox:focus {{
    border: {RING}; padding: 1px 4px;
}}
QPushButton {{
    border: 1px solid palette(mid); border-radius: 4px; padding: 4px 12px;
    background-color: palette(button);
}}
QPushButton:hover {{ background-color: palette(light); }}
QPushButton:pressed {{ background-color: palette(midlight); }}
QPushButton[flat="true"] {{ border-color: transparent; background-color: transparent; }}
QPushButton:focus {{
    border: {RING}; padding: 2px 10px;
}}
QRadioButton, QCheckBox {{
    border: 2px solid transparent; border-radius: 3px; padding: 2px;
}}
QRadioButton:focus, QCheckBox:focus {{
    border: 2px dashed palette(highlight);
}}
QListView, QTableView, QTreeView {{
    border: 3px solid palette(midlight);
}}
QListView:focus, QTableView:focus, QTreeView:focus {{
    border: {RING};
}}
QLabel {{
    border: 2px solid transparent;
}}
QLabel:focus {{
    border: 2px dashed palette(highlight);
}}
"""


def show_focus(app: QApplication) -> None:
    """Give the whole app the visible focus ring (once, when the main window is made)."""
    if FOCUS_STYLE not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + FOCUS_STYLE)
