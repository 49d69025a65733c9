"""Draw the app's icon from one simple vector shape: the SVG, PNGs and the Windows .ico.

The icon is a calm teal tile holding a white shield (safeguarding) with a small figure of a
child inside it. The shape is a handful of points on a 256-unit grid, written out as an SVG for
Linux desktops and drawn with Pillow for the raster files: Pillow is already in the environment
(reportlab needs it) and writes multi-size .ico files itself, so no image tool is needed.

The files it writes are committed under packaging/icons/, so a build never needs this script;
run it again only to change the icon:  .venv/bin/python scripts/make_icons.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parents[1] / "packaging" / "icons"
NAME = "toolkit-desktop"
GRID = 256
TILE = "#1f5f7a"  # deep teal: readable on light and dark task bars
SHIELD = "#ffffff"
FIGURE = "#1f5f7a"
CORNER = 48
# The shield, clockwise from its top middle, on the 256-unit grid.
SHIELD_POINTS = [
    (128, 34), (204, 62), (204, 126), (196, 160), (176, 190), (152, 212),
    (128, 226), (104, 212), (80, 190), (60, 160), (52, 126), (52, 62),
]
HEAD = (128, 98, 20)  # centre x, centre y, radius
BODY = (98, 126, 158, 186)  # an ellipse's box: the child's shoulders
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = [(size, size) for size in PNG_SIZES]
DRAW_SCALE = 4  # drawn at four times the size, then shrunk: smooth edges without antialias flags


def svg() -> str:
    """The icon as an SVG, for the Linux desktops that prefer a scalable icon."""
    points = " ".join(f"{x},{y}" for x, y in SHIELD_POINTS)
    cx, cy, r = HEAD
    left, top, right, bottom = BODY
    middle, rx, ry = (top + bottom) / 2, (right - left) / 2, (bottom - top) / 2
    # The top half of the ellipse only: the child's shoulders, as in raster().
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{GRID}" height="{GRID}" '
        f'viewBox="0 0 {GRID} {GRID}">\n'
        f'  <rect width="{GRID}" height="{GRID}" rx="{CORNER}" fill="{TILE}"/>\n'
        f'  <polygon points="{points}" fill="{SHIELD}"/>\n'
        f'  <circle cx="{cx}" cy="{cy}" r="{r}" fill="{FIGURE}"/>\n'
        f'  <path d="M {left},{middle:g} A {rx:g},{ry:g} 0 0 1 {right},{middle:g} Z" '
        f'fill="{FIGURE}"/>\n'
        "</svg>\n"
    )


def raster(size: int) -> Image.Image:
    """The icon at one pixel size, drawn large and shrunk with a good filter."""
    big = size * DRAW_SCALE
    k = big / GRID
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=CORNER * k, fill=TILE)
    draw.polygon([(x * k, y * k) for x, y in SHIELD_POINTS], fill=SHIELD)
    cx, cy, r = HEAD
    draw.ellipse(((cx - r) * k, (cy - r) * k, (cx + r) * k, (cy + r) * k), fill=FIGURE)
    left, top, right, bottom = BODY
    # Only the top half of the shoulders shows: the shield's white covers the rest.
    draw.chord((left * k, top * k, right * k, bottom * k), 180, 360, fill=FIGURE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / f"{NAME}.svg").write_text(svg(), encoding="utf-8")
    for size in (48, 128):
        raster(size).save(ICONS / f"{NAME}-{size}.png", optimize=True)
    raster(256).save(ICONS / f"{NAME}.png", optimize=True)
    # Pillow writes each size from its own drawing, so 16 px is not a blurred 256 px.
    raster(256).save(ICONS / f"{NAME}.ico", sizes=ICO_SIZES, append_images=[
        raster(size) for size in PNG_SIZES[:-1]
    ])
    print(f"icons written to {ICONS}")


if __name__ == "__main__":
    main()
