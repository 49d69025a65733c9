"""Handing a case over in an encrypted file: the whole case arrives, nothing else gets in, and the
sender's copy goes only when the receiver's code is typed back.

Every test uses real SQLCipher files in the test's folder: the sender's vault, the handover file
and the receiver's vault (another laptop, with another passphrase).
"""

from __future__ import annotations

import importlib.util
import io
import random
import unicodedata
import uuid
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from toolkit_desktop.domain.handover_words import new_words, typed_code
from toolkit_desktop.domain.records import Conversation, PackExport
from toolkit_desktop.services import attachments
from toolkit_desktop.services.cases import CaseService
from toolkit_desktop.services.handover import (
    HandoverRefused,
    awaiting,
    awaiting_handovers,
    confirm_handover,
    hand_over,
    open_file,
    receive_file,
    withdraw_handover,
)
from toolkit_desktop.services.transfer import case_document
from toolkit_desktop.storage.backups import Generations
from toolkit_desktop.storage.case_store import CaseNotFound
from toolkit_desktop.storage.handover_file import HandoverFileRefused
from toolkit_desktop.storage.handover_store import CaseAwaitingConfirmation
from toolkit_desktop.storage.vault import Vault

TESTS = Path(__file__).parents[1]
PASS = "correct horse battery staple"  # the conftest's vault
THEIR_PASS = "another laptop another passphrase"
RECEIVER = "J. Smith, day duty team"
KEEP = Generations()
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def load(relative: str, name: str) -> ModuleType:
    """A helper module of another test folder, by path (the tests run in importlib mode)."""
    spec = importlib.util.spec_from_file_location(name, TESTS / relative)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


full_case = load("export/full_case.py", "handover_full_case")


def photo() -> bytes:
    rng = random.Random(3)
    out = io.BytesIO()
    Image.frombytes("RGB", (16, 16), bytes(rng.randrange(256) for _ in range(768))).save(
        out, "JPEG")
    return out.getvalue()


def whole_case(service: CaseService, shipped, clock) -> int:
    """Every question answered, records, photo and documents (one removed), a pack sent."""
    case_id = service.start_case(clock.now(), "Dover, eastern docks", "Anh").id
    full_case.fill_case(service, shipped, case_id)
    full_case.add_records(service, case_id)
    vault = service.vault
    attachments.attach_bytes(vault, case_id, photo(), "child.jpg", "Photo at intake",
                             child_photo=True)
    attachments.attach_bytes(vault, case_id, PDF, "gp.pdf", "Letter from the GP")
    attachments.attach_bytes(vault, case_id, PDF, "wrong.pdf", "Wrong letter")
    attachments.remove(vault, case_id, 3, "Attached to the wrong case")
    revisions = vault.cases.revisions(case_id)
    vault.cases.record_export(PackExport(case_id, 1, clock.now(), "A. Worker", "/tmp/pack.pdf",
                                         covers_revision_id=revisions[-1].id))
    service.record_answer(case_id, "child", "known_as", "Ánh", reason="Spelling checked")
    return case_id


@pytest.fixture
def colleague(tmp_path, clock):
    """The receiving laptop's vault."""
    v = Vault.create(tmp_path / "day-team" / "cases.tkvault", THEIR_PASS, clock)
    yield v
    v.close()


def without_ids(vault: Vault, case_id: int) -> dict:
    """Everything of a case, with ids as positions: equal on both laptops if nothing was lost."""
    document = case_document(vault, case_id)
    document["case"].pop("reference")  # compared on its own
    return document


def test_the_whole_case_arrives_equal_and_the_sender_keeps_it_until_the_code(
    vault, service, shipped, clock, colleague, tmp_path
):
    case_id = whole_case(service, shipped, clock)
    before = without_ids(vault, case_id)
    reference = vault.cases.get(case_id).reference
    target = tmp_path / "outside" / "anh.tkhandover"
    target.parent.mkdir()

    sent = hand_over(vault, case_id, target, RECEIVER)
    assert len(sent.words.split()) == 6 and target.is_file()
    assert awaiting(vault, case_id).receiver == RECEIVER

    received = receive_file(colleague, shipped, target, sent.words.upper())
    assert received.reference == reference and not received.again
    theirs = received.case_id
    assert colleague.cases.get(theirs).reference == reference
    assert without_ids(colleague, theirs) == before
    # Spelled out, beyond the document: every revision, attachment (with its bytes) and pack.
    mine, got = vault.cases.revisions(case_id), colleague.cases.revisions(theirs)
    assert len(got) == len(mine) > 300
    assert [(r.form, r.field, r.value, r.recorded_at, r.recorded_by, r.reason) for r in got] == [
        (r.form, r.field, r.value, r.recorded_at, r.recorded_by, r.reason) for r in mine]
    assert [(f.attachment.file_name, f.data) for f in colleague.cases.attached_files(theirs)] == [
        (f.attachment.file_name, f.data) for f in vault.cases.attached_files(case_id)]
    assert [a.removed for a in attachments.attachments(colleague, theirs)] == [False, False, True]
    (pack,) = colleague.cases.exports(theirs)
    assert (pack.version, pack.exported_by, pack.covers_revision_id) == (
        1, "A. Worker", got[-2].id)
    assert received.sender in received.sentence and received.code in received.sentence

    assert vault.cases.get(case_id).reference == reference  # still here until the code
    done = confirm_handover(vault, case_id, received.code.lower().replace("-", " "), KEEP)
    assert done.reference == reference
    with pytest.raises(CaseNotFound):
        vault.cases.get(case_id)
    (line,) = [e for e in vault.audit_trail() if e.action == "delete-case"]
    assert line.detail.startswith(f"case {reference} handed over to {RECEIVER} on 2026-11-28")
    assert awaiting_handovers(vault) == {}


def test_while_awaiting_the_case_takes_nothing_new_from_any_writer(
    vault, service, clock, tmp_path
):
    case_id = service.start_case(clock.now(), "Luton", "Minh").id
    attachments.attach_bytes(vault, case_id, PDF, "gp.pdf", "Letter from the GP")
    other = service.start_case(clock.now(), "Luton", "Other child").id
    sent = hand_over(vault, case_id, tmp_path / "minh.tkhandover", RECEIVER)
    history = len(vault.cases.revisions(case_id))

    writes = [
        lambda: service.record_answer(case_id, "child", "known_as", "Changed"),
        lambda: service.add_chronology(case_id, "note", "Phoned the police"),
        lambda: vault.cases.add_conversation(Conversation(
            case_id, clock.now(), "office", "sw", "", "", "", "talked", clock.now(), "sw")),
        lambda: attachments.attach_bytes(vault, case_id, PDF, "more.pdf", "Another letter"),
        lambda: attachments.remove(vault, case_id, 1, "Not needed"),
        lambda: vault.cases.record_export(PackExport(case_id, 1, clock.now(), "sw", "x.pdf")),
        lambda: hand_over(vault, case_id, tmp_path / "again.tkhandover", "Someone else"),
    ]
    for write in writes:
        with pytest.raises((CaseAwaitingConfirmation, HandoverRefused)) as refused:
            write()
        assert "handed over" in refused.value.message
    assert len(vault.cases.revisions(case_id)) == history
    assert not (tmp_path / "again.tkhandover").exists()
    assert [a.removed for a in attachments.attachments(vault, case_id)] == [False]
    service.record_answer(other, "child", "known_as", "Still writable")  # other cases are

    # Withdrawn (the file went astray): writable again, and the old code no longer deletes.
    with pytest.raises(HandoverRefused, match="Say why"):
        withdraw_handover(vault, case_id, "  ")
    assert "withdrawn" in withdraw_handover(vault, case_id, "The USB stick was lost")
    service.record_answer(case_id, "child", "known_as", "Changed")
    with pytest.raises(HandoverRefused, match="not waiting"):
        confirm_handover(vault, case_id, "AAAA-AAAA", KEEP)
    assert vault.cases.get(case_id) and sent.words


def test_a_wrong_code_deletes_nothing(vault, service, shipped, clock, colleague, tmp_path):
    case_id = service.start_case(clock.now(), "Luton", "Minh").id
    sent = hand_over(vault, case_id, tmp_path / "minh.tkhandover", RECEIVER)
    received = receive_file(colleague, shipped, tmp_path / "minh.tkhandover", sent.words)
    wrong = "".join("A" if c != "A" else "B" for c in typed_code(received.code))
    trail = len(vault.audit_trail())
    for typed in (wrong, "", received.code[:4]):
        with pytest.raises(HandoverRefused, match="nothing was deleted"):
            confirm_handover(vault, case_id, typed, KEEP)
    assert vault.cases.get(case_id) and awaiting(vault, case_id) is not None
    assert len(vault.audit_trail()) == trail
    confirm_handover(vault, case_id, received.code, KEEP)
    with pytest.raises(CaseNotFound):
        vault.cases.get(case_id)


def sent_file(vault, service, clock, tmp_path) -> tuple[Path, str]:
    case_id = service.start_case(clock.now(), "Luton", "Minh").id
    full_case.add_records(service, case_id)  # a few pages of text
    target = tmp_path / "minh.tkhandover"
    return target, hand_over(vault, case_id, target, RECEIVER).words


def assert_refused_and_unchanged(colleague, shipped, path: Path, words: str, says: str) -> None:
    before = path.read_bytes() if path.exists() else None
    trail = len(colleague.audit_trail())
    with pytest.raises((HandoverFileRefused, HandoverRefused)) as refused:
        receive_file(colleague, shipped, path, words)
    assert says in refused.value.message
    assert "\n" not in refused.value.message and "Traceback" not in refused.value.message
    assert colleague.cases.list_rows() == []
    assert len(colleague.audit_trail()) == trail
    assert (path.read_bytes() if path.exists() else None) == before


def test_wrong_words_are_refused_and_change_nothing(
    vault, service, shipped, clock, colleague, tmp_path
):
    path, words = sent_file(vault, service, clock, tmp_path)
    other = new_words()
    assert_refused_and_unchanged(colleague, shipped, path, other, "Those words did not open")
    misspelled = words.split()
    misspelled[2] += "x"
    assert_refused_and_unchanged(colleague, shipped, path, " ".join(misspelled),
                                 f"“{misspelled[2]}” is not one of the handover words")
    assert_refused_and_unchanged(colleague, shipped, path, " ".join(words.split()[:5]),
                                 "you typed 5")
    assert receive_file(colleague, shipped, path, words).case_id  # the right words still open it


@pytest.mark.parametrize("cut", ["last page", "half", "odd bytes", "all"])
def test_a_truncated_file_is_refused_and_changes_nothing(
    vault, service, shipped, clock, colleague, tmp_path, cut
):
    path, words = sent_file(vault, service, clock, tmp_path)
    data = path.read_bytes()
    assert len(data) >= 3 * 4096
    keep = {"last page": len(data) - 4096, "half": len(data) // 2 // 4096 * 4096,
            "odd bytes": len(data) - 1000, "all": 0}[cut]
    short = tmp_path / "short.tkhandover"
    short.write_bytes(data[:keep])
    says = {"all": "is empty", "odd bytes": "is incomplete"}.get(cut, "was changed or damaged")
    assert_refused_and_unchanged(colleague, shipped, short, words, says)


@pytest.mark.parametrize("where", ["first page", "middle", "last byte"])
def test_an_altered_file_is_refused_and_changes_nothing(
    vault, service, shipped, clock, colleague, tmp_path, where
):
    path, words = sent_file(vault, service, clock, tmp_path)
    data = bytearray(path.read_bytes())
    at = {"first page": 200, "middle": len(data) // 2 + 123, "last byte": len(data) - 1}[where]
    data[at] ^= 0x01
    altered = tmp_path / "altered.tkhandover"
    altered.write_bytes(bytes(data))
    says = "Those words did not open" if where == "first page" else "was changed or damaged"
    assert_refused_and_unchanged(colleague, shipped, altered, words, says)


def test_a_practice_case_never_enters_a_real_vault(shipped, clock, colleague, tmp_path):
    with Vault.create(tmp_path / "training.tkvault", PASS, clock, training=True) as practice:
        case_id = CaseService(practice, shipped).start_case(clock.now(), "Port", "Practice").id
        target = tmp_path / "practice.tkhandover"
        words = hand_over(practice, case_id, target, RECEIVER).words
    assert_refused_and_unchanged(colleague, shipped, target, words, "practice cases never enter")


def test_a_file_received_twice_adds_the_case_once_and_shows_the_code_again(
    vault, service, shipped, clock, colleague, tmp_path
):
    path, words = sent_file(vault, service, clock, tmp_path)
    first = receive_file(colleague, shipped, path, words)
    again = receive_file(colleague, shipped, path, words)
    assert again.again and (again.case_id, again.code) == (first.case_id, first.code)
    assert len(colleague.cases.list_rows()) == 1


def test_the_file_opens_only_with_its_words_and_reading_writes_nothing_beside_it(
    vault, service, clock, tmp_path
):
    path, words = sent_file(vault, service, clock, tmp_path)
    listed = sorted(p.name for p in tmp_path.iterdir())
    opened = open_file(path, words)
    assert opened.header["format"] == "toolkit-desktop/handover"
    assert opened.header["receiver"] == RECEIVER
    assert sorted(p.name for p in tmp_path.iterdir()) == listed  # no journal, no lock file


def canary(label: str) -> str:
    return f"CANARY-{label}-{uuid.uuid4().hex}"


def test_nothing_of_the_case_is_readable_in_the_file_or_either_home(
    home, service, vault, vault_path, shipped, clock, tmp_path
):
    """The canary scan: texts and a document's bytes put into the case are found in no file
    under the test's folder (the handover file, both laptops' homes and their backups) in
    UTF-8 or UTF-16; and once the code is typed, not even the sender's decrypted vault holds
    them."""
    canaries = {k: canary(k) for k in ("name", "account", "entry", "document", "reason")}
    case_id = service.start_case(clock.now(), "Dover", canaries["name"]).id
    vault.cases.add_conversation(Conversation(
        case_id, clock.now(), "office", "sw", "", "", "", canaries["account"], clock.now(), "sw"))
    service.add_chronology(case_id, "note", canaries["entry"])
    service.record_answer(case_id, "child", "known_as", "Minh", reason=canaries["reason"])
    attachments.attach_bytes(vault, case_id, b"%PDF-1.4\n%" + canaries["document"].encode()
                             + b"\n%%EOF\n", "letter.pdf", "A letter")
    vault.backup(PASS, "manual")
    outside = tmp_path / "usb-stick"
    outside.mkdir()
    words = hand_over(vault, case_id, outside / "case.tkhandover", RECEIVER).words
    day_home = tmp_path / "day-team-home"
    with Vault.create(day_home / "cases.tkvault", THEIR_PASS, clock) as theirs:
        received = receive_file(theirs, shipped, outside / "case.tkhandover", words)
        theirs.backup(THEIR_PASS, "manual")
    confirm_handover(vault, case_id, received.code, KEEP)
    vault.close()

    scanned = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert {home, day_home, outside} <= {p.parent for p in scanned} | {
        q for p in scanned for q in p.parents}
    assert any(p.suffix == ".tkhandover" for p in scanned)
    for path in scanned:
        data = path.read_bytes()
        for name, text in canaries.items():
            for encoded in (text.encode(), text.encode("utf-16-le"), text.encode("utf-16-be")):
                assert encoded not in data, f"{name} canary in the clear in {path}"
    reader = load("storage/test_independent_reader.py", "handover_independent_reader")
    image = reader.decrypt_sqlcipher4(vault_path, unicodedata.normalize("NFC", PASS))
    for name, text in canaries.items():
        assert text.encode() not in image, f"{name} canary left in the sender's vault"


def test_a_handover_file_is_never_written_over_an_existing_file(
    vault, service, clock, tmp_path
):
    case_id = service.start_case(clock.now(), "Luton", "Minh").id
    target = tmp_path / "there.tkhandover"
    target.write_bytes(b"someone else's file")
    with pytest.raises(HandoverRefused, match="already exists"):
        hand_over(vault, case_id, target, RECEIVER)
    assert target.read_bytes() == b"someone else's file"
    assert awaiting(vault, case_id) is None
    with pytest.raises(HandoverRefused, match="Say who receives"):
        hand_over(vault, case_id, tmp_path / "new.tkhandover", "   ")
    missing = tmp_path / "no-such-folder" / "x.tkhandover"
    with pytest.raises(Exception, match="does not exist"):
        hand_over(vault, case_id, missing, RECEIVER)
    assert awaiting(vault, case_id) is None
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_the_case_list_says_which_case_waits_for_its_code(vault, service, shipped, clock,
                                                           tmp_path):
    from toolkit_desktop.services.session import Session

    waiting = service.start_case(clock.now(), "Luton", "Minh").id
    service.start_case(clock.now(), "Luton", "Other child")
    hand_over(vault, waiting, tmp_path / "minh.tkhandover", RECEIVER)
    marks = {e.case_id: e.handover for e in Session(vault, shipped).entries(clock.now().date())}
    assert marks[waiting] == f"Handed over to {RECEIVER}, awaiting confirmation"
    assert [m for case_id, m in marks.items() if case_id != waiting] == [""]
    withdraw_handover(vault, waiting, "The USB stick was lost")
    assert all(not e.handover for e in Session(vault, shipped).entries(clock.now().date()))
