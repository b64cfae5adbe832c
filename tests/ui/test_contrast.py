"""Text contrast (WCAG 2.1 SC 1.4.3, 4.5:1) measured on the painted week:
every block colour of the timetable with its text, in the default palette
and in dark and high-contrast ones; and clashes told in words, not by
colour alone."""

from __future__ import annotations

from collections import Counter
from datetime import date, time

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from schoolaas.domain.model import Provider
from schoolaas.services.plans.blocks import Block
from schoolaas.ui.widgets.contrast import AA_NORMAL_TEXT, contrast_ratio, error_style
from schoolaas.ui.widgets.timetable import TimetableWidget
from schoolaas.ui.widgets.timetable_blocks import _AALTO_COLOURS, _SCHOOL_COLOURS, colour_for

MONDAY = date(2026, 9, 7)


def _keys_for(provider: Provider, colours: tuple[str, ...]) -> list[str]:
    """A colour key that lands on each of the provider's colours."""
    found: dict[str, str] = {}
    n = 0
    while len(found) < len(colours):
        key = f"K{n}"
        found.setdefault(colour_for(key, provider).name(), key)
        n += 1
    return list(found.values())


def _blocks() -> list[Block]:
    blocks = []
    keys = [(Provider.SCHOOL, k) for k in _keys_for(Provider.SCHOOL, _SCHOOL_COLOURS)]
    keys += [(Provider.AALTO, k) for k in _keys_for(Provider.AALTO, _AALTO_COLOURS)]
    for n, (provider, key) in enumerate(keys):
        day, slot = divmod(n, 3)
        start = 8 + slot * 3
        blocks.append(
            Block(day, time(start), time(start + 2), f"MAA{n} Course", "OIH-A102", key, provider)
        )
    return blocks


def _text_contrasts(widget: TimetableWidget) -> list[tuple[str, float]]:
    """Per block: its fill colour and the contrast of the darkest pixel
    inside it (the text) against its most common pixel (the fill)."""
    image: QImage = widget.grab().toImage()
    out = []
    for index, _b in enumerate(widget.blocks()):
        rect = widget.block_rect(index).toRect().adjusted(4, 4, -4, -4)
        pixels = Counter(
            image.pixel(x, y)
            for x in range(rect.left(), rect.right())
            for y in range(rect.top(), rect.bottom())
        )
        fill = QColor.fromRgb(pixels.most_common(1)[0][0])
        text = min((QColor.fromRgb(p) for p in pixels), key=lambda c: c.lightnessF())
        out.append((fill.name(), contrast_ratio(text, fill)))
    return out


def _palette(kind: str) -> QPalette:
    palette = QPalette()
    if kind == "dark":
        palette = QPalette(QColor("#2d2d2d"))
        palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    elif kind == "high-contrast":
        palette = QPalette(QColor("#000000"))
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
            palette.setColor(role, QColor("#000000"))
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
            palette.setColor(role, QColor("#ffffff"))
    return palette


def test_the_wcag_formula() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("kind", ["default", "dark", "high-contrast"])
def test_block_text_contrast_is_at_least_4_5(qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    widget = TimetableWidget()
    qtbot.addWidget(widget)
    widget.setPalette(_palette(kind))
    widget.resize(1000, 700)
    widget.set_week(MONDAY, _blocks(), [])
    measured = _text_contrasts(widget)
    painted = {fill for fill, _ in measured}
    assert painted == {QColor(c).name() for c in _SCHOOL_COLOURS + _AALTO_COLOURS}
    low = [(fill, round(ratio, 2)) for fill, ratio in measured if ratio < AA_NORMAL_TEXT]
    assert low == []


@pytest.mark.parametrize("kind", ["default", "dark", "high-contrast"])
def test_the_label_over_clashing_blocks_is_readable(qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    """The band naming two overlapping courses is drawn on the palette's
    Base: its words must keep 4.5:1 there (they were near-black on the
    high-contrast palette's black)."""
    widget = TimetableWidget()
    qtbot.addWidget(widget)
    widget.setPalette(_palette(kind))
    widget.resize(1000, 700)
    both = [
        Block(1, time(10), time(11, 15), "MAA07.2", "OIH-A102", "K1", Provider.SCHOOL,
              clash=True, item_id=1, clashes_with=("CS-A1111",)),
        Block(1, time(10, 15), time(12), "CS-A1111", "OK1-M1", "K2", Provider.AALTO,
              clash=True, item_id=2, clashes_with=("MAA07.2",)),
    ]  # fmt: skip
    widget.set_week(MONDAY, both, [])
    assert len(widget.bands()) == 1
    image: QImage = widget.grab().toImage()
    # the words only: right of the colour swatches, left of the warning mark
    rect = widget.band_rect(widget.bands()[0]).toRect().adjusted(24, 3, -24, -3)
    xs, ys = range(rect.left(), rect.right()), range(rect.top(), rect.bottom())
    pixels = Counter(image.pixel(x, y) for x in xs for y in ys)
    back = QColor.fromRgb(pixels.most_common(1)[0][0])
    best = max(contrast_ratio(QColor.fromRgb(p), back) for p in pixels)
    assert best >= AA_NORMAL_TEXT, (kind, back.name(), round(best, 2))


@pytest.mark.parametrize(("kind", "minimum"), [("default", 4.5), ("dark", 4.5)])
def test_the_error_headline_keeps_its_contrast(qtbot, kind: str, minimum: float) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    label = QLabel("1 open error(s)")
    qtbot.addWidget(label)
    label.setPalette(_palette(kind))
    colour = QColor(error_style(label).split("color: ")[1].split(";")[0])
    assert contrast_ratio(colour, label.palette().window().color()) >= minimum


def test_a_clash_is_told_in_words_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = TimetableWidget()
    qtbot.addWidget(widget)
    clash = Block(
        1,
        time(10),
        time(11, 15),
        "MAA07.2",
        "OIH-A102",
        "k",
        Provider.SCHOOL,
        clash=True,
        item_id=7,
        clashes_with=("CS-A1111",),
    )
    widget.set_week(MONDAY, [clash], [])
    assert (
        widget.spoken_for(0) == "MAA07.2, Tuesday 10.00–11.15, room OIH-A102, Clash with CS-A1111"
    )
    assert "1 clash" in widget.accessibleDescription()


@pytest.mark.parametrize("kind", ["default", "dark", "high-contrast", "grey"])
def test_the_error_colour_keeps_4_5_on_every_palette(kind: str) -> None:
    from schoolaas.ui.widgets.contrast import error_colour

    palette = _palette(kind) if kind != "grey" else QPalette(QColor("#808080"))
    if kind == "grey":  # neither red keeps 4.5:1 here: the text colour does
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    back = palette.color(QPalette.ColorRole.Window)
    assert contrast_ratio(error_colour(palette), back) >= AA_NORMAL_TEXT


@pytest.mark.parametrize("kind", ["default", "dark", "high-contrast"])
def test_form_errors_are_readable_and_not_told_by_colour_alone(qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Every form's error label (ErrorLabel): its colour keeps 4.5:1 on the
    window in each palette, also after the palette changes under it; a ⚠
    stands before the words and a screen reader hears "Error: …"."""
    from PySide6.QtWidgets import QWidget

    from schoolaas.ui.widgets.contrast import ErrorLabel

    window = QWidget()
    qtbot.addWidget(window)
    label = ErrorLabel(window)
    label.setText("capacity -5 must be 0 (unknown)")
    window.setPalette(_palette(kind))  # the desktop's palette, after the form was made
    colour = QColor(label.styleSheet().split("color: ")[1].split(";")[0])
    assert contrast_ratio(colour, label.palette().window().color()) >= AA_NORMAL_TEXT
    assert label.text() == "⚠ capacity -5 must be 0 (unknown)"
    assert label.accessibleName() == "Error: capacity -5 must be 0 (unknown)"
    label.setText("")
    assert label.text() == ""
    assert label.accessibleName() == ""


def test_no_form_paints_its_errors_in_a_fixed_dark_red() -> None:
    """The forms' error labels take their colour from the palette
    (ErrorLabel); a fixed '#b00020' in a style sheet fails on a dark one."""
    from pathlib import Path

    import schoolaas.ui

    root = Path(schoolaas.ui.__file__).parent
    fixed = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if 'setStyleSheet("color: #b00020' in path.read_text(encoding="utf-8")
    ]
    assert fixed == []


@pytest.mark.parametrize("kind", ["default", "dark", "high-contrast"])
def test_error_rows_of_the_tables_keep_4_5_on_their_rows(qapp, kind: str) -> None:  # type: ignore[no-untyped-def]
    """The red of an error row (plan, findings, students overview) is read
    from the app's palette against the rows' Base colour."""
    from schoolaas.ui.widgets.contrast import table_error_colour

    before = qapp.palette()
    try:
        qapp.setPalette(_palette(kind))
        base = qapp.palette().color(QPalette.ColorRole.Base)
        assert contrast_ratio(table_error_colour(), base) >= AA_NORMAL_TEXT
    finally:
        qapp.setPalette(before)
