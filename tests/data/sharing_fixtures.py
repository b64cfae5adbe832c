"""A tiny database on the PostgreSQL server of SCHOOLAAS_TEST_PG_URL set up
for sharing (schoolaas admin init) with real login roles: two students
(Aino of OTA, Eero of TAP), a counsellor of each school, an admin and a
login without a person row. Roles are cluster-wide: their names carry a
random suffix and they are dropped afterwards (the three NOLOGIN group
roles stay, shared by every database of the cluster)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from planner_fixtures import PG_ENV, Tiny, _pg_schema, build_tiny
from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url

from schoolaas.data.engine import make_engine
from schoolaas.services.people import sharing

PASSWORD = "not-a-secret-1"


@dataclass(frozen=True)
class Shared:
    tiny: Tiny
    owner: str  # URL of the tables' owner (the server's superuser here)
    aino: str  # login role names
    eero: str
    ota_counsellor: str
    tap_counsellor: str
    admin: str
    stranger: str  # a member of the student group without a person row

    def url(self, role: str) -> str:
        """The database URL of ``role`` (its password given in the URL:
        a test, not a command line)."""
        return (
            make_url(self.tiny.url)
            .set(username=role, password=PASSWORD)
            .render_as_string(hide_password=False)
        )

    def engine(self, role: str) -> Engine:
        return make_engine(self.url(role))


def shared_database() -> Iterator[Shared]:
    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"{PG_ENV} is not set")
    suffix = uuid.uuid4().hex[:8]
    names = {k: f"t13_{k}_{suffix}" for k in ("aino", "eero", "ota", "tap", "admin", "stranger")}
    schema = _pg_schema(server)
    url = next(schema)
    try:
        tiny = build_tiny(url)
        owner = make_engine(url)
        try:
            sharing.init_sharing(owner)
            sharing.add_students(owner, [(1, "OTA-1001", names["aino"])])
            sharing.add_students(owner, [(1, "TAP-2001", names["eero"])])
            sharing.add_counsellor(owner, names["ota"], PASSWORD, schools=["OTA"])
            sharing.add_counsellor(owner, names["tap"], PASSWORD, schools=["TAP"])
            sharing.add_admin(owner, names["admin"], PASSWORD)
            with owner.begin() as conn:
                for role in ("aino", "eero"):
                    conn.execute(text(f"ALTER ROLE {names[role]} PASSWORD '{PASSWORD}'"))
                conn.execute(
                    text(
                        f"CREATE ROLE {names['stranger']} LOGIN PASSWORD '{PASSWORD}' "
                        "IN ROLE schoolaas_student"
                    )
                )
            yield Shared(
                tiny,
                url,
                names["aino"],
                names["eero"],
                names["ota"],
                names["tap"],
                names["admin"],
                names["stranger"],
            )
        finally:
            owner.dispose()
    finally:
        schema.close()  # drops the schema with the person rows
        drop_roles(server, names.values())


def drop_roles(server: str, roles: object) -> None:
    engine = make_engine(server)
    with engine.begin() as conn:
        for role in roles:  # type: ignore[attr-defined]
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    engine.dispose()
