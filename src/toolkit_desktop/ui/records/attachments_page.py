"""The "Documents and photo" page of a case: attach, view, save a copy of, and remove files.

Files are kept inside the vault; the only way one leaves it is "Save a copy", which asks where.
A PDF is never opened outside the app: the page says how many pages it has and offers a copy.
The file chooser is a seam (`choose_file`), as every dialog is, so tests never meet a native
one. Everything is reachable from the keyboard: Alt+A adds (then type the description, Tab to the
date and the photo box, Enter attaches), Enter views, Alt+S saves a copy, Delete removes.

Every vault call goes through `run`. On its own the page calls its `CaseAttachments` directly;
in the case workspace `on_worker` sends each call to the app's worker, because attaching a 20 MB
file encrypts it into the vault (about half a second on a laptop, more on a slow one) and the
window must not freeze meanwhile. Results that arrive after a lock, or once another case is
open, are dropped there (`CaseJobs`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.attachments import Attachment, AttachmentKind, size_words
from toolkit_desktop.domain.date_text import DateProblem, read_date
from toolkit_desktop.errors import ToolkitError
from toolkit_desktop.services.attachments import CaseAttachments, pdf_pages
from toolkit_desktop.ui.common.dates import show_date, show_time
from toolkit_desktop.ui.common.dialogs import Dialogs
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.common.worker import explain
from toolkit_desktop.ui.fields.layout_order import nest_layout

if TYPE_CHECKING:  # types only
    from toolkit_desktop.services.cases import CaseSnapshot
    from toolkit_desktop.services.session import Session
    from toolkit_desktop.ui.common.worker import CaseJobs

TITLE = QT_TRANSLATE_NOOP("Records", "Documents and photo")
HELP = QT_TRANSLATE_NOOP(
    "Records",
    "Attach a photo of the child (for the missing-child description sheet) or a supporting "
    "document: a JPEG or PNG image or a PDF, up to 25 MB. Files are kept inside the encrypted "
    "vault, listed in the referral pack, and PDFs are added at the end of the pack.",
)
FileChooser = Callable[[QWidget], Path | None]
FileWork = Callable[[CaseAttachments], Any]
# run(work, done, failed): do `work` on the case's attachments, then done(result) or
# failed(sentence).
Run = Callable[[FileWork, Callable[[Any], None], Callable[[str], None]], None]


def run_here(files: CaseAttachments) -> Run:
    """Run each call at once on the GUI thread (the page on its own, and its tests)."""

    def run(work: FileWork, done: Callable[[Any], None], failed: Callable[[str], None]) -> None:
        try:
            result = work(files)
        except ToolkitError as exc:
            failed(explain(exc))
            return
        done(result)

    return run


def on_worker(jobs: CaseJobs) -> Run:
    """Run each call on the app's worker, on the case on screen, after the answers being saved."""

    def run(work: FileWork, done: Callable[[Any], None], failed: Callable[[str], None]) -> None:
        def job(session: Session, case_id: int) -> Any:
            return work(session.attachments(case_id))

        jobs.run(job, done, failed)

    return run


def choose_file(parent: QWidget) -> Path | None:
    """The native file chooser (tests pass their own)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Records", "Attach a photo or document"),
        "",
        translate("Records", "Photos and PDFs (*.jpg *.jpeg *.png *.pdf)"),
    )
    return Path(name) if name else None


def line(a: Attachment) -> str:
    """One attachment as the list shows it."""
    if a.removal is not None:
        return translate(
            "Records",
            "{number}. Removed: {description}. Removed by {name}, {time}. Reason: {reason}",
        ).format(number=a.number, description=a.description, name=a.removal.removed_by,
                 time=show_time(a.removal.removed_at), reason=a.removal.reason)
    when = show_date(a.document_date) if a.document_date else translate("Records", "no date")
    if a.child_photo:
        text = translate(
            "Records",
            "{number}. {description} (photo of the child): {kind}, {date}, {size}. "
            "Added by {name}, {time}.",
        )
    else:
        text = translate(
            "Records", "{number}. {description}: {kind}, {date}, {size}. Added by {name}, {time}."
        )
    return text.format(number=a.number, description=a.description, kind=a.kind.words,
                       date=when, size=size_words(a.size), name=a.added_by,
                       time=show_time(a.added_at))


class AttachmentsPage(QWidget):
    """The list, and a small form that appears when a file has been chosen.

    Built with `files` it shows that case at once. The workspace builds it without, then
    `use_vault` gives it the dialogs and the worker, and `show_records` the case to show.
    """

    count_changed = Signal()  # the list was read again: `count` may say something new

    def __init__(self, files: CaseAttachments | None = None, dialogs: Dialogs | None = None,
                 chooser: FileChooser = choose_file, parent: QWidget | None = None, *,
                 today: Callable[[], date] | None = None) -> None:
        super().__init__(parent, objectName="attachmentsPage")
        self.files = files
        self.dialogs = dialogs
        self.chooser = chooser
        self.run: Run | None = run_here(files) if files is not None else None
        self._today = today or (files.today if files is not None else None)
        self.case_id: int | None = files.case_id if files is not None else None
        self.count: int | None = None  # attachments not removed; None until the list is read
        self.chosen: Path | None = None
        self.viewer: QDialog | None = None

        layout = QVBoxLayout(self)
        title = QLabel("<b>{title}</b>".format(title=translate("Records", TITLE)))
        helper = QLabel(translate("Records", HELP), wordWrap=True)
        self.list = QListWidget(objectName="attachmentsList")
        self.list.setAccessibleName(translate("Records", "Photos and documents of this case"))
        self.list.itemActivated.connect(lambda _item: self.view())
        self.status = QLabel("", objectName="attachmentsStatus", wordWrap=True)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("Records", "Add a photo or document… (Alt+A)"),
                                      objectName="attachmentAdd")
        self.view_button = QPushButton(translate("Records", "View (Enter)"),
                                       objectName="attachmentView")
        self.save_button = QPushButton(translate("Records", "Save a copy… (Alt+S)"),
                                       objectName="attachmentSave")
        self.remove_button = QPushButton(translate("Records", "Remove… (Delete)"),
                                         objectName="attachmentRemove")
        # Explicit shortcuts rather than mnemonics: they work wherever the page has the
        # keyboard, and the key is written on the button.
        for button, action, key in ((self.add_button, self.choose, "Alt+A"),
                                    (self.view_button, self.view, "Alt+V"),
                                    (self.save_button, self.save_copy, "Alt+S"),
                                    (self.remove_button, self.remove, "Alt+R")):
            button.clicked.connect(action)
            buttons.addWidget(button)
            QShortcut(QKeySequence(key), self, action,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons.addStretch(1)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list, self.remove,
                  context=Qt.ShortcutContext.WidgetShortcut)

        # The details of the chosen file: shown once a file is chosen, Enter attaches it.
        self.details = QFrame(objectName="attachmentDetails")
        form = QVBoxLayout(self.details)
        self.chosen_label = QLabel("", objectName="attachmentChosen")
        self.description = QLineEdit(objectName="attachmentDescription")
        self.description.setPlaceholderText(
            translate("Records", "What it is, e.g. Photo taken at the duty office"))
        self.description.setAccessibleName(translate("Records", "Description"))
        self.date = QLineEdit(objectName="attachmentDate")
        self.date.setAccessibleName(translate("Records", "Date (optional)"))
        self.date.setPlaceholderText(
            translate("Records", "The date it is of (optional), e.g. 28/11/2026"))
        self.photo = QCheckBox(
            translate("Records", "This is a photo of the child, for the missing-child sheet"),
            objectName="attachmentIsPhoto")
        attach = QPushButton(translate("Records", "Attach (Enter)"), objectName="attachmentConfirm")
        cancel = QPushButton(translate("Records", "Cancel"), objectName="attachmentCancel")
        attach.clicked.connect(self.attach)
        cancel.clicked.connect(self.cancel)
        for edit in (self.description, self.date):
            edit.returnPressed.connect(self.attach)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.photo, self.attach,
                  context=Qt.ShortcutContext.WidgetShortcut)
        row = QHBoxLayout()
        row.addWidget(attach)
        row.addWidget(cancel)
        row.addStretch(1)
        for w in (self.chosen_label,
                  QLabel(translate("Records", "Description:"), buddy=self.description),
                  self.description,
                  QLabel(translate("Records", "Date (optional):"), buddy=self.date), self.date,
                  self.photo):
            form.addWidget(w)
        nest_layout(form, row)
        self.details.hide()

        for w in (title, helper, self.list):
            layout.addWidget(w)
        nest_layout(layout, buttons)
        layout.addWidget(self.details)
        layout.addWidget(self.status)
        self.refresh()

    # -- the case on screen ------------------------------------------------------------------------

    def use_vault(self, dialogs: Dialogs, run: Run) -> None:
        """The dialogs to ask through and where the vault calls run (see `on_worker`)."""
        self.dialogs = dialogs
        self.run = run

    def show_records(self, snapshot: CaseSnapshot) -> None:
        """Show this case's attachments (read again only when the case is another one)."""
        if snapshot.case.id != self.case_id:
            self.clear()
            self.case_id = snapshot.case.id
            self.refresh()

    def clear(self) -> None:
        """Show no case (on lock): the list, the details typed, the status and the viewer."""
        self.case_id = None
        self.count = None
        self.list.clear()
        self.cancel()
        self.details.setEnabled(True)
        for edit in (self.description, self.date):
            edit.setText("")  # unlike clear(), also empties the box's undo history
        self.chosen_label.clear()
        self.photo.setChecked(False)
        self.status.clear()
        if self.viewer is not None:
            self.viewer.close()
            self.viewer.deleteLater()  # its title is the description, its picture the photo
            self.viewer = None
        self.count_changed.emit()

    def focus_first(self) -> bool:
        """Opening the step puts the keyboard on the list, or on Add when it is empty."""
        target = self.list if self.list.count() else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _run(self, work: FileWork, done: Callable[[Any], None],
             failed: Callable[[str], None] | None = None) -> None:
        if self.run is not None and self.case_id is not None:
            self.run(work, done, failed or self.say)

    # -- the list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again from the vault."""
        self._run(lambda files: files.listed(), self._show_list)

    def _show_list(self, listed: list[Attachment]) -> None:
        self.list.clear()
        for a in listed:
            item = QListWidgetItem(line(a))
            item.setData(Qt.ItemDataRole.UserRole, a)
            if a.removed:
                item.setForeground(Qt.GlobalColor.darkGray)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)
        self.count = sum(1 for a in listed if not a.removed)
        self.count_changed.emit()

    def current(self) -> Attachment | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def say(self, text: str) -> None:
        self.status.setText(text)

    # -- adding ---------------------------------------------------------------------------------

    def choose(self) -> None:
        """Ask for a file, then for its details."""
        if self.case_id is None or not self.details.isEnabled():  # no case, or one being attached
            return
        path = self.chooser(self)
        if path is None:
            return
        self.chosen = path
        self.chosen_label.setText(translate("Records", "File: {name}").format(name=path.name))
        self.description.setText("")  # and its undo history: it may hold another case's words
        self.date.setText("")
        self.photo.setChecked(False)
        self.details.show()
        self.description.setFocus()

    def attach(self) -> None:
        """Attach the chosen file with the details typed; a refusal is said and changes nothing."""
        if self.chosen is None or not self.details.isEnabled() or self._today is None:
            return
        day: date | None = None
        if self.date.text().strip():
            try:
                day = date.fromisoformat(read_date(self.date.text(), self._today()))
            except DateProblem as exc:
                self.say(translate("Records", "The date cannot be read. {problem}").format(
                    problem=exc))
                self.date.setFocus()
                return
        path, text, photo = self.chosen, self.description.text(), self.photo.isChecked()
        # Until the vault answers: Enter pressed twice must not attach the file twice.
        self.details.setEnabled(False)
        self.say(translate("Records", "Attaching {name}…").format(name=path.name))
        self._run(lambda files: files.add(path, text, day, photo), self._attached,
                  self._not_attached)

    def _not_attached(self, sentence: str) -> None:
        self.details.setEnabled(True)
        self.say(sentence)
        self.description.setFocus()

    def _attached(self, added: Attachment) -> None:
        self.details.setEnabled(True)
        self.cancel()
        self.refresh()
        self.say(translate(
            "Records",
            "Attached as number {number}: {kind}, {size}. It is kept inside the vault.",
        ).format(number=added.number, kind=added.kind.words, size=size_words(added.size)))
        self.list.setFocus()

    def cancel(self) -> None:
        self.chosen = None
        self.details.hide()

    # -- viewing, saving, removing ---------------------------------------------------------------

    def view(self) -> None:
        """An image in a window of its own; for a PDF, its page count and how to read it."""
        a = self.current()
        if a is None:
            return
        if a.kind is AttachmentKind.PDF:  # its pages counted off the GUI thread too
            self._run(lambda files: pdf_pages(files.data(a.number)),
                      lambda pages: self._tell_pdf(a, pages))
        else:
            self._run(lambda files: files.data(a.number), lambda data: self._show(a, data))

    def _tell_pdf(self, a: Attachment, pages: int | None) -> None:
        if self.dialogs is not None:
            if not pages:
                text = translate(
                    "Records",
                    "{description} is a PDF (pages not readable). It stays inside the vault and "
                    "is added at the end of the referral pack. To read it here, choose Save a "
                    "copy: the copy is not protected by the vault.",
                )
            elif pages == 1:
                text = translate(
                    "Records",
                    "{description} is a PDF (1 page). It stays inside the vault and is added at "
                    "the end of the referral pack. To read it here, choose Save a copy: the copy "
                    "is not protected by the vault.",
                )
            else:
                text = translate(
                    "Records",
                    "{description} is a PDF ({pages} pages). It stays inside the vault and is "
                    "added at the end of the referral pack. To read it here, choose Save a copy: "
                    "the copy is not protected by the vault.",
                )
            self.dialogs.inform(self, a.description,
                                text.format(description=a.description, pages=pages))

    def _show(self, a: Attachment, data: bytes) -> None:
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            self.say(translate(
                "Records", "{description} cannot be shown: the image file is damaged."
            ).format(description=a.description))
            return
        if self.viewer is not None:  # one picture at a time
            self.viewer.close()
            self.viewer.deleteLater()
        viewer = QDialog(self, objectName="attachmentViewer")
        viewer.setWindowTitle(a.description)
        box = QVBoxLayout(viewer)
        picture = QLabel(objectName="attachmentImage")
        picture.setPixmap(pixmap.scaled(600, 600, Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation))
        box.addWidget(picture)
        self.viewer = viewer
        viewer.show()

    def save_copy(self) -> None:
        """Write a copy out of the vault, only where the practitioner chooses."""
        a = self.current()
        if a is None or a.removed or self.dialogs is None:
            return
        target = self.dialogs.choose_save_file(
            self, translate("Records", "Save a copy"), Path.home() / a.file_name,
            translate("Records", "All files (*)"))
        if target is None:
            return
        self._run(lambda files: files.save_copy(a.number, target), lambda _none: self.say(
            translate(
                "Records", "A copy was saved to {path}. That copy is not protected by the vault."
            ).format(path=target)))

    def remove(self) -> None:
        """Remove the chosen attachment, with a reason; the record stays, the file goes."""
        a = self.current()
        if a is None or a.removed or self.dialogs is None:
            return
        reason = self.dialogs.ask_reason(
            self, translate("Records", "Remove an attachment"),
            translate(
                "Records",
                "Why is “{description}” being removed? The reason is kept in the case's history "
                "and the file is deleted from the vault.",
            ).format(description=a.description))
        if reason is None:
            return
        self._run(lambda files: files.remove(a.number, reason), lambda _removed: self._removed(a))

    def _removed(self, a: Attachment) -> None:
        self.refresh()
        self.say(translate(
            "Records", "Attachment {number} was removed; the reason is kept."
        ).format(number=a.number))
