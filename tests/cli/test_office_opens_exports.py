"""The workbook and the CSV folder open in a real spreadsheet: LibreOffice, headless,
converts each export without an error (Excel is not available on Linux; LibreOffice reads
the same Office Open XML)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from phtcoach.cli import main
from phtcoach.demo_data import make_demo_dir
from tests.fakes import FakeClock

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed (.ci/run installs it)"
)


def convert(path: Path, to: str, out: Path, profile: Path) -> subprocess.CompletedProcess[str]:
    assert SOFFICE is not None
    return subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(out),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    root = tmp_path / "demo"
    make_demo_dir(root, weeks=4, seed=7, clock=FakeClock())
    return root


def test_libreoffice_converts_the_workbook_and_every_csv(demo: Path, tmp_path: Path) -> None:
    out, profile = tmp_path / "converted", tmp_path / "profile"
    xlsx = tmp_path / "export.xlsx"
    assert main(["export", "--out", str(xlsx), "--format", "xlsx", "--data-dir", str(demo)]) == 0
    done = convert(xlsx, "ods", out, profile)
    assert done.returncode == 0, done.stderr
    assert (out / "export.ods").stat().st_size > 0
    folder = tmp_path / "csv"
    assert main(["export", "--out", str(folder), "--format", "csv", "--data-dir", str(demo)]) == 0
    tables = sorted(folder.glob("*.csv"))
    assert tables
    for table in tables:
        done = convert(table, "ods", out, profile)
        assert done.returncode == 0, f"{table.name}: {done.stderr}"
        assert (out / f"{table.stem}.ods").stat().st_size > 0, table.name
