"""Embedded TrueType fonts for the printed documents.

DejaVu Sans (Debian fonts-dejavu-core) covers ä, ö, å and €; where it is not
installed, reportlab's bundled Bitstream Vera is used. The PDF never falls
back to the built-in Helvetica, whose standard encoding is not embedded."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

DEJAVU_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts/dejavu"),
)
_DEJAVU = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)
_VERA = ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf")


@dataclass(frozen=True, slots=True)
class FontFamily:
    regular: str
    bold: str
    italic: str
    bold_italic: str
    source: str  # "DejaVu Sans" or "Vera"


_registered: dict[bool, FontFamily] = {}


def _find(files: tuple[str, ...], dirs: tuple[Path, ...]) -> tuple[Path, ...] | None:
    for folder in dirs:
        paths = tuple(folder / f for f in files)
        if all(p.is_file() for p in paths):
            return paths
    return None


def font_family(*, prefer_dejavu: bool = True) -> FontFamily:
    """Register (once) and return the report font family."""
    if prefer_dejavu in _registered:
        return _registered[prefer_dejavu]
    vera_dir = Path(reportlab.__file__).parent / "fonts"
    paths = _find(_DEJAVU, DEJAVU_DIRS) if prefer_dejavu else None
    prefix, source = "SPDejaVu", "DejaVu Sans"
    if paths is None:
        paths = _find(_VERA, (vera_dir,))
        prefix, source = "SPVera", "Vera"
    if paths is None:
        raise RuntimeError(f"no TrueType font found: install fonts-dejavu-core or check {vera_dir}")
    names = (prefix, f"{prefix}-Bold", f"{prefix}-Italic", f"{prefix}-BoldItalic")
    for name, path in zip(names, paths, strict=True):
        pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(prefix, 0, 0, names[0])
    addMapping(prefix, 1, 0, names[1])
    addMapping(prefix, 0, 1, names[2])
    addMapping(prefix, 1, 1, names[3])
    family = FontFamily(*names, source=source)
    _registered[prefer_dejavu] = family
    return family
