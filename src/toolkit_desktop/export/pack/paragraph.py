"""The pack's paragraph: shaped where a script needs it, read once, and wrapped once a width.

Two costs of reportlab's `Paragraph` are paid here only once for each paragraph:
- reading its markup: most paragraphs of a pack (labels, answers) are plain text with no tag or
  entity in them, and those skip reportlab's HTML parser; their one fragment is a copy of the one
  the parser makes for the style;
- breaking it into lines: reportlab wraps a paragraph again each time it is asked its height (a
  row when measured and when drawn, a page break), which is most of the time of laying out the
  pack; here the lines are kept while the width stays the same (a paragraph's text and style
  never change once it is made).
"""

from __future__ import annotations

import functools
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from toolkit_desktop.export.pack.fonts import ScriptParagraph


@functools.lru_cache(maxsize=128)
def _plain_fragment(style: ParagraphStyle) -> ParaFrag:
    """The fragment reportlab's parser makes for plain text in `style`."""
    _, frags, _ = ParaParser().parse("x", style)
    return frags[0]


class PackParagraph(ScriptParagraph):
    """A paragraph of the pack: plain text read without the parser, broken into lines at most
    once for each width it is given."""

    _wrapped_width: float | None = None
    _wrapped: tuple[float, float] = (0.0, 0.0)

    def _setup(self, text: Any, style: Any, bullet: Any, frags: Any, cleaner: Any) -> None:
        if (frags is None and isinstance(text, str) and "<" not in text and "&" not in text
                and not getattr(style, "textTransform", None)):
            cleaned = cleaner(text)
            if cleaned:
                # Fresh lists: reportlab may add to a fragment's links and underlines.
                frags = [_plain_fragment(style).clone(text=cleaned, link=[], us_lines=[])]
                text = cleaned
        super()._setup(text, style, bullet, frags, cleaner)

    def wrap(self, avail_width: float, avail_height: float) -> Any:
        # `split` drops the lines (`blPara`) when it declines; then they are made again.
        if avail_width == self._wrapped_width and "blPara" in self.__dict__:
            self.width, self.height = self._wrapped
            return self._wrapped
        size = super().wrap(avail_width, avail_height)
        self._wrapped_width, self._wrapped = avail_width, size
        return size
