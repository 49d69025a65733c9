"""Export the NRM referral pack of a case, and preview what it will contain.

Each export is remembered in the vault (when, which version, to where) with an audit entry, so the
next pack can list what changed since this one. A pack whose contents changed since the last
export is version N+1. A pack with nothing changed (saved again, say with a password) is a copy:
it keeps version N and lists the same changes as version N did, so the decision-maker is never
told of a version they did not receive. The PDF is built, the case's readable PDF attachments
are appended after its last page, and, if asked, it is encrypted, all in memory; only the finished
bytes reach the disk, through an atomic write into the target folder.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from toolkit_desktop import __version__
from toolkit_desktop.domain.attachments import AttachedFile, Attachment
from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.derived import Derivations
from toolkit_desktop.domain.records import PackExport, Profile
from toolkit_desktop.domain.wording import show_date, uk_today
from toolkit_desktop.export.atomic import ExportFailed, staged
from toolkit_desktop.export.pack import PackInput, build_pack, encrypt, pack_parts
from toolkit_desktop.services.cases import CaseService, CaseSnapshot, practitioner_name
from toolkit_desktop.storage.vault import Vault

AUDIT_ACTION = "export-pack"


@dataclass(frozen=True)
class NextPack:
    """The pack the next export writes: its input, its digest, and whether it is a copy."""

    input: PackInput
    digest: str
    copy_of: PackExport | None  # the first export of the version this one copies, if a copy


def contents_digest(
    snapshot: CaseSnapshot, profile: Profile, derivations: Derivations | None = None,
    attachments: tuple[Attachment, ...] = (),
) -> str:
    """A digest of everything a pack prints from the vault: the case, its answers, chronology
    and conversations, the first responder's details, the answers worked out from them (an
    age turns 18 with the days) and the attachments. Equal digests, equal packs."""
    worked_out = sorted(
        (f"{form}.{field}", derived.value)
        for (form, field), derived in (derivations.by_key if derivations else {}).items()
    )
    held = {
        "worked_out": worked_out,
        "case": asdict(snapshot.case),
        "revisions": [r.id for r in snapshot.revisions],  # append-only: the ids say it all
        "chronology": [e.id for e in snapshot.chronology],
        "conversations": [asdict(c) for c in snapshot.conversations],
        "profile": asdict(profile),
    }
    if attachments:  # only then, so the digests of packs made before attachments stay equal
        held["attachments"] = [(a.id, a.sha256, a.removed) for a in attachments]
    text = json.dumps(held, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _next_pack(vault: Vault, definitions: Definitions, case_id: int, now: datetime) -> NextPack:
    """Everything the builder needs, read from the vault (raises CaseNotFound for a bad id).
    The pack is in English whatever language the app speaks: its readers (the Home Office's
    decision-makers, the police) read English."""
    definitions = definitions.english
    snapshot = CaseService(vault, definitions).snapshot(case_id)
    exports = vault.cases.exports(case_id)
    profile = vault.profile()
    derivations = snapshot.worked_out(definitions, uk_today(now), profile, pack_made_at=now)
    records = vault.cases.attachments(case_id)
    held = {f.attachment.id: f for f in vault.cases.attached_files(case_id)}
    files = tuple(held.get(a.id) or AttachedFile(a, b"") for a in records)
    digest = contents_digest(snapshot, profile, derivations, tuple(records))
    first_of: dict[int, PackExport] = {}  # each version's first export (copies hold the same)
    for export in exports:
        first_of.setdefault(export.version, export)
    newest = max(first_of, default=0)
    unchanged = any(e.version == newest and e.contents_digest == digest for e in exports)
    if unchanged:
        earlier = [v for v in first_of if v < newest]
        version, previous = newest, (first_of[max(earlier)] if earlier else None)
    else:
        version, previous = newest + 1, first_of.get(newest)
    pack = PackInput(
        facts=snapshot,
        definitions=definitions,
        profile=profile,
        version=version,
        previous=previous,
        now=now,
        software_version=__version__,
        derivations=derivations,
        attachments=files,
    )
    return NextPack(pack, digest, first_of[newest] if unchanged else None)


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

    Returns the pack's version: the last one's again when nothing in the pack has changed since
    it was exported (a copy, say with a password). On any failure nothing is left in the target
    folder and no export is recorded.
    """
    if password is not None and not password.strip():
        raise ExportFailed("The PDF password is empty. Type a password, or export without one.")
    target = _check_target(Path(target))
    now = vault.clock.now()
    next_pack = _next_pack(vault, definitions, case_id, now)
    pack = next_pack.input
    try:
        data = build_pack(pack)  # the readable PDF attachments appended, marked and numbered
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
        contents_digest=next_pack.digest,
    )
    protection = "with a password" if password is not None else "without a password"
    copy = " (a copy: nothing had changed)" if next_pack.copy_of is not None else ""
    # The record and the file appear together: the rename happens inside the transaction that
    # records the export, so a failure of either leaves neither.
    published = False
    try:
        with staged(target, data) as publish, vault.transaction() as conn:
            vault.cases.record_export(export, conn)
            vault.record_audit(
                AUDIT_ACTION,
                f"case {case_id} pack version {pack.version}{copy} to {destination} {protection}",
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
    next_pack = _next_pack(vault, definitions, case_id, vault.clock.now())
    pack = next_pack.input
    cover = f"Cover and contents: pack version {pack.version}"
    if next_pack.copy_of is not None:
        cover += (f" again. Nothing has changed since it was saved on "
                  f"{show_date(next_pack.copy_of.exported_at)}.")
    return [cover] + [part.line() for part in pack_parts(pack)]
