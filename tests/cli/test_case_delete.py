"""`case delete` and `case review-retention` as a council's IT staff use them."""

from __future__ import annotations

from datetime import UTC, datetime

PASS = "correct horse battery staple"


def start(cli, *, places: tuple[str, ...] = ("Dover port",), at: datetime | None = None):
    """A vault with one case per place: [(id, reference)]."""
    assert cli("vault", "init", "--passphrase-stdin", stdin=f"{PASS}\n").code == 0
    from toolkit_desktop.domain.clock import SystemClock
    from toolkit_desktop.settings import load_settings
    from toolkit_desktop.storage.vault import Vault

    made = []
    with Vault.open(load_settings().vault(), PASS, SystemClock(), backup=False) as vault:
        for place in places:
            case = vault.cases.create(first_contact_at=None, first_contact_place=place,
                                      created_at=at)
            vault.cases.record(case.id, "child", "known_as", f"Minh of {place}", "sw",
                               recorded_at=at)
            made.append((case.id, case.reference))
    return made


def listed_ids(cli) -> list[str]:
    out = cli("case", "list", "--passphrase-stdin", stdin=f"{PASS}\n").out
    return [line.split()[0] for line in out.splitlines()[1:] if line.split()]


def test_delete_with_the_reference_typed_back_on_standard_input(cli):
    (case_id, reference), (other, _) = start(cli, places=("Dover port", "Luton"))
    done = cli("case", "delete", str(case_id), "--reason", "Retention period over",
               "--passphrase-stdin", stdin=f"{PASS}\n{reference}\n")
    assert done.code == 0, done.err
    assert f"Case {reference} was deleted: nothing of it is left in the vault." in done.out
    assert "Minh of Dover port" in done.err and "type its reference" in done.err
    assert listed_ids(cli) == [str(other)]


def test_a_wrong_reference_typed_back_deletes_nothing(cli):
    ((case_id, _),) = start(cli)
    done = cli("case", "delete", str(case_id), "--reason", "Retention period over",
               "--passphrase-stdin", stdin=f"{PASS}\nTK-20261128-NOPE2\n")
    assert done.code == 1
    assert done.err.strip().splitlines()[-1] == (
        f"toolkit-desktop: That is not the reference of case {case_id}, so nothing was deleted. "
        "Type the reference exactly as the case list shows it.")
    assert listed_ids(cli) == [str(case_id)]


def test_nothing_typed_back_deletes_nothing(cli):
    ((case_id, _),) = start(cli)
    done = cli("case", "delete", str(case_id), "--reason", "Duplicate",
               "--passphrase-stdin", stdin=f"{PASS}\n")
    assert done.code == 1 and "No reference was typed back" in done.err
    assert listed_ids(cli) == [str(case_id)]


def test_a_script_names_the_case_twice_with_reference(cli):
    ((case_id, reference),) = start(cli)
    wrong = cli("case", "delete", str(case_id + 1), "--reason", "Duplicate", "--reference",
                reference, "--passphrase-stdin", stdin=f"{PASS}\n")
    assert wrong.code == 1 and f"no case with id {case_id + 1}" in wrong.err
    done = cli("case", "delete", str(case_id), "--reason", "Duplicate", "--reference", reference,
               "--by", "J Smith, IT", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert done.code == 0, done.err
    assert done.err == ""  # nothing asked
    assert listed_ids(cli) == []
    from toolkit_desktop.domain.clock import SystemClock
    from toolkit_desktop.settings import load_settings
    from toolkit_desktop.storage.vault import Vault

    with Vault.open(load_settings().vault(), PASS, SystemClock()) as vault:
        (line,) = [e for e in vault.audit_trail() if e.action == "delete-case"]
    assert line.detail == f"case {reference} deleted by J Smith, IT; reason: Duplicate"


def test_an_empty_reason_is_refused_before_the_passphrase_is_asked(cli):
    ((case_id, reference),) = start(cli)
    done = cli("case", "delete", str(case_id), "--reason", "  ", "--reference", reference,
               "--passphrase-stdin")
    assert done.code == 1 and "Say why the case is being deleted" in done.err


def test_the_sentence_says_when_backups_holding_the_case_age_out(cli):
    ((case_id, reference),) = start(cli)
    assert cli("vault", "backup", "--passphrase-stdin", stdin=f"{PASS}\n").code == 0
    done = cli("case", "delete", str(case_id), "--reason", "Duplicate", "--reference", reference,
               "--passphrase-stdin", stdin=f"{PASS}\n")
    assert "Backups taken before now still hold it" in done.out
    assert "at the latest" in done.out


def test_review_retention_lists_the_cases_untouched_for_longer_than_the_policy(
        cli, tmp_path, monkeypatch):
    old = datetime(2020, 1, 6, 9, 0, tzinfo=UTC)
    start(cli, places=("Dover port", "Luton"), at=old)
    policy = tmp_path / "policy.toml"
    monkeypatch.setenv("TOOLKIT_DESKTOP_POLICY", str(policy))

    done = cli("case", "review-retention", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert done.code == 0 and "sets no retention period" in done.out

    policy.write_text("retention_days = 365\n")
    done = cli("case", "review-retention", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert lines[0].startswith("2 cases with nothing recorded for more than 365 days")
    assert len(lines) == 4 and all("6 January 2020" in line for line in lines[2:])

    policy.write_text("retention_days = 36500\n")
    done = cli("case", "review-retention", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert done.out.strip() == "No case is past the retention period of 36500 days."
