"""`schoolaas pdf` and `schoolaas ics` on the tiny database: files written,
exit codes, one-line errors without a traceback."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))

from planner_fixtures import Tiny, build_tiny, sqlite_url

from schoolaas.cli import main
from schoolaas.io.ics_export import validate_ics


@pytest.fixture
def tiny_db(tmp_path: Path) -> Tiny:
    return build_tiny(sqlite_url(tmp_path))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_pdf_of_one_student(
    tiny_db: Tiny, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "aino.pdf"
    code, out, err = _run(
        capsys,
        "pdf",
        "OTA-1001",
        "-o",
        str(target),
        "--lang",
        "sv",
        "--period",
        "2026-27/2",
        "--db",
        tiny_db.url,
    )
    assert (code, err) == (0, "")
    assert str(target) in out
    text = _pdf_text(target)
    assert "Studieplan" in text
    assert "Aino Virtanen" in text
    assert "Veckoschema: 2026-27, period 2" in text


def test_pdf_into_a_folder_takes_the_students_name(
    tiny_db: Tiny, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = _run(capsys, "pdf", "Aino", "-o", str(tmp_path), "--db", tiny_db.url)
    assert code == 0
    assert (tmp_path / "Virtanen_Aino_OTA-1001.pdf").is_file()


@pytest.mark.parametrize(
    "argv",
    [
        ["pdf", "NOBODY-1", "-o", "{tmp}/x.pdf"],
        ["pdf", "OTA-1001", "-o", "{tmp}/x.pdf", "--plan", "Nope"],
        ["pdf", "OTA-1001", "-o", "{tmp}/x.pdf", "--period", "1999-00/9"],
        ["pdf", "OTA-1001", "-o", "{tmp}/no/such/folder/x.pdf"],
        ["pdf", "-o", "{tmp}/x.pdf"],
        ["pdf", "OTA-1001", "--group", "25A", "-o", "{tmp}"],
        ["pdf", "--group", "9Z", "-o", "{tmp}"],
        ["ics", "NOBODY-1", "-o", "{tmp}/x.ics"],
    ],
)
def test_bad_input_exits_2_with_one_line(
    argv: list[str], tiny_db: Tiny, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, _, err = _run(capsys, *args, "--db", tiny_db.url)
    assert code == 2
    assert err.startswith("schoolaas: ")
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_language_is_a_usage_error(
    tiny_db: Tiny, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(
            ["pdf", "OTA-1001", "-o", str(tmp_path / "x.pdf"), "--lang", "de", "--db", tiny_db.url]
        )
    assert exit_.value.code == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err


def test_group_to_a_folder_and_merged(
    tiny_db: Tiny, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys,
        "pdf",
        "--group",
        "25A",
        "-o",
        str(tmp_path / "g"),
        "--jobs",
        "1",
        "--db",
        tiny_db.url,
    )
    assert code == 0
    assert "Wrote 1 of 1 study plans of group 25A" in out
    assert [p.name for p in (tmp_path / "g").iterdir()] == ["Virtanen_Aino_OTA-1001.pdf"]
    code, out, _ = _run(
        capsys,
        "pdf",
        "--group",
        "25b",
        "--school",
        "TAP",
        "-o",
        str(tmp_path),
        "--merged",
        "--jobs",
        "1",
        "--lang",
        "en",
        "--db",
        tiny_db.url,
    )
    assert code == 0
    merged = tmp_path / "study-plans-25b.pdf"
    assert "Eero Lahtinen" in _pdf_text(merged)


def test_ics_of_one_student(
    tiny_db: Tiny, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "aino.ics"
    code, out, err = _run(capsys, "ics", "OTA-1001", "-o", str(target), "--db", tiny_db.url)
    assert (code, err) == (0, "")
    assert "Wrote 32 sessions" in out
    data = target.read_bytes()
    assert validate_ics(data) == []
    assert len(list(Calendar.from_ical(data).walk("VEVENT"))) == 32


def test_ics_to_stdout(tiny_db: Tiny, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code = main(["ics", "OTA-1001", "-o", "-", "--db", tiny_db.url])
    out = capsysbinary.readouterr().out
    assert code == 0
    assert out.startswith(b"BEGIN:VCALENDAR")
    assert validate_ics(out) == []
