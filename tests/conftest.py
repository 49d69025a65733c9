"""Hermetic tests: Qt offscreen, a private home folder per test, and a clock the test moves by hand.

The app fixtures (`start_app`, `drive`, `dialogs`, `suspend_source`, `existing_vault`) import Qt
only when a test asks for them, so the domain and storage tests never load it.
"""

from __future__ import annotations

import io
import os
import sys

# Before anything imports Qt: without a display Qt would abort the whole test run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

START = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
PASSPHRASE = "blue kettle river autumn"


class FakeClock:
    """A wall clock that only moves when the test says so."""

    def __init__(self, start: datetime = START) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        """Move the clock on, as time passing (or a laptop sleeping) would."""
        self.current += timedelta(**delta)


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every path of the app inside this test's own folder, never the real home."""
    folder = tmp_path / "toolkit-home"
    folder.mkdir()
    monkeypatch.setenv("TOOLKIT_DESKTOP_HOME", str(folder))
    umask = os.umask(0o022)
    os.umask(umask)
    yield folder
    os.umask(umask)  # the entry point makes the program's files private (files.py): put it back
    # A test that ran the program's entry point started its log and exception hooks: they
    # belong to that test's folder, not to the next test.
    logs = sys.modules.get("toolkit_desktop.logs")
    if logs is not None:
        logs.stop_logging()


@pytest.fixture
def council_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The path of a council's policy file, named by the variable and never this machine's own
    file; the test writes it (until then nothing is enforced)."""
    from toolkit_desktop import policy

    monkeypatch.setattr(policy, "machine_policy_file", lambda: tmp_path / "machine" / "policy.toml")
    path = tmp_path / "council-policy.toml"
    monkeypatch.setenv(policy.POLICY_ENV, str(path))
    return path


@pytest.fixture
def fake_clock() -> FakeClock:
    """A clock at 02:00 UTC on 28 November 2026, moved with `advance`."""
    return FakeClock()


class ScriptedDialogs:
    """Stands in for every pop-up: records what was asked and answers as the test says."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []  # (kind, text)
        # (kind, title, the other words) of every pop-up, for the pseudo-language tests.
        self.shown: list[tuple[str, ...]] = []
        self.confirm_answers: list[bool] = []
        self.chosen_file: Path | None = None
        self.reasons: list[str | None] = []  # answers to ask_reason in turn; None keeps the answer
        self.histories: list[tuple[str, list]] = []  # (title, rows) of each history shown
        self.chosen_conversation: int | None = None
        self.printed: list[tuple[Path, str | None]] = []  # (file, password) of each print asked
        self.print_answer = "14 pages sent to the printer."
        # Answers to ask_deletion in turn: (reason, reference typed back), or None to keep.
        self.deletions: list[tuple[str, str] | None] = []

    def confirm(self, parent: object, title: str, text: str, yes: str) -> bool:
        self.shown.append(("confirm", title, text, yes))
        self.asked.append(("confirm", text))
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def inform(self, parent: object, title: str, text: str) -> None:
        self.shown.append(("inform", title, text))
        self.asked.append(("inform", text))

    def report(self, parent: object, title: str, intro: str, details: str) -> None:
        self.shown.append(("report", title, intro, details))
        self.asked.append(("report", f"{intro}\n{details}"))

    def choose_vault_file(self, parent: object, start: Path) -> Path | None:
        self.asked.append(("choose_vault_file", str(start)))
        return self.chosen_file

    def choose_save_file(self, parent: object, title: str, start: Path, file_filter: str):
        self.shown.append(("choose_save_file", title, str(start), file_filter))
        self.asked.append(("choose_save_file", str(start)))
        return self.chosen_file

    def print_pdf(self, parent: object, path: Path, password: str | None) -> str:
        self.asked.append(("print_pdf", str(path)))
        self.printed.append((path, password))
        return self.print_answer

    def ask_reason(self, parent: object, title: str, question: str) -> str | None:
        self.shown.append(("ask_reason", title, question))
        self.asked.append(("ask_reason", question))
        return self.reasons.pop(0) if self.reasons else None

    def show_history(self, parent: object, title: str, rows) -> None:
        self.shown.append(("show_history", title))
        self.asked.append(("show_history", title))
        self.histories.append((title, list(rows)))

    def choose_conversation(self, parent: object, conversations) -> int | None:
        self.asked.append(("choose_conversation", str(len(conversations))))
        return self.chosen_conversation

    def ask_deletion(self, parent: object, title: str, text: str, reference: str):
        self.shown.append(("ask_deletion", title, text, reference))
        self.asked.append(("ask_deletion", text))
        return self.deletions.pop(0) if self.deletions else None


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    """Pop-ups answered by the test, never shown."""
    return ScriptedDialogs()


@pytest.fixture(scope="session")
def shipped_definitions():
    """The definitions in resources/, loaded once for the whole run."""
    from toolkit_desktop.forms import default_resources_dir, load_definitions

    return load_definitions(default_resources_dir())


@pytest.fixture
def suspend_source(qapp):
    """Stands in for QGuiApplication.applicationStateChanged, so a test can 'suspend' the app."""
    from PySide6.QtCore import QObject, Signal

    class StateSource(QObject):
        changed = Signal(object)

    source = StateSource()
    yield source
    source.deleteLater()


@pytest.fixture
def existing_vault(fake_clock: FakeClock) -> Path:
    """A vault already created with PASSPHRASE at the standard place, closed."""
    from toolkit_desktop.settings import Settings
    from toolkit_desktop.storage.vault import Vault

    path = Settings().vault()
    Vault.create(path, PASSPHRASE, fake_clock).close()
    return path


@pytest.fixture
def start_app(qtbot, fake_clock, dialogs, shipped_definitions, suspend_source):
    """Open the main window as `toolkit-desktop` would, with the test's clock and dialogs.

    Timers are short (autosave pause 100 ms, idle poll 50 ms) so tests wait briefly, never sleep.
    """
    from toolkit_desktop.settings import Settings
    from toolkit_desktop.ui.common.context import AppContext
    from toolkit_desktop.ui.shell.main_window import MainWindow

    def start(
        *, training: bool = False, settings: Settings | None = None, idle_poll_ms: int = 50
    ) -> MainWindow:
        context = AppContext(
            settings=settings or Settings(),
            read_definitions=lambda: shipped_definitions,
            clock=fake_clock,
            dialogs=dialogs,
            training=training,
            state_changes=suspend_source.changed,
            idle_poll_ms=idle_poll_ms,
            autosave_pause_ms=100,
        )
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.start()
        return window

    return start


class Driver:
    """Drives the main window by keyboard and mouse, as a practitioner would."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    def find(self, window, cls, name: str):
        """The child widget with this objectName (fails the test if there is none)."""
        found = window.findChild(cls, name)
        assert found is not None, f"no {cls.__name__} named {name!r}"
        return found

    def settle(self, window) -> None:
        """Wait until every vault job given so far has reported back."""
        self.qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=10_000)

    def wait_page(self, window, name: str) -> None:
        """Wait until the page with this objectName is on screen."""
        self.qtbot.waitUntil(
            lambda: window.pages.currentWidget().objectName() == name, timeout=10_000
        )

    def unlock(self, window, passphrase: str = PASSPHRASE) -> None:
        """Type the passphrase and press Enter on the unlock page."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLineEdit

        assert window.pages.currentWidget().objectName() == "unlockPage"
        edit = self.find(window, QLineEdit, "unlockPassphrase")
        self.qtbot.waitUntil(edit.isEnabled)
        edit.clear()
        self.qtbot.keyClicks(edit, passphrase)
        self.qtbot.keyClick(edit, Qt.Key.Key_Return)

    def in_new_case(self, window, name: str, place: str = "Dover, eastern docks") -> None:
        """Unlock, then start a case from the case list: where most app tests begin."""
        self.unlock(window)
        self.wait_page(window, "caseListPage")
        self.new_case(window, name, place)

    def new_case(self, window, name: str, place: str = "Dover, eastern docks") -> None:
        """Ctrl+N, type a name and a place, start the case, and wait for its workspace."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLineEdit

        from toolkit_desktop.ui.cases.new_case import NewCaseDialog

        self.qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.waitUntil(lambda: window.findChild(NewCaseDialog) is not None)
        dialog = window.findChild(NewCaseDialog)
        self.qtbot.waitExposed(dialog)
        self.qtbot.keyClicks(self.find(dialog, QLineEdit, "newCaseKnownAs"), name)
        place_edit = self.find(dialog, QLineEdit, "newCasePlace")
        self.qtbot.keyClicks(place_edit, place)
        self.qtbot.keyClick(place_edit, Qt.Key.Key_Return)
        self.wait_page(window, "caseWorkspace")
        # Offscreen there is no window manager to hand the focus back when the dialog closes.
        window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow)


@pytest.fixture
def drive(qtbot) -> Driver:
    """Helpers that drive the app as a practitioner would."""
    return Driver(qtbot)


# -- The pseudo language: every word that went through translation shows as ⟦word⟧ --------------


@pytest.fixture
def speak(qapp):
    """Switch the app's language for one test (`speak("cy")`, `speak(PSEUDO)`); English again
    afterwards."""
    from toolkit_desktop.ui.common.language import install_language

    yield install_language
    install_language("en")


class Words:
    """What a user meets on screen, and what of it escaped translation."""

    @staticmethod
    def visible(page) -> list[str]:
        """Every text a sighted or screen-reader user meets on `page` now: labels, buttons, the
        accessible names and placeholders of text boxes, the headers of tables and lists, the
        choices of drop-down lists, tooltips, and the title of a dialog or window."""
        from PySide6.QtCore import QModelIndex, Qt
        from PySide6.QtWidgets import (
            QAbstractButton,
            QAbstractItemView,
            QComboBox,
            QLabel,
            QLineEdit,
            QTableView,
            QTreeView,
            QWidget,
        )

        words = []
        if page.isWindow() and page.windowTitle().strip():
            words.append(page.windowTitle())
        for widget in [page, *page.findChildren(QWidget)]:
            if widget.isVisibleTo(page) or widget is page:
                tip = widget.toolTip()
                if tip.strip():
                    words.append(tip)
        for combo in page.findChildren(QComboBox):
            if combo.isVisibleTo(page):
                words += [t for t in (combo.itemText(i) for i in range(combo.count())) if t]
                words += [w for w in (combo.accessibleName(),) if w]
        for label in page.findChildren(QLabel):
            if label.isVisibleTo(page) and label.text().strip():
                words.append(label.text())
        for button in page.findChildren(QAbstractButton):
            if button.isVisibleTo(page) and button.text().strip():
                words.append(button.text())
        for edit in page.findChildren(QLineEdit):
            if edit.isVisibleTo(page):
                words += [w for w in (edit.accessibleName(), edit.placeholderText()) if w]
        for view in page.findChildren(QAbstractItemView):
            model = view.model()
            if view.isVisibleTo(page) and model is not None:
                words += [w for w in (view.accessibleName(),) if w]
                if not isinstance(view, (QTableView, QTreeView)):
                    continue
                for column in range(model.columnCount(QModelIndex())):
                    header = model.headerData(column, Qt.Orientation.Horizontal)
                    if header:
                        words.append(str(header))
        return words

    @staticmethod
    def untranslated(words: list[str]) -> list[str]:
        """The words that escaped translation (no ⟦ ⟧ in them) under the pseudo language."""
        return [w for w in words if "⟦" not in w]

    @classmethod
    def escaped(cls, page) -> list[str]:
        """The visible words of `page` that escaped translation."""
        return cls.untranslated(cls.visible(page))


@pytest.fixture
def words() -> type[Words]:
    """`words.visible(page)`, `words.untranslated(list)`, `words.escaped(page)`."""
    return Words


# -- A real vault, the case service and the command line, for the storage, services and cli tests --

STORE_PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def home(private_home: Path) -> Path:
    """The private TOOLKIT_DESKTOP_HOME every test is given."""
    return private_home


@pytest.fixture
def clock(fake_clock):
    """The hand-moved clock."""
    return fake_clock


@pytest.fixture
def vault_path(home: Path) -> Path:
    return home / "data" / "cases.tkvault"


@pytest.fixture
def vault(vault_path: Path, clock):
    """A real (not training) vault in this test's own folder."""
    from toolkit_desktop.storage.vault import Vault

    v = Vault.create(vault_path, STORE_PASSPHRASE, clock)
    yield v
    v.close()


@pytest.fixture(scope="session")
def shipped(shipped_definitions):
    """The definitions in resources/ (the same object as `shipped_definitions`)."""
    return shipped_definitions


@pytest.fixture
def service(vault, shipped):
    """The case service on this test's vault."""
    from toolkit_desktop.services.cases import CaseService

    return CaseService(vault, shipped)


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run `toolkit-desktop ARGS` in-process with the given standard input."""
    from toolkit_desktop.cli.main import main

    def run(*args: str, stdin: str = "") -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
