"""Every screenshot `make screenshots` takes (docs/screenshots/take.py), in the order taken.

Qt-free, so a test can check that every page of the main window (`phtcoach.ui.pages.PAGES`)
has its picture (a new page without one fails there), and that every picture README.md shows
is one the script writes. Each of `SHOTS` is saved in every theme and size as
`<name>-<theme>-<width>.png` (`today-dark-1920.png`); each of `EXTRAS` (the README's other
pictures: a red flag, the German window, the start-up restore...) once, light at 1280 x 720.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Shot:
    name: str  # the file's first part
    page: str  # the main window's page it shows or opens from (a PAGES key)
    what: str  # what it must show, for whoever looks at it


SHOTS: tuple[Shot, ...] = (
    Shot("today", "today", "Today with the demo history: the advice card and the trend"),
    Shot("diary", "diary", "Diary on today: the entries, the calendar, the check-in form"),
    Shot("diary-activity", "diary", "Diary: the activity form"),
    Shot("diary-measure", "diary", "Diary: the measures form"),
    Shot("progress", "progress", "Progress: the charts over the demo weeks"),
    Shot("progress-tolerance", "progress", "Progress: the What tends to flare you panel alone"),
    Shot("programme", "programme", "Programme: the ladder, templates and timeline preview"),
    Shot("programme-howto", "programme", "Programme: the How to tab of the selected template"),
    Shot("settings", "settings", "Settings: every section, Save and Revert in view"),
    Shot("report-dialog", "today", "File > Report...: the clinician's report of a period"),
    Shot("backups-dialog", "today", "File > Restore backup...: the backups"),
    Shot("export-dialog", "today", "File > Export...: CSV, workbook or JSON"),
    Shot("import-dialog", "today", "File > Import...: a JSON or CSV export back in"),
    Shot("clinical-notes", "today", "Help > Clinical notes and disclaimer"),
    Shot("template-editor", "programme", "Programme > Duplicate...: the template editor"),
    Shot("exercise-editor", "programme", "Programme > Exercises...: the exercise editor"),
    Shot("session", "session", "Session page before a session: the chooser"),
    Shot("runner-ready", "session", "Today's session loaded, waiting for Space, with how-to"),
    Shot("runner-lead-in", "session", "The lead-in countdown after Space"),
    Shot("runner-hold", "session", "A hold: the big countdown"),
    Shot("runner-rest-rating", "session", "The rest after set 1, the rating panel open"),
    Shot("runner-done", "session", "SESSION DONE: the last set's rating"),
    Shot("runner-summary", "session", "The end screen: the summary, pain after"),
    Shot("today-done", "today", "Today after the session"),
)

SIZES: tuple[tuple[int, int], ...] = ((1280, 720), (1920, 1080))
THEMES: tuple[str, ...] = ("light", "dark")


EXTRA_THEME, EXTRA_SIZE = "light", (1280, 720)


@dataclass(frozen=True)
class Extra:
    """A picture taken once (light, 1280 x 720), in one of the extra app runs."""

    name: str
    run: str  # "readme": English; "de": the app in German (--lang de); "startup": damaged db
    what: str
    plain: bool = False  # the file is `<name>.png` (not a window: a report page)

    @property
    def file(self) -> str:
        return f"{self.name}.png" if self.plain else file_name(self.name, EXTRA_THEME, 1280)


RUNS: tuple[str, ...] = ("readme", "de", "startup")

EXTRAS: tuple[Extra, ...] = (
    Extra("report-page", "readme", "File > Report...: a page of the PDF, rendered", plain=True),
    Extra("reminder-banner", "readme", "A reminder banner above the pages (no tray here)"),
    Extra("diary-session", "readme", "Diary: a logged session opened (Enter on its row)"),
    Extra("today-note-question", "readme", "Today asking 'Is this a red flag?' about a note"),
    Extra("today-clinician-first", "readme", "Today after a red flag ticked in the check-in"),
    Extra("today-de", "de", "Today in German"),
    Extra("runner-hold-de", "de", "The runner during a hold, in German"),
    Extra("startup-restore", "startup", "Start-up on a damaged database: the backups"),
    Extra("startup-restored", "startup", "The window after the restore: the status bar says so"),
)


def file_name(shot: str, theme: str, width: int) -> str:
    return f"{shot}-{theme}-{width}.png"


def extras_of(run: str) -> tuple[Extra, ...]:
    return tuple(e for e in EXTRAS if e.run == run)


def written_files(
    themes: tuple[str, ...] = THEMES, sizes: tuple[tuple[int, int], ...] = SIZES
) -> set[str]:
    """Every file a full `make screenshots` writes."""
    shots = {file_name(s.name, t, w) for s in SHOTS for t in themes for w, _h in sizes}
    return shots | {e.file for e in EXTRAS}


README_IMAGE = re.compile(r"\]\(docs/screenshots/([^)\s]+\.png)\)")


def readme_images_not_written(readme: str, written: set[str] | None = None) -> list[str]:
    """The pictures README.md links to (`![..](docs/screenshots/x.png)` or `[..](...)`) that
    `make screenshots` does not write: hand-made ones, stale once the UI changes."""
    made = written_files() if written is None else written
    return [f for f in README_IMAGE.findall(readme) if f not in made]


def pages_without_shot(pages: tuple[str, ...], shots: tuple[Shot, ...] = SHOTS) -> list[str]:
    """The pages no screenshot shows itself (a dialog opened from a page does not count)."""
    shown = {s.page for s in shots if not _is_dialog(s.name)}
    return [p for p in pages if p not in shown]


def _is_dialog(name: str) -> bool:
    return name.endswith(("-dialog", "-editor")) or name == "clinical-notes"
