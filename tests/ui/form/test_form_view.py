"""A whole form on screen: "not relevant here", conditions, "same as" answers, clearing on lock,
and every shipped form drawn through the field table."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QRadioButton, QWidget  # noqa: E402

from toolkit_desktop.domain.definitions import (  # noqa: E402
    Choice,
    Condition,
    Field,
    FieldType,
    Form,
    Section,
)
from toolkit_desktop.domain.values import check_value  # noqa: E402
from toolkit_desktop.ui.fields.factory import FIELD_WIDGETS  # noqa: E402
from toolkit_desktop.ui.form.form_view import FormView  # noqa: E402

CHILD = Form(
    "child",
    1,
    "Child's details",
    sections=(
        Section(
            "names",
            "Names",
            fields=(
                Field("given_names", FieldType.TEXT, "Given names"),
                Field("date_of_birth", FieldType.DATE, "Date of birth"),
                Field("arrived_alone", FieldType.YES_NO_UNKNOWN, "Arrived alone?"),
            ),
        ),
    ),
)
ASSESSMENT = Form(
    "assessment",
    1,
    "Trafficking assessment",
    help="Mark sections that do not apply.",
    sections=(
        Section(
            "identity",
            "B. Identity",
            help="Recorded once, in the child's details.",
            fields=(
                Field("given_names", FieldType.TEXT, "Given names", same_as="child.given_names"),
                Field("dob", FieldType.DATE, "Date of birth", same_as="child.date_of_birth"),
                Field("doubts", FieldType.YES_NO_UNKNOWN, "Any doubt about who the child is?"),
                Field(
                    "doubts_details",
                    FieldType.LONG_TEXT,
                    "What is in doubt?",
                    visible_if=Condition("doubts", ("yes",)),
                ),
                Field(
                    "why_alone",
                    FieldType.TEXT,
                    "Why did the child travel alone?",
                    visible_if=Condition("child.arrived_alone", ("yes",)),
                ),
            ),
        ),
        Section(
            "education",
            "E. Education",
            fields=(
                Field("school", FieldType.TEXT, "School"),
                Field(
                    "attends",
                    FieldType.CHOICE,
                    "Attends?",
                    choices=(Choice("full", "Full time"), Choice("none", "Not at all")),
                ),
                Field(
                    "teachers",
                    FieldType.GROUP,
                    "Teachers",
                    fields=(Field("name", FieldType.TEXT, "Name"),),
                ),
            ),
        ),
    ),
)
FORMS = {"child": CHILD, "assessment": ASSESSMENT}


@pytest.fixture
def view(qtbot) -> tuple[FormView, list]:
    """The assessment on screen, with every emitted answer recorded."""
    form_view = FormView(ASSESSMENT, FORMS)
    qtbot.addWidget(form_view)
    form_view.resize(800, 600)
    with qtbot.waitActive(form_view):
        form_view.show()
        form_view.activateWindow()
    emitted: list = []
    form_view.answer_changed.connect(lambda *args: emitted.append(args))
    return form_view, emitted


def named(view: QWidget, cls: type, name: str) -> Any:
    found = view.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} named {name!r}"
    return found


def test_every_question_comes_from_the_table_with_its_label(view) -> None:
    form_view, _ = view
    for field in ASSESSMENT.all_fields():
        widget = named(form_view, QWidget, f"field:assessment.{field.id}")
        assert type(widget) is FIELD_WIDGETS[field.type]
        assert form_view.widget_for(field.id) is widget
        label = named(form_view, QWidget, f"row:assessment.{field.id}").label
        assert label.text() == field.label and label.buddy() is widget
    assert form_view.section_ids() == ("identity", "education")


def test_a_user_edit_is_emitted_with_form_and_field(view, qtbot) -> None:
    form_view, emitted = view
    edit = form_view.widget_for("school").focus_widget()
    qtbot.keyClicks(edit, "Oak")
    assert emitted[-1] == ("assessment", "school", "Oak")
    assert form_view.values() == {"school": "Oak"}


def test_setting_a_section_aside_is_deliberate_asks_why_and_is_undone_as_easily(view, qtbot):
    form_view, emitted = view
    form_view.set_answers({"assessment": {"school": "Oak"}})
    panel = named(form_view, QWidget, "section:assessment.education")
    button = named(form_view, QPushButton, "set-aside:assessment.education")
    assert not button.focusPolicy() & Qt.FocusPolicy.TabFocus  # no space typed can press it
    form_view.scroll_to_section("education")  # a click lands only on what is on screen
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # A small question: what it does, what is kept (the section has an answer), and why.
    question = named(form_view, QWidget, "set-aside-question:assessment.education")
    assert question.isVisible()
    words = panel.question.text()
    assert "“Still needed”" in words and "It has 1 answer: they are kept" in words
    reason = named(form_view, QLineEdit, "not-relevant-reason:assessment.education")
    assert reason.hasFocus() and emitted == []
    qtbot.keyClick(reason, Qt.Key.Key_Return)  # no reason yet: says so, sets nothing aside
    assert panel.message.text().startswith("Say why first") and emitted == []
    qtbot.keyClicks(reason, "Too young for school")
    assert emitted == []  # typing the reason is not yet the act
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    assert emitted == [("assessment", "_section:education", {"reason": "Too young for school"})]
    assert not question.isVisible()
    school = form_view.widget_for("school")
    assert not school.isEnabled() and not form_view.widget_for("teachers").isEnabled()
    note = named(form_view, QLabel, "set-aside-note:assessment.education")
    assert note.text() == "Set aside: Too young for school. Its questions are kept."
    assert note.hasFocus()
    assert school.value() == "Oak"  # kept while the section is set aside
    assert not form_view.focus_field("school")
    # The same keys on the note bring it back.
    qtbot.keyClick(note, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert emitted[-1] == ("assessment", "_section:education", None)
    assert school.isEnabled() and school.value() == "Oak"


def test_set_aside_keys_in_a_question_open_the_question_and_escape_changes_nothing(view, qtbot):
    form_view, emitted = view
    school = form_view.widget_for("school").focus_widget()
    school.setFocus()
    qtbot.keyClick(school, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    reason = named(form_view, QLineEdit, "not-relevant-reason:assessment.education")
    assert reason.hasFocus()
    assert "It has" not in named(form_view, QWidget, "section:assessment.education").question.text()
    qtbot.keyClicks(reason, "Not known")
    qtbot.keyClick(reason, Qt.Key.Key_Escape)
    assert emitted == [] and school.hasFocus()


def test_not_relevant_is_loaded_without_signals(view, qtbot) -> None:
    form_view, emitted = view
    with qtbot.assertNotEmitted(form_view.answer_changed):
        form_view.set_answers({"assessment": {"_section:identity": {"reason": "Known to us"}}})
    panel = named(form_view, QWidget, "section:assessment.identity")
    assert panel.is_set_aside()
    assert named(form_view, QLabel, "set-aside-note:assessment.identity").text() == (
        "Set aside: Known to us. Its questions are kept."
    )
    assert not form_view.widget_for("doubts").isEnabled()
    assert form_view.values() == {"_section:identity": {"reason": "Known to us"}}


def test_visible_if_shows_and_hides_as_the_answer_changes(view, qtbot) -> None:
    form_view, emitted = view
    row = named(form_view, QWidget, "row:assessment.doubts_details")
    assert row.isHidden()
    yes = named(form_view.widget_for("doubts"), QRadioButton, "option:yes")
    no = named(form_view.widget_for("doubts"), QRadioButton, "option:no")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert emitted[-1] == ("assessment", "doubts", "yes")
    assert row.isVisible()
    qtbot.keyClicks(form_view.widget_for("doubts_details").focus_widget(), "Two names")
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    assert row.isHidden()
    assert form_view.widget_for("doubts_details").value() == "Two names"  # hidden, not erased
    assert not form_view.focus_field("doubts_details")


def test_visible_if_on_another_forms_answer(view) -> None:
    form_view, _ = view
    row = named(form_view, QWidget, "row:assessment.why_alone")
    assert row.isHidden()
    form_view.set_answers({"child": {"arrived_alone": "yes"}})
    assert row.isVisible()
    form_view.set_answers({"child": {"arrived_alone": "no"}})
    assert row.isHidden()


def test_same_as_is_a_signpost_to_the_editable_question(view, qtbot) -> None:
    form_view, emitted = view
    with qtbot.assertNotEmitted(form_view.answer_changed):
        form_view.set_answers({"child": {"given_names": "Amira", "date_of_birth": "2010-03-04"}})
    names = form_view.widget_for("given_names")
    assert names.value() == "Amira"
    row = named(form_view, QWidget, "row:assessment.given_names")
    note = named(row, QLabel, "same-as-note")
    assert "Change it in Child's details" in note.text()
    edit = names.focus_widget()
    assert isinstance(edit, QLineEdit) and edit.isReadOnly()
    assert edit.focusPolicy() == Qt.FocusPolicy.NoFocus  # Tab passes a copy by
    with qtbot.waitSignal(form_view.go_to_field) as asked:
        note.linkActivated.emit("#source")
    assert asked.args == ["child", "given_names"]
    assert named(form_view.widget_for("dob"), QLineEdit, "date").text() == "04/03/2010"
    assert "given_names" not in form_view.values() and emitted == []


def test_set_answers_loads_every_type_silently_and_clear_empties_everything(view, qtbot) -> None:
    form_view, _ = view
    answers = {
        "child": {"given_names": "Amira", "arrived_alone": "yes"},
        "assessment": {
            "doubts": "yes",
            "doubts_details": "Two names",
            "why_alone": "Sent ahead",
            "school": "Oak",
            "attends": "none",
            "teachers": [{"name": "Ms Reid"}],
            "_section:education": {"reason": "Not at school"},
        },
    }
    with qtbot.assertNotEmitted(form_view.answer_changed):
        form_view.set_answers(answers)
    own = dict(answers["assessment"])
    assert form_view.values() == own
    for field_id, value in own.items():
        if not field_id.startswith("_"):
            assert check_value(ASSESSMENT.field(field_id), value) is None
    with qtbot.assertNotEmitted(form_view.answer_changed):
        form_view.clear()
    assert form_view.values() == {}
    assert all(form_view.widget_for(f.id).value() is None for f in ASSESSMENT.all_fields())
    assert not named(form_view, QWidget, "section:assessment.education").is_set_aside()
    assert form_view.widget_for("school").isEnabled()
    assert named(form_view, QWidget, "row:assessment.why_alone").isHidden()


def test_set_answers_leaves_a_widget_alone_when_its_value_is_unchanged(view, qtbot) -> None:
    form_view, _ = view
    edit = form_view.widget_for("school").focus_widget()
    qtbot.keyClicks(edit, "Oak Road")
    edit.setCursorPosition(3)
    form_view.set_answers({"assessment": {"school": "Oak Road"}})
    assert edit.cursorPosition() == 3


def test_focus_field_and_scroll_to_section(view, qtbot) -> None:
    form_view, _ = view
    assert form_view.focus_field("school")
    qtbot.waitUntil(lambda: form_view.widget_for("school").focus_widget().hasFocus())
    form_view.scroll_to_section("identity")
    top = form_view.verticalScrollBar().value()
    form_view.scroll_to_section("education")
    assert form_view.verticalScrollBar().value() > top or (
        form_view.verticalScrollBar().maximum() == top
    )


def test_tab_goes_through_the_questions_in_order(view, qtbot) -> None:
    form_view, _ = view
    form_view.widget_for("doubts").setFocus()
    order = []
    for _ in range(3):
        qtbot.keyClick(form_view.focusWidget() or form_view, Qt.Key.Key_Tab)
        order.append(form_view.focusWidget().objectName())
    assert order == [
        "text",  # school: setting a section aside is never a Tab stop
        "option:full",  # attends: one stop for the radio buttons
        "add-row",  # teachers
    ]


def test_every_shipped_form_is_drawn(qtbot) -> None:
    forms_module = pytest.importorskip(
        "toolkit_desktop.forms", reason="the definitions loader has not landed yet"
    )
    definitions = forms_module.load_definitions(forms_module.default_resources_dir())
    assert definitions.forms
    for form in definitions.forms.values():
        form_view = FormView(form, definitions.forms)
        qtbot.addWidget(form_view)
        assert form_view.section_ids() == tuple(s.id for s in form.sections)
        for field in form.all_fields():
            widget = form_view.widget_for(field.id)
            assert widget.objectName() == f"field:{form.id}.{field.id}"
            assert type(widget) is FIELD_WIDGETS[field.type]
        form_view.set_answers({})
        form_view.clear()
