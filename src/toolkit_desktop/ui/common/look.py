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

FOCUS_STYLE = f"""
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus {{
    border: {RING}; border-radius: 3px; padding: 1px;
}}
QPushButton:focus {{
    border: {RING}; border-radius: 4px; padding: 3px 10px;
}}
QRadioButton:focus, QCheckBox:focus {{
    border: 2px dashed palette(highlight); border-radius: 3px; padding: 2px;
}}
QRadioButton, QCheckBox {{
    border: 2px solid transparent; padding: 2px;
}}
QListView:focus, QTableView:focus, QTreeView:focus, QTabBar:focus {{
    border: {RING};
}}
QLabel:focus {{
    border: 2px dashed palette(highlight); padding: 1px;
}}
"""


def show_focus(app: QApplication) -> None:
    """Give the whole app the visible focus ring (once, when the main window is made)."""
    if FOCUS_STYLE not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + FOCUS_STYLE)
