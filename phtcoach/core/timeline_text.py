"""The timeline as a terminal table, for `phtcoach timeline` and for reading a plan by eye.

Presentation only, and in the command line's plain English: kept apart from the compiler
so the schedule's rules are not interleaved with column widths.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phtcoach.core.timeline_phases import Cue, to_ms

if TYPE_CHECKING:
    from phtcoach.core.timeline import Timeline


def format_clock(seconds: float) -> str:
    """mm:ss (with tenths when not whole), for offsets and lengths in the table."""
    ms = to_ms(seconds)
    m, rem = divmod(ms, 60_000)
    s, frac = divmod(rem, 1000)
    text = f"{m:02d}:{s:02d}"
    return f"{text}.{frac // 100}" if frac else text


def format_text(timeline: Timeline) -> str:
    """A terminal table of the session: when, what, which set/rep/side, the load, and what
    is heard."""
    by_phase: dict[int, list[Cue]] = {}
    for c in timeline.cues:
        by_phase.setdefault(c.phase_index, []).append(c)
    lines = [
        f"{timeline.template_id}: {timeline.template_name}",
        f"total {format_clock(timeline.total_s)} · {len(timeline.phases)} phases · "
        f"{len(timeline.cues)} cues · affected side {timeline.affected_side.value}",
        "",
        f"{'START':>8}  {'LENGTH':>7}  {'PHASE':<13} {'EXERCISE':<36} {'SET':>5} {'REP':>5}"
        f"  {'SIDE':<5}  {'LOAD':>7}  CUES",
    ]
    for i, p in enumerate(timeline.phases):
        set_txt = f"{p.set}/{p.sets_total}" if p.set is not None else "-"
        rep_txt = f"{p.rep}/{p.reps_total}" if p.rep is not None else "-"
        load_txt = f"{p.load_kg:g} kg" if p.load_kg > 0 else "-"
        lines.append(
            f"{format_clock(p.start_s):>8}  {p.duration_s:>5g} s  {p.kind.value:<13} "
            f"{_clip(p.exercise_name, 36):<36} {set_txt:>5} {rep_txt:>5}  {p.side.value:<5}  "
            f"{load_txt:>7}  {_cue_words(by_phase.get(i, []))}"
        )
    lines.append(f"{format_clock(timeline.total_s):>8}  end")
    return "\n".join(lines)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _cue_words(cues: list[Cue]) -> str:
    """Spoken words as they are, silent cues as [sound]; runs of the same token as 'x N'."""
    tokens = [c.say if c.say is not None else f"[{c.sound.value}]" for c in cues]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j] == tokens[i]:
            j += 1
        out.append(tokens[i] if j - i == 1 else f"{tokens[i]} x{j - i}")
        i = j
    return ", ".join(out)
