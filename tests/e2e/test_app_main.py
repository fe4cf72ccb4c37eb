"""The harness's stand-in for the Space key, checked on its own: if it never started the
session, every end-to-end test would time out waiting for "session started" without
saying why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from phtcoach.core.engine import EngineState
from tests.e2e.app_main import start_when_ready
from tests.gui.runner_helpers import QT_NOISE, Rig, rig_fixture

pytestmark = QT_NOISE


@pytest.fixture
def rig(qtbot: QtBot, data_dir: Path) -> Iterator[Rig]:
    yield from rig_fixture(qtbot, data_dir)


def test_start_when_ready_starts_once_the_player_is_loaded(rig: Rig) -> None:
    rig.runner.load("iso-5x5")
    start_when_ready(rig.runner, settle_ms=10)
    rig.qtbot.waitUntil(lambda: rig.runner.run is not None and rig.runner.run.started, timeout=2000)
    assert rig.engine.state is EngineState.RUNNING
    start_when_ready(rig.runner, settle_ms=10)  # already started: nothing happens
    rig.qtbot.wait(50)
    assert rig.engine.state is EngineState.RUNNING
