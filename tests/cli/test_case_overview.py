"""`case overview`: the coordinator's list in a shell, and the board's CSV written whole."""

from __future__ import annotations

import csv

PASS = "correct horse battery staple"


def test_the_overview_lists_what_is_overdue_and_writes_a_csv_without_names(cli, tmp_path):
    assert cli("vault", "init", "--passphrase-stdin", stdin=f"{PASS}\n").code == 0
    from toolkit_desktop.domain.clock import SystemClock
    from toolkit_desktop.settings import load_settings
    from toolkit_desktop.storage.vault import Vault

    with Vault.open(load_settings().vault(), PASS, SystemClock()) as vault:
        case = vault.cases.create(first_contact_at=None, first_contact_place="Dover port")
        vault.cases.record(case.id, "child", "known_as", "Minh", "night worker")
        vault.cases.record(case.id, "nrm_referral", "referral_date", "2026-01-05", "night worker")
    out = tmp_path / "board.csv"
    shown = cli("case", "overview", "--csv", str(out), "--passphrase-stdin", stdin=f"{PASS}\n")
    assert shown.code == 0, shown.err
    assert f"{case.reference}  Minh: Decision overdue." in shown.out
    assert "OVERDUE: Reasonable-grounds decision expected by" in shown.out
    assert "Not yet recorded: " in shown.out
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][0] == case.reference and rows[1][1] == "Decision overdue"
    assert "Minh" not in out.read_text(encoding="utf-8-sig")

    again = cli("case", "overview", "--csv", str(out), "--passphrase-stdin", stdin=f"{PASS}\n")
    assert again.code == 1 and "already exists; nothing was written" in again.err
