"""The QtMultimedia CuePlayer: which cues play, and when, in the stream `qt_stream` keeps.

Every clip is decoded once (stdlib `wave`) and `mixer.Mixer` sums the cues into a single
pull-mode stream, which is also the keep-awake stream: no QSoundEffect at all (two started
close together freeze the event loop). The stream itself, and what was measured about it,
is in `qt_output`; whether there is sound, on which output, and when the stream runs is in
`qt_stream` (the base class: preload, the device, keep-awake). This module decides what
plays: the cue for an event (voice, ticks, the tone ducked under a word), at what volume,
and when.

Cues known ahead (`schedule`) go to the mixer with the instant they must be HEARD, and it
places them on the stream's frame-to-time map (see `mixer`): timer jitter never reaches
the ear. `play()` stays for one-off sounds (previews, the sound check, a late cue).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from phtcoach.audio.cues import (
    STALE_AFTER_S,
    TONE_UNDER_VOICE,
    ScheduledCue,
    select_cue,
    volume_gain,
)
from phtcoach.audio.qt_stream import QtStream

if TYPE_CHECKING:  # numpy and the mixer load at preload, not at start-up
    from phtcoach.audio.mixer import Mixer
    from phtcoach.audio.qt_output import OutputFactory

LEAD_MARGIN_S = 0.015
"""Added to the output's latency in `lead_s`: one pull period and some slack, so a cue handed
over `lead_s` ahead is always placed before its frame is written."""

DEFAULT_LEAD_S = 0.080
"""`lead_s` before the stream has pulled (its latency is not known yet)."""


class QtCuePlayer(QtStream):
    """The CuePlayer the app uses when a sound device exists. GUI thread only.

    Clips are decoded once at preload; a scheduled cue is placed in the always-open stream
    at the frame heard at its time, a played one is heard one pull (+ the buffer) later.
    Constructor seams (`output_factory`, `device_probe`, `mixer`): see `QtStream`.
    """

    def __init__(
        self,
        assets: Path,
        *,
        volume: int = 80,
        voice: bool = True,
        ticks: bool = True,
        device: str = "",
        output_factory: OutputFactory | None = None,
        device_probe: Callable[[], str | None] | None = None,
        mixer: Mixer | None = None,
    ) -> None:
        self._gain = volume_gain(volume)
        self._voice = voice
        self._ticks = ticks
        self.skipped_stale = 0
        super().__init__(
            assets,
            device=device,
            output_factory=output_factory,
            device_probe=device_probe,
            mixer=mixer,
        )

    def play(self, sound: str | None, say: str | None = None, *, late_s: float = 0.0) -> None:
        self.preload()
        if not self._available:
            return
        if late_s > STALE_AFTER_S:
            self.skipped_stale += 1
        tone, word = select_cue(sound, say, late_s=late_s, voice=self._voice, ticks=self._ticks)
        tone = tone if tone in self.tones else None
        word = word if word in self.words else None
        if (tone is None and word is None) or not self._open():
            return
        if not self._awake:
            self._linger.start()  # on demand: close again once it has been quiet a while
        tones, words = self._playable
        if tone is not None:
            duck = TONE_UNDER_VOICE if word is not None else 1.0
            self.mixer.start(tones[tone], self._gain * duck)
        if word is not None:
            self.mixer.start(words[word], self._gain, word=True)

    # ------------------------------------------------------------------ the plan

    def monotonic(self) -> float:
        """The clock `schedule` times are on (the mixer's: time.monotonic in the app)."""
        return self.mixer.clock() if self._mixer is not None else time.monotonic()

    @property
    def can_schedule(self) -> bool:
        return self._available and not self._closed

    @property
    def lead_s(self) -> float:
        """How far ahead a cue must be scheduled to be heard exactly on time: the output's
        latency now (from the stream's frame-to-time map) plus `LEAD_MARGIN_S`."""
        mixer, out = self._mixer, self._output
        if mixer is None or out is None or not out.running:
            return DEFAULT_LEAD_S
        heard = mixer.heard_at(mixer.frames_out)
        if heard is None:
            return DEFAULT_LEAD_S
        return max(0.0, heard - mixer.clock()) + LEAD_MARGIN_S

    def schedule(self, cues: Sequence[ScheduledCue]) -> None:
        """Place each cue so that it is heard at its `at` (this player's `monotonic`); one
        already past is played at once, one past by more than `STALE_AFTER_S` not at all."""
        self.preload()
        if not cues or not self._available or not self._open():
            return
        if not self._awake:
            self._linger.start()
        now = self.mixer.clock()
        tones, words = self._playable
        for c in cues:
            late = max(0.0, now - c.at)
            if late > STALE_AFTER_S:
                self.skipped_stale += 1
            tone, word = select_cue(
                c.sound, c.say, late_s=late, voice=self._voice, ticks=self._ticks
            )
            if tone is not None and tone in tones:
                duck = TONE_UNDER_VOICE if word in words else 1.0
                self.mixer.schedule(c.at, tones[tone], self._gain * duck, key=c.key)
            if word is not None and word in words:
                self.mixer.schedule(c.at, words[word], self._gain, word=True, key=c.key)

    def cancel_scheduled(self) -> set[Hashable]:
        """Drop every scheduled cue not yet started; the keys of those already in the stream."""
        if self._mixer is None:
            return set()
        return self._mixer.cancel_scheduled()

    def set_volume(self, percent: int) -> None:
        self._gain = volume_gain(percent)

    def set_voice(self, enabled: bool) -> None:
        self._voice = enabled
        if not enabled and self._mixer is not None:
            self._mixer.stop_words()

    def set_ticks(self, enabled: bool) -> None:
        self._ticks = enabled

    def stop_all(self) -> None:
        if self._mixer is not None:
            self._mixer.stop_all()
