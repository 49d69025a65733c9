"""The NRM referral pack: a PDF a decision-maker can act on, built from a case's records."""

from toolkit_desktop.export.pack.builder import build_pack, pack_parts
from toolkit_desktop.export.pack.contents import Part
from toolkit_desktop.export.pack.model import CaseFacts, PackInput
from toolkit_desktop.export.pack.protect import encrypt

__all__ = ["CaseFacts", "PackInput", "Part", "build_pack", "encrypt", "pack_parts"]
