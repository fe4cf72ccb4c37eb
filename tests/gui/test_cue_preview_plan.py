""" "Play 20 s" with a player that plans: the whole preview handed over at once, each cue at
its instant (after the player's lead), none played again at its due time; Stop takes back
what was not heard."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from phtcoach import paths
from phtcoach.audio.cues import NullCuePlayer
from phtcoach.core.model import Side
from phtcoach.core.programme import load_builtin
from phtcoach.core.timeline import Cue, compile_timeline
from phtcoach.ui.cue_preview import CuePreview
from tests.fakes import FakeClock


def cues() -> list[Cue]:
    programme = load_builtin(paths.asset("protocols"))
    return list(compile_timeline(programme.template("iso-5x5"), affected_side=Side.LEFT).cues)


def test_the_preview_is_planned_at_once_and_heard_once(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    player = NullCuePlayer(clock=clock.monotonic, schedule_lead_s=0.05)
    preview = CuePreview(player, clock)
    t0 = clock.monotonic()
    preview.play(cues())
    expected = [c for c in cues() if c.at_s < 20]
    (plan,) = [args for name, args in player.calls if name == "schedule"]
    assert [c.at - t0 for c in plan] == pytest.approx([0.05 + c.at_s for c in expected])  # type: ignore[attr-defined]
    while preview.playing:
        armed = preview.armed_ms
        assert armed is not None
        clock.advance(armed / 1000)
        preview.poll()
    player.flush()
    assert player.heard == [(c.sound.value, c.say) for c in expected]
    assert not [c for c in player.calls if c[0] == "play"]
    assert clock.monotonic() - t0 == pytest.approx(20.05)


def test_stop_takes_back_the_rest(qtbot: QtBot) -> None:
    clock = FakeClock()
    player = NullCuePlayer(clock=clock.monotonic)
    preview = CuePreview(player, clock)
    preview.play(cues())
    clock.advance(6.5)
    preview.stop()
    assert not preview.playing
    assert player.planned == []
    heard = [c for c in cues() if c.at_s <= 6.5]
    assert player.heard == [(c.sound.value, c.say) for c in heard]
    assert len(player.cancelled) == len([c for c in cues() if 6.5 < c.at_s < 20])
