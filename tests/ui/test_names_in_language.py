"""Names and kinds in the user's language (issue 15): the catalogue, the
details and the plan rows name a course in the chosen language when the data
has it, mark the language when it does not, and never show a raw Sisu code
such as ``teaching-participation-blended``; "fits my timetable" leaves out
realisations that are already over."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from domain_factories import aalto_cs_a1111, school_maa6
from schoolaas.ui.panes.catalogue_filter import CatalogueFilter
from schoolaas.ui.panes.catalogue_model import CODE, NAME, TYPE, CatalogueModel
from schoolaas.ui.panes.detail_panel import DetailPanel
from schoolaas.wording.kinds import realisation_type
from schoolaas.wording.names import shown_name

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

ONLY_ENGLISH = {"en": "Programming 1"}
THREE = {"fi": "Ohjelmointi 1", "sv": "Programmering 1", "en": "Programming 1"}


def test_a_name_in_the_chosen_language_else_marked_with_its_own():
    assert shown_name(THREE, "fi") == "Ohjelmointi 1"
    assert shown_name(THREE, "sv") == "Programmering 1"
    assert shown_name(ONLY_ENGLISH, "fi") == "Programming 1 (englanniksi)"
    assert shown_name(ONLY_ENGLISH, "sv") == "Programming 1 (på engelska)"
    assert shown_name({"fi": "Derivaatta"}, "en") == "Derivaatta (in Finnish)"
    assert shown_name({}, "fi") == ""


def test_realisation_types_are_words_never_codes():
    assert realisation_type("teaching-participation-blended", "fi") == "Monimuoto-opetus"
    assert realisation_type("urn:code:course-unit-realisation-type:exam-exam", "sv") == "Tentamen"
    assert realisation_type("teaching-participation-lectures", "en") == "Lectures"
    # a type nobody has worded yet reads by its family, not as the code
    assert realisation_type("exam-oral-something-new", "fi") == "Tentti"
    assert realisation_type("teaching-participation-new-kind", "en") == "Teaching"
    assert realisation_type("brand-new", "sv") == "Annan typ"
    assert realisation_type("", "fi") == ""


def test_catalogue_rows_in_finnish_tell_realisations_apart(qapp):
    lecture = replace(
        aalto_cs_a1111(), name=THREE, realisation_type="teaching-participation-lectures"
    )
    exam = replace(
        aalto_cs_a1111(), key="exam", name=ONLY_ENGLISH, realisation_type="exam-exam", groups=()
    )
    model = CatalogueModel(language="fi")
    model.set_offerings([lecture, exam])
    rows = [
        (model.index(r, NAME).data(), model.index(r, TYPE).data()) for r in range(model.rowCount())
    ]
    assert sorted(rows) == [
        ("Ohjelmointi 1", "Luento-opetus"),
        ("Programming 1 (englanniksi)", "Tentti"),
    ]
    assert model.headerData(TYPE, Qt.Orientation.Horizontal) == "Type"


def test_details_word_the_type_in_the_language(qapp):
    panel = DetailPanel()
    o = replace(aalto_cs_a1111(), name=THREE, realisation_type="teaching-participation-blended")
    html = panel.html_for(o, language="sv")
    assert "Programmering 1" in html
    assert "teaching-participation" not in html


def test_fits_my_timetable_hides_realisations_that_are_over(qapp):
    autumn = aalto_cs_a1111()  # 1.9.–19.11.2026
    spring = replace(
        school_maa6(), key="spring", start=date(2027, 1, 10), end=date(2027, 3, 1)
    )
    model = CatalogueModel()
    model.set_offerings([autumn, spring])
    proxy = CatalogueFilter()
    proxy.setSourceModel(model)
    proxy.today = date(2026, 12, 2)
    proxy.set_filters(fits_only=True)
    shown = [proxy.index(r, CODE).data() for r in range(proxy.rowCount())]
    assert shown == [spring.code]
    proxy.set_filters(fits_only=False)  # the whole catalogue still lists it
    assert proxy.rowCount() == 2
