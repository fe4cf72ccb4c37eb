"""The cue rules: what is heard in each phase of a timeline, and when.

The runner cannot ask the user to look at the screen mid-hold, so these rules are the
whole contract of what is heard. The compiler applies them to every phase up front, and
the engine again when +-10 s changes a phase's length, so they live in one place.

Cue rules (one cue per instant; where several rules fall on the same instant they merge
into one cue: the sound of the highest-ranked rule, and the say of the highest-ranked rule
that has one; see `SOUND_RANK` and the `_SAY_*` ranks):
- every phase starts with a cue: "start" for the first work phase of a rep, "phase" for a
  later one inside the rep (top pause, down, run...) and for lead-in / switch sides,
  "rest" for rests; the spoken word is the phase's ("hold", "up", "lower", "rest", ...),
  naming the movement where up and down differ ("up on two legs", "lower on one" for a
  single-leg eccentric); the lead-in says the first exercise's name instead of "get
  ready" when it has a recorded one (`cues.EXERCISE_NAMES`);
- what comes next is announced ahead, in the phase just before it: the exercise's name
  in the rest before its first set, "last set" in the rest before the last set of a side,
  "last rep" before the last rep of a set (in the rest between reps, or at the last
  counted second of the previous rep when reps follow each other without a rest). In a
  phase that counts down, the announcement comes 2 s before the countdown (at least 1 s
  after the phase's start, and only when that leaves a clear second before the "3");
- tempo and eccentric phases tick every whole second and count aloud "2", "3", ... (the
  phase word stands for "1"), so a 10 s lowering is paced by voice;
- holds tick silently every second and say the seconds left at each multiple of 10;
- holds, timed work, walk/run, rests, switch sides and the lead-in count down their last
  3 seconds aloud ("3", "2", "1"; no ticks inside that window);
- the end of each set is a "set_end" (merged with the rest that follows: sound set_end,
  word "rest"), the end of the session a "session_end" with "session complete".
A set that runs straight into the next rep with no rest keeps the "start" cue of that rep
(the work cue outranks the set-end tone).
"""

from __future__ import annotations

from collections.abc import Sequence

from phtcoach.core.cues import EXERCISE_NAMES, Sound
from phtcoach.core.model import Side
from phtcoach.core.timeline_phases import (
    COUNTDOWN_KINDS,
    REST_KINDS,
    TEMPO_KINDS,
    WORK_KINDS,
    Cue,
    Phase,
    PhaseKind,
)

COUNTDOWN_S = 3  # the last 3 seconds are counted aloud
HOLD_CALLOUT_EVERY_S = 10  # holds say the seconds left at each multiple of this
MAX_SPOKEN_NUMBER = 60  # recorded number clips go "1".."60"

# Lower rank wins when cues coincide.
SOUND_RANK: dict[Sound, int] = {
    Sound.SESSION_END: 0,
    Sound.START: 1,
    Sound.SET_END: 2,
    Sound.PHASE: 3,
    Sound.REST: 4,
    Sound.COUNTDOWN: 5,
    Sound.TICK: 6,
}
_SAY_SESSION, _SAY_PHASE, _SAY_SET_END, _SAY_AHEAD, _SAY_COUNTDOWN, _SAY_TICK = range(6)
AHEAD_OF_COUNTDOWN_S = 2  # an announcement comes this long before a phase's countdown


def _set_key(p: Phase) -> tuple[int, Side, int | None] | None:
    """Phases that make up a set (its reps and the rests between them) share this key."""
    if p.kind in WORK_KINDS or p.kind is PhaseKind.REST:
        return (p.block_index, p.side, p.set)
    return None


def ends_set(phases: Sequence[Phase], index: int) -> bool:
    """Whether phase `index` is the last work phase of its set."""
    p = phases[index]
    if p.kind not in WORK_KINDS:
        return False
    if index + 1 >= len(phases):
        return True
    return _set_key(phases[index + 1]) != _set_key(p)


def _starts_rep(phases: Sequence[Phase], index: int) -> bool:
    p = phases[index]
    if index == 0:
        return True
    q = phases[index - 1]
    return not (q.kind in WORK_KINDS and _set_key(q) == _set_key(p) and q.rep == p.rep)


def phase_cues(phases: Sequence[Phase], index: int, duration_ms: int) -> list[Cue]:
    """The cues of phase `index` if it lasts `duration_ms`, offsets in [0, duration).

    The last phase also carries the session-end cue at its end. The engine calls this
    again when +-10 s changes a phase's length, so the countdown follows the new end.
    """
    p = phases[index]
    kind = p.kind
    cands: list[tuple[int, Sound, int, str | None, int]] = []  # off, sound, rank, say, rank

    if kind in WORK_KINDS:
        sound = Sound.START if _starts_rep(phases, index) else Sound.PHASE
    elif kind in REST_KINDS:
        sound = Sound.REST
    else:
        sound = Sound.PHASE
    say_first = p.spoken
    if kind is PhaseKind.LEAD_IN:
        say_first = EXERCISE_NAMES.get(p.exercise, say_first)
    cands.append((0, sound, SOUND_RANK[sound], say_first, _SAY_PHASE))
    if index > 0 and ends_set(phases, index - 1):
        cands.append((0, Sound.SET_END, SOUND_RANK[Sound.SET_END], "set done", _SAY_SET_END))

    countdown = kind in COUNTDOWN_KINDS
    if countdown:
        for k in range(1, COUNTDOWN_S + 1):
            off = duration_ms - 1000 * k
            if off >= 0:
                cands.append(
                    (off, Sound.COUNTDOWN, SOUND_RANK[Sound.COUNTDOWN], str(k), _SAY_COUNTDOWN)
                )
    if kind in TEMPO_KINDS or kind is PhaseKind.HOLD:
        limit = duration_ms - 1000 * COUNTDOWN_S if countdown else duration_ms
        k = 1
        while 1000 * k < limit:
            off = 1000 * k
            say: str | None = None
            if kind in TEMPO_KINDS:
                say = _number(k + 1)
            else:
                left = duration_ms - off
                if left % (1000 * HOLD_CALLOUT_EVERY_S) == 0:
                    say = _number(left // 1000)
            cands.append((off, Sound.TICK, SOUND_RANK[Sound.TICK], say, _SAY_TICK))
            k += 1
    ahead = _announcement(phases, index)
    at = _ahead_offset(kind, duration_ms) if ahead is not None else None
    if at is not None:
        tone = Sound.TICK if kind in TEMPO_KINDS or kind is PhaseKind.HOLD else Sound.PHASE
        cands.append((at, tone, SOUND_RANK[tone], ahead, _SAY_AHEAD))
    if index == len(phases) - 1:
        cands.append((duration_ms, Sound.SESSION_END, 0, "session complete", _SAY_SESSION))
    return _merge(cands, p.start_ms, index)


def _announcement(phases: Sequence[Phase], index: int) -> str | None:
    """What phase `index` announces of the rep starting right after it, if anything."""
    if index + 1 >= len(phases):
        return None
    p, q = phases[index], phases[index + 1]
    if q.kind not in WORK_KINDS or not _starts_rep(phases, index + 1):
        return None
    if p.kind is PhaseKind.EXERCISE_REST:
        return EXERCISE_NAMES.get(q.exercise)
    if p.kind is PhaseKind.SET_REST:
        return "last set" if q.rep == 1 and q.set == q.sets_total > 1 else None
    same_set = _set_key(p) == _set_key(q)
    if same_set and q.rep == q.reps_total > 1:
        return "last rep"
    return None


def _ahead_offset(kind: PhaseKind, duration_ms: int) -> int | None:
    """Where in a phase of `duration_ms` an announcement goes (None: no room)."""
    if kind in TEMPO_KINDS:
        last_tick = (duration_ms - 1) // 1000 * 1000  # the last counted second inside it
        return last_tick if last_tick >= 1000 else None
    at = max(1000, duration_ms - 1000 * (COUNTDOWN_S + AHEAD_OF_COUNTDOWN_S))
    return at if at <= duration_ms - 1000 * (COUNTDOWN_S + 1) else None


def _number(n: int) -> str | None:
    return str(n) if 1 <= n <= MAX_SPOKEN_NUMBER else None


def _merge(
    cands: list[tuple[int, Sound, int, str | None, int]], start_ms: int, index: int
) -> list[Cue]:
    by_off: dict[int, list[tuple[int, Sound, int, str | None, int]]] = {}
    for c in cands:
        by_off.setdefault(c[0], []).append(c)
    out: list[Cue] = []
    for off in sorted(by_off):
        group = by_off[off]
        sound = min(group, key=lambda c: c[2])[1]
        says = [c for c in group if c[3] is not None]
        say = min(says, key=lambda c: c[4])[3] if says else None
        out.append(Cue(at_s=(start_ms + off) / 1000, sound=sound, say=say, phase_index=index))
    return out
