"""The log holds event names, exception types and codes, never what a case says: canary strings go
in through a real vault session and its failures, and none of them is found in the log folder."""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import uuid
from pathlib import Path

import pytest

from toolkit_desktop import __version__
from toolkit_desktop.domain.records import Conversation
from toolkit_desktop.errors import ToolkitError
from toolkit_desktop.forms import default_resources_dir, load_definitions
from toolkit_desktop.logs import (
    CRASH_FILE_NAME,
    LOG_FILE_NAME,
    details_for_it,
    log_dir,
    log_event,
    log_exception,
    setup_logging,
    stop_logging,
)
from toolkit_desktop.services.session import create_session, open_session

PASSPHRASE = "CanaryPass pebble orchard 4417"


def canary(label: str) -> str:
    return f"Canary{label.title()}{uuid.uuid4().hex[:10]}"


@pytest.fixture
def logs(private_home: Path):
    folder = setup_logging()
    yield folder
    stop_logging()


def _encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.lower().encode("utf-8")]


def _log_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))


def test_the_log_is_in_the_log_folder_with_the_crash_record(logs, private_home):
    assert logs == log_dir() == private_home / "logs"
    assert (logs / LOG_FILE_NAME).is_file() and (logs / CRASH_FILE_NAME).is_file()
    assert faulthandler.is_enabled()
    assert f"logging_started version={__version__}" in (logs / LOG_FILE_NAME).read_text()


# The uncaught errors here are raised on purpose: pytest-qt and pytest would report them too.
@pytest.mark.qt_no_exception_capture
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_no_case_text_name_passphrase_or_user_folder_reaches_the_log(
    logs, tmp_path, fake_clock, capfd
):
    names = {k: canary(k) for k in ("user", "name", "place", "account", "answer", "reason")}
    vault_path = tmp_path / "Users" / names["user"] / "Documents" / "cases.tkvault"
    definitions = load_definitions(default_resources_dir())

    session = create_session(vault_path, PASSPHRASE, fake_clock, definitions)
    log_event("vault_created", training=False)
    case = session.service.start_case(fake_clock.now(), names["place"], names["name"])
    session.service.record_answer(case.id, "child", "family_name", names["answer"])
    session.vault.cases.add_conversation(Conversation(
        case_id=case.id, occurred_at=fake_clock.now(), place=names["place"], present="",
        interpreter="", language="", how_the_child_was="", account=names["account"],
        recorded_at=fake_clock.now(), recorded_by="tester"))
    # A careless call passing what it should not: each value is dropped for its type name.
    log_event("case_started", case=case.id, known_as=names["name"], vault=vault_path,
              note=f"place {names['place']}", passphrase=PASSPHRASE, answers=2)

    # Failures: a refusal whose sentence names the vault's folder, a database error whose text
    # holds the statement's values, and errors no code expected, on the GUI and other threads.
    try:
        session.vault.cases.add_conversation(Conversation(
            case_id=case.id + 999, occurred_at=fake_clock.now(), place="", present="",
            interpreter="", language="", how_the_child_was="", account=names["account"],
            recorded_at=fake_clock.now(), recorded_by="tester"))
    except Exception as exc:  # the database's own error: not a sentence written for anyone
        assert not isinstance(exc, ToolkitError)
        from toolkit_desktop.ui.common.worker import log_failure

        log_failure("vault job failed", exc)
        log_exception(exc, "conversation_not_saved")
    else:
        pytest.fail("a conversation of a missing case was saved")
    session.close()
    with pytest.raises(ToolkitError) as refused:
        open_session(vault_path, "not the passphrase at all", fake_clock, definitions, 5)
    assert names["user"] in refused.value.message
    log_exception(refused.value, "vault_open_refused")
    try:
        raise ValueError(f"{names['reason']} at {vault_path}")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
        logging.getLogger("toolkit_desktop.storage.backups").exception(
            "backup of %s failed", str(vault_path))

    def worker() -> None:
        raise RuntimeError(names["answer"])

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    capfd.readouterr()  # the default hooks' tracebacks went to stderr, as they always did

    text = _log_text(logs)
    # The log says what happened...
    assert "case_started case=1 known_as=<str> vault=<PosixPath> note=<str> passphrase=<str> " \
           "answers=2" in text or "vault=<WindowsPath>" in text
    assert "vault_open_refused WrongPassphraseOrDamaged code=wrong_passphrase_or_damaged at " \
           "toolkit_desktop." in text
    assert "uncaught_exception ValueError at tests.test_logs:" in text
    assert "uncaught_thread_exception RuntimeError at tests.test_logs:" in text
    assert "conversation_not_saved IntegrityError code=gkpj at sqlalchemy." in text
    assert "<- toolkit_desktop.storage.case_store:" in text
    assert "toolkit_desktop.ui.common.worker vault job failed: " in text
    assert "backup of <str> failed | ValueError at tests.test_logs:" in text
    # ...and nothing of what the case, the practitioner or the folders hold.
    secrets = [*names.values(), PASSPHRASE, str(vault_path), str(tmp_path)]
    for path in logs.iterdir():
        data = path.read_bytes()
        for secret in secrets:
            for encoded in _encodings(secret):
                assert encoded not in data, f"{secret!r} found in {path.name}"


def test_details_for_it_give_versions_the_folder_and_the_last_lines(logs):
    for n in range(60):
        log_event("case_list_shown", cases=n)
    details = details_for_it(lines=10)
    assert details.startswith(f"toolkit-desktop {__version__}\n")
    assert f"Log folder: {logs}" in details
    assert "Python: 3." in details and "Platform: " in details and "Qt: " in details
    assert "Crash record (crash.log): empty" in details
    tail = details.splitlines()[-10:]
    assert tail[-1].endswith("case_list_shown cases=59")
    assert tail[0].endswith("case_list_shown cases=50")


def test_the_log_rotates_and_stays_small(logs):
    for _ in range(17_000):  # about 1.2 MB of events
        log_event("autosave_done", answers=123456789, case=987654321, form="trafficking_matrix")
    files = sorted(p.name for p in logs.iterdir())
    assert f"{LOG_FILE_NAME}.1" in files
    assert all((logs / name).stat().st_size <= 1_000_000 for name in files)


def test_an_unwritable_log_folder_leaves_the_app_running(private_home):
    blocked = private_home / "logs"
    blocked.write_text("a file where the folder should be")
    try:
        assert setup_logging() == blocked
        log_event("still_running")  # no error
    finally:
        stop_logging()
