"""`toolkit-desktop case import | list | export`: cases in and out of the vault from a shell."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from toolkit_desktop.cli.passphrase import PassphraseReader
from toolkit_desktop.cli.vault_commands import open_vault
from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.form_ids import CHILD_FORM
from toolkit_desktop.domain.names import shown_name
from toolkit_desktop.export.exchange import ExchangeError
from toolkit_desktop.services.transfer import (
    check_case_file,
    export_case_json,
    import_case,
    read_case_file,
)


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
    if not rows:
        print("No cases yet.")
        return 0
    print(f"{'ID':>5}  {'REFERENCE':<17}  {'FIRST CONTACT':<16}  NAME")
    for row in rows:
        first = row.case.first_contact_at
        when = first.strftime("%Y-%m-%d %H:%M") if first else "not recorded"
        mark = "  [TRAINING]" if row.case.training else ""
        print(f"{row.case.id:>5}  {row.case.reference:<17}  {when:<16}  {_name(row.values)}{mark}")
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
