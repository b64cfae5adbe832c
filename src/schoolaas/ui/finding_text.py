"""The audit's findings in the user interface's language: the wording itself
is wording/findings.py (shared with the command line and the printed plan);
this module only asks which language the app speaks (set by ui/i18n.py)."""

from __future__ import annotations

from schoolaas.domain.model import Finding
from schoolaas.wording import findings
from schoolaas.wording.messages import language


def finding_text(finding: Finding) -> str:
    """One line for a finding, in the user interface's language."""
    return findings.line(finding, language())


def acceptance_text(finding: Finding) -> str:
    return findings.acceptance_of(finding, language(), when=lambda day: f"{day:%d.%m.%Y}")


def severity_text(severity: str) -> str:
    return findings.severity(severity, language())
