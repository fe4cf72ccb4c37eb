"""Shared set-up for the runner tests: a real Store, the built-in programme, a FakeClock,
a silent player that records what it was asked to play, and a keyboard-only driver."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from phtcoach import paths
from phtcoach.audio.cues import NullCuePlayer
from phtcoach.core.model import Settings
from phtcoach.core.programme import Programme, load_builtin
from phtcoach.storage.repository import Store, open_store
from phtcoach.ui.runner import RunnerWidget
from phtcoach.ui.state import AppState
from tests.fakes import FakeClock
from tests.gui.state_helpers import make_state

# The offscreen platform reports every top-level size constraint it cannot pass on.
QT_NOISE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

_PROGRAMME: Programme | None = None


def programme() -> Programme:
    global _PROGRAMME
    if _PROGRAMME is None:
        _PROGRAMME = load_builtin(paths.asset("protocols"))
    return _PROGRAMME


@dataclass
class FakeInhibitor:
    """Records inhibit/release; `refuse` makes it answer like a machine without D-Bus."""

    refuse: str | None = None
    calls: list[str] = field(default_factory=list)

    def inhibit(self) -> str | None:
        self.calls.append("inhibit")
        return self.refuse

    def release(self) -> None:
        self.calls.append("release")


@dataclass
class Rig:
    qtbot: QtBot
    clock: FakeClock
    store: Store
    player: NullCuePlayer
    inhibitor: FakeInhibitor
    runner: RunnerWidget
    settings: Settings

    @property
    def state(self) -> AppState:
        return self.runner._state

    def key(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.runner, key, modifier)

    def keys(self, *keys: Qt.Key) -> None:
        for k in keys:
            self.key(k)

    def activate(self, widget: QWidget) -> None:
        """Make `widget`'s window the active one (window-wide shortcuts need that)."""
        with self.qtbot.waitActive(widget):
            widget.activateWindow()

    def advance(self, seconds: float, step: float = 0.25) -> None:
        """Move the fake clock in small steps, polling like the timer would."""
        n = round(seconds / step)
        assert abs(n * step - seconds) < 1e-9, "advance by a multiple of the step"
        sched = self.runner.scheduler
        assert sched is not None
        for _ in range(n):
            self.clock.advance(step)
            sched.poll()

    @property
    def engine(self):  # type: ignore[no-untyped-def]
        run = self.runner.run
        assert run is not None
        return run.engine

    @property
    def session_id(self) -> int:
        run = self.runner.run
        assert run is not None
        assert run.session_id is not None
        return run.session_id


def make_rig(
    qtbot: QtBot,
    data_dir: Path,
    *,
    settings: Settings | None = None,
    clock: FakeClock | None = None,
    store: Store | None = None,
    size: tuple[int, int] = (1280, 720),
    player: NullCuePlayer | None = None,
) -> Rig:
    clock = clock or FakeClock()
    store = store or open_store(data_dir, clock, auto_backup=False)
    settings = settings or Settings()
    player = player if player is not None else NullCuePlayer()
    inhibitor = FakeInhibitor()
    store.settings.save(settings)
    runner = RunnerWidget(make_state(store, clock), player, inhibitor=inhibitor)
    qtbot.addWidget(runner)
    runner.resize(*size)
    with qtbot.waitExposed(runner):
        runner.show()
    rig = Rig(qtbot, clock, store, player, inhibitor, runner, settings)
    rig.activate(runner)
    return rig


def rig_fixture(qtbot: QtBot, data_dir: Path, **kwargs: object) -> Iterator[Rig]:
    """Body of each test module's `rig` fixture: the runner, closed properly afterwards."""
    r = make_rig(qtbot, data_dir, **kwargs)  # type: ignore[arg-type]
    try:
        yield r
    finally:
        r.runner.shutdown()
        r.store.close()
