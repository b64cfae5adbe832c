"""Reading import files safely: size limit before reading, format sniffing,
UTF-8 decoding and JSON parsing with messages that name the file and place."""

from __future__ import annotations

import json
from pathlib import Path

from schoolaas.io.errors import ParseError

MAX_BYTES = 50 * 1024 * 1024  # refuse larger files before reading them

# Magic numbers of formats people send by mistake, and what to call them.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (an Excel or Word file?)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"SQLite format 3", "an SQLite database"),
    (b"{\\rtf", "an RTF document"),
)


def read_bytes(path: str | Path, *, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes; refuses missing, non-regular, empty and too large files."""
    p = Path(path)
    try:
        stat = p.stat()
    except FileNotFoundError:
        raise ParseError("file not found", path=p) from None
    except OSError as exc:
        raise ParseError(f"cannot open file ({exc.strerror or exc})", path=p) from None
    if p.is_dir():
        raise ParseError("is a folder, not a file", path=p)
    if stat.st_size > limit:
        raise ParseError(
            f"file is {_mb(stat.st_size)}, over the import limit of {_mb(limit)}", path=p
        )
    try:
        with p.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ParseError(f"cannot read file ({exc.strerror or exc})", path=p) from None
    if len(data) > limit:
        raise ParseError(f"file is over the import limit of {_mb(limit)}", path=p)
    if not data.strip():
        raise ParseError("file is empty", path=p)
    return data


def decode_text(data: bytes, *, path: str | Path | None = None, expected: str = "text") -> str:
    """UTF-8 text (a BOM is allowed; UTF-16 with a BOM is accepted too)."""
    kind = sniff_binary(data)
    if kind:
        raise ParseError(f"this is {kind}, not {expected}", path=path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ParseError("broken UTF-16 text", path=path) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ParseError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8",
            path=path,
            where=f"line {line}",
        ) from None
    if "\x00" in text:
        raise ParseError(f"contains NUL characters: this is not {expected}", path=path)
    return text


def sniff_binary(data: bytes) -> str | None:
    """A name for a known binary format, else None."""
    head = data[:16]
    for magic, name in _SIGNATURES:
        if head.startswith(magic):
            return name
    return None


def parse_json(text: str, *, path: str | Path | None = None) -> object:
    """JSON with its error located (line and column) and without tracebacks
    for pathological input (deep nesting, giant numbers, NaN)."""
    if not text.strip():
        raise ParseError("file is empty", path=path)
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        ends_early = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        reason = "JSON ends too early (truncated file?)" if ends_early else ""
        raise ParseError(
            reason or f"not valid JSON: {exc.msg}",
            path=path,
            where=f"line {exc.lineno} column {exc.colno}",
        ) from None
    except RecursionError:
        raise ParseError("JSON is nested too deeply", path=path) from None
    except ValueError as exc:  # over-long integers, NaN/Infinity
        raise ParseError(f"not valid JSON: {exc}", path=path) from None
    if "\\ud" in text or "\\uD" in text:  # a lone \ud800 cannot be stored or printed
        try:
            data = _mend_surrogates(data)
        except RecursionError:
            raise ParseError("JSON is nested too deeply", path=path) from None
    return data


def _mend_surrogates(value: object) -> object:
    """Lone UTF-16 surrogates (escaped in JSON) become U+FFFD."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in value)
        return value
    if isinstance(value, list):
        return [_mend_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_mend_surrogates(k): _mend_surrogates(v) for k, v in value.items()}
    return value


def load_json(path: str | Path, *, limit: int = MAX_BYTES) -> object:
    data = read_bytes(path, limit=limit)
    return parse_json(decode_text(data, path=path, expected="JSON"), path=path)


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not allowed")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
