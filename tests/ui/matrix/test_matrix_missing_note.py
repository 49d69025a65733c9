"""Beside "Has gone missing before", the matrix says how many missing episodes the case records,
as a read-only line: the indicator's answer stays the practitioner's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QLabel

from toolkit_desktop.ui.matrix.matrix_page import MatrixPage

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
EPISODE = {"went_missing_at": "2026-11-28T02:14:00+00:00", "went_missing_from": "the foster home"}


def episodes(count: int) -> dict:
    return {"immediate_safeguarding": {"missing_episodes": [EPISODE] * count}}


@pytest.fixture
def page(qtbot, shipped_definitions):
    shown = MatrixPage(shipped_definitions.matrix, shipped_definitions.forms["matrix"], lambda: NOW)
    qtbot.addWidget(shown)
    shown.resize(900, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.set_answers({})
    return shown


def note(page) -> QLabel:
    return page.detail.findChild(QLabel, "matrixRecorded")


def test_the_missing_before_indicator_shows_the_count_of_episodes(page) -> None:
    changes = []
    page.answer_changed.connect(lambda *change: changes.append(change))
    answers = episodes(3)
    page.set_answers(answers)
    page.detail.set_recorded(answers)
    assert page.focus_field("missing_before")
    assert note(page).isVisible()
    assert note(page).text() == "3 missing episodes are recorded in Immediate safeguarding"
    # A reminder only: the indicator is not answered for the practitioner.
    assert changes == []
    assert "missing_before" not in page.values()
    assert page.detail.answer.text() == "Your answer: Not yet considered"
    # Another indicator has no such line.
    assert page.focus_field("no_documents")
    assert not note(page).isVisible()


def test_no_line_without_episodes_and_the_line_follows_the_record(page) -> None:
    page.detail.set_recorded({})
    page.focus_field("missing_before")
    assert not note(page).isVisible() and note(page).text() == ""
    page.detail.set_recorded(episodes(1))
    assert note(page).isVisible()
    assert note(page).text() == "1 missing episode is recorded in Immediate safeguarding"
    page.detail.set_recorded(episodes(0))
    assert not note(page).isVisible()


# The offscreen platform cannot give the completer's popup the keyboard; it says so.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_source_naming_a_person_recorded_cites_them_and_names_are_offered(page, qtbot) -> None:
    from PySide6.QtCore import Qt

    answers = {"people": {"people": [{"name": "Tuan", "relationship_claimed": "says uncle"}]}}
    page.set_answers(answers)
    page.detail.set_recorded(answers)
    page.focus_field("no_documents")
    person = page.detail.findChild(QLabel, "matrixPerson")
    assert not person.isVisible()
    completer = page.detail.source.completer()
    assert completer is not None
    completer.setCompletionPrefix("uan")  # anywhere in the name, any case
    assert completer.currentCompletion() == "Tuan (says uncle)"
    page.detail.edit("source")
    qtbot.keyClicks(page.detail.source, "Tuan (says uncle), by phone")
    assert person.isVisible()
    assert person.text() == "Tuan is recorded under People around the child (Alt+9)."
    assert page.detail.source.text() == "Tuan (says uncle), by phone"  # typed as typed
    qtbot.keyClick(page.detail.source, Qt.Key.Key_Escape)
    page.detail.edit("source")
    page.detail.source.clear()
    assert not person.isVisible()
