"""The cue vocabulary shared by the timeline compiler and the audio layer.

The timeline only ever emits sounds from `SOUNDS` and words from `PHRASES`; the audio
layer ships one clip per entry (`assets/sounds/<sound>.wav`, `assets/sounds/voice/<clip>.wav`)
and a test checks that every entry has its file.
"""

from __future__ import annotations

from enum import StrEnum


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
    "get ready",
    "hold",
    "up",
    "lower",
    "up on two legs",  # the raise of a single-leg eccentric: both feet on the step
    "lower on one",  # ...and its slow lowering on the working leg alone
    "pause",
    "rest",
    "switch sides",
    "left side",
    "right side",
    "work",
    "walk",
    "run",
    "next exercise",
    "last set",
    "last rep",
    "set done",
    "session complete",
    "paused",
    "resume",
)
NUMBERS: tuple[str, ...] = tuple(str(n) for n in range(1, 61))

# What the voice calls each built-in exercise (by slug) before its first set: short enough
# to say inside a 5 s lead-in and still hear the countdown (every clip lasts under 1.2 s).
# A user's own exercise has no recorded name: its lead-in says "get ready".
EXERCISE_NAMES: dict[str, str] = {
    "bridge-hold": "two-leg bridge",
    "fesl-bridge-hold": "single-leg bridge",
    "prone-knee-flexion-hold": "knee curl hold",
    "straight-leg-pull-down": "pull-down",
    "fesl-bridge-eccentric": "eccentric bridge",
    "fesl-bridge-tempo": "tempo bridge",
    "hip-thrust": "hip thrust",
    "prone-leg-curl": "leg curl",
    "slider-curl": "slider curl",
    "assisted-nordic": "assisted nordic",
    "romanian-deadlift": "romanian deadlift",
    "single-leg-rdl": "single-leg deadlift",
    "nordic-curl": "nordic curl",
    "split-squat": "split squat",
    "kettlebell-swing": "kettlebell swing",
    "a-skip": "a-skips",
    "pogo-hop": "pogo hops",
    "single-leg-hop": "single-leg hops",
    "bounding": "bounding",
    "walk-run": "walk-run",
}
PHRASES: tuple[str, ...] = WORDS + NUMBERS + tuple(dict.fromkeys(EXERCISE_NAMES.values()))


def clip_name(phrase: str) -> str:
    """File stem of the recorded clip for a phrase: 'switch sides' -> 'switch_sides'."""
    return phrase.replace(" ", "_")
