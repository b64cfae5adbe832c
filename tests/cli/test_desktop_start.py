"""Starting the desktop app from the command line: an empty database is
filled by the demo builder on its first open, whichever way the app starts."""

import types

import pytest

from schoolaas import cli
from schoolaas.cli import core, desktop


class _App(types.SimpleNamespace):
    def run(self, url, argv=None, *, first_run=None):
        self.calls.append((url, first_run))
        return 0


@pytest.mark.parametrize("words", [[], ["--db", "plans.sqlite3"]])
def test_the_app_is_given_the_demo_builder(monkeypatch: pytest.MonkeyPatch, words) -> None:
    app = _App(calls=[])
    monkeypatch.setattr(cli, "app_module", lambda: app)
    assert cli.main(words) == 0
    assert app.calls == [(words[1] if words else None, desktop.demo_builder)]


def test_the_open_command_gives_the_same_builder(monkeypatch: pytest.MonkeyPatch) -> None:
    app = _App(calls=[])
    monkeypatch.setattr(core, "app_module", lambda: app)
    assert core.open_app(types.SimpleNamespace(db=None)) == 0
    assert app.calls == [(None, desktop.demo_builder)]


def test_the_demo_builder_fills_an_empty_database(tmp_path) -> None:
    from schoolaas.services.workspace import Workspace

    ws = Workspace.open(str(tmp_path / "new.sqlite3"), first_run=desktop.demo_builder)
    try:
        assert not ws.is_empty()
        assert len(ws.students()) > 10
    finally:
        ws.close()
