"""The cue vocabulary shared by the timeline compiler and the audio layer.

The timeline only ever emits sounds from `SOUNDS` and words from `PHRASES`; the audio
layer ships one clip per entry (`assets/sounds/<sound>.wav`, `assets/sounds/voice/<clip>.wav`)
and a test checks that every entry has its file. Another language's clips have the same names
in `voice/<lang>/`: each phrase's translation in context "cues" (`make_sounds.py --lang de`).
"""

from __future__ import annotations

from enum import StrEnum

from phtcoach.core.words import QT_TRANSLATE_NOOP


class Sound(StrEnum):
    START = "start"  # a work phase begins (hold, up, work, run...)
    TICK = "tick"  # each tempo second inside a phase
    COUNTDOWN = "countdown"  # each of the last 3 seconds of a phase
    PHASE = "phase"  # a phase change inside a rep (up -> top pause -> down)
    REST = "rest"  # a rest begins
    SET_END = "set_end"  # the last rep of a set is done
    SESSION_END = "session_end"  # the whole session is done


SOUNDS: tuple[str, ...] = tuple(s.value for s in Sound)

WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("cues", "get ready"),
    QT_TRANSLATE_NOOP("cues", "hold"),
    QT_TRANSLATE_NOOP("cues", "up"),
    QT_TRANSLATE_NOOP("cues", "lower"),
    QT_TRANSLATE_NOOP(
        "cues", "up on two legs"
    ),  # the raise of a single-leg eccentric: both feet on the step
    QT_TRANSLATE_NOOP("cues", "lower on one"),  # ...and its slow lowering on the working leg alone
    QT_TRANSLATE_NOOP("cues", "pause"),
    QT_TRANSLATE_NOOP("cues", "rest"),
    QT_TRANSLATE_NOOP("cues", "switch sides"),
    QT_TRANSLATE_NOOP("cues", "left side"),
    QT_TRANSLATE_NOOP("cues", "right side"),
    QT_TRANSLATE_NOOP("cues", "work"),
    QT_TRANSLATE_NOOP("cues", "walk"),
    QT_TRANSLATE_NOOP("cues", "run"),
    QT_TRANSLATE_NOOP("cues", "next exercise"),
    QT_TRANSLATE_NOOP("cues", "last set"),
    QT_TRANSLATE_NOOP("cues", "last rep"),
    QT_TRANSLATE_NOOP("cues", "set done"),
    QT_TRANSLATE_NOOP("cues", "session complete"),
    QT_TRANSLATE_NOOP("cues", "paused"),
    QT_TRANSLATE_NOOP("cues", "resume"),
)
NUMBERS: tuple[str, ...] = tuple(str(n) for n in range(1, 61))

# What the voice calls each built-in exercise (by slug) before its first set: short enough
# to say inside a 5 s lead-in and still hear the countdown (every clip lasts under 1.2 s).
# A user's own exercise has no recorded name: its lead-in says "get ready".
EXERCISE_NAMES: dict[str, str] = {
    "bridge-hold": QT_TRANSLATE_NOOP("cues", "two-leg bridge"),
    "fesl-bridge-hold": QT_TRANSLATE_NOOP("cues", "single-leg bridge"),
    "prone-knee-flexion-hold": QT_TRANSLATE_NOOP("cues", "knee curl hold"),
    "straight-leg-pull-down": QT_TRANSLATE_NOOP("cues", "pull-down"),
    "fesl-bridge-eccentric": QT_TRANSLATE_NOOP("cues", "eccentric bridge"),
    "fesl-bridge-tempo": QT_TRANSLATE_NOOP("cues", "tempo bridge"),
    "hip-thrust": QT_TRANSLATE_NOOP("cues", "hip thrust"),
    "prone-leg-curl": QT_TRANSLATE_NOOP("cues", "leg curl"),
    "slider-curl": QT_TRANSLATE_NOOP("cues", "slider curl"),
    "assisted-nordic": QT_TRANSLATE_NOOP("cues", "assisted nordic"),
    "romanian-deadlift": QT_TRANSLATE_NOOP("cues", "romanian deadlift"),
    "single-leg-rdl": QT_TRANSLATE_NOOP("cues", "single-leg deadlift"),
    "nordic-curl": QT_TRANSLATE_NOOP("cues", "nordic curl"),
    "split-squat": QT_TRANSLATE_NOOP("cues", "split squat"),
    "kettlebell-swing": QT_TRANSLATE_NOOP("cues", "kettlebell swing"),
    "a-skip": QT_TRANSLATE_NOOP("cues", "a-skips"),
    "pogo-hop": QT_TRANSLATE_NOOP("cues", "pogo hops"),
    "single-leg-hop": QT_TRANSLATE_NOOP("cues", "single-leg hops"),
    "bounding": QT_TRANSLATE_NOOP("cues", "bounding"),
    "walk-run": QT_TRANSLATE_NOOP("cues", "walk-run"),
}
PHRASES: tuple[str, ...] = WORDS + NUMBERS + tuple(dict.fromkeys(EXERCISE_NAMES.values()))


def clip_name(phrase: str) -> str:
    """File stem of the recorded clip for a phrase: 'switch sides' -> 'switch_sides'."""
    return phrase.replace(" ", "_")
