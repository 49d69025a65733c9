"""Handing a case to a colleague's laptop: the encrypted file, receiving it, and the purge after.

1. The sender hands the case over: the whole case (every revision, conversation, chronology entry,
   attachment and pack sent) goes into a handover file locked with six one-time words
   (`domain.handover_words`, `storage.handover_file`), shown once to be read out by phone and
   never stored. From then the case is "handed over, awaiting confirmation" and read-only on the
   sending laptop: the vault's triggers refuse every new row of it, whoever writes.
2. The receiver types the words: the file is opened and checked page by page, the case goes
   through every check and limit of a case file and is imported all or nothing, and a short
   confirmation code is shown, to be read back to the sender.
3. The sender types the code: it matches only if the receiver opened this very file (it is worked
   out from the words, the handover's id and the digest of the case; the sending laptop keeps
   only a digest of it). The case is then deleted as a deletion does, with an audit line saying
   to whom it went and when. A wrong code changes nothing; a handover that went astray can be
   withdrawn with a reason, and the case is writable again.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from toolkit_desktop import __version__
from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.handover_words import (
    code_digest,
    code_matches,
    confirmation_code,
    new_words,
    normalised_words,
    shown_code,
    typed_code,
    words_problem,
)
from toolkit_desktop.domain.limits import TextKind, text_problem
from toolkit_desktop.domain.wording import show_time
from toolkit_desktop.errors import ToolkitError
from toolkit_desktop.export.exchange import ExchangeError
from toolkit_desktop.services import deletion
from toolkit_desktop.services.cases import practitioner_name
from toolkit_desktop.services.transfer import case_document, decode_case_file, import_case
from toolkit_desktop.storage import handover_file, handover_store
from toolkit_desktop.storage.backups import Generations
from toolkit_desktop.storage.case_store import CaseNotFound
from toolkit_desktop.storage.handover_file import SUFFIX, OpenedHandover
from toolkit_desktop.storage.handover_store import HandoverRecord
from toolkit_desktop.storage.vault import Vault

if TYPE_CHECKING:  # a type only: the command line has no session
    from toolkit_desktop.services.session import Session

__all__ = ["SUFFIX", "AwaitingHandover", "HandedOver", "HandoverDesk", "HandoverRefused",
           "Received"]

RECEIVED = "receive-handover"  # the receiving vault's audit action


class HandoverRefused(ToolkitError):
    """A handover, a receipt, a confirmation or a withdrawal refused; nothing was changed."""

    code = "handover_refused"


@dataclass(frozen=True)
class HandedOver:
    """A handover file written. `words` are shown once and kept nowhere."""

    case_id: int
    reference: str
    receiver: str
    target: Path
    words: str


@dataclass(frozen=True)
class AwaitingHandover:
    """A case handed over and waiting for its receiver's confirmation code."""

    case_id: int
    reference: str
    receiver: str
    handed_by: str
    handed_at: datetime
    destination: str

    @property
    def mark(self) -> str:
        """The short mark beside the case: "Handed over to J. Smith, awaiting confirmation"."""
        return f"Handed over to {self.receiver}, awaiting confirmation"

    @property
    def sentence(self) -> str:
        """What the case's screen says about it."""
        return (
            f"Case {self.reference} was handed over to {self.receiver} on "
            f"{show_time(self.handed_at)} and is waiting for their confirmation code: it "
            "cannot be changed on this laptop. Type the code they read you to delete this "
            "laptop's copy, or withdraw the handover if it did not reach them."
        )


@dataclass(frozen=True)
class Received:
    """A case received from a handover file, and the code to read back to its sender."""

    case_id: int
    reference: str
    sender: str
    sent_at: datetime | None
    code: str  # as shown and read out: "7F3K-QM2P"
    again: bool = False  # the file had been received before: the case is not added twice

    @property
    def sentence(self) -> str:
        """What the receiving laptop says."""
        first = (f"Case {self.reference} was already received from this handover file."
                 if self.again else f"Case {self.reference} was received from {self.sender}.")
        return (f"{first} Read this confirmation code to {self.sender} so that they can delete "
                f"their copy: {self.code}")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _sender(vault: Vault) -> str:
    profile = vault.profile()
    parts = [_one_line(p) for p in (profile.name, profile.role, profile.team,
                                    profile.organisation, profile.phone)]
    return ", ".join(p for p in parts if p) or practitioner_name(vault)


def _waiting(record: HandoverRecord) -> AwaitingHandover:
    return AwaitingHandover(record.case_id, record.reference, record.receiver, record.handed_by,
                            record.handed_at, record.destination)


def awaiting(vault: Vault, case_id: int) -> AwaitingHandover | None:
    """The case's handover waiting for its code, or None when the case can be changed."""
    record = handover_store.awaiting(vault, case_id).get(case_id)
    return None if record is None else _waiting(record)


def awaiting_handovers(vault: Vault) -> dict[int, AwaitingHandover]:
    """Every case handed over and awaiting confirmation, by case id (for the case list)."""
    return {case_id: _waiting(r) for case_id, r in handover_store.awaiting(vault).items()}


# -- sending ------------------------------------------------------------------------------------

def hand_over(
    vault: Vault, case_id: int, target: Path, receiver: str, *, by: str | None = None,
    replace: bool = False,
) -> HandedOver:
    """Write the case to a handover file at `target` for `receiver`, and mark it read-only.

    Refused, with nothing written, when the vault cannot be changed, no receiver is named, the
    case is already awaiting a confirmation, or `target` exists (unless `replace`).
    """
    case = vault.cases.get(case_id)  # CaseNotFound says there is no such case
    if vault.read_only:
        raise HandoverRefused(vault.read_only)
    receiver = _one_line(receiver)
    if not receiver:
        raise HandoverRefused("Say who receives the case (a name, and their team), so that "
                              "this laptop's record says to whom it went. Nothing was written.")
    problem = text_problem(receiver, TextKind.NAME)
    if problem:
        raise HandoverRefused(f"Who receives it: {problem} Nothing was written.")
    pending = awaiting(vault, case_id)
    if pending is not None:
        raise HandoverRefused(
            f"Case {case.reference} was already handed over to {pending.receiver} on "
            f"{show_time(pending.handed_at)}. Type the code they read you, or withdraw that "
            "handover before handing the case over again. Nothing was written.")
    target = target.expanduser()
    if target.exists() and not replace:
        raise HandoverRefused(f"{target} already exists; nothing was written. Choose another "
                              "name, or say that it should be replaced.")
    document = json.dumps(case_document(vault, case_id), ensure_ascii=False).encode("utf-8")
    digest = handover_file.document_digest(document)
    words, handover_id, now = new_words(), uuid.uuid4().hex, vault.clock.now()
    who = _one_line(by or practitioner_name(vault))
    header = {
        "handover_id": handover_id, "sent_at": now.isoformat(), "sender": _sender(vault),
        "receiver": receiver, "reference": case.reference,
        "training": "1" if case.training else "0", "written_by": f"toolkit-desktop {__version__}",
    }
    record = HandoverRecord(
        id=0, case_id=case.id, handover_id=handover_id, reference=case.reference,
        receiver=receiver, handed_by=who, handed_at=now, destination=str(target),
        code_digest=code_digest(handover_id, confirmation_code(words, handover_id, digest)),
    )
    # The record and the file together: the file never appears without the case being
    # read-only here, and a refused record (already handed over) leaves no file.
    with handover_file.staged(target, words, header, document) as publish, \
            vault.transaction() as conn:
        handover_store.record_handover(conn, record)
        vault.record_audit("handover", f"case {case.reference} handed over to {receiver} by "
                           f"{who}; file {target}", conn)
        publish()
    return HandedOver(case.id, case.reference, receiver, target, words)


def confirm_handover(
    vault: Vault, case_id: int, typed: str, keep: Generations, *, by: str | None = None
) -> deletion.CaseDeleted:
    """Delete the case once the code its receiver read back is typed; a wrong code changes
    nothing."""
    case = vault.cases.get(case_id)
    record = handover_store.awaiting(vault, case_id).get(case_id)
    if record is None:
        raise HandoverRefused(f"Case {case.reference} is not waiting for a handover "
                              "confirmation, so nothing was deleted.")
    if not typed_code(typed):
        raise HandoverRefused("Type the confirmation code the receiver read to you; nothing "
                              "was deleted.")
    if not code_matches(record.handover_id, typed, record.code_digest):
        raise HandoverRefused(
            f"That is not the confirmation code for the handover of case {case.reference} to "
            f"{record.receiver}, so nothing was deleted. Ask them to read it again: eight "
            "letters and digits, shown when they received the case.")
    who = _one_line(by or practitioner_name(vault))
    detail = (f"case {case.reference} handed over to {record.receiver} on "
              f"{record.handed_at.isoformat()}; receipt confirmed with their code by {who}, "
              "and deleted from this vault")
    done = deletion.delete_handed_over(vault, case, detail, keep)
    # After the deletion, not before: a deletion that failed leaves the case awaiting, as it was.
    handover_store.record_outcome(vault, record, "confirmed", vault.clock.now(), who)
    return done


def withdraw_handover(vault: Vault, case_id: int, reason: str, *, by: str | None = None) -> str:
    """Make a handed-over case writable again (the file went astray); the sentence to show."""
    case = vault.cases.get(case_id)
    record = handover_store.awaiting(vault, case_id).get(case_id)
    if record is None:
        raise HandoverRefused(f"Case {case.reference} is not waiting for a handover "
                              "confirmation; nothing was changed.")
    reason = _one_line(reason)
    if not reason:
        raise HandoverRefused("Say why the handover is withdrawn; nothing was changed.")
    problem = text_problem(reason, TextKind.LONG_TEXT)
    if problem:
        raise HandoverRefused(f"The reason: {problem} Nothing was changed.")
    who = _one_line(by or practitioner_name(vault))
    with vault.transaction() as conn:
        handover_store.record_outcome(vault, record, "withdrawn", vault.clock.now(), who, reason,
                                      conn)
        vault.record_audit("handover-withdrawn", f"case {case.reference}: handover to "
                           f"{record.receiver} withdrawn by {who}; reason: {reason}", conn)
    return (
        f"The handover of case {case.reference} to {record.receiver} was withdrawn: the case "
        "can be changed on this laptop again. The handover file still opens with its words, so "
        "delete it if you can, and if it reached anyone ask them to delete it and the case.")


# -- receiving ----------------------------------------------------------------------------------

def open_file(path: Path, typed_words: str) -> OpenedHandover:
    """Open a handover file with the words typed; HandoverRefused or HandoverFileRefused says
    why not in one sentence. Nothing is changed anywhere."""
    problem = words_problem(typed_words)
    if problem:
        raise HandoverRefused(problem)
    return handover_file.read(path.expanduser(), normalised_words(typed_words))


def receive(
    vault: Vault, definitions: Definitions, opened: OpenedHandover, typed_words: str
) -> Received:
    """Add the case of an opened handover file to the vault, all or nothing, and work out the
    code to read back. A practice case never enters a real vault, nor a real case the training
    vault; a file received before is not added again (its code is shown again)."""
    header = opened.header
    code = shown_code(confirmation_code(typed_words, header["handover_id"],
                                        opened.document_sha256))
    sent_at = _moment(header["sent_at"])
    practice = header["training"] == "1"
    if practice and not vault.training:
        raise HandoverRefused("This is a practice case from a training vault; practice cases "
                              "never enter a real vault. Nothing was received.")
    if not practice and vault.training:
        raise HandoverRefused(
            "This is a real case, and training mode's vault is not protected by a passphrase "
            "of your own: leave training mode and receive it in your own vault. Nothing was "
            "received.")
    earlier = _received_before(vault, header["handover_id"])
    if earlier is not None:
        return Received(earlier, header["reference"], header["sender"], sent_at, code, again=True)
    try:
        document = decode_case_file(opened.document, "The handover file's case")
        case_id = import_case(vault, definitions, document)  # every check of a case file
    except ExchangeError as exc:
        said = str(exc).rstrip(".").removesuffix("; nothing imported")
        raise HandoverRefused(f"The case in the handover file cannot be received: "
                              f"{said[:1].lower()}{said[1:]}. Nothing was received.") from None
    vault.record_audit(RECEIVED, f"handover {header['handover_id']} of case "
                       f"{header['reference']} from {header['sender']} as case {case_id}")
    return Received(case_id, header["reference"], header["sender"], sent_at, code)


def receive_file(
    vault: Vault, definitions: Definitions, path: Path, typed_words: str
) -> Received:
    """Open the handover file with the words typed and receive its case (see `receive`)."""
    return receive(vault, definitions, open_file(path, typed_words), typed_words)


def received_from(vault: Vault) -> dict[int, tuple[str, datetime]]:
    """Who sent each case this vault received from a handover file, and when it arrived."""
    found: dict[int, tuple[str, datetime]] = {}
    for event in vault.audit_trail():
        if event.action != RECEIVED:  # "handover H of case R from SENDER as case N"
            continue
        head, _, case_id = event.detail.rpartition(" as case ")
        sender = head.partition(" from ")[2]
        if case_id.isdigit() and sender:
            found[int(case_id)] = (sender, event.at)
    return found


def _received_before(vault: Vault, handover_id: str) -> int | None:
    """The case this vault made from the same handover, if it is still here."""
    start = f"handover {handover_id} "
    for event in reversed(vault.audit_trail()):
        if event.action == RECEIVED and event.detail.startswith(start):
            case_id = int(event.detail.rsplit(" ", 1)[-1])
            try:
                vault.cases.get(case_id)
            except CaseNotFound:  # deleted since: it may be received again
                return None
            return case_id
    return None


def _moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


class HandoverDesk:
    """The handover use cases for one unlocked session: what the windows may ask."""

    def __init__(self, session: Session, keep: Generations) -> None:
        self._vault, self._definitions, self._keep = session.vault, session.definitions, keep

    def awaiting(self, case_id: int) -> AwaitingHandover | None:
        """The case's handover waiting for its code, or None."""
        return awaiting(self._vault, case_id)

    def hand_over(self, case_id: int, target: Path, receiver: str) -> HandedOver:
        """Write the handover file (the window's file chooser already asked about replacing)."""
        return hand_over(self._vault, case_id, target, receiver, replace=True)

    def confirm(self, case_id: int, typed: str) -> deletion.CaseDeleted:
        """Delete the case on its receiver's code."""
        return confirm_handover(self._vault, case_id, typed, self._keep)

    def withdraw(self, case_id: int, reason: str) -> str:
        """Make the case writable again; the sentence to show."""
        return withdraw_handover(self._vault, case_id, reason)

    def receive(self, path: Path, typed_words: str) -> Received:
        """Open a handover file and receive its case."""
        return receive_file(self._vault, self._definitions, path, typed_words)
