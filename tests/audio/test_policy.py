"""What gets played for a cue request, and the visual-only player; no Qt involved."""

from __future__ import annotations

import pytest

from phtcoach.audio.cues import (
    STALE_AFTER_S,
    NullCuePlayer,
    PlayRequest,
    make_cue_player,
    select_cue,
    volume_gain,
)
from phtcoach.core.errors import ValidationError


@pytest.mark.parametrize(
    ("percent", "gain"),
    [(100, 1.0), (75, 0.316), (50, 0.1), (25, 0.0316), (1, 0.0105), (0, 0.0)],
)
def test_volume_is_even_in_decibels(percent: int, gain: float) -> None:
    assert volume_gain(percent) == pytest.approx(gain, rel=0.01, abs=1e-9)


@pytest.mark.parametrize("bad", [-1, 101, 50.0, True, "80"])
def test_volume_outside_0_100_names_the_range(bad: object) -> None:
    with pytest.raises(ValidationError, match=r"volume.*0-100"):
        volume_gain(bad)  # type: ignore[arg-type]


def test_tone_and_word_pass_when_everything_is_on() -> None:
    assert select_cue("start", "hold", late_s=0.0, voice=True, ticks=True) == ("start", "hold")


def test_ticks_off_silences_only_the_tick_tone() -> None:
    assert select_cue("tick", "7", late_s=0.0, voice=True, ticks=False) == (None, "7")
    assert select_cue("countdown", "3", late_s=0.0, voice=True, ticks=False) == ("countdown", "3")


def test_voice_off_keeps_the_tone() -> None:
    assert select_cue("rest", "rest", late_s=0.0, voice=False, ticks=True) == ("rest", None)


def test_a_stale_cue_is_dropped_whole() -> None:
    late = STALE_AFTER_S + 0.01
    assert select_cue("start", "hold", late_s=late, voice=True, ticks=True) == (None, None)
    on_time = STALE_AFTER_S - 0.01
    assert select_cue("start", None, late_s=on_time, voice=True, ticks=True) == ("start", None)


def test_unknown_names_are_dropped_not_raised() -> None:
    assert select_cue("gong", "61", late_s=0.0, voice=True, ticks=True) == (None, None)
    assert select_cue(None, "hold", late_s=0.0, voice=True, ticks=True) == (None, "hold")


def test_null_player_records_calls_and_what_would_be_heard() -> None:
    player = NullCuePlayer()
    player.set_ticks(False)
    player.play("tick", None)
    player.play("tick", "5")
    player.play("start", "hold", late_s=0.8)
    player.set_voice(False)
    player.play("rest", "rest")
    player.keep_awake(True)

    assert not player.available
    assert player.requests[2] == PlayRequest("start", "hold", 0.8)
    assert len(player.requests) == 4
    assert player.heard == [(None, "5"), ("rest", None)]
    assert ("set_ticks", (False,)) in player.calls
    assert player.awake
    assert player.report() == {"audio": "visual-only", "device": None, "clips": 0}
    player.close()
    assert player.closed
    assert not player.awake


def test_null_player_validates_volume_like_the_real_one() -> None:
    player = NullCuePlayer()
    player.set_volume(35)
    assert player.volume == 35
    with pytest.raises(ValidationError):
        player.set_volume(120)


def test_factory_with_sound_disabled_is_silent_without_a_notice() -> None:
    player = make_cue_player(volume=40, voice=False, ticks=True, enabled=False)
    assert isinstance(player, NullCuePlayer)
    assert player.status_message == ""
    assert (player.volume, player.voice, player.ticks) == (40, False, True)


def test_factory_rejects_a_bad_volume_setting() -> None:
    with pytest.raises(ValidationError):
        make_cue_player(volume=150, enabled=False)
