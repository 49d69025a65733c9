"""The main window: one stack of pages, a toolbar, the markings, and the lock that clears it all.

The first window (unlock, or setting up the vault) is on screen before the rest of the app is
loaded: the pages behind the lock (case list, workspace, settings) and what they import (the
services, and with them SQLAlchemy, SQLCipher and the pack's PDF and template libraries, about a
second on a slow laptop) are built by `_build_rooms`. That runs in idle time just after the first
paint, or on first need if something asks sooner; each of its attributes (`ROOMS`) reads the same
either way. The unlock click itself waits only for the services it needs (see `vault_flow`).
The definitions are read in that same idle moment, just before (`definitions`), and the pages a
first run needs (setting up a vault, the profile) are built only when shown.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QContextMenuEvent,
    QInputEvent,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.form_ids import MATRIX_FORM
from toolkit_desktop.ui.common.alt_keys import AltNeverTypes
from toolkit_desktop.ui.common.app_events import AppEvents
from toolkit_desktop.ui.common.context import AppContext
from toolkit_desktop.ui.common.enter_key import EnterPressesButtons
from toolkit_desktop.ui.common.language import translate
from toolkit_desktop.ui.common.look import show_focus
from toolkit_desktop.ui.common.worker import UNEXPECTED, VaultWorker, log_failure
from toolkit_desktop.ui.shell.clipboard_guard import ClipboardGuard
from toolkit_desktop.ui.shell.idle_lock import IdleLock
from toolkit_desktop.ui.shell.window_parts import (
    LOCK_NOTICES,
    MARKING,
    TRAINING_BANNER,
    add_toolbar,
    banner,
)
from toolkit_desktop.ui.vault.vault_flow import CREATED, RESTORED, VaultFlow

if TYPE_CHECKING:  # types only; the modules themselves load in _build_rooms (see above)
    from toolkit_desktop.domain.definitions import Definitions
    from toolkit_desktop.domain.records import Profile
    from toolkit_desktop.services.session import Session
    from toolkit_desktop.ui.cases.case_list_page import CaseListPage
    from toolkit_desktop.ui.vault.first_run import ProfilePage

EXIT_BROKEN_DEFINITIONS = 1  # also when the policy cannot apply: nothing was opened either way
CANNOT_START = "The toolkit cannot start"
BROKEN_DEFINITIONS = (
    "The toolkit's questions and rules (its definitions) have problems, so the app cannot "
    "start safely. Nothing in your vault was opened or changed. Send this report to whoever "
    "looks after the toolkit's definitions in your organisation (or your IT team); they can "
    "check the files with: toolkit-desktop forms check"
)

# What `_build_rooms` makes: asking for any of them before it ran builds them all at once.
ROOMS = frozenset({
    "autosaver", "case_list", "workspace", "settings_page", "status", "settings_keeper",
    "field_tools", "case_actions", "handover",
})


def _unasked_reason(now: Any) -> str:
    # Deferred: the amendments module reaches the case services (see the module docstring).
    from toolkit_desktop.ui.records.amendments import unasked_reason

    return unasked_reason(now)


class MainWindow(QMainWindow):
    """Every screen of the app, one at a time."""

    # The app cannot go on (its definitions are broken; the practitioner has been told why):
    # the exit status to close with. `application.run` ends the event loop with it.
    cannot_start = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rooms_state = "not built"  # then "building", then "built"
        self._warm_up_due = True  # the first paint schedules _build_rooms
        self._definitions_broken = False
        self.setObjectName("mainWindow")
        self.context = context
        self.session: Session | None = None
        self._place: tuple[int, str | None] | None = None  # case and step to return to
        self.setWindowTitle(context.title)
        self.setMinimumSize(880, 500)  # 1366x768 at 150% scaling leaves about 910x512
        self.worker = VaultWorker(self)
        self.worker.unexpected.connect(self.unexpected)
        self.idle = IdleLock(
            context.clock,
            timedelta(minutes=context.settings.idle_minutes),
            context.state_changes,
            context.idle_poll_ms,
            self,
        )
        self.idle.lock_due.connect(self.lock)
        app = QApplication.instance()
        show_focus(app)
        self.enter_key = EnterPressesButtons(self)
        self.alt_keys = AltNeverTypes(self)
        # One filter on the app for all of them (`app_events`), in the order Qt gave them before:
        # activity first (the key that wakes a slept laptop goes no further), then the keys.
        self.app_events = AppEvents(self)
        self.app_events.route(QInputEvent, self.idle.eventFilter)
        self.app_events.route(QKeyEvent, self.alt_keys.eventFilter)
        self.app_events.route(QKeyEvent, self.enter_key.eventFilter)
        self.app_events.install(app)
        app.focusChanged.connect(self._focus_moved)
        self.clipboard = ClipboardGuard(self)

        self.flow = VaultFlow(context, self.worker, self.definitions, self)
        self.flow.show_page.connect(self._show)
        self.flow.unlocked.connect(self._unlocked)
        self.flow.backup_finished.connect(self._backup_finished)
        self.pages = QStackedWidget(objectName="pages")  # each page joins it when first shown
        self.training_banner = banner("trainingBanner", TRAINING_BANNER)
        self.training_banner.setVisible(context.training)
        self.marking = banner("protectiveMarking", MARKING)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.training_banner)
        layout.addWidget(self.marking)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.actions_ = add_toolbar(self, (
            ("cases", translate("Shell", "&Cases"), "Ctrl+Shift+C", self.show_case_list),
            ("new", translate("Shell", "&New case"), "Ctrl+N", self.new_case),
            ("settings", translate("Shell", "Se&ttings"), "Ctrl+,", self.show_settings),
            ("lock", translate("Shell", "&Lock"), "Ctrl+L", lambda: self.lock("manual")),
            # Handing the open case to a colleague's laptop, and receiving one (ui/handover).
            ("handover", translate("Shell", "&Hand over…"), "Ctrl+Shift+H",
             lambda: self._handover("hand_over")),
            ("receive", translate("Shell", "Recei&ve a case…"), "Ctrl+Shift+R",
             lambda: self._handover("receive")),
        ))
        # Ctrl+Q closes the app as Alt+F4 does (saving first, asking if something cannot be).
        quit_action = QAction(translate("Shell", "Quit"), self, objectName="action:quit")
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        # Alt+P makes the pack from any step of an open case, not only from the Referral step.
        pack_action = QAction(
            translate("Shell", "Make the referral pack"), self, objectName="action:pack"
        )
        pack_action.setShortcut(QKeySequence("Alt+P"))
        pack_action.triggered.connect(self._make_pack)
        self.addAction(pack_action)
        # F1: every key the app answers to, on one page (toolbar Alt-letters do not work in Qt).
        help_action = QAction(
            translate("Shell", "Keyboard shortcuts"), self, objectName="action:shortcuts"
        )
        help_action.setShortcut(QKeySequence("F1"))
        help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        help_action.triggered.connect(self.show_shortcuts)
        self.addAction(help_action)
        self._set_unlocked(False)

    def show_shortcuts(self) -> None:
        """The keyboard shortcut sheet (F1), on top of whatever is on screen, closed by Esc."""
        from toolkit_desktop.ui.shell.shortcuts_sheet import ShortcutsSheet

        sheet = ShortcutsSheet(self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()

    # -- the rooms behind the lock, built after the first window ---------------------------------

    def __getattr__(self, name: str) -> Any:
        # Python asks here only for an attribute not yet set: one of ROOMS before _build_rooms.
        if name in ROOMS and self.__dict__.get("_rooms_state") == "not built":
            self._build_rooms()
            if name in self.__dict__:  # not when the definitions are broken (already said)
                return self.__dict__[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def rooms_built(self) -> bool:
        """Whether the pages behind the lock exist yet (they do once anything asked for them)."""
        return self._rooms_state == "built"

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint, and once the first window is on screen, load the rest in idle time."""
        super().paintEvent(event)
        if self._warm_up_due:
            self._warm_up_due = False
            QTimer.singleShot(0, self, self._build_rooms)  # the definitions first, then the rooms

    def definitions(self) -> Definitions | None:
        """The definitions, read once (just after the first paint, or when a vault is first
        opened if that comes sooner). When they are broken: None, after showing the whole report
        once and emitting `cannot_start`; no vault has been touched then."""
        if self._definitions_broken:
            return None
        from toolkit_desktop.forms.problems import DefinitionsError, format_problems

        try:
            return self.context.definitions
        except DefinitionsError as exc:
            details = format_problems(exc.problems)
        except Exception as exc:  # noqa: BLE001 - a reader's own fault stops the app the same way
            log_failure("definitions could not be read", exc)
            details = f"They could not be read ({type(exc).__name__}); the log says where."
        self._definitions_broken = True
        self.context.dialogs.report(self, CANNOT_START, BROKEN_DEFINITIONS, details)
        self.cannot_start.emit(EXIT_BROKEN_DEFINITIONS)
        return None

    def _build_rooms(self) -> None:
        """Import and build the pages behind the lock and the tools that serve them."""
        if self._rooms_state != "not built" or self.definitions() is None:
            return  # built, being built, or the definitions are broken and the app is closing
        self._rooms_state = "building"
        # Deferred from the top of the module so that the first window shows before these load:
        # they import the services, SQLAlchemy and the pack (see the module docstring).
        from toolkit_desktop.ui.form.autosave import Autosaver
        from toolkit_desktop.ui.handover.handover_actions import HandoverActions
        from toolkit_desktop.ui.settings.settings_page import SettingsPage
        from toolkit_desktop.ui.shell.settings_keeper import SettingsKeeper
        from toolkit_desktop.ui.workspace.case_actions import CaseActions
        from toolkit_desktop.ui.workspace.field_tools import FieldTools
        from toolkit_desktop.ui.workspace.save_status import SaveStatus
        from toolkit_desktop.ui.workspace.workspace import CaseWorkspace

        context = self.context
        self.autosaver = Autosaver(self.worker, context.clock, context.autosave_pause_ms, self)
        self.case_list = self._new_case_list()
        self.workspace = CaseWorkspace(context.definitions, context.clock.now)
        self.workspace.answer_changed.connect(self.autosaver.change)
        self.settings_page = SettingsPage(
            context.settings, context.dialogs, self.worker, lambda: self.session
        )
        self.status = SaveStatus(self.statusBar(), self.autosaver, context.definitions)
        self.settings_keeper = SettingsKeeper(
            context, self.settings_page, self.idle, self.worker, self.status, lambda: self.session,
            self,
        )
        self.field_tools = FieldTools(self)  # history, sources and amendments of any answer
        self.app_events.route(QContextMenuEvent, self.field_tools.eventFilter)
        self.case_actions = CaseActions(
            self, context, lambda: self.session, self.worker, self.autosaver, self.workspace,
            self.status, self.statusBar(),
        )
        self.handover = HandoverActions(
            self, context, lambda: self.session, self.worker, self.workspace, self.pages,
            self.status, self.autosaver.flush, self.show_case_list, self.open_case,
            lambda: self.pages.currentWidget() is self.case_list,
        )
        self.centralWidget().layout().insertWidget(2, self.handover.banner)  # below the marking
        for page in (self.case_list, self.workspace, self.settings_page):
            self.pages.addWidget(page)
        self._rooms_state = "built"

    def _handover(self, what: str) -> None:
        if self.session is not None:
            getattr(self.handover, what)()

    def _new_case_list(self) -> CaseListPage:
        # Deferred with the other rooms (see the module docstring).
        from toolkit_desktop.ui.cases.case_list_page import CaseListPage
        from toolkit_desktop.ui.cases.delete_case import CaseDeletion
        from toolkit_desktop.ui.cases.overview_dialog import CaseOverview

        page = CaseListPage(self.context.clock.now)
        page.open_case.connect(self.open_case)
        page.new_case.connect(self.new_case)
        page.query.textEdited.connect(lambda _text: self.workspace.put_off())  # no hitch there
        page.overview = CaseOverview(self, self.context, self.worker, lambda: self.session,
                                     self.open_case)
        page.overview_requested.connect(page.overview.show)
        page.deletion = CaseDeletion(
            page, self.context, self.worker, lambda: self.session, lambda: self.status,
            self.show_case_list,
        )
        return page

    def _make_pack(self) -> None:
        if not self.rooms_built:
            return
        if self.pages.currentWidget() is self.workspace and self.workspace.snapshot is not None:
            self.workspace.export_requested.emit()

    def start(self) -> None:
        """Show the first page: create the vault, or unlock it."""
        self.flow.start()

    # -- pages ----------------------------------------------------------------------------------

    def _show(self, page: QWidget) -> None:
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        # The marking is shown wherever a child's details can be on screen.
        self.marking.setVisible(
            self.rooms_built and any(page is room for room in (self.case_list, self.workspace))
        )

    def _set_unlocked(self, unlocked: bool) -> None:
        for action in self.actions_.values():
            action.setEnabled(unlocked)

    def _unlocked(self, session: Session, how: str) -> None:
        self.session = session
        self._set_unlocked(True)
        self.idle.arm()
        self.settings_page.show_profile(session.profile)
        self.status.unlocked()
        self.case_actions.unlocked(session)
        if how == RESTORED:
            self._place = None  # a backup may not hold the case that was open
            self.status.note(translate("Shell", "The backup was restored and unlocked."))
            self.status.not_put_in_backup(self.autosaver.forget())
        self.autosaver.resume(session.service)  # what could not be saved before the lock
        self.field_tools.amendments.unlocked()
        if how == CREATED:
            self.profile_page.start(session.profile)
            self._show(self.profile_page)
            self.profile_page.form.edits["name"].setFocus()
        elif self._place is not None:
            case_id, step = self._place
            self._place = None
            self.open_case(case_id, step, on_failed=self._back_to_list)
        else:
            self.show_case_list()
            self.workspace.prepare()  # the page a case opens on, built while the list is read

    def _backup_finished(self, session: Session) -> None:
        if session is self.session:  # not locked meanwhile: the status bar says how it went
            self.case_actions.unlocked(session)

    def _first_profile(self, profile: Profile | None) -> None:
        if profile is not None:
            self.settings_keeper.save_profile(profile)
            self.settings_page.show_profile(profile)  # Settings shows what first run saved
        self.show_case_list()

    def show_case_list(self) -> None:
        """Show every case; the list is read off the GUI thread."""
        session = self.session
        if session is None:
            return
        self.autosaver.end()
        self.case_actions.drafts.flush()
        self._show(self.case_list)
        self.case_list.show_loading()
        self.case_list.query.setFocus()
        from toolkit_desktop.domain.wording import uk_today  # not needed for the first window

        today = uk_today(self.context.clock.now())
        self.worker.submit(
            lambda: session.entries(today), self._entries_loaded, self.status.problem
        )

    def _entries_loaded(self, entries: list[Any]) -> None:
        if self.session is not None:
            self.case_list.set_entries(entries)

    def show_settings(self) -> None:
        """Show the settings page, with the practitioner's details as last saved."""
        session = self.session
        if session is not None:
            self.autosaver.flush()
            self.settings_page.commit_pending()  # details typed there and not yet left
            self.settings_page.show_profile(session.profile)
            self._show(self.settings_page)
            self.settings_page.setFocus()
            self.settings_page.focusNextChild()

    @functools.cached_property
    def profile_page(self) -> ProfilePage:
        """Asking the practitioner's name and team, once, after the vault is created."""
        from toolkit_desktop.ui.vault.first_run import ProfilePage  # only a first run needs it

        page = ProfilePage()
        page.finished.connect(self._first_profile)
        return page

    def new_case(self) -> None:
        """Ask for what is needed to start a case."""
        if self.session is None:
            return
        # Imported on first use: it is not needed for the first window (issue 14).
        from toolkit_desktop.ui.cases.new_case import NewCaseDialog

        dialog = NewCaseDialog(self.context.clock.now(), self)
        dialog.start_case.connect(self._start_case)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _start_case(self, known_as: str, first_met: Any, place: str) -> None:
        session = self.session
        if session is None:
            return
        self.worker.submit(
            lambda: session.service.start_case(first_met, place, known_as),
            lambda case: self.open_case(case.id),
            self.status.problem,
        )

    def open_case(self, case_id: int, step: str | None = None, on_failed: Any = None) -> None:
        """Open a case in the workspace (read off the GUI thread)."""
        session = self.session
        if session is None:
            return
        self.autosaver.flush()
        self.case_actions.drafts.flush()  # with the case they were typed for, before it goes
        self.worker.submit(
            lambda: session.service.snapshot(case_id),
            lambda snapshot: self._case_loaded(session, snapshot, step),
            on_failed or self.status.problem,
        )

    def _back_to_list(self, sentence: str, exc: Exception | None = None) -> None:
        self.status.problem(sentence, exc)
        self.show_case_list()

    def _case_loaded(self, session: Session, snapshot: Any, step: str | None) -> None:
        if self.session is not session:
            return  # locked meanwhile
        self.autosaver.begin(session.service, snapshot.case.id)
        self.workspace.set_profile(session.profile)
        self.workspace.show_case(snapshot, step)
        self._show(self.workspace)
        self.case_actions.case_opened()
        self.workspace.focus_step()  # on screen now: the keyboard on the step's first question

    def unexpected(self) -> None:
        """Something failed that no code expected: say one calm sentence, free a waiting page."""
        self.status.problem(translate("Common", UNEXPECTED))
        if self.worker.pending == 0:
            self.flow.not_busy()

    # -- locking --------------------------------------------------------------------------------

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        # Leaving a field records it at once instead of waiting for the pause (there is nothing
        # to record before the rooms exist: the autosaver is one of them).
        if old is not None and self.rooms_built:
            self.autosaver.flush()
            self.case_actions.drafts.flush()

    def lock(self, why: str = "manual") -> None:
        """Save what is pending, close the vault and clear every widget that showed case data."""
        session = self.session
        if session is None:
            return
        if self.pages.currentWidget() is self.workspace and self.workspace.snapshot is not None:
            self._place = (self.workspace.snapshot.case.id, self.workspace.current_step())
        self._save_everything()
        # A date box holding words that are not a date keeps nothing: said, never lost silently.
        not_kept = self._dates_not_kept(words=False) if self.rooms_built else []
        self.autosaver.lock(_unasked_reason(self.context.clock.now()))
        self.case_actions.lock()
        self.status.locked()
        self.handover.lock()  # the handover words never stay on a locked screen
        self.clipboard.clear_ours()
        self.session = None
        self.worker.submit(session.close)  # after the pending saves: the worker keeps order
        self.idle.disarm()
        self._set_unlocked(False)
        for dialog in self.findChildren(QDialog, "newCaseDialog"):
            dialog.reject()
        for dialog in self.findChildren(QDialog, "overviewDialog"):  # names and dates: off
            dialog.reject()
        self.workspace.clear()
        self.case_list.clear()
        self.settings_page.clear()
        if "profile_page" in self.__dict__:  # built only on a first run
            self.profile_page.form.clear()
        minutes = self.context.settings.idle_minutes
        notice = translate("Shell", LOCK_NOTICES.get(why, LOCK_NOTICES["manual"]))
        notice = notice.format(minutes=minutes)
        if not_kept:
            # Unkept: not a date that could be read, or one waiting for Enter to confirm it.
            saved = translate("Shell", "Your work was saved.")
            but = translate(
                "Shell", "Your work was saved, except {dates}: it was not yet accepted as a "
                "date. Type it again once unlocked.").format(dates=", ".join(not_kept))
            notice = notice.replace(saved, but) if saved in notice else f"{notice} {but}"
        self.flow.show_unlock(notice)
        self._release_case_widgets()

    def _release_case_widgets(self) -> None:
        """Destroy the widgets that held the case, not only empty them: a cleared widget keeps
        its undo history, its models' and documents' old text in Qt's heap, and the Python
        objects its slots still reach. The steps' pages are built again on the next visit, the
        case list at once (it is one page, always in the stack)."""
        doomed: list[QWidget] = self.workspace.release_views()
        index = self.pages.indexOf(self.case_list)
        old_list, self.case_list = self.case_list, self._new_case_list()
        self.pages.insertWidget(index, self.case_list)
        self.pages.removeWidget(old_list)
        doomed.append(old_list)
        for widget in doomed:
            widget.hide()
            widget.deleteLater()
        # Lock can be reached from inside a key press on one of these widgets (the idle lock
        # after sleep): Qt deletes them once that event has returned to the loop. Deferred
        # deletions are never forced here: sending them for every object would also delete
        # objects Qt itself scheduled from inside a running event, under its feet. Then Python
        # drops what only they kept alive (a timer: after the deletions the loop runs first).
        # Tied to the window: never run after it is gone (a test's end, the app closing).
        QTimer.singleShot(0, self, self._collect_released)

    @staticmethod
    def _collect_released() -> None:
        gc.collect()

    def _save_everything(self) -> None:
        """Record what is typed and not yet saved, asking nothing: the vault is locking or the app
        closing. A change that needs a reason (a pack went out) is recorded with one saying so."""
        from toolkit_desktop.ui.fields.dates import commit_typed_date  # see _build_rooms

        unasked = _unasked_reason(self.context.clock.now())
        self.settings_page.commit_pending()
        commit_typed_date(self)  # a date box keeps what it holds when left: the keyboard is there
        self.autosaver.save_now(unasked)  # first, so the changes below follow these
        self.field_tools.amendments.lock(unasked)
        self.case_actions.drafts.flush()  # a conversation or entry typed and not yet recorded

    def _dates_not_kept(self, *, words: bool = True) -> list[str]:
        """The dates typed in the forms that no answer holds: not read as a date, or waiting for
        Enter. `words=False` leaves the typed words out (the locked screen shows no case data).
        A record form's date is not among them: its draft keeps it (`ui.records.drafts`)."""
        from toolkit_desktop.ui.fields.dates import TypedDateWidget  # see _build_rooms

        kept_in_drafts = [form for name in ("conversationForm", "entryForm")
                          for form in self.workspace.findChildren(QWidget, name)]
        found = [box for box in self.workspace.findChildren(TypedDateWidget) if box.unkept()
                 and not any(form.isAncestorOf(box) for form in kept_in_drafts)]
        said = (translate("Shell", "the date “{typed}” typed for “{question}”") if words
                else translate("Shell", "the date typed for “{question}”"))
        return [said.format(typed=box.unkept(), question=box.field.label) for box in found]

    def _unsaved_at_close(self) -> list[str]:
        """What could not be saved, in words, once the final saves have reported back."""
        self.worker.wait()
        if not self.rooms_built:
            return []  # closed from the first window: nothing was open to save
        # Deliver the reports now (they are queued for the event loop), so a failure is known.
        QCoreApplication.sendPostedEvents(self.worker, QEvent.Type.MetaCall)
        names = [f"“{self.status.where(*key)}”" for key in dict.fromkeys(self.autosaver.waiting())]
        if self.settings_keeper.profile_unsaved and self.session is not None:
            names.append("your details under “About you”")
        names += self._dates_not_kept()
        # A record form's words are kept as a draft until recorded; only one not written is lost.
        from toolkit_desktop.services.cases import CONVERSATION_DRAFT, ENTRY_DRAFT

        for kind in self.case_actions.drafts.waiting():
            if kind == CONVERSATION_DRAFT:
                names.append(translate("Shell", "the conversation typed and not yet recorded"))
            elif kind == ENTRY_DRAFT:
                names.append(translate("Shell", "the chronology entry typed and not yet added"))
            else:
                names.append(translate("Shell", "the correction typed and not yet added"))
        matrix = self.workspace.views.get(MATRIX_FORM)
        for words in matrix.unsaved_evidence() if matrix is not None else []:
            names.append(f"the evidence typed for “{words}”, which has no answer (Known, "
                         "Suspected or Not present) yet")
        return names

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save what is pending and close the vault before the window goes; if something could
        not be saved, say what and let the practitioner keep the app open to try again."""
        if self.session is not None:
            self._save_everything()
        unsaved = self._unsaved_at_close()
        again = (
            translate("Shell", "Keep the app open to try again (for example after freeing space "
                      "on the disk).")
            if self.session is not None
            else translate("Shell", "Keep the app open and unlock it to try again.")
        )
        if unsaved and not self.context.dialogs.confirm(
            self, translate("Shell", "Not everything is saved"),
            translate("Shell", "Some of your work could not be saved: {unsaved}. If you close "
                      "now, it is lost. {again}").format(unsaved=", ".join(unsaved), again=again),
            translate("Shell", "Close and lose it"),
        ):
            event.ignore()
            return
        if self.rooms_built:
            self.autosaver.forget()  # the practitioner chose to close without them
            self.case_actions.drafts.forget()
            self.autosaver.lock(_unasked_reason(self.context.clock.now()))
        if self.session is not None:
            self.worker.submit(self.session.close)
            self.session = None
        self.idle.disarm()
        self.clipboard.clear_ours()
        # Every filter this window put on the app comes off, and its focus watch: a closed window
        # is not yet deleted, and would go on seeing every event of the next window.
        app = QApplication.instance()
        self.app_events.uninstall(app)  # the answers' right-click menu with it
        with contextlib.suppress(RuntimeError, TypeError):  # not connected: nothing to undo
            app.focusChanged.disconnect(self._focus_moved)
        self.worker.wait()
        if self.rooms_built:
            # Nothing of the case may run after the window goes: a refresh still pending would
            # reach widgets Qt is tearing down.
            self.workspace.clear()
        event.accept()
