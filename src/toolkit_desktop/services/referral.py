"""Export the NRM referral pack of a case, and preview what it will contain.

Each export is version N+1 of the case's pack and is remembered in the vault (when, which version,
to where) with an audit entry, so the next pack can list what changed since this one. The PDF is
built and, if asked, encrypted in memory; only the finished bytes reach the disk, through an
atomic write into the target folder.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from toolkit_desktop import __version__
from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.records import PackExport
from toolkit_desktop.export.atomic import ExportFailed, staged
from toolkit_desktop.export.pack import PackInput, build_pack, encrypt, pack_parts
from toolkit_desktop.services.cases import CaseService, practitioner_name
from toolkit_desktop.storage.vault import Vault

AUDIT_ACTION = "export-pack"


def _pack_input(vault: Vault, definitions: Definitions, case_id: int, now: datetime) -> PackInput:
    """Everything the builder needs, read from the vault (raises CaseNotFound for a bad id)."""
    snapshot = CaseService(vault, definitions).snapshot(case_id)
    exports = vault.cases.exports(case_id)
    return PackInput(
        facts=snapshot,
        definitions=definitions,
        profile=vault.profile(),
        version=max((e.version for e in exports), default=0) + 1,
        previous=exports[-1] if exports else None,
        now=now,
        software_version=__version__,
    )


def _check_target(target: Path) -> Path:
    target = target.expanduser()
    if target.is_dir():
        raise ExportFailed(f"{target} is a folder. Give a file name for the pack, ending in .pdf.")
    if not target.parent.is_dir():
        raise ExportFailed(
            f"The folder {target.parent} does not exist. Choose another place to save the pack."
        )
    return target


def export_pack(
    vault: Vault, definitions: Definitions, case_id: int, target: Path, password: str | None
) -> int:
    """Write the case's referral pack to `target`, encrypted with `password` when one is given.

    Returns the pack's version. On any failure nothing is left in the target folder and no export
    is recorded.
    """
    if password is not None and not password.strip():
        raise ExportFailed("The PDF password is empty. Type a password, or export without one.")
    target = _check_target(Path(target))
    now = vault.clock.now()
    pack = _pack_input(vault, definitions, case_id, now)
    try:
        data = build_pack(pack)
        if password is not None:
            data = encrypt(data, password)
    except ExportFailed:
        raise
    except Exception as exc:  # a bug in the pack must still reach the user as a sentence
        raise ExportFailed(
            "The referral pack could not be made because of a fault in toolkit-desktop. "
            f"Nothing was saved. Please tell your IT team (fault: {type(exc).__name__})."
        ) from exc
    destination = str(target.resolve())
    facts = pack.facts
    export = PackExport(
        case_id=case_id,
        version=pack.version,
        exported_at=now,
        exported_by=practitioner_name(vault),
        destination=destination,
        covers_revision_id=max((r.id or 0 for r in facts.revisions), default=None),
        covers_chronology_id=max((e.id or 0 for e in facts.chronology), default=None),
    )
    protection = "with a password" if password is not None else "without a password"
    # The record and the file appear together: the rename happens inside the transaction that
    # records the export, so a failure of either leaves neither.
    published = False
    try:
        with staged(target, data) as publish, vault.transaction() as conn:
            vault.cases.record_export(export, conn)
            vault.record_audit(
                AUDIT_ACTION,
                f"case {case_id} pack version {pack.version} to {destination} {protection}",
                conn,
            )
            publish()
            published = True
    except BaseException:
        if published:  # the file is in place but its record did not commit: take it back
            target.unlink(missing_ok=True)
        raise
    return pack.version


def preview_contents(vault: Vault, definitions: Definitions, case_id: int) -> list[str]:
    """The pack's parts as the next export would hold them, each with a count, in order."""
    pack = _pack_input(vault, definitions, case_id, vault.clock.now())
    cover = f"Cover and contents: pack version {pack.version}"
    return [cover] + [part.line() for part in pack_parts(pack)]
