"""The school package file: one ZIP a counsellor publishes for the students
of a school to plan at home (docs/school-calendar.md, "School package").

Members: ``manifest.json`` (format, version, school, when and by what it was
written), ``calendar.toml`` (the school calendar file) and
``catalogue.json`` (course offerings with their groups, dated sessions and
weekly lesson times, and the curriculum modules). Pure: bytes in, members
out, and back; no database."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from schoolaas.io.errors import ParseError
from schoolaas.io.files import read_bytes

FORMAT = "schoolaas-school-package"
VERSION = 1
MEMBERS = ("manifest.json", "calendar.toml", "catalogue.json")
MAX_PACKAGE = 100 * 1024 * 1024  # the file on disk
MAX_MEMBER = 400 * 1024 * 1024  # one member unpacked (a zip bomb is refused)


@dataclass(frozen=True, slots=True)
class Package:
    manifest: dict[str, Any]
    calendar: str  # TOML text
    catalogue: dict[str, Any]

    @property
    def school(self) -> str:
        return str(self.manifest.get("school", ""))


def dump_package(package: Package) -> bytes:
    """The ZIP bytes of ``package`` (deflated, members in a fixed order)."""
    out = io.BytesIO()
    manifest = {"format": FORMAT, "version": VERSION, **package.manifest}
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        z.writestr("calendar.toml", package.calendar)
        z.writestr("catalogue.json", json.dumps(package.catalogue, ensure_ascii=False))
    return out.getvalue()


def load_package(path: str | Path) -> Package:
    """Read the package at ``path``; ParseError naming the file and member."""
    data = read_bytes(path, limit=MAX_PACKAGE)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ParseError("not a school package (not a ZIP file)", path=path) from None
    with archive:
        names = set(archive.namelist())
        missing = [m for m in MEMBERS if m not in names]
        if missing:
            raise ParseError(f"not a school package: {', '.join(missing)} missing", path=path)
        texts = {m: _member(archive, m, path) for m in MEMBERS}
    manifest = _json(texts["manifest.json"], "manifest.json", path)
    if manifest.get("format") != FORMAT:
        raise ParseError(f'format must be "{FORMAT}"', path=path, where="manifest.json")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        raise ParseError(
            f"version {version!r} is not one this program reads ({VERSION})",
            path=path,
            where="manifest.json",
        )
    catalogue = _json(texts["catalogue.json"], "catalogue.json", path)
    return Package(manifest, texts["calendar.toml"], catalogue)


def _member(archive: zipfile.ZipFile, name: str, path: str | Path) -> str:
    info = archive.getinfo(name)
    if info.file_size > MAX_MEMBER:
        raise ParseError("is too large", path=path, where=name)
    try:
        with archive.open(info) as handle:
            raw = handle.read(MAX_MEMBER + 1)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ParseError(f"cannot be unpacked ({exc})", path=path, where=name) from None
    if len(raw) > MAX_MEMBER:
        raise ParseError("is too large", path=path, where=name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ParseError(f"is not UTF-8 text (byte {exc.start})", path=path, where=name) from None


def _json(text: str, name: str, path: str | Path) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"not valid JSON: {exc.msg}", path=path, where=f"{name} line {exc.lineno}"
        ) from None
    if not isinstance(value, dict):
        raise ParseError("must be a JSON object", path=path, where=name)
    return value
