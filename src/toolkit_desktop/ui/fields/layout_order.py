"""Layouts nested and read without leaving Python a wrapper of a layout item to go stale.

PySide makes a Python wrapper for a QLayoutItem (the box Qt keeps around each widget of a layout)
whenever Python asks for one (`QLayout.itemAt`, `takeAt`) and, unasked, for every item of a
layout nested with `addLayout`; it then ties each wrapper to the layout, so it lives on. Qt
deletes the items itself (a widget deleted, rows removed), and a QLayoutItem is no QObject to
tell PySide. The wrapper stays in Shiboken's binding manager for an address that Qt reuses: an
event filter was then handed a QWidgetItem where a new widget was meant, and `QListWidget.clear`
freed the wrong wrapper. Those were the app tests' rare segfaults (CI of stop 21).

The ui nests layouts with `nest_layout`, which unregisters the item wrappers PySide has just
made (the C++ items are untouched), and reads layouts with `layout_parts`, which asks where each
widget sits (`indexOf`) and so makes none; `tests/ui/fields/test_layout_order.py` checks that a
case opened, with every step visited, leaves no layout item registered. The module sits in the
lowest room of the ui, beside the answer widgets, because every room lays out through it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QWidget
from shiboken6 import Shiboken

_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def nest_layout(parent: QLayout, child: QLayout) -> None:
    """`parent.addLayout(child)`, leaving no layout item of `child` registered with PySide."""
    parent.addLayout(child)
    _unregister_items(child)


def _unregister_items(layout: QLayout) -> None:
    # `itemAt` returns the wrappers PySide has just made (or makes one, unregistered at once).
    for index in range(layout.count()):
        item = layout.itemAt(index)
        inner = item.layout()
        if inner is not None:
            _unregister_items(inner)
        else:
            Shiboken.invalidate(item)


def layout_parts(
    layout: QLayout, owner_children: list[QWidget] | None = None
) -> list[QWidget | QLayout]:
    """The widgets and sub-layouts placed directly in `layout`, in its order (spacing left out).

    A widget in a layout is a child of the widget the layout is on (for a sub-layout, of the
    top layout's widget); a sub-layout is a child of the layout that holds it. A caller reading
    many layouts of one widget passes that widget's direct children, found once.
    """
    if owner_children is None:
        owner = layout.parentWidget()
        owner_children = [] if owner is None else owner.findChildren(QWidget, options=_DIRECT)
    candidates: list[QWidget | QLayout] = [*owner_children,
                                           *layout.findChildren(QLayout, options=_DIRECT)]
    placed = [(layout.indexOf(part), part) for part in candidates]
    return [part for index, part in sorted((p for p in placed if p[0] >= 0),
                                           key=lambda p: p[0])]


def layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets placed directly in `layout`, in its order."""
    return [part for part in layout_parts(layout) if isinstance(part, QWidget)]


LEAVING = "leaving"  # a widget's property: deleted once the event returns (`empty_layout`)


def empty_layout(layout: QLayout) -> None:
    """Take every widget out of `layout` and have Qt delete it once the event has returned;
    hidden at once, so that until then it is neither painted over what replaces it nor reached
    by Tab, and marked `LEAVING`, so that no walk of the page (`fields.base.reading_order`, which
    makes Tab's order) keeps it in a list that outlives it."""
    for widget in layout_widgets(layout):
        layout.removeWidget(widget)
        widget.hide()
        widget.setProperty(LEAVING, True)
        widget.deleteLater()
