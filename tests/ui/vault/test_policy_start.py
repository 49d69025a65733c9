"""The organisation's policy at the app's start: a policy file that cannot be applied, or training
mode where it is not offered, stops the app with one sentence before any vault is touched; first run
asks for the passphrase strength the policy sets, and says so under the meter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from toolkit_desktop import paths
from toolkit_desktop.settings import Settings
from toolkit_desktop.ui.shell import application

GOOD = "blue kettle river autumn"  # rated Good
STRONG = "otter ladder quilt mango harbour violet 1987 glimmer"


pytestmark = pytest.mark.usefixtures("council_policy")  # never this machine's own policy


def test_a_policy_that_cannot_be_applied_stops_the_app_naming_the_file_and_key(
    qapp, dialogs, existing_vault, council_policy, monkeypatch
):
    council_policy.write_text('idle_lock_max_minutes = "ten"\n', encoding="utf-8")
    before = existing_vault.read_bytes()
    assert application.build_window(dialogs=dialogs) is None
    kind, text = dialogs.asked[0]
    assert kind == "inform"
    assert str(council_policy) in text and '"idle_lock_max_minutes" must be' in text
    assert "nothing in your vault was opened or changed" in text
    assert existing_vault.read_bytes() == before

    monkeypatch.setattr(application, "QtDialogs", lambda: dialogs)
    assert application.run() == application.EXIT_BROKEN_DEFINITIONS


def test_training_mode_does_not_start_where_it_is_not_offered(qapp, dialogs, council_policy):
    council_policy.write_text("training_mode = false\n", encoding="utf-8")
    assert application.build_window(training=True, dialogs=dialogs) is None
    assert "does not offer training mode" in dialogs.asked[0][1]
    assert not paths.training_vault_path().exists()
    # The real app on the same laptop is not affected.
    window = application.build_window(dialogs=dialogs)
    assert window is not None
    window.deleteLater()


def test_first_run_asks_for_the_strength_the_organisation_sets(
    start_app, drive, qtbot, council_policy
):
    council_policy.write_text('passphrase_min_strength = "strong"\n', encoding="utf-8")
    window = start_app()
    drive.wait_page(window, "createVaultPage")
    first = drive.find(window, QLineEdit, "newPassphrase")
    second = drive.find(window, QLineEdit, "repeatPassphrase")
    qtbot.keyClicks(first, GOOD)
    meter_text = drive.find(window, QLabel, "strengthText").text()
    assert "Strength: Good" in meter_text and "organisation asks for Strong" in meter_text
    qtbot.keyClicks(second, GOOD)
    qtbot.keyClick(second, Qt.Key.Key_Return)
    problem = drive.find(window, QLabel, "createProblem")
    qtbot.waitUntil(problem.isVisible)
    assert "Your organisation asks for a passphrase rated Strong" in problem.text()
    assert not Settings().vault().exists()

    for box in (first, second):
        box.setText("")
    qtbot.keyClicks(first, STRONG)
    qtbot.keyClicks(second, STRONG)
    qtbot.keyClick(second, Qt.Key.Key_Return)
    drive.wait_page(window, "profilePage")
    assert Settings().vault().exists()
