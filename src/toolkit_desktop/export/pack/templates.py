"""The pack's wording: jinja2 templates in `export/templates/`, rendered to a small XML markup.

The environment is strict (an unknown name is an error, never an empty string) and escapes every
value for XML, so a child's name such as `<b>Anh & Co</b>` stays text: the markup parser sees
it as characters, and the PDF prints it as typed. Every value also passes through the font check:
each script prints in a bundled font that has it, and only text none can show right (a long
right-to-left passage, say) is swapped for a visible marker.

Compiling the templates to Python costs about a tenth of a second, paid again by every
command-line export (a fresh process). jinja2's own cache of compiled templates keeps them in the
program's cache folder (`paths.cache_dir`), each under a digest of its source, so an edited
template is compiled afresh and never served stale. It holds the templates, never case data, and
a cache that cannot be read or written is passed over: the pack is made all the same.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import BytecodeCache, Environment, PackageLoader, StrictUndefined
from jinja2.bccache import Bucket
from markupsafe import Markup, escape

from toolkit_desktop import paths
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


# How the templates are compiled, besides their text: a compiled template is used only when
# these match too, so a change of jinja2 or of these options never serves code made under others.
AUTOESCAPE = TRIM_BLOCKS = LSTRIP_BLOCKS = True
_COMPILED_UNDER = f"jinja2 {jinja2.__version__} {AUTOESCAPE} {TRIM_BLOCKS} {LSTRIP_BLOCKS}"


class CompiledTemplates(BytecodeCache):
    """jinja2's cache of compiled templates, one file each in the program's cache folder (found
    when used, so a test's private home holds its own), which never stops a pack being made."""

    def _file(self, bucket: Bucket) -> Path:
        return paths.cache_dir() / "templates" / f"{bucket.key}.cache"

    def get_source_checksum(self, source: str) -> str:
        return hashlib.sha256(f"{_COMPILED_UNDER}\n{source}".encode()).hexdigest()

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            with self._file(bucket).open("rb") as f:
                bucket.load_bytecode(f)  # compares the digests: a stale one is never used
        except Exception:  # missing, unreadable or damaged: compiled again from the template
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        target = self._file(bucket)
        partial: Path | None = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            # Written aside and renamed: a process reading it meanwhile sees all of it or none.
            with tempfile.NamedTemporaryFile(dir=target.parent, prefix=".", suffix=".partial",
                                             delete=False) as f:
                partial = Path(f.name)
                bucket.write_bytecode(f)
            os.replace(partial, target)
        except OSError:  # a full disk or a read-only folder: compiled again next time
            if partial is not None:
                with contextlib.suppress(OSError):
                    partial.unlink()


@functools.cache
def environment() -> Environment:
    """The strict, escaping template environment (built once)."""
    env = Environment(
        loader=PackageLoader("toolkit_desktop.export", "templates"),
        undefined=StrictUndefined,
        finalize=_finalize,
        autoescape=AUTOESCAPE,
        trim_blocks=TRIM_BLOCKS,
        lstrip_blocks=LSTRIP_BLOCKS,
        bytecode_cache=CompiledTemplates(),
    )
    env.filters["lines"] = lines
    env.filters["day"] = show_date
    return env


def render_markup(context: dict[str, Any]) -> str:
    """The whole pack as markup text, ready for `render.to_story`."""
    return environment().get_template(MAIN_TEMPLATE).render(**context)
