"""What the user hears: the CuePlayer contract, its policy, a silent player, and the factory.

The user lies on the floor 1-2 m from a laptop, so every cue is a short tone and, optionally, a
recorded word. Two choices shape the whole module:

- A word starts at the same instant as its tone (no second timer, no added jitter: the tone's
  attack *is* the cue time). The tones are struck and decay within ~100 ms and are played 6 dB
  quieter when a word rides on them, so the word stays intelligible on top.
- A cue that arrives more than `STALE_AFTER_S` late (the GUI thread stalled) is dropped: a
  "3" heard a second late is worse than silence, and the screen still shows the state.

Cues known ahead of time are handed over as a plan (`schedule`, each with the instant it
must be heard on the player's clock), so the player can place them sample-accurately;
`cancel_scheduled` takes back what is not yet heard (pause, skip, +-10 s). `play` stays for
one-off sounds and for cues that could not be planned.

This module has no Qt import, so the UI and the tests can use `NullCuePlayer` and the policy
without loading QtMultimedia (whose import needs libpulse0 and prints warnings). The Qt player
lives in `phtcoach.audio.qt_player` and is only imported by `make_cue_player`; neither
imports numpy or decodes a clip before `preload()` (start-up time).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypedDict

from phtcoach.core.cues import PHRASES, SOUNDS, Sound, clip_name
from phtcoach.core.errors import ValidationError
from phtcoach.core.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

STALE_AFTER_S = 0.5
"""A cue later than this is not played at all."""

TONE_UNDER_VOICE = 0.5
"""Linear gain (-6 dB) of a tone that carries a word, so the word is on top."""

VOLUME_RANGE_DB = 40.0
"""The volume slider spans 40 dB: each 5 % step is 2 dB, which sounds even across the range."""

# Shown translated (context "CuePlayer") by the screens that show `status_message`.
NO_DEVICE_MESSAGE = QT_TRANSLATE_NOOP("CuePlayer", "No audio output found: visual cues only")
NO_FILES_MESSAGE = QT_TRANSLATE_NOOP("CuePlayer", "Sound files not found: visual cues only")
FAILED_MESSAGE = QT_TRANSLATE_NOOP("CuePlayer", "Sound could not start: visual cues only")

StatusListener = Callable[[bool, str], None]
"""Told (available, status_message) whenever the player's availability changes."""


class AudioReport(TypedDict):
    """What `phtcoach --self-test` prints about sound."""

    audio: str  # "ok" | "visual-only"
    device: str | None
    clips: int


@dataclass(frozen=True)
class ScheduledCue:
    """A cue handed over ahead of time: heard at `at` (the player's `monotonic()` clock)."""

    at: float
    sound: str | None
    say: str | None
    key: Hashable = None  # the caller's name for it (`cancel_scheduled` returns these)


class CuePlayer(Protocol):
    """Plays cue tones and words; the runner hands it the timeline's cues ahead of time
    (`schedule`) when it can, else calls `play` at each cue."""

    @property
    def available(self) -> bool:
        """False in visual-only mode (no device, no files, or the device failed)."""
        ...

    @property
    def status_message(self) -> str:
        """Empty when sound works; otherwise one line the UI shows as a notice."""
        ...

    def preload(self) -> None:
        """Load everything heavy now (idempotent): clips, the mixer, the device decision."""
        ...

    @property
    def can_schedule(self) -> bool:
        """`schedule` places cues on time (else the caller plays each at its due time)."""
        ...

    @property
    def lead_s(self) -> float:
        """How long before its time a cue must be scheduled to be heard exactly then."""
        ...

    def monotonic(self) -> float:
        """The clock `ScheduledCue.at` is on."""
        ...

    def schedule(self, cues: Sequence[ScheduledCue]) -> None:
        """Add these cues to the plan, each heard at its `at`."""
        ...

    def cancel_scheduled(self) -> set[Hashable]:
        """Take back every planned cue not yet started; the keys of those already started."""
        ...

    def play(self, sound: str | None, say: str | None = None, *, late_s: float = 0.0) -> None:
        """Play `sound` (a `core.cues.Sound`) and speak `say` (a `core.cues.PHRASES` entry)."""
        ...

    def set_volume(self, percent: int) -> None: ...

    def set_voice(self, enabled: bool) -> None: ...

    def set_ticks(self, enabled: bool) -> None: ...

    def set_device(self, device_id: str) -> None:
        """Play through this output (a QMediaDevices id; "" = the system's default)."""
        ...

    def stop_all(self) -> None: ...

    def keep_awake(self, on: bool) -> None:
        """On while a session runs, so the device is awake and the first cue is not clipped."""
        ...

    def set_status_listener(self, listener: StatusListener | None) -> None: ...

    def report(self) -> AudioReport: ...

    def close(self) -> None: ...


def volume_gain(percent: int) -> float:
    """Linear gain for a 0-100 volume setting: 0 is silent, 100 is full scale, 50 is -20 dB."""
    if isinstance(percent, bool) or not isinstance(percent, int) or not 0 <= percent <= 100:
        raise ValidationError("volume", percent, "an integer percentage 0-100")
    if percent == 0:
        return 0.0
    return float(10 ** ((percent - 100) * VOLUME_RANGE_DB / 100 / 20))


def select_cue(
    sound: str | None,
    say: str | None,
    *,
    late_s: float,
    voice: bool,
    ticks: bool,
) -> tuple[str | None, str | None]:
    """The (tone, phrase) actually to play for a cue request, after the toggles and staleness.

    Unknown names are dropped with a log line rather than raised: a missing word must never stop
    a session that is coaching someone mid-exercise.
    """
    if late_s > STALE_AFTER_S:
        log.debug("cue %s/%s dropped: %.3f s late", sound, say, late_s)
        return None, None
    tone = sound or None
    if tone is not None and tone not in SOUNDS:
        log.warning("unknown cue sound %r ignored", tone)
        tone = None
    if tone == Sound.TICK and not ticks:
        tone = None
    word = say if voice else None
    if word is not None and word not in PHRASES:
        log.warning("no voice clip for %r", word)
        word = None
    return tone, word


def tone_path(assets: Path, sound: str) -> Path:
    return assets / "sounds" / f"{sound}.wav"


VOICE_LANGUAGE = ["en"]
"""The language the voice speaks (set with the app's language by `phtcoach.i18n`)."""


def set_voice_language(lang: str) -> None:
    VOICE_LANGUAGE[0] = lang


def voice_path(assets: Path, phrase: str, lang: str | None = None) -> Path:
    """The clip of `phrase`: English in `sounds/voice/`, another language in
    `sounds/voice/<lang>/` under the same file name, falling back to English clip by clip."""
    name = f"{clip_name(phrase)}.wav"
    voice = assets / "sounds" / "voice"
    lang = lang or VOICE_LANGUAGE[0]
    if lang != "en":
        local = voice / lang / name
        if local.is_file():
            return local
    return voice / name


@dataclass(frozen=True)
class PlayRequest:
    sound: str | None
    say: str | None
    late_s: float


@dataclass
class NullCuePlayer:
    """Plays nothing and remembers every call: visual-only mode, and the tests' player.

    `heard` is what a real player with the same settings would have played, so runner tests
    can assert on the sound track without a sound card.
    """

    status_message: str = ""
    clock: Callable[[], float] | None = None  # given: it takes plans (tests' fake clock)
    volume: int = 80
    voice: bool = True
    ticks: bool = True
    device: str = ""
    awake: bool = False
    closed: bool = False
    requests: list[PlayRequest] = field(default_factory=list)
    heard: list[tuple[str | None, str | None]] = field(default_factory=list)
    calls: list[tuple[str, tuple[object, ...]]] = field(default_factory=list)
    planned: list[ScheduledCue] = field(default_factory=list)  # scheduled, not yet heard
    cancelled: list[ScheduledCue] = field(default_factory=list)
    schedule_lead_s: float = 0.0
    _listener: StatusListener | None = None

    @property
    def available(self) -> bool:
        return False

    def preload(self) -> None:
        self.calls.append(("preload", ()))

    @property
    def can_schedule(self) -> bool:
        return self.clock is not None

    @property
    def lead_s(self) -> float:
        return self.schedule_lead_s

    def monotonic(self) -> float:
        return self.clock() if self.clock is not None else 0.0

    def flush(self) -> None:
        """Planned cues whose time has come join `heard` (as a real player would sound them)."""
        if self.clock is None:
            return
        now = self.clock()
        due = [c for c in self.planned if c.at <= now]
        self.planned = [c for c in self.planned if c.at > now]
        for c in sorted(due, key=lambda c: c.at):
            tone, word = select_cue(c.sound, c.say, late_s=0.0, voice=self.voice, ticks=self.ticks)
            if tone is not None or word is not None:
                self.heard.append((tone, word))

    def schedule(self, cues: Sequence[ScheduledCue]) -> None:
        self.flush()
        self.calls.append(("schedule", tuple(cues)))
        self.planned.extend(cues)
        self.flush()

    def cancel_scheduled(self) -> set[Hashable]:
        """Everything still planned is dropped; what was heard already stays heard."""
        self.flush()
        self.calls.append(("cancel_scheduled", ()))
        self.cancelled.extend(self.planned)
        self.planned = []
        return set()

    def play(self, sound: str | None, say: str | None = None, *, late_s: float = 0.0) -> None:
        self.flush()
        self.calls.append(("play", (sound, say, late_s)))
        self.requests.append(PlayRequest(sound, say, late_s))
        tone, word = select_cue(sound, say, late_s=late_s, voice=self.voice, ticks=self.ticks)
        if tone is not None or word is not None:
            self.heard.append((tone, word))

    def set_volume(self, percent: int) -> None:
        volume_gain(percent)
        self.calls.append(("set_volume", (percent,)))
        self.volume = percent

    def set_voice(self, enabled: bool) -> None:
        self.calls.append(("set_voice", (enabled,)))
        self.voice = enabled

    def set_ticks(self, enabled: bool) -> None:
        self.calls.append(("set_ticks", (enabled,)))
        self.ticks = enabled

    def set_device(self, device_id: str) -> None:
        self.calls.append(("set_device", (device_id,)))
        self.device = device_id

    def stop_all(self) -> None:
        self.flush()
        self.cancelled.extend(self.planned)
        self.planned = []
        self.calls.append(("stop_all", ()))

    def keep_awake(self, on: bool) -> None:
        self.calls.append(("keep_awake", (on,)))
        self.awake = on

    def set_status_listener(self, listener: StatusListener | None) -> None:
        self._listener = listener

    def report(self) -> AudioReport:
        return {"audio": "visual-only", "device": None, "clips": 0}

    def close(self) -> None:
        self.calls.append(("close", ()))
        self.awake = False
        self.closed = True


def make_cue_player(
    *,
    volume: int = 80,
    voice: bool = True,
    ticks: bool = True,
    device: str = "",
    assets: Path | None = None,
    enabled: bool = True,
) -> CuePlayer:
    """The best player this machine allows, built cheaply: nothing decoded, no numpy.

    Call `preload()` on it once the window is up (start-up time): that decodes the clips and
    decides whether there is sound; when there is none (no sound server, no device, missing
    files) the player goes visual-only and its `status_message` says why, through the status
    listener, for the UI's notice. Anything that plays or keeps awake earlier preloads first.
    Needs a running QCoreApplication. Never raises for audio problems (a missing libpulse0
    ends in a NullCuePlayer at once); bad settings values still raise ValidationError.
    """
    volume_gain(volume)
    if not enabled:
        return NullCuePlayer(volume=volume, voice=voice, ticks=ticks)
    if assets is None:
        from phtcoach.paths import assets_dir

        assets = assets_dir()
    try:
        from phtcoach.audio.qt_player import QtCuePlayer

        return QtCuePlayer(assets, volume=volume, voice=voice, ticks=ticks, device=device)
    except Exception:
        log.exception("sound disabled")
        return NullCuePlayer(FAILED_MESSAGE, volume=volume, voice=voice, ticks=ticks)
