"""The values of the domain's string enums that the window needs before its
first paint (the status list, the provider filter, colours by provider).

``domain.model`` with its dataclasses takes about 12 ms to load from source;
the window paints without it and the worker thread loads it with the
database. The enums are ``StrEnum``: a member equals, and hashes like, its
value, so these strings compare with domain objects as the members do
(tests/ui/test_start_path.py checks that they match)."""

from __future__ import annotations

# domain.model.Provider
SCHOOL = "school"
AALTO = "aalto"

# domain.model.ItemStatus, in its order
PLANNED = "planned"
ENROLLED = "enrolled"
COMPLETED = "completed"
FAILED = "failed"
STATUSES = (PLANNED, ENROLLED, COMPLETED, FAILED)

# domain.model.Severity
ERROR = "error"
WARNING = "warning"
INFO = "info"
