"""A question that a choice brings in, or sets aside, is said under the choice: never silently.

Drawn from the shipped referral form (`moved_by_exploiters` -> "The journeys", and
`exploitation_where` -> the two lists of places), driven by the keyboard as a practitioner would.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAccessible  # noqa: E402
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget  # noqa: E402

from toolkit_desktop.domain.definitions import Condition, Field, FieldType, Form, Section  # noqa: E402
from toolkit_desktop.domain.derived import Derived  # noqa: E402
from toolkit_desktop.domain.follow_ups import follow_up_words  # noqa: E402
from toolkit_desktop.forms import default_resources_dir, load_definitions  # noqa: E402
from toolkit_desktop.ui.fields.section import FieldRow  # noqa: E402
from toolkit_desktop.ui.form.form_view import FormView  # noqa: E402

ADDS_JOURNEYS = "This answer adds 1 question below: “The journeys”."
JOURNEYS_GONE = "“The journeys” no longer applies."
KEPT = "What it holds is kept, and comes back if you change this answer."


@pytest.fixture(scope="module")
def forms() -> dict[str, Form]:
    return dict(load_definitions(default_resources_dir()).forms)


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, str]]:
    """What would be said to a screen reader (the platform's accessibility bridge is not ours)."""
    said: list[tuple[Any, str]] = []
    real = QAccessible.updateAccessibility

    def record(event: Any) -> None:
        message = event.message() if hasattr(event, "message") else ""
        said.append((event.object(), message))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return said


@pytest.fixture
def referral(qtbot, forms) -> FormView:
    view = FormView(forms["nrm_referral"], forms)
    qtbot.addWidget(view)
    view.resize(800, 600)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def _row(view: FormView, field_id: str) -> FieldRow:
    row = view.findChild(FieldRow, f"row:{view.form.id}.{field_id}")
    assert row is not None
    return row


def _option(view: FormView, field_id: str, option: str) -> QRadioButton:
    button = view.widget_for(field_id).findChild(QRadioButton, f"option:{option}")
    assert button is not None
    return button


def _note(view: FormView, field_id: str) -> str:
    note = _row(view, field_id).follow_up_note
    return note.text() if note.isVisibleTo(view) else ""


def test_a_choice_by_keyboard_says_what_it_adds_and_tab_goes_into_it(
    referral, qtbot, announced
) -> None:
    journeys = _row(referral, "journey")
    assert journeys.isHidden()
    assert referral.focus_field("moved_by_exploiters")
    yes = _option(referral, "moved_by_exploiters", "yes")
    assert QApplication.focusWidget() is yes
    qtbot.keyClick(yes, Qt.Key.Key_Space)

    assert referral.widget_for("moved_by_exploiters").value() == "yes"
    assert journeys.isVisible()
    assert _note(referral, "moved_by_exploiters") == ADDS_JOURNEYS
    assert (yes, ADDS_JOURNEYS) in announced
    # Said to screen readers on the control the keyboard is on, and on the question itself.
    assert ADDS_JOURNEYS in yes.accessibleDescription()
    assert ADDS_JOURNEYS in referral.widget_for("moved_by_exploiters").accessibleDescription()
    # The note is words only: Tab passes it by and lands in the question it names.
    assert _row(referral, "moved_by_exploiters").follow_up_note.focusPolicy() == (
        Qt.FocusPolicy.NoFocus
    )
    qtbot.keyClick(yes, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is referral.widget_for("journey").focus_widget()


def test_choosing_back_says_the_question_no_longer_applies_and_keeps_its_words(
    referral, qtbot, announced
) -> None:
    referral.focus_field("moved_by_exploiters")
    yes = _option(referral, "moved_by_exploiters", "yes")
    qtbot.keyClick(yes, Qt.Key.Key_Space)
    qtbot.keyClick(yes, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "By van to Leeds")
    yes.setFocus()

    qtbot.keyClick(yes, Qt.Key.Key_Down)  # to "No"
    no = _option(referral, "moved_by_exploiters", "no")
    assert referral.widget_for("moved_by_exploiters").value() == "no"
    assert _row(referral, "journey").isHidden()
    assert _note(referral, "moved_by_exploiters") == f"{JOURNEYS_GONE} {KEPT}"
    assert (no, f"{JOURNEYS_GONE} {KEPT}") in announced
    assert f"{JOURNEYS_GONE} {KEPT}" in no.accessibleDescription()
    assert referral.widget_for("journey").value() == "By van to Leeds"

    # Another answer that shows and hides nothing takes the note away, from the screen and from
    # what a screen reader reads.
    qtbot.keyClick(no, Qt.Key.Key_Down)  # to "Not known"
    assert referral.widget_for("moved_by_exploiters").value() == "not_known"
    assert _note(referral, "moved_by_exploiters") == ""
    assert "applies" not in no.accessibleDescription()
    assert (
        no.accessibleDescription()
        == _option(referral, "moved_by_exploiters", "yes").accessibleDescription()
    )

    # Back to "Yes": the journeys come back as they were, and the note says so.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert referral.widget_for("moved_by_exploiters").value() == "yes"
    assert _note(referral, "moved_by_exploiters") == (
        f"{ADDS_JOURNEYS} What it held is back, as you left it."
    )


def test_an_empty_question_set_aside_is_not_said_to_hold_anything(referral, qtbot) -> None:
    referral.focus_field("moved_by_exploiters")
    yes = _option(referral, "moved_by_exploiters", "yes")
    qtbot.keyClick(yes, Qt.Key.Key_Space)
    qtbot.keyClick(yes, Qt.Key.Key_Delete)  # nothing chosen
    assert _note(referral, "moved_by_exploiters") == JOURNEYS_GONE


def test_one_choice_can_add_one_list_and_set_another_aside(referral, qtbot) -> None:
    referral.focus_field("exploitation_where")
    in_uk = _option(referral, "exploitation_where", "uk")
    qtbot.keyClick(in_uk, Qt.Key.Key_Space)
    assert _note(referral, "exploitation_where") == (
        "This answer adds 1 question below: “Towns or cities in the UK where it happened”."
    )
    qtbot.keyClick(in_uk, Qt.Key.Key_Down)  # "Outside the UK"
    assert _note(referral, "exploitation_where") == (
        "This answer adds 1 question below: “Countries outside the UK where it happened”. "
        "“Towns or cities in the UK where it happened” no longer applies."
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # "Both"
    assert _note(referral, "exploitation_where") == (
        "This answer adds 1 question below: “Towns or cities in the UK where it happened”."
    )


def test_answers_loaded_or_worked_out_show_no_note(referral, qtbot, announced) -> None:
    referral.set_answers(
        {"nrm_referral": {"moved_by_exploiters": "yes", "exploitation_where": "uk"}}
    )
    assert _row(referral, "journey").isVisible()
    referral.show_worked_out({"moved_by_exploiters": Derived("no", "Worked out from the test")}, {})
    referral.set_answers({"nrm_referral": {"moved_by_exploiters": "no"}})
    assert _row(referral, "journey").isHidden()
    assert (
        "Worked out from the test" in _row(referral, "moved_by_exploiters").worked_out_note.text()
    )
    for field_id in ("moved_by_exploiters", "exploitation_where"):
        assert _note(referral, field_id) == ""
        assert "applies" not in referral.widget_for(field_id).accessibleDescription()
    assert not [message for _, message in announced if message]


def test_the_note_stays_while_the_answer_stands_and_goes_with_the_case(referral, qtbot) -> None:
    referral.focus_field("moved_by_exploiters")
    yes = _option(referral, "moved_by_exploiters", "yes")
    no = _option(referral, "moved_by_exploiters", "no")
    qtbot.keyClick(yes, Qt.Key.Key_Space)
    # The answers coming back after the save change nothing on screen.
    referral.set_answers({"nrm_referral": {"moved_by_exploiters": "yes"}})
    assert _note(referral, "moved_by_exploiters") == ADDS_JOURNEYS
    # A different answer arriving from elsewhere (an amendment, another case) ends it.
    referral.set_answers({"nrm_referral": {"moved_by_exploiters": "no"}})
    assert _note(referral, "moved_by_exploiters") == ""

    no.setFocus()
    qtbot.keyClick(no, Qt.Key.Key_Up)  # back to "Yes"
    assert _note(referral, "moved_by_exploiters") == ADDS_JOURNEYS
    referral.reset_view()  # as for another case opened
    assert _note(referral, "moved_by_exploiters") == ""
    qtbot.keyClick(yes, Qt.Key.Key_Down)
    assert _note(referral, "moved_by_exploiters") == JOURNEYS_GONE
    referral.clear()  # as on lock
    assert _note(referral, "moved_by_exploiters") == ""


def test_worked_out_and_follow_up_both_reach_the_screen_reader(referral, qtbot) -> None:
    worked_out = {"moved_by_exploiters": Derived("no", "Worked out from the test")}
    referral.show_worked_out(worked_out, {})
    referral.set_answers({"nrm_referral": {"moved_by_exploiters": "no"}})
    row = _row(referral, "moved_by_exploiters")
    assert "Worked out from the test" in row.worked_out_note.text()
    referral.focus_field("moved_by_exploiters")
    yes = _option(referral, "moved_by_exploiters", "yes")
    qtbot.keyClick(yes, Qt.Key.Key_Space)
    referral.show_worked_out(worked_out, {"moved_by_exploiters": "yes"})
    referral.set_answers({"nrm_referral": {"moved_by_exploiters": "yes"}})
    # Two labels, each saying its own thing: the worked-out one above, the follow-up below.
    assert "Your own answer" in row.worked_out_note.text()
    assert _note(referral, "moved_by_exploiters") == ADDS_JOURNEYS
    said = row.widget.accessibleDescription()
    assert "Worked out from the test" in said and ADDS_JOURNEYS in said
    layout = row.layout()
    assert (
        layout.indexOf(row.worked_out_note)
        < layout.indexOf(row.widget)
        < layout.indexOf(row.follow_up_note)
    )


BOXES = Form(
    "boxes",
    1,
    "Boxes",
    sections=(
        Section(
            "one",
            "One",
            fields=(
                Field("doubts", FieldType.YES_NO_UNKNOWN, "Any doubt?"),
                Field(
                    "details",
                    FieldType.LONG_TEXT,
                    "What is in doubt?",
                    visible_if=Condition("doubts", ("yes",)),
                ),
                *(Field(f"q{i}", FieldType.TEXT, f"Question {i}") for i in range(12)),
            ),
        ),
    ),
)


def test_the_box_being_typed_in_stays_in_view_when_a_question_above_appears(qtbot) -> None:
    view = FormView(BOXES, {"boxes": BOXES})
    qtbot.addWidget(view)
    view.resize(600, 400)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    # The last box that fits, at the bottom of the page as first shown.
    boxes = [view.widget_for(f"q{i}").focus_widget() for i in range(12)]
    viewport = view.viewport()

    def in_view(box: QWidget) -> bool:
        top = box.mapTo(viewport, box.rect().topLeft()).y()
        return top >= 0 and top + box.height() <= viewport.height()

    index, last = [(i, box) for i, box in enumerate(boxes) if in_view(box)][-1]
    last.setFocus()
    qtbot.keyClicks(last, "typed")
    # A long box appears above (here from answers arriving, as from another form or a save).
    view.set_answers({"boxes": {"doubts": "yes", f"q{index}": "typed"}})
    assert view.findChild(QWidget, "row:boxes.details").isVisible()
    assert QApplication.focusWidget() is last
    assert in_view(last)


def test_the_words_name_a_few_and_count_the_rest() -> None:
    assert follow_up_words([("A", False), ("B", False)], []) == (
        "This answer adds 2 questions below: “A” and “B”."
    )
    assert follow_up_words([(q, False) for q in "ABCD"], [], below=False) == (
        "This answer adds 4 questions to this form: “A”, “B” and 2 more."
    )
    assert follow_up_words([], [("A", True), ("B", False), ("C", False)]) == (
        "“A”, “B” and “C” no longer apply. "
        "What they hold is kept, and comes back if you change this answer."
    )
    assert follow_up_words([], []) == ""
