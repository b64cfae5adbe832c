"""One source of translated text: the .ts files, read here without Qt."""

from __future__ import annotations

import re
from datetime import date

import pytest

from schoolaas.domain.finding_numbers import ShortNumbers
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import Finding, Severity
from schoolaas.wording import findings
from schoolaas.wording.catalogue import catalogue

FIELD = re.compile(r"\{(\w+)\}")


def templates() -> list[str]:
    texts = [*findings.LINE.values(), *findings.SENTENCE.values()]
    texts += [clause for clauses in findings.DOCUMENT.values() for clause in clauses]
    texts += [*findings.SEVERITY.values(), findings.ACCEPTED, findings.OPEN]
    return sorted(set(texts))


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_finding_text_is_translated_with_the_same_figures(lang: str) -> None:
    words = catalogue(lang)
    for source in templates():
        if not re.search(r"[A-Za-z]{2}", FIELD.sub("", source)):
            continue  # only figures ("{period}"): nothing to translate
        assert (findings.CONTEXT, source) in words.messages, f"{lang}: {source!r} untranslated"
        translated = words.text(findings.CONTEXT, source)
        assert set(FIELD.findall(translated)) == set(FIELD.findall(source)), translated
        assert translated.count("[") == source.count("["), translated


def test_a_finding_reads_in_each_language() -> None:
    finding = Finding(
        FindingCode.TOTAL_SHORT,
        Severity.ERROR,
        "k",
        numbers=ShortNumbers(required=150, planned=147.5, short=2.5),
    )
    assert findings.line(finding, "fi") == "Yhteensä: 147,5 / 150 op suunniteltu, puuttuu 2,5"
    assert findings.line(finding, "sv") == "Totalt: 147,5 av 150 sp planerade, 2,5 saknas"
    assert findings.line(finding, "en") == "Total: 147.5 of 150 op planned, short by 2.5"
    assert findings.sentence(finding, "fi").startswith("Opintopisteitä liian vähän: 147,5 op")


def test_plural_and_unknown_language() -> None:
    days = [date(2026, 10, d) for d in range(1, 11)]
    assert findings.list_dates(days, catalogue("fi"), year=False).endswith("8.10. ja 2 muuta")
    assert catalogue("xx").text("FindingText", "Open") == "Open"
