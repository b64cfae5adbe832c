"""Course and module codes: the forms people and systems write them in."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

_WILMA = re.compile(r"^([A-ZÅÄÖ]+?)0*(\d+)(?:\.\d+)?$")


def normalise_code(raw: str) -> str:
    """Canonical form of a code.

    LOPS module codes come as MAA2, Wilma's zero-padded MAA02 and group codes
    MAA02.3: all become "MAA2". Aalto codes keep their shape but lose stray
    white space ("MUO-E0019 " -> "MUO-E0019"); dotted codes such as
    "BIZ3130.kand" and numeric ones ("47C48000") are kept as they are.
    """
    code = raw.strip().upper() if _looks_like_module(raw.strip()) else raw.strip()
    match = _WILMA.match(code)
    if match and "-" not in code:
        return f"{match.group(1)}{int(match.group(2))}"
    return code


def _looks_like_module(code: str) -> bool:
    return bool(_WILMA.match(code.upper())) and "-" not in code


_GROUP_SUFFIX = re.compile(r"\.\d{1,3}$")  # a teaching group: MAA07.2, OTATEK01.3
_PADDED = re.compile(r"(\D)0+(\d)")  # zero-padded numbers: TEK01 -> TEK1
_PREFIX_GAP = re.compile(r"^[\s\-_.:/]+")


def local_form(raw: str) -> str:
    """What a school's own code is compared by: upper case, no spaces, no
    group suffix, no zero padding ("ota-tek01.2" -> "OTA-TEK1")."""
    code = _GROUP_SUFFIX.sub("", "".join(raw.split()).upper())
    return _PADDED.sub(r"\1\2", code)


@dataclass(frozen=True, slots=True)
class CodeMatch:
    """What a code written by a school is: a national module, one of the
    school's local courses, or unknown (reported, never assumed)."""

    kind: str  # MODULE | LOCAL | UNKNOWN
    code: str  # the module's or local course's code; else the code normalised
    written: str  # as the school wrote it


MODULE, LOCAL, UNKNOWN = "module", "local", "unknown"


class CodeMatcher:
    """Matches the codes one school writes (zero-padded "MAA07", group codes
    "MAA07.2", the school's own prefixes "OTA-MAA07", its local course codes
    in any of those forms) to a national module or a local course."""

    def __init__(
        self,
        modules: Collection[str],
        local_codes: Iterable[str],
        prefixes: Iterable[str] = (),
    ) -> None:
        self.modules = modules
        self.local = {local_form(code): code for code in local_codes}
        # longest first: "OTAL" is tried before "OTA"
        self.prefixes = sorted({p.upper() for p in prefixes if p}, key=len, reverse=True)

    def match(self, raw: str) -> CodeMatch:
        written = raw.strip()
        for candidate in (written, *self._unprefixed(written)):
            local = self.local.get(local_form(candidate))
            if local is not None:
                return CodeMatch(LOCAL, local, written)
            code = normalise_code(candidate)
            if code in self.modules:
                return CodeMatch(MODULE, code, written)
        return CodeMatch(UNKNOWN, normalise_code(written), written)

    def _unprefixed(self, written: str) -> list[str]:
        upper = written.upper()
        out = []
        for prefix in self.prefixes:
            if upper.startswith(prefix) and len(upper) > len(prefix):
                rest = _PREFIX_GAP.sub("", written[len(prefix) :])
                if rest:
                    out.append(rest)
        return out
