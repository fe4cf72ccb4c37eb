"""The base of the screens and diary forms that read and write the store themselves.

app.py hands each of them the same three things (the store, the clock, the user's time
zone) and each asks the same question of them: what day is it where the user is? Keeping
that in one place means a day boundary is computed one way everywhere, so a check-in made
at 00:30 lands on the same day in the form, the Diary and the Today screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo

from PySide6.QtWidgets import QWidget

from phtcoach.core.clock import Clock
from phtcoach.core.programme import Programme
from phtcoach.storage.repository import Store


class StoreWidget(QWidget):
    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        tz: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._tz = tz

    def _today(self) -> date:
        return self._clock.now().astimezone(self._tz).date()


class StoreScreen(StoreWidget):
    """A main-window page: the store widget plus the programme, built by `_build()`.

    The constructor is here, not in each screen, so the screens cannot drift apart in what
    they accept from the main window; each screen lays itself out in `_build()`.
    """

    _build: Callable[[], None]  # each screen: its widgets, connections and first refresh

    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        programme: Programme | None = None,
        tz: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, clock, tz=tz, parent=parent)
        self._programme = programme
        self._build()
