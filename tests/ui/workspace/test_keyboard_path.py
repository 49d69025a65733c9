"""The keyboard path through a case, point by point: where Tab goes, where opening a step puts
the keyboard, a case that opens fresh, copies that lead to their question, dates that ask first,
and a focus ring that can be seen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.prompts import PromptCondition
from toolkit_desktop.ui.cases.new_case import NewCaseDialog
from toolkit_desktop.ui.common.entry_parts import when_widget
from toolkit_desktop.ui.common.look import show_focus
from toolkit_desktop.ui.fields.base import tab_stops
from toolkit_desktop.ui.fields.group import GroupWidget
from toolkit_desktop.ui.workspace.what_next import PROMPT_TARGETS

PASSPHRASE = "blue kettle river autumn"  # the existing vault's, as in conftest
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def _alt(qtbot, number: int) -> None:
    qtbot.keyClick(QApplication.focusWidget(), str(number), Qt.KeyboardModifier.AltModifier)


def test_opening_a_step_puts_the_keyboard_on_its_first_question(start_app, drive, qtbot,
                                                                 existing_vault):
    window = start_app()
    drive.in_new_case(window, "Amira")
    workspace = window.workspace
    # A new case opens on its first step, ready to type.
    view = workspace.views["immediate_safeguarding"]
    first = next(w for w in view.tab_stops() if w.isVisibleTo(view))
    assert QApplication.focusWidget() is first
    _alt(qtbot, 4)
    focus = QApplication.focusWidget()
    assert workspace.views["child"].isAncestorOf(focus) and isinstance(focus, QLineEdit)
    qtbot.keyClicks(focus, "Amira")
    # The matrix: the first indicator not yet answered, where K answers it.
    _alt(qtbot, 2)
    matrix = workspace.views["matrix"]
    assert QApplication.focusWidget() is matrix.list and matrix.list.currentRow() == 0
    qtbot.keyClick(matrix.list, Qt.Key.Key_K)
    _alt(qtbot, 4)
    _alt(qtbot, 2)
    assert matrix.list.currentRow() == 1  # the first one is answered now


def test_tab_goes_steps_then_the_page_then_the_side_panel_and_never_to_what_next(
    start_app, drive, qtbot, existing_vault
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    workspace = window.workspace
    drive.settle(window)
    qtbot.waitUntil(workspace.what_next.isVisible)  # a new case has prompts
    for button in workspace.what_next.findChildren(QPushButton):
        assert not button.focusPolicy() & Qt.FocusPolicy.TabFocus
    workspace.step_list.setFocus()
    _tab(qtbot)
    page = workspace.pages.currentWidget()
    assert page.isAncestorOf(QApplication.focusWidget())
    # From the page's last stop, Tab goes to the side panel, then round to the steps.
    [*_, last] = (w for w in page.tab_stops() if w.isVisibleTo(page) and w.isEnabled())
    last.setFocus()
    _tab(qtbot)
    assert workspace.side.isAncestorOf(QApplication.focusWidget())
    for _ in range(5):
        if QApplication.focusWidget() is workspace.step_list:
            break
        _tab(qtbot)
    assert QApplication.focusWidget() is workspace.step_list
    # Typed in the step list, a digit never jumps to a step.
    qtbot.keyClick(workspace.step_list, Qt.Key.Key_1)
    assert workspace.current_step() == "immediate_safeguarding"
    qtbot.keyClick(workspace.step_list, Qt.Key.Key_Down)
    assert workspace.current_step() == "matrix" and workspace.step_list.hasFocus()
    qtbot.keyClick(workspace.step_list, Qt.Key.Key_Return)  # Enter goes into the step
    assert QApplication.focusWidget() is workspace.views["matrix"].list
    # F6 goes from the page to What next, and on to the side panel.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert workspace.what_next.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert workspace.side.isAncestorOf(QApplication.focusWidget())


def test_every_what_next_button_says_something_of_its_own() -> None:
    words = [target[2] for target in PROMPT_TARGETS.values()]
    assert len(set(words)) == len(words)
    assert set(PROMPT_TARGETS) == set(PromptCondition)


def test_still_needed_for_a_copy_leads_to_the_question_that_can_be_changed(
    start_app, drive, qtbot, existing_vault
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    workspace = window.workspace
    workspace.go_to_field("nrm_referral", "still_exploited")  # as "Still needed" asks
    assert workspace.current_step() == "trafficking_assessment"
    editable = workspace.views["trafficking_assessment"].widget_for("still_exploited")
    assert editable.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert workspace.answers["trafficking_assessment"]["still_exploited"] == "yes"
    # The copy in the referral says so, and Tab passes it by.
    _alt(qtbot, 8)
    copy = workspace.views["nrm_referral"].widget_for("still_exploited")
    assert copy.value() == "yes"
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in copy.findChildren(QRadioButton))


def test_each_case_opens_fresh(start_app, drive, qtbot, existing_vault):
    window = start_app()
    drive.in_new_case(window, "Amira")
    workspace = window.workspace
    first = workspace.views["immediate_safeguarding"]  # the page a case opens on
    reference = first.widget_for("police_reference")
    reference.focus_widget().setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "CAD 4411")
    first.verticalScrollBar().setValue(first.verticalScrollBar().maximum())
    _alt(qtbot, 4)
    child = workspace.views["child"]
    gender = child.widget_for("gender")
    gender.focus_widget().setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # arrows choose
    chosen = gender.value()
    assert chosen is not None
    child.verticalScrollBar().setValue(child.verticalScrollBar().maximum())
    _alt(qtbot, 2)
    matrix = workspace.views["matrix"]
    matrix.go_to_block(2)
    window.show_case_list()
    drive.new_case(window, "Bilal")
    assert workspace.current_step() == "immediate_safeguarding"
    # The page Bilal's case opens on is Amira's page, kept and filled with Bilal's answers.
    first = workspace.views["immediate_safeguarding"]
    assert first.widget_for("police_reference").value() is None
    assert first.verticalScrollBar().value() == 0
    # Another case's pages are built afresh for this one: nothing of Amira's is kept in them.
    _alt(qtbot, 2)
    matrix = workspace.views["matrix"]
    assert matrix.tabs.currentIndex() == 0
    _alt(qtbot, 4)
    child = workspace.views["child"]
    gender = child.widget_for("gender")
    assert child.verticalScrollBar().value() == 0
    assert gender.value() is None
    # Tab into the question lands on its first choice, not on the one used for Amira.
    assert gender.focus_widget().objectName() == "option:female"


def test_a_decision_dated_next_month_is_asked_about_before_it_is_kept(
    start_app, drive, qtbot, existing_vault
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    workspace = window.workspace
    _alt(qtbot, 8)
    assert workspace.views["nrm_referral"].focus_field("referral_date")
    qtbot.keyClicks(QApplication.focusWidget(), "20/11/2026")
    _alt(qtbot, 5)
    view = workspace.views["trafficking_assessment"]
    assert view.focus_field("reasonable_grounds_decision")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # Awaited -> Positive
    assert view.widget_for("reasonable_grounds_decision").value() == "positive"
    assert view.focus_field("reasonable_grounds_decision_on")
    box = QApplication.focusWidget()
    qtbot.keyClicks(box, "29/12/2026")
    _tab(qtbot)
    decision = view.widget_for("reasonable_grounds_decision_on")
    # The keyboard goes on, never pulled back: the next words typed land in the next question.
    assert not box.hasFocus() and not decision.isAncestorOf(QApplication.focusWidget())
    assert decision.value() is None  # not kept yet
    assert "29 December 2026 is in the future. Is that right?" in decision.problem()
    assert "Press Enter in the box to keep it" in decision.problem()
    assert "reasonable_grounds_decision_on" not in workspace.answers.get(
        "trafficking_assessment", {})
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert decision.value() == "2026-12-29" and decision.problem() == ""
    # A decision before the referral is asked about too, at once, while it is typed.
    box.selectAll()
    qtbot.keyClicks(box, "10/11/2026")
    assert "before the date of referral" in decision.problem()
    assert decision.value() == "2026-12-29"  # nothing kept yet
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the answer to the question on screen: keep it
    assert decision.value() == "2026-11-10"


def test_a_new_case_takes_when_first_met_as_typed(start_app, drive, qtbot, existing_vault,
                                                  fake_clock):
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(NewCaseDialog) is not None)
    dialog = window.findChild(NewCaseDialog)
    when = dialog.first_met
    assert when.edit.text() == ""  # empty means now: nothing to type over or add to
    assert when.understood.text() == "Empty means now: Saturday 28 November 2026, 02:00"
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.known_as.hasFocus)
    qtbot.keyClick(dialog.known_as, Qt.Key.Key_Tab)
    assert when.edit.hasFocus()
    qtbot.keyClicks(when.edit, "today 01:40")
    assert when.findChild(QLabel, "date-understood").text() == "Saturday 28 November 2026, 01:40"
    captured = []
    dialog.start_case.connect(lambda *args: captured.append(args))
    qtbot.keyClick(when.edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Dover")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert captured == []  # no name yet: asked for, nothing started
    dialog.known_as.setFocus()
    qtbot.keyClicks(dialog.known_as, "Amira")
    qtbot.keyClick(dialog.known_as, Qt.Key.Key_Return)
    assert captured and captured[0][1].isoformat() == "2026-11-28T01:40:00+00:00"


def test_a_drop_down_never_picks_a_surprising_answer(start_app, drive, qtbot, existing_vault):
    window = start_app()
    drive.in_new_case(window, "Amira")
    _alt(qtbot, 4)
    combo = next(c for c in window.workspace.views["child"].findChildren(QComboBox)
                 if c.isVisible())
    combo.setFocus()
    qtbot.keyClicks(combo, "Zzz nothing 4 matches")
    assert combo.currentIndex() == 0 and not combo.view().isVisible()  # Space opened nothing
    qtbot.keyClick(combo, Qt.Key.Key_Backspace)  # starts the word again, as a pause does
    label = combo.itemText(2)
    qtbot.keyClicks(combo, label[:3])
    assert combo.currentText() == label


def _luminance(image: QImage) -> list[int]:
    return [QColor(image.pixel(x, y)).lightness()
            for y in range(image.height()) for x in range(image.width())]


def test_the_focus_ring_shows_without_colour(qtbot, qapp) -> None:
    show_focus(qapp)
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    edit, other = QLineEdit(page), QLineEdit(page)
    layout.addWidget(edit)
    layout.addWidget(other)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    unfocused = _luminance(edit.grab().toImage())
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    focused = _luminance(edit.grab().toImage())
    # Seen in grey: the ring changes the lightness of many pixels, not only their hue.
    changed = sum(1 for a, b in zip(unfocused, focused, strict=True) if abs(a - b) > 40)
    assert changed > 300


def test_a_conversation_or_entry_dated_in_the_future_is_asked_about(qtbot, fake_clock) -> None:
    when = when_widget("conversationWhen", "When the conversation took place", fake_clock.now)
    qtbot.addWidget(when)
    when.show()
    qtbot.keyClicks(when.edit, "tomorrow 10:00")
    assert when.value() is None  # asked at once, under the box; nothing kept
    assert "is in the future. Is that right?" in when.problem()
    qtbot.keyClick(when.edit, Qt.Key.Key_Return)  # the answer to the question: keep it
    assert when.value() == "2026-11-29T10:00:00+00:00" and when.problem() == ""


def test_a_date_still_being_typed_when_the_vault_locks_is_kept(start_app, drive, qtbot,
                                                                existing_vault):
    window = start_app()
    drive.in_new_case(window, "Amira")
    case_id = window.workspace.case_id_on_screen()
    box = QApplication.focusWidget()  # the first question of safeguarding: a date and time
    qtbot.keyClicks(box, "today 01:10")
    window.lock()
    drive.settle(window)
    drive.unlock(window)
    drive.wait_page(window, "caseWorkspace")  # back to the same case and step
    drive.settle(window)
    current = window.session.vault.cases.current(case_id)
    assert current[("immediate_safeguarding", "child_safe_at")].value == (
        "2026-11-28T01:10:00+00:00")


def test_words_in_a_date_box_that_are_not_a_date_are_named_when_the_vault_locks(
    start_app, drive, qtbot, existing_vault
):
    # They cannot be kept as a date; "Your work was saved" alone would hide that they are gone.
    window = start_app()
    drive.in_new_case(window, "Amira")
    box = QApplication.focusWidget()  # the first question of safeguarding: a date and time
    qtbot.keyClicks(box, "after tea")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    window.lock("idle")
    drive.settle(window)
    notice = drive.find(window, QLabel, "unlockNotice").text()
    assert "Your work was saved, except the date typed for “" in notice
    assert "it was not yet accepted as a date." in notice
    assert "Type it again once unlocked." in notice
    assert "after tea" not in notice  # the locked screen shows nothing typed in the case


def test_the_referral_shows_about_you_and_does_not_ask_for_it_again(
    start_app, drive, qtbot, existing_vault, fake_clock
):
    from toolkit_desktop.domain.records import Profile
    from toolkit_desktop.storage.vault import Vault

    with Vault.open(existing_vault, PASSPHRASE, fake_clock) as vault:
        vault.save_profile(Profile("Sam Okafor", "Duty social worker", "Emergency duty team",
                                   "Kent County Council", "01632 960 123", "sam@example.gov.uk"))
    window = start_app()
    drive.in_new_case(window, "Amira")
    _alt(qtbot, 8)
    view = window.workspace.views["nrm_referral"]
    name = view.widget_for("referrer_name").focus_widget()
    assert name.text() == "" and name.placeholderText() == "Sam Okafor"  # a hint, not text
    note = view.findChild(QWidget, "row:nrm_referral.referrer_name").worked_out_note
    assert note.isVisibleTo(view) and "About you" in note.text()
    missing = window.workspace.side.missing_fields()
    assert ("nrm_referral", "referrer_name") not in missing
    assert ("nrm_referral", "referrer_organisation") not in missing
    assert ("nrm_referral", "work_before") in missing  # not about the practitioner


def test_enter_presses_the_button_that_has_the_keyboard(start_app, drive, qtbot,
                                                        existing_vault):
    window = start_app()
    drive.in_new_case(window, "Amira")
    _alt(qtbot, 3)
    page = window.workspace.records["conversations"]
    start = page.findChild(QPushButton, "conversationStart")
    assert QApplication.focusWidget() is start
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert page.form.isVisible()


def test_ctrl_q_closes_the_app_after_saving(start_app, drive, qtbot, existing_vault):
    window = start_app()
    drive.in_new_case(window, "Amira")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.session is None  # the vault was closed, as on Alt+F4


def test_a_conversation_is_never_recorded_with_a_time_the_box_no_longer_shows(
    qtbot, fake_clock
) -> None:
    from toolkit_desktop.ui.common.entry_parts import when_value

    when = when_widget("conversationWhen", "When the conversation took place", fake_clock.now)
    qtbot.addWidget(when)
    when.show()
    qtbot.keyClicks(when.edit, "today 01:40")
    assert when_value(when).isoformat() == "2026-11-28T01:40:00+00:00"
    when.edit.selectAll()
    qtbot.keyClicks(when.edit, "today 11:40pm")  # later than now: asked about, not kept
    assert when_value(when) is None  # not the 01:40 kept before


def test_a_date_asked_about_never_takes_the_next_words_typed(start_app, drive, qtbot,
                                                             existing_vault):
    # Found by a real-key run: a first-met time 30 minutes ahead was asked about, the keyboard
    # was pulled back to it, and the place typed after the Tab went into the time box.
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(NewCaseDialog) is not None)
    dialog = window.findChild(NewCaseDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.known_as.hasFocus)
    for text in ("Zara", "today 02:30", "Dover eastern docks"):  # the clock says 02:00
        for char in text:
            qtbot.keyClick(QApplication.focusWidget(), char)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QCoreApplication.sendPostedEvents()  # what is queued runs, as it would between keys
    assert dialog.first_met.edit.text() == "today 02:30"
    assert "in the future" in dialog.first_met.problem()
    assert dialog.place.text() == "Dover eastern docks"


def test_pages_built_ahead_in_the_pauses_take_nothing_typed_and_show_the_case(
    start_app, drive, qtbot, existing_vault, monkeypatch
):
    import toolkit_desktop.ui.workspace.workspace as workspace_module

    monkeypatch.setattr(workspace_module, "PREBUILD_PAUSE_MS", 5)  # a pause after every key
    window = start_app()
    drive.in_new_case(window, "Amira")
    workspace = window.workspace
    _alt(qtbot, 4)
    family = workspace.views["child"].widget_for("family_name")
    family.focus_widget().setFocus()
    form_steps = [s for s in workspace.steps if s.id not in workspace.records]
    for letter in "Haile":
        built = len(workspace.views)
        qtbot.keyClick(QApplication.focusWidget(), letter)
        # A page is built between two keys (until every step has one).
        qtbot.waitUntil(lambda b=built: len(workspace.views) > b
                        or all(s.form_id in workspace.views for s in form_steps))
    qtbot.waitUntil(lambda: all(s.form_id in workspace.views for s in form_steps))
    # Then the pages are laid out, hidden, one in each pause: still nothing typed goes astray.
    typed = "Haile"
    for letter in "-Tesfamariam Gebremedhin":
        left = workspace.left_to_work_ahead()
        if left == 0:
            break
        qtbot.keyClick(QApplication.focusWidget(), letter)
        typed += letter
        qtbot.waitUntil(lambda n=left: workspace.left_to_work_ahead() < n)
    qtbot.waitUntil(workspace.worked_ahead)
    assert len(typed) > len("Haile")  # pages were laid out between keys
    assert family.value() == typed
    assert all(not workspace.views[s.form_id].isVisible() for s in form_steps if s.id != "child")
    typed_name = typed
    # Every key landed where it was typed, and the keyboard never left the question.
    assert family.value() == typed_name
    assert QApplication.focusWidget() is family.focus_widget()
    assert workspace.current_step() == "child"
    # A page built ahead shows the case when its step is chosen: the assessment's copy of the
    # family name, and the keyboard on its first question, as on a page built at that moment.
    built_ahead = workspace.views["trafficking_assessment"]
    _alt(qtbot, 5)
    assert workspace.pages.currentWidget() is built_ahead
    assert built_ahead.widget_for("family_name").value() == typed_name
    assert built_ahead.isAncestorOf(QApplication.focusWidget())


def test_the_page_a_case_opens_on_is_built_while_the_list_is_read_and_shows_that_case(
    start_app, drive, qtbot, existing_vault, fake_clock, shipped_definitions, monkeypatch
):
    import toolkit_desktop.ui.workspace.workspace as workspace_module

    from ..records.test_app_records import seed_case

    case_id = seed_case(existing_vault, fake_clock, shipped_definitions, answers={
        ("immediate_safeguarding", "police_reference"): "CAD 4417 of 27/11"})
    monkeypatch.setattr(workspace_module, "PREBUILD_PAUSE_MS", 5)
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    workspace = window.workspace
    qtbot.waitUntil(workspace.prepared)
    page = workspace.views["immediate_safeguarding"]
    # Built empty, off screen, while the keyboard stays in the list's search box.
    assert page.values() == {} and not page.isVisible()
    assert QApplication.focusWidget() is window.case_list.query
    window.open_case(case_id)
    drive.wait_page(window, "caseWorkspace")
    drive.settle(window)
    assert workspace.views["immediate_safeguarding"] is page and page.isVisible()
    assert page.widget_for("police_reference").value() == "CAD 4417 of 27/11"
    assert page.isAncestorOf(QApplication.focusWidget())


def test_tab_walks_a_page_in_reading_order_when_it_is_come_back_to(
    start_app, drive, qtbot, existing_vault
):
    # A page visited before is chained again when it is shown: after leaving it, answering
    # elsewhere (its copies change) and adding a row to one of its lists, Tab still goes
    # through it top to bottom, the new row's boxes in their place.
    window = start_app()
    drive.in_new_case(window, "Amira")
    workspace = window.workspace
    _alt(qtbot, 5)
    page = workspace.views["trafficking_assessment"]
    _alt(qtbot, 4)
    family = workspace.views["child"].widget_for("family_name")
    family.focus_widget().setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Haile")
    _alt(qtbot, 5)
    assert workspace.pages.currentWidget() is page
    group = next(w for w in page.findChildren(GroupWidget) if w.isVisibleTo(page))
    qtbot.mouseClick(group.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(group.rows) == 1)
    stops = [w for w in tab_stops(page.widget()) if w.isVisibleTo(page) and w.isEnabled()]
    assert any(group.rows[0].isAncestorOf(w) for w in stops)
    stops[0].setFocus()
    walked = [QApplication.focusWidget()]
    for _ in range(len(stops) - 1):
        _tab(qtbot)
        walked.append(QApplication.focusWidget())
    assert walked == stops
