"""The fonts the app ships, one per script, for the windows and the referral pack alike.

A child's name is shown in the script they write it in, on screen and in the PDF, on a laptop
that may have no font for that script and no network to fetch one. The files live here, in the
export package, because the PDF embeds them; the windows register the same files with Qt. This
module imports nothing but the standard library, so the ui reads the list from it without loading
reportlab (the layers contract lets the ui import export; the pack's reportlab side is
`export/pack/fonts.py`).

Each file's licence is beside it: DejaVu (Bitstream Vera licence), Noto (SIL OFL 1.1), Droid
Sans Fallback (Apache 2.0). Chinese needs a font with TrueType outlines, which reportlab can embed
(it cannot read the CFF outlines of Noto Sans CJK); Droid Sans Fallback is one, and subsetting it
to the Han characters would save under 2% of its 4 MB, so it ships whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).parent


@dataclass(frozen=True)
class BundledFont:
    """One shipped font file: its family name (as Qt and the PDF know it) and who it is for."""

    family: str
    file: str
    scripts: str
    licence: str
    shaped: bool = False  # letters change shape or order in context: Arabic, Indic scripts
    right_to_left: bool = False

    @property
    def path(self) -> Path:
        """Where the file is, in a source checkout, a wheel or a PyInstaller bundle alike."""
        return FOLDER / self.file


# The pack's own font: Latin (Vietnamese and Albanian included), Greek and Cyrillic, with a bold
# and an oblique face; the fallbacks below have a regular face only.
PRIMARY = BundledFont(
    "DejaVu Sans", "DejaVuSans.ttf", "Latin, Vietnamese, Albanian, Greek, Cyrillic",
    "LICENSE-DejaVu.txt",
)
PRIMARY_BOLD = "DejaVuSans-Bold.ttf"
PRIMARY_ITALIC = "DejaVuSans-Oblique.ttf"

# In the order a character is looked for after the primary font.
FALLBACKS = (
    BundledFont("Noto Sans Ethiopic", "NotoSansEthiopic-Regular.ttf",
                "Ge'ez: Tigrinya, Amharic", "LICENSE-Noto.txt"),
    BundledFont("Noto Sans Arabic", "NotoSansArabic-Regular.ttf",
                "Arabic script: Arabic, Pashto, Dari, Kurdish Sorani", "LICENSE-Noto.txt",
                shaped=True, right_to_left=True),
    BundledFont("Noto Sans Bengali", "NotoSansBengali-Regular.ttf", "Bengali",
                "LICENSE-Noto.txt", shaped=True),
    BundledFont("Noto Sans Tamil", "NotoSansTamil-Regular.ttf", "Tamil",
                "LICENSE-Noto.txt", shaped=True),
    BundledFont("Noto Sans Gurmukhi", "NotoSansGurmukhi-Regular.ttf", "Gurmukhi (Punjabi)",
                "LICENSE-Noto.txt", shaped=True),
    BundledFont("Droid Sans Fallback", "DroidSansFallbackFull.ttf",
                "Chinese (simplified and traditional), Japanese kana", "LICENSE-Droid.txt"),
)

ALL = (PRIMARY, *FALLBACKS)
