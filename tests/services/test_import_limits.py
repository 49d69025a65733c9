"""Bounded imports: a case file past any limit is refused in one sentence naming the field and the
value, and the vault is left as it was; every case file that imports makes a referral pack."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from toolkit_desktop.export.exchange import ExchangeError
from toolkit_desktop.forms import default_resources_dir, load_definitions
from toolkit_desktop.services.cases import AnswerRejected, CaseService
from toolkit_desktop.services.referral import export_pack
from toolkit_desktop.services.transfer import MAX_CASE_FILE_BYTES, import_case, read_case_file
from toolkit_desktop.storage.vault import Vault

from .case_files import sample_case_file

DEFS = load_definitions(default_resources_dir())
PASS = "correct horse battery staple"
AT = "2026-11-27T23:30:00+00:00"  # when the answers added to the sample were recorded


def answer(form: str, field: str, value: Any) -> dict[str, Any]:
    return {"form": form, "field": field, "value": value, "recorded_at": AT, "recorded_by": "x"}


def changed(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    document = copy.deepcopy(sample_case_file())
    change(document)
    return document


def adding(*answers: dict[str, Any]) -> dict[str, Any]:
    return changed(lambda d: d["answers"].extend(answers))


HUGE = "word " * 2_000_000  # 10 MB

# name: (document, or the file's text when a document cannot say it; words the sentence holds)
CORPUS: dict[str, tuple[Any, tuple[str, ...]]] = {
    "date of birth in year 1": (
        adding(answer("child", "date_of_birth", "0001-01-01")),
        ("Date of birth in Child's details: 0001-01-01 is before 1900",),
    ),
    "date of birth in year 9999": (
        adding(answer("child", "date_of_birth", "9999-12-31")),
        ("Date of birth in Child's details: 9999-12-31 is after today",),
    ),
    "first contact in year 1": (
        changed(lambda d: d["case"].update(first_contact_at="0001-01-01T00:00:00+00:00")),
        ("When the child was first met", "case.first_contact_at", "0001-01-01T00:00:00+00:00",
         "before 1950"),
    ),
    "created in year 9999": (
        changed(lambda d: d["case"].update(created_at="9999-12-31T23:00:00+05:00")),
        ("case.created_at", "9999-12-31T23:00:00+05:00", "more than a month after today"),
    ),
    "a group's date in year 1": (
        adding(answer("agencies", "contacts",
                      [{"agency": "Police", "contacted_on": "0001-01-01"}])),
        ("Agencies and requests", "row 1, Date contacted: 0001-01-01 is before 1950",),
    ),
    "a rough date before any life": (
        adding(answer("age_assessment", "key_events", [{"event": "School", "when": "0201"}])),
        ("row 1, When (roughly): 0201 is before 1950",),
    ),
    "a 10 MB account": (
        changed(lambda d: d["conversations"][0].update(account=HUGE)),
        ("The account (conversations[0].account)", '"word word', "10,000,000 characters",
         "up to 20,000 characters"),
    ),
    "a 10 MB reference": (
        changed(lambda d: d["case"].update(reference=HUGE)),
        ("The case reference (case.reference)", "10,000,000 characters", "up to 100"),
    ),
    "a 10 MB answer": (
        adding(answer("child", "current_address", HUGE)),
        ("Current address in Child's details", "10,000,000 characters"),
    ),
    "a long one-line answer": (
        adding(answer("child", "given_names", "Minh " * 200)),
        ("Given names in Child's details", "1,000 characters", "up to 500"),
    ),
    "a tab in a one-line answer": (
        adding(answer("child", "given_names", "Van\tMinh")),
        ("Given names in Child's details", '"Van\\tMinh"', "a tab or line break"),
    ),
    "a control character in a longer answer": (
        adding(answer("child", "current_address", "1 High St\x00")),
        ("Current address in Child's details", "\\x00", "control character"),
    ),
    "a lone surrogate in an answer": (
        '"given_names", "value": "Minh\\ud800"',
        ("answers[4].value", '"Minh\\ud800"', "broken character"),
    ),
    "a lone surrogate in a key": (
        '"given_names", "\\udc00": 1, "value": "Minh"',
        ("key", "\\udc00", "broken character"),
    ),
    "a key as long as a book": (
        adding({**answer("child", "given_names", "Minh"), "k" * 5000: 1}),
        ("The key", "5,000 characters", "is not a key of a case file"),
    ),
    "an infinite number": (
        '"claimed_age", "value": 1e999',
        ("Age the child says they are in Child's details: expected a finite number, not inf",),
    ),
    "a huge whole number": (
        adding(answer("child", "claimed_age", 10**400)),
        ("Age the child says they are in Child's details", "a number of 400 digits",
         "too large"),
    ),
    "a number past what Python reads": (
        '"claimed_age", "value": ' + "9" * 5000,
        ("thousands of digits",),
    ),
    "true as a number": (
        adding(answer("child", "claimed_age", True)),
        ("Age the child says they are in Child's details: expected a number, not true",),
    ),
    "a huge pack version": (
        changed(lambda d: d.update(exports=[
            {"version": 10**30, "exported_at": AT, "exported_by": "x", "destination": "p.pdf",
             "covers_answers": 0, "covers_chronology": None}])),
        ("The pack version (exports[0].version)", "1000000000000000000000000000000"),
    ),
    "a matrix status it does not know": (
        changed(lambda d: d["answers"][3]["value"].update(status="maybe")),
        ('the status is "maybe", but the status must be one of known, suspected, not_present',
         "answers[3], matrix.no_documents"),
    ),
    "too many rows": (
        adding(answer("child", "aliases", [{}] * 201)),
        ("Other names and nicknames in Child's details", "201 rows"),
    ),
    "nested too deep for the reader": (
        '"given_names", "value": ' + "[" * 100_000 + "]" * 100_000,
        ("nested far too deeply",),
    ),
    "nested too deep for a case file": (
        adding(answer("child", "aliases", [[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]])),
        ("answers[4].value", "nested more than 16 levels"),
    ),
    "a key given twice": (
        '"given_names", "value": "Minh", "value": "Anh"',
        ('The key "value" appears twice', '"Minh"', '"Anh"'),
    ),
    "training given twice": (
        None,  # written below, where the case object is
        ('The key "training" appears twice', "true", "false"),
    ),
}


def spliced(document: str) -> str:
    """The sample with one more answer, as raw JSON text (to say what a document cannot)."""
    text = json.dumps(sample_case_file(), ensure_ascii=False)
    head, tail = text.rsplit('], "chronology"', 1)
    extra = '{"form": "child", "field": ' + document
    extra += f', "recorded_at": "{AT}", "recorded_by": "x"}}'
    return f'{head}, {extra}], "chronology"{tail}'


def case_file(tmp_path: Path, name: str) -> Path:
    document, _words = CORPUS[name]
    if name == "training given twice":
        text = json.dumps(sample_case_file()).replace(
            '"training": false', '"training": true, "training": false')
    elif isinstance(document, str):
        text = spliced(document)
    else:
        text = json.dumps(document, ensure_ascii=False)
    path = tmp_path / "case.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def vault_contents(vault: Vault) -> tuple[object, ...]:
    return tuple(vault.cases.list_rows()), tuple(vault.audit_trail())


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_each_case_past_a_limit_is_refused_by_field_and_value_and_changes_nothing(
    vault: Vault, tmp_path: Path, name: str
) -> None:
    path = case_file(tmp_path, name)
    before = vault_contents(vault)
    with pytest.raises(ExchangeError) as refused:
        import_case(vault, DEFS, read_case_file(path))
    message = str(refused.value)
    for words in CORPUS[name][1]:
        assert words in message
    assert len(message) < 400 and "\n" not in message  # one sentence, the value shortened
    message.encode("utf-8")  # printable, even when the value was a broken character
    assert vault_contents(vault) == before


@pytest.mark.parametrize("name", ["date of birth in year 1", "a 10 MB account",
                                  "a lone surrogate in an answer", "nested too deep for the reader",
                                  "a number past what Python reads", "training given twice"])
def test_the_command_line_says_the_sentence_and_imports_nothing(cli, home, tmp_path, name):
    assert cli("vault", "init", "--passphrase-stdin", stdin=f"{PASS}\n").code == 0
    result = cli("case", "import", str(case_file(tmp_path, name)), "--passphrase-stdin",
                 stdin=f"{PASS}\n")
    assert result.code == 1
    assert CORPUS[name][1][0] in result.err and "Nothing was imported." in result.err
    assert "unexpected" not in result.err and "Traceback" not in result.err
    assert "No cases yet" in cli("case", "list", "--passphrase-stdin", stdin=f"{PASS}\n").out


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as out:  # sparse: no 50 MB written to the disk
        out.truncate(MAX_CASE_FILE_BYTES + 1)
    with pytest.raises(ExchangeError, match="too large to be a case file"):
        read_case_file(path)


def test_what_fits_the_limits_still_imports(vault: Vault, tmp_path: Path) -> None:
    document = adding(
        answer("child", "date_of_birth", "1900-01-01"),
        answer("child", "current_address", "1 High St\n\tFlat 2\r\n" + "x" * 19_980),
        answer("child", "given_names", "M" * 500),
        answer("child", "claimed_age", 999_999_999_999),
    )
    path = tmp_path / "ok.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    case_id = import_case(vault, DEFS, read_case_file(path))
    assert export_pack(vault, DEFS, case_id, tmp_path / "pack.pdf", None) == 1


def test_the_record_path_refuses_what_the_import_refuses(vault: Vault) -> None:
    service = CaseService(vault, DEFS)
    case = service.start_case(None, "Heathrow")
    with pytest.raises(AnswerRejected, match="0001-01-01 is before 1900"):
        service.record_answer(case.id, "child", "date_of_birth", "0001-01-01")
    with pytest.raises(AnswerRejected, match="up to 500 characters"):
        service.record_answer(case.id, "child", "given_names", "M" * 501)
    with pytest.raises(AnswerRejected, match="up to 20,000 characters"):
        service.add_chronology(case.id, "event", "x" * 20_001)
    assert service.snapshot(case.id).answers("child") == {}


# -- every case file that imports makes a referral pack -----------------------------------------

_TEXT = st.text(st.characters(codec="utf-8"), max_size=60)
_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "given_names": _TEXT,
    "family_name": _TEXT,
    "current_address": _TEXT,
    "date_of_birth": st.one_of(st.dates(date(1890, 1, 1), date(2030, 1, 1)), st.dates()).map(
        date.isoformat),
    "claimed_age": st.one_of(st.integers(), st.floats(allow_nan=True), st.booleans()),
    "number_of_children": st.integers(min_value=-(10**15), max_value=10**15),
}
# Mostly plausible moments, sometimes any from year 1 to 9999 (which must be refused or work).
_MOMENT = st.one_of(
    st.datetimes(datetime(1999, 1, 1), datetime(2026, 11, 28)), st.datetimes()
).map(lambda d: d.isoformat() + "+00:00")


@st.composite
def case_files(draw: st.DrawFn) -> dict[str, Any]:
    document = sample_case_file()
    for field_id in draw(st.lists(st.sampled_from(sorted(_VALUES)), max_size=4)):
        document["answers"].append(answer("child", field_id, draw(_VALUES[field_id])))
    if draw(st.booleans()):
        document["case"]["first_contact_at"] = draw(_MOMENT)
    if draw(st.booleans()):
        document["conversations"][0]["account"] = draw(_TEXT)
    if draw(st.booleans()):
        document["chronology"][0]["occurred_at"] = draw(_MOMENT)
    return document


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(document=case_files())
def test_every_case_file_that_imports_makes_a_referral_pack(
    document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, clock
) -> None:
    folder = tmp_path_factory.mktemp("pack")
    with Vault.create(folder / "v.tkvault", PASS, clock) as vault:
        try:
            case_id = import_case(vault, DEFS, json.loads(json.dumps(document)))
        except ExchangeError:
            return  # refused in a sentence: the corpus above holds what must be refused
        event("imported")
        version = export_pack(vault, DEFS, case_id, folder / "pack.pdf", None)
    assert version == 1
    assert (folder / "pack.pdf").read_bytes().startswith(b"%PDF")



def test_a_conversation_typed_past_the_limit_is_refused_and_nothing_is_saved(
    service_for_limits,
) -> None:
    from toolkit_desktop.services.history import record_conversation

    service, case_id = service_for_limits
    with pytest.raises(AnswerRejected, match="What the child said: .* is too long"):
        record_conversation(service, case_id, occurred_at=service.vault.clock.now(),
                            account="x" * 20_001)
    assert service.vault.cases.conversations(case_id) == []


@pytest.fixture
def service_for_limits(tmp_path, clock):
    with Vault.create(tmp_path / "v.tkvault", PASS, clock) as vault:
        service = CaseService(vault, DEFS)
        yield service, service.start_case(clock.now(), "Port").id
