"""`case handover`, `case receive` and `case confirm-handover` as a night worker and a day team
would run them on two laptops (here: two vaults, each with its own passphrase)."""

from __future__ import annotations

import re

PASS = "correct horse battery staple"
DAY_PASS = "another laptop another passphrase"


def start(cli) -> tuple[int, str]:
    """The night worker's vault with one case: (id, reference)."""
    assert cli("vault", "init", "--passphrase-stdin", stdin=f"{PASS}\n").code == 0
    from toolkit_desktop.domain.clock import SystemClock
    from toolkit_desktop.settings import load_settings
    from toolkit_desktop.storage.vault import Vault

    with Vault.open(load_settings().vault(), PASS, SystemClock()) as vault:
        case = vault.cases.create(first_contact_at=None, first_contact_place="Dover port")
        vault.cases.record(case.id, "child", "known_as", "Minh", "night worker")
    return case.id, case.reference


def words_of(out: str) -> str:
    (line,) = [x.strip() for x in out.splitlines() if re.fullmatch(r"    [a-z]+( [a-z]+){5}", x)]
    return line


def test_a_case_goes_to_the_day_team_and_leaves_the_night_laptop_on_the_code(cli, tmp_path):
    case_id, reference = start(cli)
    target = tmp_path / "minh"  # the suffix is added
    sent = cli("case", "handover", str(case_id), "--to", str(target), "--receiver",
               "Day duty team", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert sent.code == 0, sent.err
    words = words_of(sent.out)
    assert (tmp_path / "minh.tkhandover").is_file()
    assert f"case confirm-handover {case_id} CODE" in sent.out
    listed = cli("case", "list", "--passphrase-stdin", stdin=f"{PASS}\n").out
    assert "[HANDED OVER TO DAY DUTY TEAM, AWAITING CONFIRMATION]" in listed

    day = tmp_path / "day" / "cases.tkvault"
    assert cli("vault", "init", "--vault", str(day), "--passphrase-stdin",
               stdin=f"{DAY_PASS}\n").code == 0
    got = cli("case", "receive", str(tmp_path / "minh.tkhandover"), "--vault", str(day),
              "--passphrase-stdin", stdin=f"{words}\n{DAY_PASS}\n")
    assert got.code == 0, got.err
    assert f"({reference})" in got.out
    code = re.search(r"confirmation code .*: ([A-Z0-9]{4}-[A-Z0-9]{4})$", got.out.strip()).group(1)
    theirs = cli("case", "list", "--vault", str(day), "--passphrase-stdin",
                 stdin=f"{DAY_PASS}\n").out
    assert reference in theirs and "Minh" in theirs

    wrong = cli("case", "confirm-handover", str(case_id), "ZZZZ-ZZZZ", "--passphrase-stdin",
                stdin=f"{PASS}\n")
    assert wrong.code == 1 and "nothing was deleted" in wrong.err
    assert reference in cli("case", "list", "--passphrase-stdin", stdin=f"{PASS}\n").out

    done = cli("case", "confirm-handover", str(case_id), code, "--passphrase-stdin",
               stdin=f"{PASS}\n")
    assert done.code == 0, done.err
    assert f"Case {reference} was deleted" in done.out
    assert cli("case", "list", "--passphrase-stdin", stdin=f"{PASS}\n").out.strip() == (
        "No cases yet.")


def test_receiving_with_a_wrong_word_says_which_before_the_vault_is_opened(cli, tmp_path):
    case_id, _ = start(cli)
    sent = cli("case", "handover", str(case_id), "--to", str(tmp_path / "m.tkhandover"),
               "--receiver", "Day team", "--passphrase-stdin", stdin=f"{PASS}\n")
    words = words_of(sent.out).split()
    words[0] = "kettel"
    got = cli("case", "receive", str(tmp_path / "m.tkhandover"), "--passphrase-stdin",
              stdin=" ".join(words) + "\n")  # no vault passphrase: it is never asked for
    assert got.code == 1
    assert got.err.strip() == ("toolkit-desktop: “kettel” is not one of the handover words: "
                               "check its spelling with the sender.")


def test_an_existing_file_is_not_replaced_without_force(cli, tmp_path):
    case_id, _ = start(cli)
    target = tmp_path / "m.tkhandover"
    target.write_text("keep me")
    refused = cli("case", "handover", str(case_id), "--to", str(target), "--receiver", "Day team",
                  "--passphrase-stdin", stdin=f"{PASS}\n")
    assert refused.code == 1 and "already exists" in refused.err
    assert target.read_text() == "keep me"
    withdrawn = cli("case", "withdraw-handover", str(case_id), "--reason", "never sent",
                    "--passphrase-stdin", stdin=f"{PASS}\n")
    assert withdrawn.code == 1 and "not waiting" in withdrawn.err
