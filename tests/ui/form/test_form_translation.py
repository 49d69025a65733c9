"""Under the pseudo language, every word the form and its answer widgets write themselves goes
through translation: the child's details, the trafficking assessment with a row added and
removed, a date that cannot be read, a section set aside, and the prompt before a deletion.

What stays untranslated here is the definitions' own text (titles, labels, help, choices), which
gets per-language definitions of its own; it is removed by exact value, so any other word that
escapes still fails the test."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from toolkit_desktop.domain.date_text import say_date
from toolkit_desktop.domain.definitions import Field, FieldType, Form
from toolkit_desktop.ui.common.deletion_prompt import DeletionPrompt
from toolkit_desktop.ui.common.language import PSEUDO
from toolkit_desktop.ui.fields.choices import wrapped
from toolkit_desktop.ui.fields.factory import create_field_widget


def _field_texts(field: Field) -> set[str]:
    texts = {field.label, field.help, field.guidance}
    for choice in field.choices:  # a radio button shows a long choice in wrapped lines
        texts |= {choice.label, wrapped(choice.label)}
    for sub in field.fields:
        texts |= _field_texts(sub)
    return texts


def definition_texts(form: Form) -> set[str]:
    """Every text of `form` that comes from the definitions YAML, as the widgets show it."""
    texts = {form.title, form.help}
    for section in form.sections:
        texts |= {section.title, section.help}
        for field in section.fields:
            texts |= _field_texts(field)
    return {text for text in texts if text}


def _open_step(window, qtbot, step: str):
    window.workspace.go_to_step(step)
    view = window.workspace.views[step]
    qtbot.waitUntil(lambda: window.workspace.pages.currentWidget() is view)
    return view


def _escaped(words, view) -> list[str]:
    # The definitions' own words stay (translated as definitions, not by the catalogue).
    ours = definition_texts(view.form)
    return [word for word in words.escaped(view) if word not in ours]


def test_the_childs_details_and_the_assessment_speak_the_apps_language(
    start_app, drive, qtbot, existing_vault, speak, words
):
    speak(PSEUDO)
    window = start_app()
    drive.in_new_case(window, "Amira")
    drive.settle(window)

    child = _open_step(window, qtbot, "child")
    assert _escaped(words, child) == []
    # Yes / No / Not known are the app's own options, not the definitions'.
    yes_no = child.widget_for("interpreter_needed")
    assert [button.text() for button in yes_no.radios.buttons.values()] == [
        "⟦Yes⟧", "⟦No⟧", "⟦Not known⟧"]

    # A date the app asks about before keeping it (a child of 36): asked under the box. The
    # question in the middle is domain.date_doubts' sentence; the words around it are ours.
    born = child.widget_for("date_of_birth")
    born.edit.setFocus()
    qtbot.waitUntil(born.edit.hasFocus)
    qtbot.keyClicks(born.edit, "01/01/1990")
    qtbot.waitUntil(lambda: born.problem() != "")  # asked as it is typed
    assert born.problem().startswith("⟦Not saved yet. ") and born.problem().endswith("⟧")
    born.message.clear()
    qtbot.keyClick(born.edit, Qt.Key.Key_Tab)  # and again when the box is left
    qtbot.waitUntil(lambda: not born.edit.hasFocus() and born.problem() != "")
    assert born.problem().startswith("⟦Not saved yet. ") and born.problem().endswith("⟧")
    # Beside the box, the date as understood: a date, in domain.date_text's words.
    assert born.understood.text() == say_date("1990-01-01")
    assert _escaped(words, child) == [say_date("1990-01-01")]

    # A person recorded under People around the child: the assessment's list of adults is worked
    # out from there, read only, with a note saying so (its sentence is domain.derived's).
    window.workspace.go_to_field("people", "people")
    for char in "Anh Tuan":  # typing on "Add a row" starts the row (the practitioner's words)
        qtbot.keyClicks(QApplication.focusWidget(), char)
        QCoreApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: bool(window.workspace.answers.get("people", {}).get("people")))
    window.workspace.refresh()

    assessment = _open_step(window, qtbot, "trafficking_assessment")
    adults = assessment.widget_for("adults")
    qtbot.waitUntil(lambda: bool(adults.value()))
    worked_out = assessment.findChild(QWidget, "row:trafficking_assessment.adults").worked_out_note
    assert worked_out.isVisibleTo(assessment) and worked_out.text().startswith("⟦")
    assert _escaped(words, assessment) == []

    # A repeating group with a row added: its heading, its boxes' names, its buttons.
    group = assessment.widget_for("others_present")
    qtbot.mouseClick(group.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(group.rows) == 1)
    row = group.rows[0]
    qtbot.keyClicks(row.widgets["name"].edit, "Kim Lee")  # the practitioner's own words
    assert _escaped(words, assessment) == []
    # What a screen reader says of the buttons: each a sentence of ours around the labels.
    assert row.remove_button.accessibleName().startswith("⟦")
    assert group.add_button.accessibleName().startswith("⟦")

    # Removed, and offered back.
    row.remove_button.click()
    qtbot.waitUntil(group.put_back.isVisible)
    note = group.findChild(QLabel, "row-removed")
    assert "Kim Lee" in note.text()
    assert _escaped(words, assessment) == []
    assert group.put_back.accessibleName().startswith("⟦")
    group.put_back.click()
    qtbot.waitUntil(lambda: len(group.rows) == 1)
    # A second row, then the first removed: the second is read out as row 1 now.
    qtbot.mouseClick(group.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(group.rows) == 2)
    group.rows[0].remove_button.click()
    qtbot.waitUntil(lambda: len(group.rows) == 1)
    assert group.rows[0].widgets["name"].edit.accessibleName() == "⟦Name, row 1⟧"
    assert _escaped(words, assessment) == []

    # A date that cannot be read: the sentence under the box, and the word beside it.
    started = assessment.widget_for("assessment_started_on")
    qtbot.keyClicks(started.edit, "31/02/2026")
    qtbot.keyClick(started.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: started.problem() != "")
    # "There is no 31 February 2026." is domain.date_text's sentence: only ours is bracketed.
    assert started.problem().startswith("⟦Not saved yet. ")
    assert "⟦" in started.understood.text()
    assert _escaped(words, assessment) == []

    # Setting a section aside: the question, the reason asked for, the note once it is done.
    panel = assessment._sections["a_referral_details"]
    qtbot.mouseClick(panel.set_aside_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.asking.isVisible)
    assert _escaped(words, assessment) == []
    qtbot.keyClick(panel.reason, Qt.Key.Key_Return)  # no reason yet
    qtbot.waitUntil(panel.message.isVisible)
    assert "⟦" in panel.message.text()
    assert _escaped(words, assessment) == []
    qtbot.keyClicks(panel.reason, "Referred by phone, no paperwork")
    qtbot.keyClick(panel.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(panel.aside_note.isVisible)
    assert _escaped(words, assessment) == []
    assert panel.aside_note.accessibleName().startswith("⟦")
    assert panel.aside_note.accessibleDescription().startswith("⟦")
    assert panel.set_aside_button.accessibleName().startswith("⟦")


def test_the_prompt_before_a_deletion_speaks_the_apps_language(qtbot, speak, words):
    speak(PSEUDO)
    # Its title and text come from the case list (ui.cases), already in the app's language.
    prompt = DeletionPrompt("⟦Delete the case⟧", "⟦Deleted for good⟧", "TK-2026-0001")
    qtbot.addWidget(prompt)
    assert words.escaped(prompt) == []
    for name in ("deletionReason", "deletionReference"):
        assert "⟦" in prompt.findChild(QLineEdit, name).accessibleName()
    assert "TK-2026-0001" in " ".join(words.visible(prompt))
    assert "⟦" in prompt.findChild(QPushButton, "deletionConfirm").text()


def test_an_indicator_speaks_the_apps_language(qtbot, speak, words):
    """No shipped form holds an indicator question (the risk matrix has its own page), so it is
    built through the field table, as a definition with one would have it built."""
    speak(PSEUDO)
    label = "No documents"  # the definitions' label of the question
    widget = create_field_widget("case", Field("no_documents", FieldType.INDICATOR, label))
    qtbot.addWidget(widget)
    widget.show()
    assert words.escaped(widget) == []
    evidence = widget.findChild(QPlainTextEdit, "evidence")
    assert "⟦" in evidence.placeholderText() and "⟦" in evidence.accessibleName()
    qtbot.keyClicks(evidence, "No passport")  # evidence with no status: not saved yet
    qtbot.waitUntil(lambda: widget.problem() != "")
    assert "⟦" in widget.problem()
    assert words.escaped(widget) == []
