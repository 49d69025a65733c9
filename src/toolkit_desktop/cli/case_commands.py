"""`toolkit-desktop case import | list | overview | export | attach | attachments | delete |
review-retention | handover | receive | confirm-handover | withdraw-handover`: cases in and out of
the vault from a shell, the coordinator's view of every case, photos or documents into a case,
deleting the cases the organisation no longer keeps, and handing a case to a colleague's laptop
in an encrypted file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from toolkit_desktop.cli.passphrase import PassphraseReader
from toolkit_desktop.cli.vault_commands import open_vault
from toolkit_desktop.domain.attachments import Attachment, size_words
from toolkit_desktop.domain.date_text import DateProblem, read_date
from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.form_ids import CHILD_FORM
from toolkit_desktop.domain.names import shown_name
from toolkit_desktop.domain.wording import show_date, show_time, uk_today
from toolkit_desktop.export.exchange import ExchangeError
from toolkit_desktop.services.deletion import DeletionRefused
from toolkit_desktop.services.transfer import (
    check_case_file,
    export_case_json,
    import_case,
    read_case_file,
)
from toolkit_desktop.services.upkeep import Vault


def register(
    groups: argparse._SubParsersAction[argparse.ArgumentParser], common: Callable[..., None]
) -> None:
    """Add the `case` commands."""
    case = groups.add_parser("case", help="import, list or export cases")
    commands = case.add_subparsers(dest="command", metavar="ACTION", required=True)

    sub = commands.add_parser("import", help="add a case from a case file (JSON)")
    common(sub)
    sub.add_argument("file", type=Path)
    sub.set_defaults(run=_import)

    sub = commands.add_parser("list", help="list the cases in the vault")
    common(sub)
    sub.set_defaults(run=_list)

    sub = commands.add_parser(
        "overview", help="every case, what needs action first: NRM dates, overdue, open steps")
    common(sub)
    sub.add_argument("--csv", type=Path, metavar="OUT",
                     help="also write the table as CSV for the safeguarding board (no names)")
    sub.add_argument("--force", action="store_true", help="replace OUT if it already exists")
    sub.set_defaults(run=_overview)

    sub = commands.add_parser("export", help="write a case file (JSON) or referral pack (PDF)")
    common(sub)
    sub.add_argument("case_id", type=int, metavar="ID")
    sub.add_argument("--json", type=Path, metavar="OUT", help="write the case file here")
    sub.add_argument("--pdf", type=Path, metavar="OUT", help="write the NRM referral pack here")
    sub.add_argument("--force", action="store_true", help="replace OUT if it already exists")
    sub.add_argument(
        "--pdf-password",
        action="store_true",
        help="protect the PDF with a password (read after the vault passphrase)",
    )
    sub.set_defaults(run=_export)

    sub = commands.add_parser(
        "attach", help="keep a photo or document (JPEG, PNG or PDF, up to 25 MB) in a case")
    common(sub)
    sub.add_argument("case_id", type=int, metavar="ID")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("--description", required=True, metavar="TEXT",
                     help="what the file is, in a few words")
    sub.add_argument("--date", metavar="DATE", help="the date it is of, e.g. 28/11/2026")
    sub.add_argument("--photo", action="store_true",
                     help="a photo of the child, for the missing-child description sheet")
    sub.set_defaults(run=_attach)

    sub = commands.add_parser("attachments", help="list a case's photos and documents")
    common(sub)
    sub.add_argument("case_id", type=int, metavar="ID")
    sub.set_defaults(run=_attachments)

    sub = commands.add_parser(
        "delete", help="delete a case and everything in it for good (asks for its reference)")
    common(sub)
    sub.add_argument("case_id", type=int, metavar="ID")
    sub.add_argument("--reason", required=True, metavar="TEXT",
                     help="why it is deleted, kept in the vault's audit trail (no child's details)")
    # Not a --yes flag: a script must name the case twice, by number and by its random reference
    # (from `case list`), so a wrong or stale number can never delete another child's case.
    sub.add_argument("--reference", metavar="REFERENCE",
                     help="the case's reference, to delete without being asked to type it back")
    sub.add_argument("--by", metavar="NAME",
                     help="who is deleting it, for the audit trail (default: your login name)")
    sub.set_defaults(run=_delete)

    sub = commands.add_parser(
        "review-retention", help="list the cases past the organisation's retention period")
    common(sub)
    sub.set_defaults(run=_review_retention)
    _register_handover(commands, common)


def _definitions() -> Definitions:
    from toolkit_desktop.forms import default_resources_dir, load_definitions

    return load_definitions(default_resources_dir())


def _import(args: argparse.Namespace) -> int:
    try:
        # Check the whole file before asking for a passphrase or opening anything.
        document = read_case_file(args.file)
        definitions = _definitions()
        check_case_file(definitions, document)
        with open_vault(args) as vault:
            case_id = import_case(vault, definitions, document)
    except ExchangeError as exc:
        # One sentence, and what it means for the vault: an import is all or nothing.
        said = str(exc).rstrip(".")
        if "nothing imported" in said:
            raise
        raise ExchangeError(f"{said}. Nothing was imported.") from None
    print(case_id)
    return 0


def _name(values: dict[tuple[str, str], object]) -> str:
    # The same name the case list in the app shows, so a case is found by what it is called there.
    child = {field: v for (form, field), v in values.items() if form == CHILD_FORM}
    return shown_name(child).with_latin  # Latin letters beside a name in another script


def _list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = vault.cases.list_rows()
        handed_over = _handover_marks(vault)
    if not rows:
        print("No cases yet.")
        return 0
    print(f"{'ID':>5}  {'REFERENCE':<17}  {'FIRST CONTACT':<16}  NAME")
    for row in rows:
        first = row.case.first_contact_at
        when = first.strftime("%Y-%m-%d %H:%M") if first else "not recorded"
        mark = "  [TRAINING]" if row.case.training else ""
        mark += handed_over.get(row.case.id, "")
        print(f"{row.case.id:>5}  {row.case.reference:<17}  {when:<16}  {_name(row.values)}{mark}")
    return 0


def _overview(args: argparse.Namespace) -> int:
    from toolkit_desktop.services.overview import overview, save_overview_csv

    if args.csv and Path(args.csv).exists() and not args.force:
        print(f"toolkit-desktop: {args.csv} already exists; nothing was written. "
              "Choose another name, or add --force to replace it.", file=sys.stderr)
        return 1
    with open_vault(args) as vault:
        lines = overview(vault, _definitions(), uk_today(vault.clock.now()))
    if not lines:
        print("No cases yet.")
    for line in lines:
        first = show_time(line.first_identified) if line.first_identified else "not recorded"
        print(f"{line.reference}  {line.name}: {line.stage_words}. First identified {first}.")
        if line.referral_sent:
            due = (f"; reasonable-grounds decision expected by {show_date(line.rg_expected_by)}"
                   if line.rg_expected_by else "")
            print(f"    Referral sent {show_date(line.referral_sent)}{due}.")
        print(f"    Decisions: {line.decisions}.")
        for overdue in line.overdue:
            print(f"    OVERDUE: {overdue}.")
        if line.open_actions:
            print(f"    Not yet recorded: {'; '.join(line.open_actions)}.")
        print(f"    Held by {line.held_by}.")
    if args.csv:
        save_overview_csv(lines, args.csv)
        print(f"Table for the safeguarding board written (references, no names): {args.csv}")
    return 0


def _export(args: argparse.Namespace) -> int:
    if not args.json and not args.pdf:
        print("toolkit-desktop: say where to write: --json OUT or --pdf OUT", file=sys.stderr)
        return 2
    for target in (args.json, args.pdf):
        if target and Path(target).exists() and not args.force:
            print(f"toolkit-desktop: {target} already exists; nothing was written. "
                  "Choose another name, or add --force to replace it.", file=sys.stderr)
            return 1
    reader = PassphraseReader(args.passphrase_stdin)
    with open_vault(args, reader) as vault:
        vault.cases.get(args.case_id)
        if args.json:
            export_case_json(vault, args.case_id, args.json)
            print(f"Case file written: {args.json}")
        if args.pdf:
            from toolkit_desktop.services.referral import export_pack

            password = (reader.read_new("Password for the PDF", rated=False)
                        if args.pdf_password else None)
            version = export_pack(vault, _definitions(), args.case_id, args.pdf, password)
            print(f"Referral pack version {version} written: {args.pdf}")
            if password is None:
                print("This PDF is not protected by the vault: keep it safe, "
                      "or use --pdf-password.")
    return 0


def _attach(args: argparse.Namespace) -> int:
    from toolkit_desktop.services import attachments

    data = attachments.read_file(args.file)  # refused before a passphrase is asked for
    with open_vault(args) as vault:
        document_date = None
        if args.date:
            try:
                document_date = date.fromisoformat(
                    read_date(args.date, uk_today(vault.clock.now())))
            except DateProblem as exc:
                print(f"toolkit-desktop: the date {args.date!r} cannot be read. {exc} "
                      "Nothing was attached.", file=sys.stderr)
                return 1
        added = attachments.attach_bytes(vault, args.case_id, data, args.file.name,
                                         args.description, document_date,
                                         child_photo=args.photo)
    photo = " (the photo on the missing-child sheet)" if added.child_photo else ""
    print(f"Attached to case {args.case_id} as number {added.number}: {added.kind.words}, "
          f"{size_words(added.size)}{photo}.")
    return 0


def _attachment_line(a: Attachment) -> str:
    when = show_date(a.document_date) if a.document_date else "no date"
    photo = " [photo of the child]" if a.child_photo else ""
    line = (f"{a.number:>3}  {a.kind.words:<12}  {a.description}{photo}  |  {when}  |  "
            f"{size_words(a.size)}  |  added by {a.added_by}, {show_time(a.added_at)}")
    if a.removal is not None:
        line += (f"\n     REMOVED {show_time(a.removal.removed_at)} by {a.removal.removed_by}: "
                 f"{a.removal.reason}")
    return line


def _attachments(args: argparse.Namespace) -> int:
    from toolkit_desktop.services import attachments

    with open_vault(args) as vault:
        found = attachments.attachments(vault, args.case_id)
    if not found:
        print(f"Case {args.case_id} has no photos or documents attached.")
        return 0
    print("NO.  KIND          DESCRIPTION  |  DATE  |  SIZE  |  ADDED")
    for a in found:
        print(_attachment_line(a))
    return 0


def _login() -> str:
    import getpass

    try:
        return f"{getpass.getuser()} (command line)"
    except Exception:  # no login name in some sandboxes
        return "command line"


def _typed_reference(args: argparse.Namespace, vault: Vault, case_id: int) -> str:
    """The reference typed back: from --reference, or read after showing which case it is."""
    if args.reference is not None:
        return str(args.reference)
    case = vault.cases.get(case_id)
    (row,) = [r for r in vault.cases.list_rows() if r.case.id == case_id]
    first = case.first_contact_at.strftime("%Y-%m-%d") if case.first_contact_at else "not recorded"
    print(f"Case {case_id}: {_name(row.values)}, first contact {first}.", file=sys.stderr)
    print("To delete it and everything in it for good, type its reference "
          "(as `case list` shows it):", file=sys.stderr)
    line = sys.stdin.readline()
    if not line:
        raise DeletionRefused("No reference was typed back, so nothing was deleted.")
    return line.strip()


def _delete(args: argparse.Namespace) -> int:
    from toolkit_desktop.services.deletion import delete_case
    from toolkit_desktop.services.session import generations
    from toolkit_desktop.settings import load_settings

    if not " ".join(args.reason.split()):
        raise DeletionRefused("Say why the case is being deleted; nothing was deleted.")
    with open_vault(args) as vault:
        typed = _typed_reference(args, vault, args.case_id)
        done = delete_case(vault, args.case_id, args.reason, typed,
                           generations(load_settings()), by=args.by or _login())
    print(done.sentence)
    return 0


def _review_retention(args: argparse.Namespace) -> int:
    from toolkit_desktop.policy import load_policy
    from toolkit_desktop.services.deletion import cases_past_retention

    policy = load_policy()
    if policy.problem:
        raise DeletionRefused(policy.problem)
    if policy.retention_days is None:
        print("Your organisation's policy sets no retention period (retention_days), "
              "so no case is listed.")
        return 0
    with open_vault(args) as vault:
        due = cases_past_retention(vault, policy, uk_today(vault.clock.now()))
    if not due:
        print(f"No case is past the retention period of {policy.retention_days} days.")
        return 0
    print(f"{len(due)} case{'s' if len(due) != 1 else ''} with nothing recorded for more than "
          f"{policy.retention_days} days; review each, and delete with `case delete ID`:")
    print(f"{'ID':>5}  {'REFERENCE':<17}  {'LAST ACTIVITY':<17}  DAYS")
    for d in due:
        print(f"{d.case_id:>5}  {d.reference:<17}  {show_date(d.last_activity):<17}  {d.days}")
    return 0


# -- handing a case over to a colleague's laptop ----------------------------------------------

def _register_handover(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: Callable[..., None]
) -> None:
    sub = commands.add_parser(
        "handover", help="write a case to an encrypted handover file for a colleague's laptop")
    common(sub)
    sub.add_argument("case_id", type=int, metavar="ID")
    sub.add_argument("--to", type=Path, required=True, metavar="FILE",
                     help="where to write the handover file (.tkhandover)")
    sub.add_argument("--receiver", required=True, metavar="NAME",
                     help="who receives it (a name and their team), kept in the audit trail")
    sub.add_argument("--force", action="store_true", help="replace FILE if it already exists")
    sub.set_defaults(run=_handover)

    sub = commands.add_parser(
        "receive", help="add a case from a handover file (asks for its six words, then the "
        "vault passphrase; one per line with --passphrase-stdin)")
    common(sub)
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.set_defaults(run=_receive)

    sub = commands.add_parser(
        "confirm-handover", help="type the receiver's confirmation code: deletes this copy")
    common(sub)
    sub.add_argument("case_id", type=int, metavar="ID")
    sub.add_argument("code", metavar="CODE", help="the code the receiver read to you")
    sub.add_argument("--by", metavar="NAME",
                     help="who confirms it, for the audit trail (default: your login name)")
    sub.set_defaults(run=_confirm_handover)

    sub = commands.add_parser(
        "withdraw-handover", help="a handover that went astray: make the case writable again")
    common(sub)
    sub.add_argument("case_id", type=int, metavar="ID")
    sub.add_argument("--reason", required=True, metavar="TEXT",
                     help="why it is withdrawn, kept in the audit trail")
    sub.set_defaults(run=_withdraw_handover)


def _handover_marks(vault: Vault) -> dict[int, str]:
    from toolkit_desktop.services.handover import awaiting_handovers

    return {case_id: f"  [{w.mark.upper()}]" for case_id, w in awaiting_handovers(vault).items()}


def _handover(args: argparse.Namespace) -> int:
    from toolkit_desktop.services.handover import SUFFIX, HandoverRefused, hand_over

    target = Path(args.to)
    if not target.suffix:
        target = target.with_name(target.name + SUFFIX)
    if target.exists() and not args.force:  # said before the passphrase is asked for
        raise HandoverRefused(f"{target} already exists; nothing was written. Choose another "
                              "name, or add --force to replace it.")
    with open_vault(args) as vault:
        done = hand_over(vault, args.case_id, target, args.receiver, by=_login(),
                         replace=args.force)
    print(f"Handover file written: {done.target}")
    print(f"Read these six words to {done.receiver} by phone, not by email or a text message. "
          "They are shown only now and kept nowhere:")
    print()
    print(f"    {done.words}")
    print()
    print(f"Case {done.reference} stays in this vault, and cannot be changed, until "
          f"{done.receiver} reads you the confirmation code their laptop shows. Then run:")
    print(f"    toolkit-desktop case confirm-handover {done.case_id} CODE")
    return 0


def _receive(args: argparse.Namespace) -> int:
    from toolkit_desktop.services.handover import open_file, receive

    reader = PassphraseReader(args.passphrase_stdin)
    # The file is opened and checked before the vault is: a wrong word or a damaged file is
    # said before the vault passphrase is asked for.
    words = reader.read("The six handover words")
    opened = open_file(args.file, words)
    definitions = _definitions()
    with open_vault(args, reader) as vault:
        received = receive(vault, definitions, opened, words)
    if not received.again:
        print(f"Case received as number {received.case_id} ({received.reference}).")
    print(received.sentence)
    return 0


def _confirm_handover(args: argparse.Namespace) -> int:
    from toolkit_desktop.services.handover import confirm_handover
    from toolkit_desktop.services.session import generations
    from toolkit_desktop.settings import load_settings

    with open_vault(args) as vault:
        done = confirm_handover(vault, args.case_id, args.code, generations(load_settings()),
                                by=args.by or _login())
    print(done.sentence)
    return 0


def _withdraw_handover(args: argparse.Namespace) -> int:
    from toolkit_desktop.services.handover import withdraw_handover

    with open_vault(args) as vault:
        print(withdraw_handover(vault, args.case_id, args.reason, by=_login()))
    return 0
