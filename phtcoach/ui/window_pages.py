"""The main window's pages: each built (its modules imported too) the first time it is needed.

`Pages` is the window's `pages` mapping: asking it for a page that is not built yet builds
it. `build_page` imports and builds one page and connects what it asks of the window (the
runner's way back to Today, the Programme page's Start, the empty Progress page's check-in).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from phtcoach.ui.pages import PAGES

if TYPE_CHECKING:
    from phtcoach.ui.main_window import MainWindow


class Pages(Mapping[str, QWidget]):
    """The window's pages by key; asking for one that is not built yet builds it."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        if key not in PAGES:
            raise KeyError(key)
        return self._window.page(key)

    def __iter__(self) -> Iterator[str]:
        return iter(PAGES)

    def __len__(self) -> int:
        return len(PAGES)


def build_page(window: MainWindow, key: str) -> QWidget:
    """Import and build one page, and connect what it asks of the window."""
    state = window.state
    if key == "session":
        from phtcoach.ui.runner import RunnerWidget
        from phtcoach.ui.session_page import SessionPage

        runner = RunnerWidget(state, window.player)
        session = SessionPage(runner)
        runner.active_changed.connect(lambda _on: window.sync_full_screen_chrome())
        runner.back_to_today.connect(lambda: window.show_page("today"))
        runner.back_to_today.connect(window.update_chooser)
        session.load_button.clicked.connect(lambda: window.open_runner("today"))
        session.other_button.clicked.connect(lambda: window.show_page("programme"))
        return session
    if key == "diary":
        from phtcoach.ui.diary_screen import DiaryScreen

        return DiaryScreen(state)
    if key == "progress":
        from phtcoach.ui.progress import ProgressPage

        progress = ProgressPage(state)
        progress.checkin_requested.connect(lambda: window.show_page("today"))
        return progress
    if key == "programme":
        from phtcoach.ui.programme_page import ProgrammePage

        programme = ProgrammePage(state, player=window.player)
        programme.start_requested.connect(window.open_runner)
        return programme
    if key == "settings":
        from phtcoach.ui.settings_page import SettingsPage

        return SettingsPage(state, window.player)
    raise KeyError(key)
