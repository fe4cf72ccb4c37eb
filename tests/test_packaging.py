"""The launcher files stay valid: software centres and desktops reject invalid ones silently.

The packaged app itself is tested by tests/packaging (`make package-test`).
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import phtcoach

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
SCREENSHOTS = REPO / "docs" / "screenshots"
SCREENSHOT_URL = "https://raw.githubusercontent.com/phtcoach/phtcoach/main/docs/screenshots/"
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


def test_the_current_release_says_what_is_new() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "no <release> in the metainfo"
    newest = releases[0]  # AppStream lists releases newest first
    assert newest.get("version") == phtcoach.__version__
    notes = newest.find("description")
    assert notes is not None
    text = " ".join("".join(notes.itertext()).split())
    assert len(text) > 40, text
    assert len(notes.findall("ul/li")) >= 3


def test_every_screenshot_is_in_the_repository() -> None:
    shots = ET.parse(METAINFO).getroot().findall("screenshots/screenshot")
    assert len(shots) >= 3
    assert sum(s.get("type") == "default" for s in shots) == 1
    for shot in shots:
        url = shot.findtext("image", "")
        assert url.startswith(SCREENSHOT_URL), url
        assert (SCREENSHOTS / url.removeprefix(SCREENSHOT_URL)).is_file(), url
        assert shot.findtext("caption", "").strip(), url


def test_the_icu_subset_keeps_root_german_english_and_shared_data() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("icu_subset", PACKAGING / "icu_subset.py")
    assert spec is not None and spec.loader is not None
    icu = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(icu)
    kept = [
        "icudt73l/coll/root.res", "icudt73l/coll/de.res", "icudt73l/coll/de_CH.res",
        "icudt73l/en_GB.res", "icudt73l/coll/ucadata.icu", "icudt73l/uprops.icu",
        "icudt73l/coll/res_index.res", "icudt73l/zone/pool.res", "icudt73l/zoneinfo64.res",
        "icudt73l/brkitr/word.brk", "icudt73l/likelySubtags.res", "icudt73l/cnvalias.icu",
    ]  # fmt: skip
    dropped = [
        "icudt73l/coll/fr.res", "icudt73l/zh_Hant_TW.res", "icudt73l/brkitr/cjdict.dict",
        "icudt73l/ibm-943_P15A-2003.cnv", "icudt73l/curr/sv.res",
    ]  # fmt: skip
    assert [n for n in kept if not icu._keep(n)] == []
    assert [n for n in dropped if icu._keep(n)] == []
