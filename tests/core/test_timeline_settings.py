"""The user's session settings reach the timeline: extra rest, switch-sides pause, lead-in."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import Settings, Side
from phtcoach.core.programme import Programme, load_builtin
from phtcoach.core.timeline import PhaseKind, compile_for, compile_timeline

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "protocols"


@pytest.fixture(scope="module")
def programme() -> Programme:
    return load_builtin(ASSETS)


def test_extra_rest_lengthens_iso_5x5_by_each_set_and_exercise_rest(programme: Programme) -> None:
    t = programme.template("iso-5x5")
    plain = compile_timeline(t, affected_side=Side.LEFT)
    longer = compile_timeline(t, affected_side=Side.LEFT, rest_extra_s=15)
    rests = [p for p in plain.phases if p.kind in (PhaseKind.SET_REST, PhaseKind.EXERCISE_REST)]
    assert rests  # iso-5x5 has a rest between its two sets
    assert longer.total_s == plain.total_s + 15 * len(rests)
    # The short rests between reps keep the dosage's length.
    reps = [p.duration_s for p in plain.phases if p.kind is PhaseKind.REST]
    assert [p.duration_s for p in longer.phases if p.kind is PhaseKind.REST] == reps
    got = [p.duration_s for p in longer.phases if p.kind is PhaseKind.SET_REST]
    assert got == [p.duration_s + 15 for p in rests if p.kind is PhaseKind.SET_REST]


def test_extra_rest_is_added_between_exercises(programme: Programme) -> None:
    multi = next(t for t in programme.templates.values() if len(t.blocks) > 1)
    plain = compile_timeline(multi, affected_side=Side.LEFT)
    longer = compile_timeline(multi, affected_side=Side.LEFT, rest_extra_s=7)
    between = [p for p in longer.phases if p.kind is PhaseKind.EXERCISE_REST]
    assert len(between) == len(multi.blocks) - 1
    counted = sum(
        1 for p in plain.phases if p.kind in (PhaseKind.SET_REST, PhaseKind.EXERCISE_REST)
    )
    gained = longer.total_s - plain.total_s
    # A block with no rest after it gains a rest phase of 7 s; one with a rest, 7 s more.
    assert gained >= 7 * counted
    assert gained == 7 * (counted + sum(1 for b in multi.blocks[:-1] if b.rest_after_s == 0))


def test_extra_rest_out_of_range_names_the_field(programme: Programme) -> None:
    with pytest.raises(ValidationError, match=r"timeline\.rest_extra_s"):
        compile_timeline(programme.template("iso-5x5"), affected_side=Side.LEFT, rest_extra_s=-1)


def test_compile_for_reads_every_timing_setting(programme: Programme) -> None:
    single = next(
        t
        for t in programme.templates.values()
        if any(p.kind is PhaseKind.SWITCH_SIDES for p in compile_for(t, Settings()).phases)
    )
    s = replace(
        Settings(),
        affected_side=Side.RIGHT,
        affected_first=False,
        lead_in_s=9,
        switch_sides_s=25,
        rest_extra_s=12,
    )
    tl = compile_for(single, s)
    expected = compile_timeline(
        single,
        affected_side=Side.RIGHT,
        affected_first=False,
        lead_in_s=9,
        switch_sides_s=25,
        rest_extra_s=12,
    )
    assert tl == expected
    assert tl.phases[0].duration_s == 9
    assert {p.duration_s for p in tl.phases if p.kind is PhaseKind.SWITCH_SIDES} == {25}
    assert compile_for(single, s, affected_side=Side.LEFT).affected_side is Side.LEFT


def test_default_settings_compile_the_default_timeline(programme: Programme) -> None:
    for t in programme.templates.values():
        assert compile_for(t, Settings()) == compile_timeline(t, affected_side=Side.LEFT)
