"""Every keystroke lands where the practitioner meant it: each shipped form walked by Tab alone.

The driver only sends key events to whatever has the keyboard (`QApplication.focusWidget()`),
never `setText` or `select`, as a person typing after every Tab would; what was saved is read
back from the vault. At every stop it types a sentence with spaces and a digit (a date in a date
box, a number in a number box). On a button the sentence must change nothing and move the keyboard
nowhere, except "Add a row", where typing starts a row with the words typed, so each group's row
is walked too.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from toolkit_desktop.ui.fields.base import FieldWidget
from toolkit_desktop.ui.fields.dates import ApproxDateWidget, DateTimeWidget, DateWidget
from toolkit_desktop.ui.fields.group import GroupWidget
from toolkit_desktop.ui.fields.text import LongTextWidget, NumberWidget, TextWidget

# The forms walked, with the step that shows each (the agencies form is under the chronology).
FORMS = {
    "immediate_safeguarding": 1,
    "child": 4,
    "trafficking_assessment": 5,
    "age_assessment": 6,
    "agencies": 7,
    "nrm_referral": 8,
}
# Typed into date boxes: one day for every date, so no date comes before another it should
# follow, and none is in the future or makes the child an adult.
DATES = {
    DateWidget: ("12/05/2014", "2014-05-12"),
    ApproxDateWidget: ("May 2014", "2014-05"),
}
MOMENT_TYPED = "27/11/2026 14:05"
MAX_STOPS = 1500


@dataclass
class Walk:
    """What the walk typed where, and what it saw go wrong on the way."""

    typed: dict[tuple, object] = field(default_factory=dict)  # answer key -> value expected
    stops: int = 0
    problems: list[str] = field(default_factory=list)


def owner(widget: QWidget | None) -> tuple[FieldWidget | None, tuple]:
    """The innermost question holding `widget`, and its key: (form, field) or
    (form, group, row, sub-field)."""
    while widget is not None:
        if isinstance(widget, FieldWidget) and widget.objectName().startswith("field:"):
            parts = widget.objectName().removeprefix("field:").split(".")
            if len(parts) == 4:
                return widget, (parts[0], parts[1], int(parts[2]), parts[3])
            return widget, tuple(parts)
        widget = widget.parentWidget()
    return None, ()


def sentence(number: int) -> str:
    return f"Said at stop {number} at 2 am"


def saved_value(current: dict, key: tuple) -> object:
    """The value in the vault for an answer key (a group's row sub-field included)."""
    revision = current.get((key[0], key[1]))
    value = revision.value if revision is not None else None
    if len(key) == 4:
        rows = value or []
        return rows[key[2]].get(key[3]) if key[2] < len(rows) else None
    return value


def walk_form(window, qtbot, drive, dialogs, form_id: str) -> Walk:
    """Open the form's step with Alt and its number, then Tab through it, typing at every stop."""
    workspace = window.workspace
    step_number = FORMS[form_id]
    qtbot.keyClick(QApplication.focusWidget(), str(step_number), Qt.KeyboardModifier.AltModifier)
    step = workspace.current_step()
    view = workspace.views[form_id]
    walk = Walk()
    # Into the form: past any part above it (the chronology, the referral's decisions).
    for _ in range(60):
        if view.isAncestorOf(QApplication.focusWidget()) and owner(
                QApplication.focusWidget())[0] is not None:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    else:
        walk.problems.append("Tab never reached the form's first question")
        return walk
    started_rows: set[tuple] = set()
    rows_seen: dict[str, int] = {}
    seen_order: list[int] = []
    while view.isAncestorOf(QApplication.focusWidget()) and walk.stops < MAX_STOPS:
        focus = QApplication.focusWidget()
        walk.stops += 1
        seen_order.append(id(focus))
        question, key = owner(focus)
        before = _answers(workspace)
        group = question if isinstance(question, GroupWidget) else None
        if group is not None and focus is group.add_button and key not in started_rows:
            # Typing on "Add a row" starts a row with the words typed: walk each group's row.
            started_rows.add(key)
            words = sentence(walk.stops)
            _type(qtbot, words)
            first = group.rows[-1].widgets[group.field.fields[0].id] if group.rows else None
            row_key = (*key, len(group.rows) - 1, group.field.fields[0].id)
            if isinstance(first, TextWidget | LongTextWidget):
                walk.typed[row_key] = words
            elif isinstance(first, DateWidget | DateTimeWidget):
                # Not a date, so not saved; but on screen, where it was typed, to be corrected.
                if first.edit.text() != words:
                    walk.problems.append(f"the words typed on Add a row of {key} were lost")
            elif first is None:
                walk.problems.append(f"typing on Add a row of {key} added no row")
        elif group is not None and focus is group.add_button:
            pass  # back on "Add a row" after its row: typing would add another; Tab moves on
        elif isinstance(focus, QAbstractButton) and not focus.isCheckable():
            # Any other button: a sentence typed there changes nothing and moves nowhere.
            _type(qtbot, sentence(walk.stops))
            if QApplication.focusWidget() is not focus or _answers(workspace) != before:
                walk.problems.append(f"typing on the button {focus.text()!r} did something")
        elif isinstance(focus, QAbstractButton):
            # A radio button or a tick box: Space chooses it; the answer is this question's.
            _type(qtbot, sentence(walk.stops))
            _only_changed(walk, before, _answers(workspace), key, focus)
            if isinstance(focus, QRadioButton):
                # Then the arrow key chooses the next one: Tab must go on from there too.
                qtbot.keyClick(focus, Qt.Key.Key_Right)
                focus = QApplication.focusWidget()
                _only_changed(walk, before, _answers(workspace), key, focus)
        elif isinstance(question, DateTimeWidget):
            _type(qtbot, MOMENT_TYPED)
            walk.typed[key] = ("moment", MOMENT_TYPED)
        elif type(question) in DATES:
            typed, stored = DATES[type(question)]
            _type(qtbot, typed)
            walk.typed[key] = stored
        elif isinstance(question, NumberWidget):
            _type(qtbot, "12")
            walk.typed[key] = 12
        elif isinstance(focus, QLineEdit | QPlainTextEdit) and question is not None:
            words = sentence(walk.stops)
            before_text = focus.text() if isinstance(focus, QLineEdit) else focus.toPlainText()
            _type(qtbot, words)
            walk.typed[key] = before_text + words  # added to what was there, never replacing it
        else:
            # A drop-down, or a note the keyboard can read: nothing outside it changes.
            _type(qtbot, sentence(walk.stops))
            _only_changed(walk, before, _answers(workspace), key, focus)
        for group in view.findChildren(GroupWidget):
            name = group.objectName()
            if len(group.rows) < rows_seen.get(name, 0):
                walk.problems.append(f"a row of {name} was removed at stop {walk.stops}")
            rows_seen[name] = len(group.rows)
        if workspace.current_step() != step:
            walk.problems.append(f"the step changed at stop {walk.stops} ({key})")
            break
        if dialogs.asked or any(isinstance(w, QDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()):
            walk.problems.append(f"a dialog opened at stop {walk.stops}: {dialogs.asked}")
            break
        if seen_order.count(id(focus)) > 2:
            walk.problems.append(f"Tab looped back to {focus.objectName()} ({key})")
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return walk


def _answers(workspace) -> dict:
    return copy.deepcopy(workspace.answers)


def _only_changed(walk: Walk, before: dict, after: dict, key: tuple, focus: QWidget) -> None:
    changed = {(form, field) for form in set(before) | set(after)
               for field in set(before.get(form, {})) | set(after.get(form, {}))
               if before.get(form, {}).get(field) != after.get(form, {}).get(field)}
    allowed = {key[:2]} if key else set()
    if changed - allowed:
        walk.problems.append(f"typing on {focus.objectName()} ({key}) changed {changed}")
    if QApplication.focusWidget() is not focus:
        walk.problems.append(f"typing on {focus.objectName()} ({key}) moved the keyboard")


def _type(qtbot, text: str) -> None:
    # One key at a time, each to whatever has the keyboard at that moment.
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)


def check_saved(window, drive, walk: Walk, form_id: str) -> None:
    window.autosaver.flush()
    drive.settle(window)
    case_id = window.workspace.case_id_on_screen()
    current = window.session.vault.cases.current(case_id)
    assert walk.problems == []
    assert walk.typed, f"nothing was typed in {form_id}"
    wrong = {}
    for key, expected in walk.typed.items():
        value = saved_value(current, key)
        if isinstance(expected, tuple) and expected[0] == "moment":
            ok = isinstance(value, str) and value.startswith("2026-11-27T14:05")
        else:
            ok = value == expected
        if not ok:
            wrong[key] = (expected, value)
    assert wrong == {}
    set_aside = [k for k, r in current.items() if k[1].startswith("_section:") and r.value]
    assert set_aside == []


@pytest.mark.parametrize("form_id", list(FORMS))
def test_tab_through_every_form_typing_at_every_stop_saves_each_word_where_it_was_typed(
    form_id, start_app, drive, qtbot, dialogs, existing_vault
):
    window = start_app()
    if os.environ.get("QT_SCALE_FACTOR") == "1.5":
        window.resize(910, 512)  # a 1366x768 screen at 150%: what is left in Qt's own pixels
    drive.in_new_case(window, "Amira")
    walk = walk_form(window, qtbot, drive, dialogs, form_id)
    check_saved(window, drive, walk, form_id)
    # Nothing is cut off at the side: the form fits the width, whatever the scale.
    view = window.workspace.views[form_id]
    assert view.horizontalScrollBar().maximum() == 0


@pytest.mark.slow
def test_the_walk_holds_at_150_percent_on_a_small_laptop_screen(tmp_path: Path):
    # The scale is read once, when Qt starts: so the same walk runs in a process of its own.
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
         f"{__file__}::test_tab_through_every_form_typing_at_every_stop_saves_each_word_where_it_was_typed"],
        env=env, capture_output=True, text=True, cwd=Path(__file__).parents[3], timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
