"""The pack's wording: jinja2 templates in `export/templates/`, rendered to a small XML markup.

The environment is strict (an unknown name is an error, never an empty string) and escapes every
value for XML, so a child's name such as `<b>Anh & Co</b>` stays text: the markup parser sees
it as characters, and the PDF prints it as typed. Every value also passes through the font check:
each script prints in a bundled font that has it, and only text none can show right (a long
right-to-left passage, say) is swapped for a visible marker.
"""

from __future__ import annotations

import functools
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from toolkit_desktop.domain.wording import show_date
from toolkit_desktop.export.pack.fonts import printable

MAIN_TEMPLATE = "pack.xml"


def _finalize(value: Any) -> Any:
    """Every `{{ value }}` on its way out: markup from a macro or filter passes, text is checked."""
    if isinstance(value, Markup):
        return value
    if value is None:
        # A None reaching a template is a gap in a view; printing "None" would mislead.
        return ""
    if isinstance(value, str):
        return printable(value)
    return value


def lines(value: Any) -> Markup:
    """User text with its line breaks kept: each line escaped, joined by <br/>."""
    text = printable("" if value is None else str(value))
    return Markup("<br/>").join(escape(line) for line in text.splitlines() or [""])


@functools.cache
def environment() -> Environment:
    """The strict, escaping template environment (built once)."""
    env = Environment(
        loader=PackageLoader("toolkit_desktop.export", "templates"),
        undefined=StrictUndefined,
        autoescape=True,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["lines"] = lines
    env.filters["day"] = show_date
    return env


def render_markup(context: dict[str, Any]) -> str:
    """The whole pack as markup text, ready for `render.to_story`."""
    return environment().get_template(MAIN_TEMPLATE).render(**context)
