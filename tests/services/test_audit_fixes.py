"""Two audit fixes found with real data (issue 12): a school lesson with no
room is at the school's own building for the travel check, and an Aalto
course's exam (an exam group, or a separate exam realisation) belongs to
the plan without the counsellor picking it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from planner_fixtures import CS_KEY, EXAM_KEY, Tiny
from sqlmodel import Session

from schoolaas.data.repositories import bump_catalogue_version
from schoolaas.data.tables import GroupRow, OfferingRow, SessionRow
from schoolaas.domain.findings import FindingCode
from schoolaas.services.imports.files import import_file
from schoolaas.services.workspace import Workspace

CHEM_KEY = "aalto-cur-chem"
CALC_KEY = "aalto-cur-calc-teaching"


def _codes(ws: Workspace, plan_id: int, code: str) -> list:
    return [f for f in ws.audit(plan_id).findings if f.code == code]


def _aalto(ws: Workspace, key: str, code: str, start: date, end: date, groups: dict) -> None:
    """An Aalto teaching realisation with ``groups``: key -> (kind, [(start, end)])."""
    with Session(ws.engine) as s:
        s.add(
            OfferingRow(
                key=key,
                provider="aalto",
                code=code,
                name_en=code,
                op=5,
                ects=5,
                start=start,
                end=end,
                realisation_type="teaching-participation-lectures",
            )
        )
        s.flush()
        for group_key, (kind, times) in groups.items():
            group = GroupRow(offering=key, key=group_key, name=group_key, kind=kind)
            s.add(group)
            s.flush()
            assert group.id is not None
            for begin, finish in times:
                s.add(
                    SessionRow(
                        group_id=group.id,
                        start=begin,
                        end=finish,
                        room="OK1-U006",
                        building="OK1",
                        kind="exam" if kind == "exam" else "teaching",
                    )
                )
        bump_catalogue_version(session=s)
        s.commit()
    ws.refresh_catalogue()


def test_a_roomless_lesson_before_a_campus_session_without_a_break_is_a_travel_finding(
    ws: Workspace, tiny: Tiny, tmp_path: Path
):
    # Tapiola's lesson on Tuesdays ends 10.05 with no room given; the Aalto
    # lecture starts 10.15 in Otaniemi, 15 minutes away
    tray = tmp_path / "tray.csv"
    tray.write_text(
        "period,bar,course_code,slots,op\nTAP:2026-27/2,1,FY01.1,Tue 08:45-10:05,2\n",
        encoding="utf-8",
    )
    report = import_file(ws, "tray", tray)
    assert report.skipped == []
    lesson = ws.offering("TAP:2026-27:FY01.1").group("FY01.1").sessions[0]
    assert lesson.room is None
    ws.add_item(tiny.eero_plan, "TAP:2026-27:FY01.1")
    ws.add_item(tiny.eero_plan, CS_KEY, group_keys=("L01",))
    [travel] = _codes(ws, tiny.eero_plan, FindingCode.TRAVEL)
    assert travel.numbers.needed == 15
    assert travel.numbers.available == 10
    assert all(d.weekday() == 1 for d in travel.dates)


def test_an_exam_group_is_audited_without_being_picked(ws: Workspace, tiny: Tiny):
    lectures = [(datetime(2026, 10, 27, 12, 15), datetime(2026, 10, 27, 14))]
    _aalto(
        ws,
        CHEM_KEY,
        "CHEM-A1250",
        date(2026, 10, 26),
        date(2026, 11, 27),
        {
            "L01": ("lecture", lectures),
            # the exam in the school's exam week (19.-26.11.), the retake in January
            "KT01": ("exam", [(datetime(2026, 11, 24, 9), datetime(2026, 11, 24, 12))]),
            "KT02": ("exam", [(datetime(2027, 1, 15, 9), datetime(2027, 1, 15, 12))]),
        },
    )
    ws.add_item(tiny.aino_plan, CHEM_KEY)  # default groups: the lecture only
    [week] = _codes(ws, tiny.aino_plan, FindingCode.EXAM_WEEK)
    assert week.dates == (date(2026, 11, 24),)
    # the counsellor picks the January retake instead: no exam in the exam week
    [item] = [i for i in ws.audit_items(tiny.aino_plan) if i.code == "CHEM-A1250"]
    ws.set_groups(item.item_id, ("L01", "KT02"))
    assert _codes(ws, tiny.aino_plan, FindingCode.EXAM_WEEK) == []


def test_a_separate_exam_realisation_belongs_to_its_course(ws: Workspace, tiny: Tiny):
    # the tiny catalogue's MS-A0111 exam realisation is on 20.11.2026, in the exam week
    lecture = (datetime(2026, 10, 28, 10, 15), datetime(2026, 10, 28, 12))
    _aalto(
        ws,
        CALC_KEY,
        "MS-A0111",
        date(2026, 10, 26),
        date(2026, 11, 13),
        {"L01": ("lecture", [lecture])},
    )
    ws.add_item(tiny.eero_plan, CALC_KEY)
    [week] = _codes(ws, tiny.eero_plan, FindingCode.EXAM_WEEK)
    assert week.dates == (date(2026, 11, 20),)
    # with the exam realisation in the plan too, the finding is the exam's, once
    ws.add_item(tiny.eero_plan, EXAM_KEY)
    found = _codes(ws, tiny.eero_plan, FindingCode.EXAM_WEEK)
    assert len(found) == 1
    assert EXAM_KEY in found[0].key
    assert found[0].dates == (date(2026, 11, 20),)
