"""Under the pseudo language every word the settings page, Change passphrase, the hand-over and
receive dialogs and the risk matrix step write themselves goes through translation.

What stays as it is, and is taken out by its exact value before the check: what the practitioner
typed, the definitions' words (indicators, blocks, guidance), and the sentences of the modules
below the ui (the policy's rows and limits, the handover service's sentences, the domain's matrix
counts).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from toolkit_desktop.policy import load_policy
from toolkit_desktop.services.handover import AwaitingHandover
from toolkit_desktop.settings import SETTINGS, limits, load_settings
from toolkit_desktop.ui.common.language import PSEUDO
from toolkit_desktop.ui.handover.hand_over_dialog import HandOverDialog
from toolkit_desktop.ui.handover.receive_dialog import ReceiveDialog
from toolkit_desktop.ui.matrix.matrix_detail import guidance_html
from toolkit_desktop.ui.matrix.matrix_page import MatrixPage

DAY_PASS = "another laptop another passphrase"
SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def translated_twice(text: str) -> bool:
    """A sentence put into a translated frame ("Problem: {text}") that is itself translated."""
    return text.count("⟦") >= 2


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focus, key, modifier)


# -- Settings and Change passphrase -------------------------------------------------------------


def test_every_setting_declared_has_its_words_in_the_catalogue():
    # Marked in settings.py (translatable.py), which is below the ui, and collected from there.
    import xml.etree.ElementTree as ET

    from toolkit_desktop.ui.common.language import catalogue

    declared = {spec.label for spec in SETTINGS} | {spec.help for spec in SETTINGS}
    declared |= {words for spec in SETTINGS for _code, words in spec.choices}
    root = ET.parse(catalogue("cy").with_suffix(".ts")).getroot()
    collected = {message.findtext("source") for context in root.iter("context")
                 if context.findtext("name") == "Settings" for message in context.iter("message")}
    assert declared - collected == set()


def test_the_settings_page_and_change_passphrase_speak_through_translation(
    start_app, drive, qtbot, existing_vault, council_policy, speak, words
):
    council_policy.write_text(
        'idle_lock_max_minutes = 15\nbackups_min_kept = 7\nlanguage = "cy"\n', encoding="utf-8"
    )
    policy = load_policy()
    speak(PSEUDO)
    window = start_app(settings=load_settings())
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    drive.wait_page(window, "settingsPage")
    page = window.settings_page
    assert drive.find(page, QWidget, "organisationPolicy").isVisibleTo(page)

    # The policy module's own words: each fixed setting and its value, and the limits it sets.
    rows = policy.enforced()
    assert rows  # the section is there to be checked
    from_policy = {text for what, value in rows for text in (what, f"{what}:", value)}
    from_policy |= {limits(spec, policy)[2] for spec in SETTINGS if spec.kind == "int"} - {""}
    escaped = words.escaped(page)
    assert {"15 minutes", "Set by your organisation: at most 15 minutes."} <= set(escaped)
    assert [w for w in escaped if w not in from_policy] == []
    for spec in SETTINGS:
        assert "⟦" in page.controls[spec.key].accessibleName(), spec.key
    assert "⟦" in drive.find(page, QPushButton, "choose:vault_path").accessibleName()
    assert "⟦" in drive.find(page, QLabel, "enforced:language").text()

    qtbot.keyClick(drive.find(page, QPushButton, "copyDetailsForIt"), Qt.Key.Key_Space)
    assert "⟦" in drive.find(page, QLabel, "detailsCopied").text()

    # Change passphrase: the panel, then the page's own refusals.
    qtbot.keyClick(drive.find(page, QPushButton, "changePassphraseButton"), Qt.Key.Key_Space)
    panel = drive.find(page, QWidget, "changePassphrasePanel")
    qtbot.waitUntil(panel.isVisible)
    assert [w for w in words.escaped(panel) if w not in from_policy] == []
    assert "⟦" in drive.find(panel, QWidget, "changedStrengthMeter").accessibleName()
    problem = drive.find(panel, QLabel, "changePassphraseProblem")
    qtbot.keyClick(drive.find(panel, QPushButton, "changePassphraseConfirm"), Qt.Key.Key_Space)
    assert translated_twice(problem.text())  # "Type your current passphrase first."
    for name, typed in (("currentPassphrase", "blue kettle river autumn"),
                        ("changedPassphrase", "otter ladder quilt mango"),
                        ("changedPassphraseAgain", "otter ladder quilt mangp")):
        qtbot.keyClicks(drive.find(panel, QLineEdit, name), typed)
    qtbot.keyClick(drive.find(panel, QPushButton, "changePassphraseConfirm"), Qt.Key.Key_Space)
    assert "different" in problem.text() and translated_twice(problem.text())
    assert window.worker.pending == 0


# -- Handing over and receiving ----------------------------------------------------------------


def test_the_hand_over_dialog_speaks_through_translation(
    start_app, drive, qtbot, existing_vault, dialogs, tmp_path, fake_clock, speak,
    words,
):
    asked = dialogs.shown
    speak(PSEUDO)
    window = start_app()
    drive.in_new_case(window, "Minh")
    drive.settle(window)
    reference = window.workspace.snapshot.case.reference
    dialogs.chosen_file = tmp_path / "minh.tkhandover"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_H, SHIFT_CTRL)
    qtbot.waitUntil(lambda: window.findChild(HandOverDialog) is not None, timeout=10_000)
    dialog = window.findChild(HandOverDialog)
    qtbot.waitExposed(dialog)
    assert "⟦" in dialog.windowTitle()
    assert words.escaped(dialog) == []
    problem = drive.find(dialog, QLabel, "handOverProblem")
    qtbot.keyClick(drive.find(dialog, QPushButton, "handOverWrite"), Qt.Key.Key_Space)
    assert translated_twice(problem.text())  # "Say who receives the case…"

    receiver = drive.find(dialog, QLineEdit, "handOverReceiver")
    qtbot.keyClicks(receiver, "Day team")
    qtbot.keyClick(receiver, Qt.Key.Key_Return)
    words_label = drive.find(dialog, QLabel, "handOverWords")
    qtbot.waitUntil(lambda: words_label.text() != "", timeout=10_000)
    (_kind, title, _start, file_filter), = [a for a in asked if a[0] == "choose_save_file"]
    assert "⟦" in title and "⟦" in file_filter and "*.tkhandover" in file_filter
    # The six words (the service makes them), and the service's sentence about the waiting case.
    waiting = AwaitingHandover(0, reference, "Day team", "", fake_clock.now(), "").sentence
    assert [w for w in words.escaped(dialog) if w not in (words_label.text(), waiting)] == []
    assert "⟦" in words_label.accessibleName()
    banner = drive.find(window, QLabel, "handoverBanner")
    qtbot.waitUntil(banner.isVisible)
    assert banner.text().startswith("⟦⟦HANDED OVER") and waiting in banner.text()
    qtbot.waitUntil(lambda: "⟦Handover file written" in window.statusBar().currentMessage())

    qtbot.keyClick(drive.find(dialog, QPushButton, "handOverConfirm"), Qt.Key.Key_Space)
    assert translated_twice(problem.text())  # "Type the confirmation code…"
    dialogs.reasons = ["The file did not arrive"]
    qtbot.keyClick(drive.find(dialog, QPushButton, "handOverWithdraw"), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.findChild(HandOverDialog) is None, timeout=10_000)
    (_, reason_title, question), = [a for a in asked if a[0] == "ask_reason"]
    assert "⟦" in reason_title and "⟦" in question
    # The sentence told is the service's ("... was withdrawn"); its title is the dialog's own.
    (_, told_title, told), = [a for a in asked if a[0] == "inform"]
    assert "⟦" in told_title and "was withdrawn" in told


def test_the_receive_dialog_speaks_through_translation(
    start_app, drive, qtbot, existing_vault, tmp_path, fake_clock, shipped_definitions, speak,
    words,
):
    from toolkit_desktop.services.cases import CaseService
    from toolkit_desktop.services.handover import hand_over
    from toolkit_desktop.storage.vault import Vault

    target = tmp_path / "from-night.tkhandover"
    with Vault.create(tmp_path / "night" / "cases.tkvault", DAY_PASS, fake_clock) as night:
        case = CaseService(night, shipped_definitions).start_case(fake_clock.now(), "Dover",
                                                                  "Amira")
        six = hand_over(night, case.id, target, "You").words

    speak(PSEUDO)
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    press(qtbot, Qt.Key.Key_R, SHIFT_CTRL)
    qtbot.waitUntil(lambda: window.findChild(ReceiveDialog) is not None)
    dialog = window.findChild(ReceiveDialog)
    qtbot.waitExposed(dialog)
    assert "⟦" in dialog.windowTitle()
    assert words.escaped(dialog) == []
    words_box = drive.find(dialog, QLineEdit, "receiveWords")
    qtbot.keyClick(words_box, Qt.Key.Key_Return)
    assert translated_twice(drive.find(dialog, QLabel, "receiveProblem").text())

    qtbot.keyClicks(drive.find(dialog, QLineEdit, "receiveFile"), str(target))
    qtbot.keyClicks(words_box, six)
    qtbot.keyClick(words_box, Qt.Key.Key_Return)
    code = drive.find(dialog, QLabel, "receiveCode")
    qtbot.waitUntil(lambda: code.text() != "", timeout=10_000)
    # The service's sentence (services.handover.Received), and the code it made.
    said = drive.find(dialog, QLabel, "receiveSaid").text()
    assert said.startswith(f"Case {case.reference} was received from ")
    assert said.endswith(f"so that they can delete their copy: {code.text()}")
    assert [w for w in words.escaped(dialog) if w not in (said, code.text())] == []
    assert "⟦" in code.accessibleName()
    drive.settle(window)


# -- The risk matrix step -----------------------------------------------------------------------


def test_the_risk_matrix_step_speaks_through_translation(
    start_app, drive, qtbot, existing_vault, shipped_definitions, speak, words
):
    speak(PSEUDO)
    window = start_app()
    drive.in_new_case(window, "Amira")
    drive.settle(window)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.workspace.current_step() == "matrix")
    page = window.workspace.views["matrix"]
    assert isinstance(page, MatrixPage) and window.workspace.pages.currentWidget() is page
    matrix = shipped_definitions.matrix
    block = matrix.blocks[0]
    first = block.indicators[0]
    # The definitions' words: the block's help and the indicator highlighted.
    definitions = {block.help, first.text}
    assert page.detail.title.text() == first.text
    assert [w for w in words.escaped(page) if w not in definitions] == []
    assert translated_twice(page.detail.answer.text())  # "Your answer: Not yet considered"
    assert "⟦" in page.detail.guidance.text() and first.guidance[:40] in page.detail.guidance.text()
    assert "⟦" in page.list.spoken(0) and "⟦" in page.tabs.accessibleName()
    assert "⟦" in page.detail.evidence.placeholderText()
    assert "⟦" in page.detail.evidence.accessibleName()
    assert "⟦For a child under ten⟧" in guidance_html(first, under_ten=True)

    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_E)
    qtbot.keyClicks(page.detail.evidence, "No passport")
    assert "⟦" in page.detail.message.text()  # not saved until K, S or N
    qtbot.keyClick(page.detail.evidence, Qt.Key.Key_Escape)
    qtbot.keyClick(page.list, Qt.Key.Key_K)
    second = block.indicators[1]
    definitions |= {second.text}
    assert [w for w in words.escaped(page) if w not in definitions] == []

    # "Your judgement": its summary heading. The questions there are the fields' (ui/fields) and
    # the definitions' own, checked where those are translated.
    page.go_to_block(len(matrix.blocks))
    summary = drive.find(page, QLabel, "matrixJudgementSummary").text()
    assert summary.startswith("⟦What you marked so far:⟧\n")
    drive.settle(window)


def test_an_indicator_answer_in_the_matrix_list_speaks_through_translation(qapp, speak):
    # The list's "Your answer" column says what the radio buttons of the question say.
    from toolkit_desktop.ui.matrix.matrix_list import answer_words

    speak(PSEUDO)
    assert answer_words({"status": "known"}) == "⟦Known⟧"
    assert answer_words(None) == "⟦Not yet considered⟧"
