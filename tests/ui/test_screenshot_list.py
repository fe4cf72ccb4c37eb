"""`make screenshots` (docs/screenshots/take.py) covers every page of the main window: a
page added to `phtcoach.ui.pages.PAGES` without a screenshot fails here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from phtcoach.ui.pages import PAGES

SHOTS_DIR = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def load_screens() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshot_screens", SHOTS_DIR / "screens.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_every_page_has_a_screenshot() -> None:
    screens = load_screens()
    assert screens.pages_without_shot(PAGES) == []


def test_a_page_without_a_screenshot_is_named() -> None:
    screens = load_screens()
    assert screens.pages_without_shot((*PAGES, "journal")) == ["journal"]
    without_diary = tuple(s for s in screens.SHOTS if s.page != "diary")
    assert screens.pages_without_shot(PAGES, without_diary) == ["diary"]
    # A dialog opened from a page is not a picture of that page.
    only_dialogs = tuple(s for s in screens.SHOTS if s.page != "programme" or "editor" in s.name)
    assert "programme" in screens.pages_without_shot(PAGES, only_dialogs)


def test_every_screenshot_is_of_a_page_and_taken_by_the_drive() -> None:
    screens = load_screens()
    names = [s.name for s in screens.SHOTS]
    assert len(names) == len(set(names))
    assert {s.page for s in screens.SHOTS} <= set(PAGES)
    drive = (SHOTS_DIR / "shoot.py").read_text(encoding="utf-8")
    assert [n for n in names if f'"{n}"' not in drive] == []
    assert screens.file_name("today", "dark", 1920) == "today-dark-1920.png"


def test_every_readme_picture_is_written_by_the_script() -> None:
    """No hand-made picture in README.md: each one it shows (or links to) is a file
    `make screenshots` writes, so it is redone when the UI changes."""
    screens = load_screens()
    readme = (SHOTS_DIR.parents[1] / "README.md").read_text(encoding="utf-8")
    assert len(screens.README_IMAGE.findall(readme)) >= 20  # the links are found at all
    assert screens.readme_images_not_written(readme) == []


def test_a_hand_made_readme_picture_is_named() -> None:
    screens = load_screens()
    readme = (
        "![Today](docs/screenshots/today-light-1280.png)\n"
        "| ![Old](docs/screenshots/today.png) | see [a page](docs/screenshots/report-page.png) |\n"
        "[the panel](docs/screenshots/progress-tolerance-1280.png);\n"
    )
    assert screens.readme_images_not_written(readme) == ["today.png", "progress-tolerance-1280.png"]
    written = screens.written_files()
    assert "today-dark-1920.png" in written and "startup-restore-light-1280.png" in written
    assert "report-page.png" in written
    # An extra no app run takes is a picture never written.
    assert {e.run for e in screens.EXTRAS} <= set(screens.RUNS)
    drive = (SHOTS_DIR / "readme_shots.py").read_text(encoding="utf-8")
    assert [e.name for e in screens.EXTRAS if f'"{e.name}"' not in drive] == []
