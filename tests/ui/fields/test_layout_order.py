"""No wrapper of a Qt layout item is left in Python, and layouts are still read in their order
(why the first matters: ui.fields.layout_order)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from toolkit_desktop.ui.fields.layout_order import empty_layout, layout_parts, nest_layout


def layout_item_wrappers() -> list[object]:
    """The layout items PySide would hand out for an address: each may go stale."""
    return [o for o in Shiboken.getAllValidWrappers()
            if isinstance(o, QLayoutItem) and not isinstance(o, QLayout)]


def test_a_layout_is_read_in_its_order_and_emptied_without_item_wrappers(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    second, first, inner = QLabel("second"), QLabel("first"), QLabel("inner")
    column.addWidget(second)
    row = QHBoxLayout()
    row.addWidget(inner)
    row.addStretch()
    nest_layout(column, row)  # plain `addLayout` would register both of row's items
    column.addStretch()
    column.insertWidget(0, first)
    assert layout_parts(column) == [first, second, row]
    empty_layout(row)
    assert layout_parts(row) == [] and row.count() == 1  # the stretch stays
    assert layout_item_wrappers() == []


def test_a_case_opened_and_every_step_visited_leaves_no_layout_item_in_python(
    start_app, drive, qtbot, existing_vault
) -> None:
    window = start_app()
    drive.in_new_case(window, "Minh")
    workspace = window.workspace
    for step in workspace.steps:
        workspace.go_to_step(step.id)
        qtbot.waitUntil(lambda s=step: workspace.current_step() == s.id)
    drive.settle(window)
    workspace.refresh_tab_order()  # reads every page's layouts, as each change of rows does
    assert layout_item_wrappers() == []


def test_the_ui_nests_and_reads_layouts_only_through_layout_order() -> None:
    import re
    from pathlib import Path

    import toolkit_desktop.ui as ui

    root = Path(ui.__file__).parent
    allowed = {root / "fields" / "layout_order.py"}
    pattern = re.compile(r"\.(addLayout|insertLayout|takeAt|itemAt)\(")
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py")) if path not in allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        # A list's itemAt(point) hands back a list row, which PySide tracks: not a layout item.
        if pattern.search(line) and "event.position()" not in line
    ]
    assert found == []
