"""Batch printing on the tiny database: folder or merged, progress, stop,
errors per student, and the process pool."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from planner_fixtures import Tiny
from pypdf import PdfReader

from schoolaas.services.errors import InvalidInput, NotFound
from schoolaas.services.printing.batch import (
    BatchRequest,
    file_name,
    run_batch,
    students_of_group,
)
from schoolaas.services.workspace import Workspace

TODAY = date(2026, 10, 5)


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_one_pdf_per_student_with_progress(ws: Workspace, tiny: Tiny, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    request = BatchRequest(ws.url, (tiny.aino, tiny.eero), tmp_path / "out", today=TODAY, workers=1)
    result = run_batch(request, progress=lambda d, t, n: seen.append((d, t, n)))
    assert [f.name for f in result.files] == [
        "Virtanen_Aino_OTA-1001.pdf",
        "Lahtinen_Eero_TAP-2001.pdf",
    ]
    assert (result.done, result.failed, result.stopped) == (2, (), False)
    assert seen == [(1, 2, "Aino Virtanen"), (2, 2, "Eero Lahtinen")]
    assert "Aino Virtanen" in _text(result.files[0])
    assert "Tapiolan lukio" in _text(result.files[1])
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        f.name for f in result.files
    )  # no temporary files left


@pytest.mark.slow  # two spawned processes import the program: seconds on a busy machine
def test_merged_pdf_in_two_processes(ws: Workspace, tiny: Tiny, tmp_path: Path) -> None:
    target = tmp_path / "group.pdf"
    request = BatchRequest(
        ws.url, (tiny.eero, tiny.aino), target, merged=True, lang="en", today=TODAY, workers=2
    )
    result = run_batch(request)
    assert result.files == (target,)
    assert result.workers == 2
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages]
    eero_at = next(i for i, p in enumerate(pages) if "Eero Lahtinen" in p)
    aino_at = next(i for i, p in enumerate(pages) if "Aino Virtanen" in p)
    assert eero_at == 0 < aino_at  # in the order asked for
    assert "Page 1 of" in pages[aino_at]


def test_a_missing_student_is_reported_and_the_rest_printed(
    ws: Workspace, tiny: Tiny, tmp_path: Path
) -> None:
    request = BatchRequest(ws.url, (tiny.aino, 9999), tmp_path, today=TODAY, workers=1)
    result = run_batch(request)
    assert result.done == 1
    ((sid, message),) = result.failed
    assert sid == 9999
    assert "9999" in message


def test_stop_between_students(ws: Workspace, tiny: Tiny, tmp_path: Path) -> None:
    request = BatchRequest(ws.url, (tiny.aino, tiny.eero), tmp_path, today=TODAY, workers=1)
    result = run_batch(request, should_stop=lambda: True)
    assert result.stopped
    assert len(result.files) == 1


def test_bad_targets_and_languages(ws: Workspace, tiny: Tiny, tmp_path: Path) -> None:
    a_file = tmp_path / "x.pdf"
    a_file.write_bytes(b"")
    with pytest.raises(InvalidInput, match="is a file"):
        run_batch(BatchRequest(ws.url, (tiny.aino,), a_file, workers=1))
    with pytest.raises(InvalidInput, match="is a folder"):
        run_batch(BatchRequest(ws.url, (tiny.aino,), tmp_path, merged=True, workers=1))
    with pytest.raises(InvalidInput, match="language"):
        run_batch(BatchRequest(ws.url, (tiny.aino,), tmp_path, lang="xx", workers=1))
    with pytest.raises(InvalidInput, match="No students"):
        run_batch(BatchRequest(ws.url, (), tmp_path, workers=1))


def test_students_of_a_group(ws: Workspace, tiny: Tiny) -> None:
    assert [s.id for s in students_of_group(ws, "25a")] == [tiny.aino]
    assert students_of_group(ws, "25B", school="TAP")[0].id == tiny.eero
    with pytest.raises(NotFound, match=r"group '9Z'.*25A, 25B"):
        students_of_group(ws, "9Z")


def test_file_names_keep_finnish_letters_and_drop_path_characters(
    ws: Workspace, tiny: Tiny
) -> None:
    from dataclasses import replace

    aino = ws.student(tiny.aino)
    odd = replace(aino, last_name="Öhman/../Åberg", first_name="Äijä")
    assert file_name(odd) == "Öhman_Åberg_Äijä_OTA-1001.pdf"


def test_bulk_audits_match_the_one_by_one_audit(
    ws: Workspace, tiny: Tiny, monkeypatch: pytest.MonkeyPatch
) -> None:
    from schoolaas.services.printing import batch

    assert batch.bulk_audits(ws, [tiny.aino]) == {}  # a few students: one by one
    monkeypatch.setattr(batch, "BULK_FROM", 1)
    audits = batch.bulk_audits(ws, [tiny.aino, tiny.eero])
    items, result = audits[tiny.aino]
    assert result.plan_id == tiny.aino_plan
    assert {f.key for f in result.findings} == {f.key for f in ws.audit(tiny.aino_plan).findings}
    assert {i.code for i in items} == {"MAA6", "CS-A1111"}
    assert audits[tiny.eero][1].plan_id == tiny.eero_plan


def test_batch_with_bulk_audits_prints_the_same_plan(
    ws: Workspace, tiny: Tiny, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from schoolaas.services.printing import batch

    one = run_batch(BatchRequest(ws.url, (tiny.aino,), tmp_path / "a", today=TODAY, workers=1))
    monkeypatch.setattr(batch, "BULK_FROM", 1)
    bulk = run_batch(BatchRequest(ws.url, (tiny.aino,), tmp_path / "b", today=TODAY, workers=1))
    assert _text(one.files[0]) == _text(bulk.files[0])


def test_a_database_that_cannot_be_opened_is_one_clear_error(tmp_path: Path) -> None:
    from schoolaas.services.errors import StorageError

    request = BatchRequest("nosuchdialect://nowhere", (1, 2, 3), tmp_path, workers=2)
    with pytest.raises(StorageError, match="nosuchdialect"):
        run_batch(request)


def test_prepare_decides_the_period_and_keeps_only_its_sessions(
    ws: Workspace, tiny: Tiny, monkeypatch: pytest.MonkeyPatch
) -> None:
    from schoolaas.services.printing import batch

    monkeypatch.setattr(batch, "BULK_FROM", 1)
    request = BatchRequest(ws.url, (tiny.aino,), Path("unused"), today=TODAY)
    full = batch.bulk_audits(ws, [tiny.aino])
    ((items, _), key) = batch.prepare(ws, full, request)[tiny.aino]
    assert key == "OTA:2026-27/2"
    cs = next(i for i in items if i.code == "CS-A1111")
    days = sorted(x.start.date() for x in cs.sessions)
    assert days[0] == date(2026, 9, 1)  # the first session stays: it places the item
    assert all(d >= date(2026, 9, 30) for d in days[1:])
    assert len(days) < len(next(i for i in full[tiny.aino][0] if i.code == "CS-A1111").sessions)


def test_small_batches_stay_in_one_process_large_ones_use_every_core(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from schoolaas.services.printing import batch

    monkeypatch.setattr(batch.os, "cpu_count", lambda: 2)
    assert batch.batch_workers(0, 30) == 1
    assert batch.batch_workers(0, 700) == 2
    assert batch.batch_workers(2, 30) == 2  # asked for
    assert batch.batch_workers(4, 3) == 2  # never more than the cores
    assert batch.batch_workers(2, 1) == 1
