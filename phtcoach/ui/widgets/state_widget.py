"""The base of the screens and diary forms: each is handed the one app state.

Every screen asks the same question of it (what day is it where the user is?) through
`AppState.today()`, so a check-in made at 00:30 lands on the same day in the form, the
Diary and the Today screen; and every screen refreshes from `AppState.changed` rather than
from another screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo

from PySide6.QtWidgets import QWidget

from phtcoach.core.clock import Clock
from phtcoach.services import Services
from phtcoach.ui.state import AppState


class StateWidget(QWidget):
    def __init__(self, state: AppState, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state

    @property
    def _services(self) -> Services:
        return self._state.services

    @property
    def _clock(self) -> Clock:
        return self._state.clock

    @property
    def _tz(self) -> tzinfo | None:
        return self._state.tz

    def _today(self) -> date:
        return self._state.today()


class StateScreen(StateWidget):
    """A main-window page: built by `_build()`, refreshed when the app state changes.

    The constructor is here, not in each screen, so the screens cannot drift apart in what
    they accept from the main window; each screen lays itself out in `_build()` and says in
    `_on_changed` which kinds of change it shows.
    """

    _build: Callable[[], None]  # each screen: its widgets, connections and first refresh

    def __init__(self, state: AppState, *, parent: QWidget | None = None) -> None:
        super().__init__(state, parent=parent)
        self._build()
        state.changed.connect(self._on_changed)

    def _on_changed(self, changes: object) -> None:  # overridden by the screens
        pass
