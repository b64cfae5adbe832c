"""The desktop bundle (packaging/build): built once per run from this
checkout into a temporary folder, then started as a user would start it.
Set SCHOOLAAS_TEST_BUNDLE=DIR to test a bundle built before (the folder
packaging/build --out DIR made) instead of building one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="packaging/build makes the Linux bundle"
    ),
]


@pytest.fixture(scope="module", autouse=True)
def own_folders(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The bundle and `uv run` read and write settings and the default
    database in folders of this test, never the user's (caches stay: uv's)."""
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            patch.setenv(name, str(home / name.lower()))
        yield


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built release folder (schoolaas/, share/, install) beside its tarball."""
    given = os.environ.get("SCHOOLAAS_TEST_BUNDLE")
    out = Path(given) if given else tmp_path_factory.mktemp("bundle")
    if not given:
        done = subprocess.run(
            [str(ROOT / "packaging" / "build"), "--out", str(out)],
            capture_output=True,
            text=True,
            timeout=1500,
            check=False,
        )
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    folders = sorted(p for p in out.glob("schoolaas-*-linux-*") if p.is_dir())
    assert folders, f"packaging/build made no release folder in {out}"
    return folders[-1]


def frozen(release: Path) -> Path:
    return release / "schoolaas" / "schoolaas"


@pytest.fixture(scope="module")
def demo_db(release: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A fresh demo database, made by the frozen CLI."""
    db = str(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    made = run([str(frozen(release)), "--db", db, "demo"])
    assert made.returncode == 0, made.stderr
    return db


def run(command: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
    )


def uv_schoolaas() -> list[str]:
    """`uv run schoolaas` of this checkout (the interpreter running the
    tests when uv is not on PATH)."""
    uv = shutil.which("uv")
    if uv:
        return [uv, "run", "--frozen", "--no-sync", "--project", str(ROOT), "schoolaas"]
    return [sys.executable, "-m", "schoolaas"]


def test_the_bundle_carries_its_data_translations_fonts_and_icons(release: Path) -> None:
    inside = release / "schoolaas" / "_internal"
    resources = inside / "schoolaas" / "resources"
    for lang in ("fi", "sv", "en"):
        assert (resources / "translations" / f"schoolaas_{lang}.ts").is_file()
    for data in ("lops2021_modules_flat.csv", "aalto_sample.json", "aalto_periods.json"):
        assert (resources / "data" / data).is_file()
    assert (inside / "schoolaas" / "data" / "migrations").is_dir()
    assert list((inside / "fonts").glob("DejaVuSans*.ttf")), "no fonts in the bundle"
    icons = release / "share" / "icons" / "hicolor"
    for size in (16, 32, 48, 64, 128, 256):
        png = icons / f"{size}x{size}" / "apps" / "fi.espoo.schoolaas.png"
        assert png.stat().st_size > 100, png
    assert (icons / "scalable" / "apps" / "fi.espoo.schoolaas.svg").is_file()
    with tarfile.open(release.parent / f"{release.name}.tar.gz") as tar:
        names = set(tar.getnames())
    assert f"{release.name}/schoolaas/schoolaas" in names
    assert f"{release.name}/install" in names
    assert f"{release.name}/share/applications/fi.espoo.schoolaas.desktop" in names


def test_the_frozen_cli_checks_as_uv_run_does(release: Path, demo_db: str) -> None:
    db = demo_db
    for words in (["check", "--all"], ["check", "OTA24004"], ["check", "nobody-by-this-name"]):
        bundle = run([str(frozen(release)), "--db", db, *words])
        source = run([*uv_schoolaas(), "--db", db, *words])
        assert bundle.stdout.strip() or bundle.stderr.strip(), words
        assert (bundle.returncode, bundle.stdout, bundle.stderr) == (
            source.returncode,
            source.stdout,
            source.stderr,
        ), words


def _start(command: list[str], db: str, png: Path) -> float:
    """Seconds from starting ``command`` on ``db`` until it has shown the
    plan, saved the window to ``png`` and quit."""
    began = time.perf_counter()
    done = run([*command, "--db", db], SCHOOLAAS_GRAB=str(png))
    took = time.perf_counter() - began
    assert done.returncode == 0, done.stderr
    return took


def test_the_frozen_app_paints_its_window(release: Path, demo_db: str, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    db = demo_db
    png = tmp_path / "frozen.png"
    first = _start([str(frozen(release))], db, png)
    image = QImage(str(png))
    assert not image.isNull(), "the frozen app saved no picture of its window"
    assert image.width() > 600
    assert image.height() > 400
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 50, "the window is blank"
    # Start again (the system's file cache warm for both), the bundle against `uv run`.
    bundle = min(_start([str(frozen(release))], db, tmp_path / "b.png") for _ in range(2))
    source = min(_start(uv_schoolaas(), db, tmp_path / "s.png") for _ in range(2))
    size = sum(
        f.stat().st_size
        for f in (release / "schoolaas").rglob("*")
        if f.is_file() and not f.is_symlink()
    )
    tarball = (release.parent / f"{release.name}.tar.gz").stat().st_size
    print(
        f"\nbundle {size / 2**20:.0f} MiB (tarball {tarball / 2**20:.0f} MiB); "
        f"start to plan shown and quit: first {first:.2f} s, "
        f"bundle {bundle:.2f} s, uv run {source:.2f} s"
    )


def test_install_puts_the_app_in_a_users_local_folders(release: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "home" / ".local"
    done = run([str(release / "install"), "--prefix", str(prefix)])
    assert done.returncode == 0, done.stderr
    desktop = prefix / "share" / "applications" / "fi.espoo.schoolaas.desktop"
    assert f"Exec={prefix}/lib/schoolaas/schoolaas" in desktop.read_text()
    assert (prefix / "share" / "metainfo" / "fi.espoo.schoolaas.metainfo.xml").is_file()
    assert (
        prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / "fi.espoo.schoolaas.png"
    ).is_file()
    version = run([str(prefix / "bin" / "schoolaas"), "--help"])
    assert version.returncode == 0
    assert "schoolaas" in version.stdout
    if shutil.which("desktop-file-validate"):
        checked = run(["desktop-file-validate", str(desktop)])
        assert checked.returncode == 0, checked.stdout + checked.stderr
    removed = run([str(release / "install"), "--prefix", str(prefix), "--uninstall"])
    assert removed.returncode == 0, removed.stderr
    assert not desktop.exists()
    assert not (prefix / "lib" / "schoolaas").exists()


@pytest.mark.parametrize(
    ("tool", "words", "name"),
    [
        ("desktop-file-validate", [], "fi.espoo.schoolaas.desktop"),
        ("appstreamcli", ["validate", "--no-net"], "fi.espoo.schoolaas.metainfo.xml"),
    ],
)
def test_desktop_entry_and_appstream_metadata_validate(
    tool: str, words: list[str], name: str
) -> None:
    if not shutil.which(tool):
        pytest.skip(f"{tool} is not installed (Debian: desktop-file-utils, appstream)")
    done = run([tool, *words, str(ROOT / "packaging" / name)])
    assert done.returncode == 0, done.stdout + done.stderr
