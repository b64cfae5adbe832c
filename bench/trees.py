"""The code a bench run measures: this work tree ("after") and, beside it
in the same run, a baseline commit ("before") checked out as a git worktree.

Each measurement that compares the two runs in fresh processes whose
PYTHONPATH puts the tree's ``src`` first (the baseline's modules shadow the
installed ones; the third-party packages are this environment's).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BASELINE = "15b781a"  # the tree before issue 11's session


@dataclass(frozen=True)
class Tree:
    label: str  # "before" / "after"
    src: Path | None  # None: the installed package (this work tree)

    def db(self, url: str) -> str:
        """The database this tree reads for ``url``: the baseline reads the
        data set as built (its schema); this tree reads its own copy,
        brought up to its schema once (a migrated file cannot be read by
        the baseline, whose migrations end earlier)."""
        return url if self.src is not None else own_copy(url)

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        """``base`` (else os.environ) with this tree's src first on the path."""
        env = dict(os.environ if base is None else base)
        if self.src is not None:
            rest = env.get("PYTHONPATH")
            env["PYTHONPATH"] = os.pathsep.join(p for p in (str(self.src), rest) if p)
        # neither tree may use a catalogue kept on disk (the baseline had one)
        env["SCHOOLAAS_CATALOGUE_CACHE"] = "0"
        env["SCHOOLAAS_CACHE_DIR"] = tempfile.gettempdir()
        return env


def compile_sources(tree: Tree) -> None:
    """The tree's modules compiled to bytecode beside them (``__pycache__``,
    git-ignored), as an installed program has them: where the environment
    sets PYTHONDONTWRITEBYTECODE (these machines do), Python never writes
    them, and every fresh process would compile every module it imports
    again (for the app some 0.1-0.2 s, for either tree alike). The packages'
    bytecode is compiled at install (.ci/run: uv sync --compile-bytecode)."""
    import sys

    src = tree.src if tree.src is not None else REPO / "src"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(src)], check=True)


def own_copy(url: str) -> str:
    """A copy of the data set at ``url`` migrated to this tree's schema:
    ``NAME.head.sqlite3`` beside an SQLite file (made again when the file is
    newer), or the PostgreSQL database ``NAME_head`` made from ``NAME`` as a
    template."""
    import shutil

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from schoolaas.services.workspace import Workspace

    if "://" not in url:  # a data set's file path
        url = f"sqlite:///{Path(url).resolve()}"
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        source = Path(parsed.database or "")
        copy = source.with_suffix(".head" + source.suffix)
        if not copy.exists() or copy.stat().st_mtime < source.stat().st_mtime:
            shutil.copyfile(source, copy)
            Workspace.open(str(copy)).close()
        return str(copy)
    name = f"{parsed.database}_head"
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        found = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
        if found.first() is None:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{parsed.database}"'))
    admin.dispose()
    copy_url = parsed.set(database=name).render_as_string(hide_password=False)
    Workspace.open(copy_url).close()
    return copy_url


def baseline(rev: str = BASELINE, say=print) -> Tree:
    """The tree of commit ``rev``, checked out once under the temporary
    directory (``git worktree add --detach``) and reused."""
    full = subprocess.run(
        ["git", "rev-parse", "--verify", f"{rev}^{{commit}}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    where = Path(tempfile.gettempdir()) / f"schoolaas-baseline-{full[:10]}"
    if not (where / "src" / "schoolaas").is_dir():
        say(f"checking out the baseline {rev} into {where} ...")
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(where), full],
            cwd=REPO,
            capture_output=True,
            check=True,
        )
    return Tree(f"before ({rev})", where / "src")


def current(src: str | None = None) -> Tree:
    return Tree("after", Path(src).resolve() if src else None)


def scratch(url: str) -> str:
    """A throw-away copy of the SQLite database at ``url`` (a path or an
    sqlite URL) under the temporary directory, for a probe that edits: the
    data sets the audit's digest reads are never written by a probe (an
    edit its undo did not fully take back once changed espoo's findings)."""
    import atexit
    import shutil

    path = Path(url.removeprefix("sqlite:///")) if "://" in url else Path(url)
    folder = Path(tempfile.mkdtemp(prefix="schoolaas-scratch-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    copy = folder / path.name
    shutil.copyfile(path, copy)
    return f"sqlite:///{copy}"
