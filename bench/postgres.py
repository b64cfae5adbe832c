"""A throw-away PostgreSQL server for the bench, as .ci/run starts one: a
cluster owned by the postgres user under the temporary directory, on a free
port of 127.0.0.1, fsync off; stopped and removed when the block ends.
Needs Debian's postgresql package and root (to run as postgres)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
    if not found:
        raise RuntimeError("no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql)")
    return found[-1]


def _as_postgres(*cmd: str) -> None:
    line = " ".join(f"'{c}'" for c in cmd)
    subprocess.run(["su", "postgres", "-s", "/bin/sh", "-c", line], check=True)


@contextmanager
def server() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, for the block's duration."""
    pgbin = _bin()
    data = Path(tempfile.mkdtemp(prefix="schoolaas-bench-pg-"))
    shutil.chown(data, "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    _as_postgres(
        str(pgbin / "initdb"), "-D", f"{data}/data", "-A", "trust", "-U", "postgres", "-E", "UTF8"
    )
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off"
    _as_postgres(
        str(pgbin / "pg_ctl"),
        "-D",
        f"{data}/data",
        "-l",
        f"{data}/log",
        "-w",
        "-o",
        options,
        "start",
    )
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        _as_postgres(str(pgbin / "pg_ctl"), "-D", f"{data}/data", "-m", "fast", "stop")
        shutil.rmtree(data, ignore_errors=True)
