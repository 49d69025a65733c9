"""The app speaks the language set (Welsh from its catalogue), and a pseudo language shows that
every visible word of the window shell, the lock screen and first run goes through translation.

The other rooms of the app have pseudo-language tests of their own, beside their other tests;
the definitions' words have their own catalogue (tests/forms/test_definitions_language.py)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from toolkit_desktop import paths
from toolkit_desktop.settings import Settings, load_settings
from toolkit_desktop.ui.common.language import PSEUDO, catalogue, catalogue_sources
from toolkit_desktop.ui.shell import application


def test_the_welsh_catalogue_ships_and_the_lock_screen_speaks_welsh(
    start_app, drive, qtbot, existing_vault, speak, words
):
    assert catalogue("cy").is_file()
    assert speak("cy")
    window = start_app()
    drive.wait_page(window, "unlockPage")
    assert drive.find(window, QAbstractButton, "unlockButton").text() == "&Datgloi"
    assert "Datgloi eich achosion" in " ".join(words.visible(window.pages.currentWidget()))
    assert window.marking.text() == "SWYDDOGOL-SENSITIF"

    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    assert window.actions_["lock"].text() == "&Cloi"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    drive.wait_page(window, "unlockPage")
    notice = drive.find(window, QLabel, "unlockNotice")
    assert notice.text() == "Wedi cloi. Cadwyd eich gwaith."


def test_a_language_without_a_catalogue_leaves_the_app_in_english(start_app, drive, speak):
    assert not speak("fr")
    window = start_app()
    drive.wait_page(window, "createVaultPage")
    assert drive.find(window, QAbstractButton, "createVaultButton").text() == "&Create the vault"


def test_the_language_setting_is_kept_and_applied_at_the_next_start(qapp, dialogs, speak):
    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text(json.dumps({"language": "cy"}), encoding="utf-8")
    assert load_settings().language == "cy"
    window = application.build_window(dialogs=dialogs)
    assert window is not None
    try:
        window.start()  # as the app does: the first-run page is built when it is shown
        assert window.findChild(QAbstractButton, "createVaultButton").text() == "&Creu'r storfa"
        # The forms speak it too, where the definitions' catalogue translates them; the
        # referral pack is made from the English they were translated from.
        definitions = window.context.definitions
        assert definitions.forms["child"].title == "Manylion y plentyn"
        assert definitions.english.forms["child"].title == "Child's details"
    finally:
        window.deleteLater()
    paths.settings_file().write_text(json.dumps({"language": "klingon"}), encoding="utf-8")
    assert load_settings().language == Settings().language  # not offered: the default


def test_the_policy_fixes_the_language(council_policy):
    council_policy.write_text('language = "cy"\n', encoding="utf-8")
    assert load_settings().language == "cy"


def test_every_visible_word_of_the_shell_lock_and_first_run_goes_through_translation(
    start_app, drive, qtbot, fake_clock, speak, words
):
    speak(PSEUDO)
    window = start_app()
    drive.wait_page(window, "createVaultPage")
    assert words.escaped(window.pages.currentWidget()) == []
    assert "⟦" in window.windowTitle()

    passphrase = "otter ladder quilt mango"
    for name in ("newPassphrase", "repeatPassphrase"):
        qtbot.keyClicks(drive.find(window, QLineEdit, name), passphrase)
    qtbot.keyClick(drive.find(window, QLineEdit, "repeatPassphrase"), Qt.Key.Key_Return)
    drive.wait_page(window, "profilePage")
    assert words.escaped(window.pages.currentWidget()) == []

    qtbot.keyClick(drive.find(window, QAbstractButton, "skipProfileButton"), Qt.Key.Key_Space)
    drive.wait_page(window, "caseListPage")
    shell = [a.text() for a in window.actions_.values()] + [window.marking.text()]
    assert words.untranslated(shell) == []

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    drive.wait_page(window, "unlockPage")
    assert words.escaped(window.pages.currentWidget()) == []

    qtbot.keyClick(drive.find(window, QAbstractButton, "openBackupButton"), Qt.Key.Key_Space)
    drive.wait_page(window, "restorePage")
    assert words.escaped(window.pages.currentWidget()) == []

    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None
                    or window.findChild(QWidget, "shortcutsSheet") is not None)
    sheet = window.findChild(QWidget, "shortcutsSheet")
    assert words.escaped(sheet) == []
    sheet.close()


def test_the_shipped_catalogue_holds_every_marked_string_and_is_compiled(tmp_path):
    """`make translations` was run after the last string changed: a string marked in the code
    but missing from the Welsh catalogue would show in English without anyone noticing."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    ui = Path(application.__file__).parents[1]
    bin_dir = Path(sys.executable).parent
    shipped = ui / "translations" / "toolkit_cy.ts"
    copy = tmp_path / "toolkit_cy.ts"
    shutil.copy(shipped, copy)
    sources = [str(p) for p in catalogue_sources()]
    out = subprocess.run(
        [str(bin_dir / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources,
         "-ts", str(copy)], capture_output=True, text=True, check=True,
    ).stdout
    assert "(0 new and" in out, f"run `make translations`: {out.strip()}"
    compiled = tmp_path / "toolkit_cy.qm"
    subprocess.run([str(bin_dir / "pyside6-lrelease"), str(shipped), "-qm", str(compiled)],
                   capture_output=True, check=True)
    assert compiled.read_bytes() == (ui / "translations" / "toolkit_cy.qm").read_bytes()


def test_every_translation_keeps_the_placeholders_of_its_english():
    """A translation that renamed or dropped a `{name}` would stop the app where the sentence is
    shown (str.format raises), or lose a fact from it: as gettext's `msgfmt --check-format`."""
    import re
    import xml.etree.ElementTree as ET

    shipped = catalogue("cy").with_suffix(".ts")
    placeholders = re.compile(r"\{[^{}]*\}")
    wrong = []
    for message in ET.parse(shipped).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if translation and sorted(placeholders.findall(translation)) != sorted(
                placeholders.findall(source)):
            wrong.append((source, translation))
    assert wrong == []


def test_the_vaults_own_sentences_are_said_in_the_apps_language(
    start_app, drive, qtbot, existing_vault, speak, words
):
    # A wrong passphrase: storage.errors' sentence, made as a Said, goes through translation
    # with the place of the backups inside it as it is.
    speak(PSEUDO)
    window = start_app()
    drive.wait_page(window, "unlockPage")
    drive.unlock(window, "blue kettle river")
    problem = drive.find(window, QLabel, "unlockProblem")
    qtbot.waitUntil(problem.isVisible, timeout=10_000)
    assert problem.text().startswith("⟦Problem: ⟦That passphrase did not open the vault.")
    assert "⟦if it still fails, open one of the backups in " in problem.text()
    assert str(paths.backups_dir(existing_vault)) in problem.text()
    assert words.escaped(window.pages.currentWidget()) == []
