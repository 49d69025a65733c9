"""Training mode: fictional practice cases that check, a training vault made whole on first use,
and training cases that never enter a real vault."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from toolkit_desktop import paths
from toolkit_desktop.domain.age import age_status
from toolkit_desktop.domain.agencies import waiting_in_case
from toolkit_desktop.domain.decisions import Outcome, decision_state, safeguarding_open
from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.guidance import CaseFacts, what_next
from toolkit_desktop.export.exchange import ExchangeError
from toolkit_desktop.services import practice_cases, training
from toolkit_desktop.services.cases import CaseService
from toolkit_desktop.services.practice_cases import move_forward, practice_case_files
from toolkit_desktop.services.training import (
    PRACTICE_PASSPHRASE,
    NotTrainingVault,
    open_training_vault,
    reset_training_vault,
)
from toolkit_desktop.services.transfer import check_case_file, export_case_json, import_case
from toolkit_desktop.storage.vault import Vault

FILES = practice_case_files()


def answers_of(document: dict) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for a in document["answers"]:
        out.setdefault(a["form"], {})[a["field"]] = a["value"]
    return {f: {k: v for k, v in values.items() if v is not None} for f, values in out.items()}


def test_there_are_at_least_three_practice_cases() -> None:
    assert len(FILES) >= 3


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_each_practice_case_is_a_full_fictional_training_case(
    path: Path, shipped: Definitions
) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    parsed = check_case_file(shipped, document)
    assert parsed.case["training"] is True
    assert any(e["text"].startswith("Practice case: fictional") for e in parsed.chronology)
    assert any(e["corrects"] is not None for e in parsed.chronology)
    assert any(a["conversation"] is not None for a in parsed.answers)
    answers = answers_of(document)
    indicators = [v for v in answers["matrix"].values() if isinstance(v, dict)]
    present = [v for v in indicators if v["status"] in ("known", "suspected")]
    assert len(present) >= 4 and all(v["evidence"] and v["source"] for v in present)
    assert sum(k.endswith("_at") for k in answers["immediate_safeguarding"]) >= 2
    last_day = max(a["recorded_at"] for a in parsed.answers).date()
    assert waiting_in_case(answers, last_day + timedelta(days=7))


def test_the_practice_cases_differ_in_age_and_kind_of_exploitation(shipped: Definitions) -> None:
    documents = [json.loads(p.read_text(encoding="utf-8")) for p in FILES]
    ages = set()
    for document in documents:
        answers = answers_of(document)
        status = age_status(answers["child"], answers.get("age_assessment", {}), date(2026, 6, 1))
        ages.add(status.claimed_age or status.age_from_date_of_birth)
    assert len(ages) == len(documents)
    exploitation = {
        i.id for b in shipped.matrix.blocks if b.id == "exploitation" for i in b.indicators
    }
    kinds = [
        frozenset(k for k, v in answers_of(d)["matrix"].items()
                  if k in exploitation and isinstance(v, dict) and v["status"] == "known")
        for d in documents
    ]
    assert len(set(kinds)) == len(kinds)


def test_moving_forward_keeps_weekdays_ages_and_lands_in_the_last_week(
    shipped: Definitions,
) -> None:
    now = datetime(2031, 5, 14, 9, 0, tzinfo=UTC)
    document = json.loads(FILES[0].read_text(encoding="utf-8"))
    moved = move_forward(document, shipped, now)
    check_case_file(shipped, moved)
    before = datetime.fromisoformat(document["case"]["first_contact_at"])
    after = datetime.fromisoformat(moved["case"]["first_contact_at"])
    assert (after - before) % timedelta(weeks=1) == timedelta(0)
    latest = max(datetime.fromisoformat(e["recorded_at"]) for e in moved["chronology"])
    assert now - timedelta(weeks=1) < latest <= now
    referral = answers_of(moved)["nrm_referral"]["referral_date"]
    assert date.fromisoformat(referral).weekday() == date.fromisoformat(
        answers_of(document)["nrm_referral"]["referral_date"]).weekday()
    groups = answers_of(moved)["agencies"]["contacts"]
    assert all(date.fromisoformat(row["contacted_on"]).year == 2031 for row in groups)


def test_the_training_vault_is_made_with_every_practice_case(
    fake_clock, shipped: Definitions
) -> None:
    with open_training_vault(fake_clock, shipped) as vault:
        assert vault.path == paths.training_vault_path()
        assert vault.training and vault.info()["training"] == "1"
        rows = vault.cases.list_rows()
        assert len(rows) == len(FILES) >= 3
        assert all(row.case.training for row in rows)
        assert vault.profile() == training.PRACTICE_PROFILE
        # A case started while practising is a training case too.
        assert CaseService(vault, shipped).start_case(None, "Practice room").training
    with open_training_vault(fake_clock, shipped) as vault:  # opened, not filled again
        assert len(vault.cases.list_rows()) == len(FILES) + 1


def test_the_practice_cases_show_prompts_and_decisions_as_written(
    fake_clock, shipped: Definitions
) -> None:
    with open_training_vault(fake_clock, shipped) as vault:
        service = CaseService(vault, shipped)
        by_reference = {row.case.reference: row.case.id for row in vault.cases.list_rows()}
        today = fake_clock.now().date()
        minh = service.snapshot(by_reference["PRACTICE-A-MINH"]).answers_by_form()
        prompts = {p.id for p in what_next(shipped, minh, CaseFacts(), today)}
        assert {"chase_rg_decision", "take_photo", "chase_agency_reply"} <= prompts
        ardit = service.snapshot(by_reference["PRACTICE-C-ARDIT"]).answers_by_form()
        assert decision_state(ardit).rg.outcome is Outcome.NEGATIVE
        assert safeguarding_open(ardit)


def test_a_training_case_exported_is_refused_by_a_real_vault(
    fake_clock, shipped: Definitions, vault: Vault, tmp_path: Path
) -> None:
    target = tmp_path / "practice.json"
    with open_training_vault(fake_clock, shipped) as practice:
        export_case_json(practice, practice.cases.list_rows()[0].case.id, target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["case"]["training"] is True
    with pytest.raises(ExchangeError, match="training case"):
        import_case(vault, shipped, document)
    assert vault.cases.list_rows() == []
    # Nor can the practice cases be put into a real vault by the seeding itself.
    with pytest.raises(NotTrainingVault):
        training.add_practice_cases(CaseService(vault, shipped))
    assert vault.cases.list_rows() == []


def test_a_failure_while_filling_leaves_no_training_vault(
    fake_clock, shipped: Definitions, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> list[object]:
        raise ExchangeError("a practice file is broken")

    monkeypatch.setattr(training, "practice_documents", broken)
    with pytest.raises(ExchangeError):
        open_training_vault(fake_clock, shipped)
    folder = paths.training_vault_path().parent
    assert not paths.training_vault_path().exists()
    assert [p.name for p in folder.iterdir() if p.suffix == ".tkvault"] == []


def test_a_broken_practice_file_is_named(
    shipped: Definitions, tmp_path: Path
) -> None:
    (tmp_path / "training").mkdir()
    document = json.loads(FILES[0].read_text(encoding="utf-8"))
    document["case"]["training"] = False
    (tmp_path / "training" / "real.json").write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ExchangeError, match="real.json.*training"):
        practice_cases.practice_documents(shipped, datetime.now(UTC), tmp_path)


def test_reset_brings_back_the_practice_cases_as_they_were(
    fake_clock, shipped: Definitions
) -> None:
    with open_training_vault(fake_clock, shipped) as vault:
        CaseService(vault, shipped).start_case(None, "Practice room")
        vault.backup(PRACTICE_PASSPHRASE, "unlock")
    reset_training_vault()
    assert not paths.training_vault_path().exists()
    assert not paths.backups_dir(paths.training_vault_path()).exists()
    with open_training_vault(fake_clock, shipped) as vault:
        assert len(vault.cases.list_rows()) == len(FILES)
    reset_training_vault()
    reset_training_vault()  # nothing there: nothing to do


@pytest.mark.parametrize("passphrase", [PRACTICE_PASSPHRASE, "someone's real passphrase"])
def test_reset_and_open_refuse_a_vault_that_is_not_the_training_vault(
    fake_clock, shipped: Definitions, passphrase: str
) -> None:
    path = paths.training_vault_path()
    Vault.create(path, passphrase, fake_clock).close()
    before = path.read_bytes()
    with pytest.raises(NotTrainingVault):
        reset_training_vault()
    assert path.read_bytes() == before
    if passphrase == PRACTICE_PASSPHRASE:
        with pytest.raises(NotTrainingVault):
            open_training_vault(fake_clock, shipped)
