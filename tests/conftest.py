"""Test set-up shared by all tests: Qt draws offscreen, qtbot tests are `gui`."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SCHOOLAAS_DB", None)  # never touch a developer's real database
os.environ.pop("SCHOOLAAS_CATALOGUE_CACHE", None)
# nor the developer's cache: catalogues kept on disk go to a directory of this run
_CACHE = tempfile.mkdtemp(prefix="schoolaas-test-cache-")
os.environ["SCHOOLAAS_CACHE_DIR"] = _CACHE


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_CACHE, ignore_errors=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or "qapp" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.gui)
