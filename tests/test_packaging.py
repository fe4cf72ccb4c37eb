"""The launcher files stay valid: software centres and desktops reject invalid ones silently."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import phtcoach

PACKAGING = Path(__file__).resolve().parent.parent / "packaging"
DESKTOP = PACKAGING / f"{phtcoach.APP_ID}.desktop"
METAINFO = PACKAGING / f"{phtcoach.APP_ID}.metainfo.xml"


@pytest.mark.skipif(
    not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed"
)
def test_desktop_file_is_valid() -> None:
    run = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "error" not in run.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_metainfo_is_valid() -> None:
    run = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_ids_and_version_agree_with_the_package() -> None:
    text = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{phtcoach.APP_ID}</id>" in text
    assert f'<release version="{phtcoach.__version__}"' in text
    desktop = DESKTOP.read_text(encoding="utf-8")
    assert f"Icon={phtcoach.APP_ID}" in desktop
    assert "Exec=phtcoach-gui --start today" in desktop
