"""The case file: export-import-export keeps the same history; bad files change nothing."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

from toolkit_desktop.forms import default_resources_dir, load_definitions
from toolkit_desktop.services.cases import CaseService
from toolkit_desktop.storage.vault import Vault

from .case_files import sample_case_file

PASS = "correct horse battery staple"
SCHEMA_V1 = json.loads((default_resources_dir() / "schema" / "case-v1.schema.json").read_text())
SCHEMA = json.loads((default_resources_dir() / "schema" / "case-v2.schema.json").read_text())


@pytest.fixture(scope="module")
def definitions():
    return load_definitions(default_resources_dir())


def write(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def indicator_ids(definitions) -> list[str]:
    return [i.id for b in definitions.matrix.blocks for i in b.indicators]


def test_sample_uses_real_indicator_ids(definitions):
    assert "no_documents" in indicator_ids(definitions)


def test_export_import_export_gives_the_same_revisions(cli, home, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    assert cli("vault", "init", "--passphrase-stdin", stdin=f"{PASS}\n").code == 0
    original = sample_case_file()
    jsonschema.validate(original, SCHEMA_V1)
    imported = cli("case", "import", str(write(outside / "in.json", original)),
                   "--passphrase-stdin", stdin=f"{PASS}\n")
    assert imported.code == 0, imported.err
    case_id = imported.out.strip()
    assert case_id.isdigit()
    listed = cli("case", "list", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert "TK-20261127-AB12" in listed.out and "Văn Minh" in listed.out
    first = outside / "first.json"
    assert cli("case", "export", case_id, "--json", str(first), "--passphrase-stdin",
               stdin=f"{PASS}\n").code == 0
    exported = json.loads(first.read_text(encoding="utf-8"))
    jsonschema.validate(exported, SCHEMA)
    assert exported["answers"] == [
        {"reason": None, "conversation": None, **a} for a in original["answers"]
    ]
    assert [e["text"] for e in exported["chronology"]] == [
        e["text"] for e in original["chronology"]]
    assert exported["chronology"][1]["corrects"] == 0

    # Into a second vault (a colleague's laptop), then out again: the same history.
    other = tmp_path / "colleague.tkvault"
    assert cli("vault", "init", "--vault", str(other), "--passphrase-stdin",
               stdin="another passphrase\n").code == 0
    again = cli("case", "import", str(first), "--vault", str(other), "--passphrase-stdin",
                stdin="another passphrase\n")
    second = outside / "second.json"
    assert cli("case", "export", again.out.strip(), "--json", str(second), "--vault", str(other),
               "--passphrase-stdin", stdin="another passphrase\n").code == 0
    assert json.loads(second.read_text(encoding="utf-8")) == exported


def corrupt(change):
    document = copy.deepcopy(sample_case_file())
    change(document)
    return document


MALFORMED = {
    "wrong format": (corrupt(lambda d: d.update(format="something/else")), "format"),
    "future version": (corrupt(lambda d: d.update(format_version=3)), "format_version"),
    "no reference": (corrupt(lambda d: d["case"].pop("reference")), "case.reference"),
    "bad timestamp": (corrupt(lambda d: d["answers"][1].update(recorded_at="yesterday")),
                      "answers[1].recorded_at"),
    "naive timestamp": (corrupt(lambda d: d["answers"][0].update(
        recorded_at="2026-11-27T23:00:00")), "time zone"),
    "unknown form": (corrupt(lambda d: d["answers"][0].update(form="diary")), "answers[0]"),
    "unknown field": (corrupt(lambda d: d["answers"][0].update(field="shoe_size")), "shoe_size"),
    "unknown matrix status": (corrupt(lambda d: d["answers"][3]["value"].update(status="maybe")),
                              "answers[3]"),
    "date not a date": (corrupt(lambda d: d["answers"].append(
        {"form": "child", "field": "date_of_birth", "value": "31/02/2011",
         "recorded_at": "2026-11-27T23:30:00+00:00", "recorded_by": "x"})), "date_of_birth"),
    "unknown key": (corrupt(lambda d: d["case"].update(colour="blue")), "colour"),
    "correction points forward": (corrupt(lambda d: d["chronology"][0].update(corrects=1)),
                                  "chronology[0].corrects"),
    "missing conversation": (corrupt(lambda d: d["answers"][0].update(conversation=4)),
                             "answers[0].conversation"),
    "training case": (corrupt(lambda d: d["case"].update(training=True)), "training"),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_case_file_is_refused_by_name_and_imports_nothing(cli, home, tmp_path, name):
    document, words = MALFORMED[name]
    assert cli("vault", "init", "--passphrase-stdin", stdin=f"{PASS}\n").code == 0
    result = cli("case", "import", str(write(tmp_path / "bad.json", document)),
                 "--passphrase-stdin", stdin=f"{PASS}\n")
    assert result.code == 1
    assert words in result.err
    assert "Traceback" not in result.err
    assert "No cases yet" in cli("case", "list", "--passphrase-stdin", stdin=f"{PASS}\n").out


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"{not json", "not valid JSON"), (b"\xff\xfe\x00garbage", "not UTF-8"),
     (b"[1, 2, 3]", "expected a JSON object")],
)
def test_file_that_is_not_a_case_file_is_refused_before_asking_anything(cli, home, tmp_path,
                                                                         content, words):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    result = cli("case", "import", str(path), "--passphrase-stdin", stdin="")
    assert result.code == 1 and words in result.err


def test_importing_the_same_case_twice_is_refused(cli, home, tmp_path):
    cli("vault", "init", "--passphrase-stdin", stdin=f"{PASS}\n")
    path = write(tmp_path / "in.json", sample_case_file())
    assert cli("case", "import", str(path), "--passphrase-stdin", stdin=f"{PASS}\n").code == 0
    again = cli("case", "import", str(path), "--passphrase-stdin", stdin=f"{PASS}\n")
    assert again.code == 1 and "already in this vault" in again.err


def test_an_amendment_after_export_needs_a_reason_and_is_logged(vault, definitions, tmp_path):
    from toolkit_desktop.services.cases import ReasonRequired
    from toolkit_desktop.services.transfer import export_case_json

    service = CaseService(vault, definitions)
    case = service.start_case(None, "Dover", known_as="girl, about 12")
    service.record_answer(case.id, "child", "claimed_age", 12)
    from toolkit_desktop.domain.records import PackExport

    vault.clock.advance(minutes=5)
    vault.cases.record_export(PackExport(case.id, 1, vault.clock.now(), "tester", "pack.pdf"))
    vault.clock.advance(minutes=5)
    with pytest.raises(ReasonRequired):
        service.record_answer(case.id, "child", "claimed_age", 13)
    service.record_answer(case.id, "child", "claimed_age", 13, reason="She told the teacher")
    snapshot = service.snapshot(case.id)
    assert [r.value for r in snapshot.revisions if r.field == "claimed_age"] == [12, 13]
    assert "She told the teacher" in snapshot.chronology[-1].text
    export_case_json(vault, case.id, tmp_path / "c.json")
    assert json.loads((tmp_path / "c.json").read_text())["answers"][-1]["reason"] == (
        "She told the teacher")


def test_packs_already_sent_travel_with_the_case(vault, definitions, tmp_path, clock):
    from toolkit_desktop.services.cases import ReasonRequired
    from toolkit_desktop.services.referral import export_pack
    from toolkit_desktop.services.transfer import export_case_json, import_case, read_case_file

    service = CaseService(vault, definitions)
    case = service.start_case(None, "Dover", known_as="girl, about 12")
    service.record_answer(case.id, "child", "claimed_age", 12)
    clock.advance(minutes=1)
    assert export_pack(vault, definitions, case.id, tmp_path / "pack.pdf", None) == 1
    clock.advance(minutes=1)
    service.record_answer(case.id, "child", "nationality", "Eritrean")
    export_case_json(vault, case.id, tmp_path / "case.json")
    document = read_case_file(tmp_path / "case.json")
    jsonschema.validate(document, SCHEMA)
    assert [(x["version"], x["covers_answers"]) for x in document["exports"]] == [(1, 1)]

    with Vault.create(tmp_path / "colleague.tkvault", PASS, clock) as colleague:
        new_id = import_case(colleague, definitions, document)
        theirs = CaseService(colleague, definitions)
        with pytest.raises(ReasonRequired):  # the age went out in version 1
            theirs.record_answer(new_id, "child", "claimed_age", 13)
        theirs.record_answer(new_id, "child", "nationality", "Eritrean and Ethiopian")
        clock.advance(minutes=1)
        assert export_pack(colleague, definitions, new_id, tmp_path / "pack2.pdf", None) == 2


def test_an_answer_to_a_question_the_form_no_longer_asks_still_imports(vault, definitions):
    """A case file from before the referral followed the online form (version 1 asked who
    should receive the decision) keeps its whole history; nothing is refused or dropped."""
    from toolkit_desktop.services.transfer import import_case

    document = sample_case_file()
    document["answers"].append(
        {"form": "nrm_referral", "field": "decision_recipient", "value": "Team manager",
         "recorded_at": "2026-11-27T23:40:00+00:00", "recorded_by": "A. Social Worker"})
    case_id = import_case(vault, definitions, document)
    stored = [r for r in vault.cases.revisions(case_id) if r.field == "decision_recipient"]
    assert [r.value for r in stored] == ["Team manager"]
    # A question no form has ever asked is still refused.
    document["case"]["reference"] = "TK-20261127-AB13"
    document["answers"][-1]["field"] = "shoe_size"
    with pytest.raises(Exception, match="shoe_size"):
        import_case(vault, definitions, document)
