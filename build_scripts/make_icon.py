"""Draw the application icon and write resources/icons/app.png, app.ico and app.icns.

Run once when the icon changes; the generated files are committed. Pillow comes with
matplotlib, a dependency of the product.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZE = 1024


def draw_icon(size: int = SIZE) -> Image.Image:
    """Draw a rounded teal square with three rows (a table) turning into stacked lines (.jsonl)."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    margin = size // 16
    draw.rounded_rectangle(
        (margin, margin, size - margin, size - margin), radius=size // 5, fill=(17, 122, 139, 255)
    )
    unit = size // 16
    # Left: a three-row table grid.
    for row in range(3):
        top = 4 * unit + row * 3 * unit
        for column in range(2):
            left = 3 * unit + column * 2 * unit
            draw.rectangle((left, top, left + int(1.7 * unit), top + 2 * unit), fill=(255, 255, 255, 235))
    # Middle: an arrow.
    draw.polygon(
        [(8 * unit, 7 * unit), (9 * unit, 8 * unit), (8 * unit, 9 * unit)], fill=(255, 200, 61, 255)
    )
    # Right: stacked record lines.
    for row in range(3):
        top = 4.4 * unit + row * 3 * unit
        draw.rounded_rectangle(
            (10 * unit, top, 13 * unit, top + 1.2 * unit), radius=unit // 2, fill=(255, 255, 255, 235)
        )
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw_icon()
    image.resize((256, 256), Image.LANCZOS).save(ICONS / "app.png")
    image.save(ICONS / "app.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    image.save(ICONS / "app.icns")
    for name in ("app.png", "app.ico", "app.icns"):
        print(ICONS / name, (ICONS / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
