"""Timeline compiler: exact seconds for the seed ladder, cue rules, and properties over
random valid dosages (the strategies here are shared with the serialize and engine tests)."""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phtcoach.core.cues import PHRASES, Sound
from phtcoach.core.errors import ValidationError
from phtcoach.core.model import (
    Block,
    Dosage,
    Exercise,
    ExerciseKind,
    Side,
    SidesMode,
    Template,
)
from phtcoach.core.programme import Programme, load_builtin
from phtcoach.core.timeline import (
    PHASE_SAYS,
    REST_KINDS,
    SINGLE_LEG_ECCENTRIC_SAYS,
    SWITCH_SIDES_S,
    WORK_KINDS,
    Cue,
    PhaseKind,
    Timeline,
    compile_timeline,
    format_clock,
    format_text,
)

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "protocols"


@pytest.fixture(scope="module")
def programme() -> Programme:
    return load_builtin(ASSETS)


# --------------------------------------------------------------------------- strategies

# Whole and half seconds (the real data) plus some millisecond values to stress rounding.
_secs = st.one_of(
    st.integers(1, 40).map(lambda n: n / 2),
    st.integers(1, 20_000).map(lambda n: n / 1000),
)
_pause = st.one_of(st.just(0.0), _secs)
_rest = st.one_of(st.just(0.0), st.integers(1, 30).map(float), _secs)


@st.composite
def exercises(draw: st.DrawFn, kind: ExerciseKind | None = None, n: int = 0) -> Exercise:
    k = kind or draw(st.sampled_from(list(ExerciseKind)))
    return Exercise(
        slug=f"ex-{n}-{k.value}",
        name=draw(
            st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != "" and "\x00" not in s)
        ),
        kind=k,
        single_leg=draw(st.booleans()),
        lower_first=draw(st.booleans()),
        instructions=draw(st.text(max_size=40)),
        stage=draw(st.none() | st.integers(1, 4)),
    )


@st.composite
def dosages(draw: st.DrawFn, kind: ExerciseKind) -> Dosage:
    f: dict[str, float] = {}
    if kind is ExerciseKind.ISOMETRIC:
        f["hold_s"] = draw(_secs)
    elif kind in (ExerciseKind.TEMPO, ExerciseKind.ECCENTRIC):
        f |= {
            "up_s": draw(_secs),
            "down_s": draw(_secs),
            "top_pause_s": draw(_pause),
            "bottom_pause_s": draw(_pause),
        }
    elif kind is ExerciseKind.TIMED:
        f["work_s"] = draw(_secs)
    else:
        f |= {"walk_s": draw(_secs), "run_s": draw(_secs)}
    return Dosage(
        kind=kind,
        sets=draw(st.integers(1, 3)),
        reps=draw(st.integers(1, 4)),
        rest_between_reps_s=draw(_rest),
        rest_between_sets_s=draw(_rest),
        load_kg=draw(st.sampled_from([0.0, 2.5, 10.0])),
        sides=draw(st.sampled_from(list(SidesMode))),
        **f,
    )


@st.composite
def blocks(draw: st.DrawFn, n: int = 0) -> Block:
    ex = draw(exercises(n=n))
    return Block(
        exercise=ex,
        dosage=draw(dosages(ex.kind)),
        rest_after_s=draw(_rest),
        note=draw(st.text(max_size=10)),
    )


@st.composite
def templates(draw: st.DrawFn, max_blocks: int = 3) -> Template:
    count = draw(st.integers(1, max_blocks))
    return Template(
        id=draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,12}", fullmatch=True)),
        name=draw(
            st.text(min_size=1, max_size=30).filter(lambda s: s.strip() != "" and "\x00" not in s)
        ),
        blocks=tuple(draw(blocks(n=i)) for i in range(count)),
        stage=draw(st.none() | st.integers(1, 4)),
        description=draw(st.text(max_size=50)),
        ladder_step=draw(st.none() | st.integers(1, 20)),
    )


compile_args = st.fixed_dictionaries(
    {
        "affected_side": st.sampled_from([Side.LEFT, Side.RIGHT]),
        "affected_first": st.booleans(),
        "lead_in_s": st.sampled_from([0.0, 3.0, 5.0, 10.0, 2.5]),
    }
)


def ms(x: float) -> int:
    return round(x * 1000)


# --------------------------------------------------------------------------- built-ins


def test_every_builtin_template_compiles_for_both_sides(programme: Programme) -> None:
    assert len(programme.templates) >= 12
    for t in programme.templates.values():
        for side in (Side.LEFT, Side.RIGHT):
            tl = compile_timeline(t, affected_side=side)
            assert tl.phases[0].kind is PhaseKind.LEAD_IN
            assert tl.total_s == tl.phases[-1].end_s > 0
            _check_invariants(tl)


def _expected_iso(hold: float, rest: float, set_rest: float) -> list[tuple[float, float, str]]:
    out = [(0.0, 5.0, "lead_in")]
    t = 5.0
    for s in range(1, 3):
        for r in range(1, 6):
            out.append((t, hold, "hold"))
            t += hold
            if r < 5:
                out.append((t, rest, "rest"))
                t += rest
        if s < 2:
            out.append((t, set_rest, "set_rest"))
            t += set_rest
    return out


def test_iso_5x5_phases_exact(programme: Programme) -> None:
    tl = compile_timeline(programme.template("iso-5x5"), affected_side=Side.LEFT)
    got = [(p.start_s, p.duration_s, p.kind.value) for p in tl.phases]
    assert got == _expected_iso(5.0, 5.0, 60.0)
    holds = [p for p in tl.phases if p.kind is PhaseKind.HOLD]
    assert len(holds) == 10
    assert all(p.duration_s == 5.0 and p.side is Side.LEFT for p in holds)
    assert [(p.set, p.rep) for p in holds] == [(s, r) for s in (1, 2) for r in range(1, 6)]
    assert tl.phases[10].kind is PhaseKind.SET_REST
    assert tl.phases[10].start_s == 50.0
    assert tl.phases[11].start_s == 110.0
    assert tl.total_s == 155.0


def test_iso_5x15_phases_exact(programme: Programme) -> None:
    tl = compile_timeline(programme.template("iso-5x15"), affected_side=Side.RIGHT)
    got = [(p.start_s, p.duration_s, p.kind.value) for p in tl.phases]
    assert got == _expected_iso(15.0, 15.0, 90.0)
    assert tl.total_s == 365.0
    assert {p.side for p in tl.phases} == {Side.RIGHT}


@pytest.mark.parametrize(("tid", "load"), [("eccentric-10s", 0.0), ("eccentric-10s-loaded", 5.0)])
def test_eccentric_ladder_steps_exact(programme: Programme, tid: str, load: float) -> None:
    tl = compile_timeline(programme.template(tid), affected_side=Side.LEFT)
    rep = [("up", 2.0), ("top_pause", 1.0), ("down", 10.0), ("bottom_pause", 2.0)]
    expected = [(0.0, 5.0, "lead_in")]
    t = 5.0
    for s in range(1, 4):
        for _r in range(1, 9):
            for kind, d in rep:
                expected.append((t, d, kind))
                t += d
        if s < 3:
            expected.append((t, 120.0, "set_rest"))
            t += 120.0
    assert [(p.start_s, p.duration_s, p.kind.value) for p in tl.phases] == expected
    assert tl.total_s == 605.0
    downs = [p for p in tl.phases if p.kind is PhaseKind.DOWN]
    assert len(downs) == 24
    assert all(p.duration_s == 10.0 for p in downs)
    assert tl.blocks[0].load_kg == load
    assert tl.blocks[0].tempo == "2-1-10-2"


def test_hsr_5_5_exact(programme: Programme) -> None:
    tl = compile_timeline(programme.template("hsr-5-5"), affected_side=Side.RIGHT)
    work = [p for p in tl.phases if p.kind in WORK_KINDS]
    assert [p.kind.value for p in work] == ["up", "down"] * 24
    assert all(p.duration_s == 5.0 for p in work)
    assert [p.start_s for p in work[:4]] == [5.0, 10.0, 15.0, 20.0]
    rests = [p for p in tl.phases if p.kind is PhaseKind.SET_REST]
    assert [(p.start_s, p.duration_s) for p in rests] == [(85.0, 150.0), (315.0, 150.0)]
    assert tl.total_s == 545.0
    assert tl.blocks[0].load_kg == 5.0


def test_iso_5x5_cues_exact(programme: Programme) -> None:
    tl = compile_timeline(programme.template("iso-5x5"), affected_side=Side.LEFT)
    first = [(c.at_s, c.sound.value, c.say) for c in tl.cues[:14]]
    assert first == [
        (0.0, "phase", "single-leg bridge"),  # the exercise's name, then the countdown
        (2.0, "countdown", "3"),
        (3.0, "countdown", "2"),
        (4.0, "countdown", "1"),
        (5.0, "start", "hold"),
        (6.0, "tick", None),
        (7.0, "countdown", "3"),
        (8.0, "countdown", "2"),
        (9.0, "countdown", "1"),
        (10.0, "rest", "rest"),
        (12.0, "countdown", "3"),
        (13.0, "countdown", "2"),
        (14.0, "countdown", "1"),
        (15.0, "start", "hold"),
    ]
    by_at = {c.at_s: c for c in tl.cues}
    assert (by_at[50.0].sound, by_at[50.0].say) == (Sound.SET_END, "rest")  # set 1 ends
    assert (by_at[107.0].sound, by_at[107.0].say) == (Sound.COUNTDOWN, "3")
    assert (by_at[110.0].sound, by_at[110.0].say) == (Sound.START, "hold")
    # Announced ahead: 1 s into the 5 s rest before the last hold, 2 s before the countdown
    # of the rest before the last set.
    assert (by_at[41.0].sound, by_at[41.0].say) == (Sound.PHASE, "last rep")
    assert (by_at[105.0].sound, by_at[105.0].say) == (Sound.PHASE, "last set")
    last = tl.cues[-1]
    assert (last.at_s, last.sound, last.say) == (155.0, Sound.SESSION_END, "session complete")
    assert len(tl.cues) == 94


def test_eccentric_cues_count_the_lowering(programme: Programme) -> None:
    tl = compile_timeline(programme.template("eccentric-10s"), affected_side=Side.LEFT)
    rep1 = [(c.at_s, c.sound.value, c.say) for c in tl.cues if 5.0 <= c.at_s < 20.0]
    assert rep1 == [
        (5.0, "start", "up on two legs"),
        (6.0, "tick", "2"),
        (7.0, "phase", "pause"),
        (8.0, "phase", "lower on one"),
        *[(8.0 + k, "tick", str(k + 1)) for k in range(1, 10)],
        (18.0, "phase", "pause"),
        (19.0, "tick", "2"),
    ]


def test_long_hold_calls_out_every_ten_seconds(programme: Programme) -> None:
    tl = compile_timeline(programme.template("iso-5x45"), affected_side=Side.LEFT)
    hold = [c for c in tl.cues if 5.0 <= c.at_s < 50.0]
    spoken = [(c.at_s - 5.0, c.say) for c in hold if c.say is not None]
    assert spoken == [
        (0.0, "hold"),
        (5.0, "40"),
        (15.0, "30"),
        (25.0, "20"),
        (35.0, "10"),
        (42.0, "3"),
        (43.0, "2"),
        (44.0, "1"),
    ]
    ticks = [c for c in hold if c.sound is Sound.TICK]
    assert [c.at_s for c in ticks] == [5.0 + k for k in range(1, 42)]


def test_lower_first_exercises_start_with_down(programme: Programme) -> None:
    tl = compile_timeline(programme.template("nordic-3x6"), affected_side=Side.LEFT)
    rep = [p.kind.value for p in tl.phases if p.set == 1 and p.rep == 1]
    assert rep == ["down", "up", "top_pause"]
    assert tl.cues[4].say == "lower"


def test_each_side_runs_all_sets_then_switches(programme: Programme) -> None:
    t = programme.template("sl-rdl-3x8")
    for first, order in ((True, [Side.RIGHT, Side.LEFT]), (False, [Side.LEFT, Side.RIGHT])):
        tl = compile_timeline(t, affected_side=Side.RIGHT, affected_first=first)
        sides = [p.side for p in tl.phases if p.kind in WORK_KINDS]
        assert sides == [order[0]] * 48 + [order[1]] * 48
        switch = [p for p in tl.phases if p.kind is PhaseKind.SWITCH_SIDES]
        assert len(switch) == 1
        assert switch[0].duration_s == SWITCH_SIDES_S
        assert switch[0].side is order[1]
        cue = next(c for c in tl.cues if c.at_s == switch[0].start_s)
        assert (cue.sound, cue.say) == (Sound.SET_END, "switch sides")


def test_interval_and_timed_kinds(programme: Programme) -> None:
    tl = compile_timeline(programme.template("walk-run-1"), affected_side=Side.LEFT)
    kinds = [p.kind.value for p in tl.phases[1:]]
    assert kinds == ["walk", "run"] * 6
    assert [p.duration_s for p in tl.phases[1:3]] == [120.0, 180.0]
    assert tl.total_s == 5.0 + 6 * 300.0
    says = [c.say for c in tl.cues if c.sound in (Sound.START, Sound.PHASE)]
    assert says[:3] == ["walk-run", "walk", "run"]
    plyo = compile_timeline(programme.template("plyo-1"), affected_side=Side.LEFT)
    assert {p.kind for p in plyo.phases} >= {PhaseKind.WORK, PhaseKind.EXERCISE_REST}


def test_zero_rests_and_lead_in_are_left_out() -> None:
    ex = Exercise("plank", "Plank", ExerciseKind.ISOMETRIC)
    d = Dosage(ExerciseKind.ISOMETRIC, sets=2, reps=2, hold_s=3, rest_between_sets_s=0)
    t = Template("t", "T", (Block(ex, d, rest_after_s=0),))
    tl = compile_timeline(t, affected_side=Side.LEFT, lead_in_s=0)
    assert [(p.start_s, p.kind.value, p.set, p.rep) for p in tl.phases] == [
        (0.0, "hold", 1, 1),
        (3.0, "hold", 1, 2),
        (6.0, "hold", 2, 1),
        (9.0, "hold", 2, 2),
    ]
    # No rest between the sets: the next rep's start cue wins over the set-end tone.
    c6 = next(c for c in tl.cues if c.at_s == 6.0)
    assert (c6.sound, c6.say) == (Sound.START, "hold")
    assert tl.cues[0].at_s == 0.0
    assert tl.cues[0].sound is Sound.START


def test_bad_arguments_are_validation_errors(programme: Programme) -> None:
    t = programme.template("iso-5x5")
    with pytest.raises(ValidationError, match="affected_side"):
        compile_timeline(t, affected_side=Side.BOTH)
    with pytest.raises(ValidationError, match="lead_in_s"):
        compile_timeline(t, affected_side=Side.LEFT, lead_in_s=-1)
    with pytest.raises(ValidationError, match="affected_side"):
        compile_timeline(t, affected_side="middle")  # type: ignore[arg-type]


def test_json_shape_is_the_contract(programme: Programme) -> None:
    tl = compile_timeline(programme.template("iso-5x5"), affected_side=Side.LEFT)
    d = json.loads(json.dumps(tl.to_json_dict()))
    assert set(d) == {"template", "total_s", "phases", "cues"}
    assert d["template"] == "iso-5x5"
    assert d["total_s"] == 155.0
    assert set(d["phases"][0]) == {
        "start_s",
        "duration_s",
        "kind",
        "exercise",
        "set",
        "rep",
        "side",
    }
    assert d["phases"][1] == {
        "start_s": 5.0,
        "duration_s": 5.0,
        "kind": "hold",
        "exercise": "fesl-bridge-hold",
        "set": 1,
        "rep": 1,
        "side": "left",
    }
    assert d["cues"][0] == {"at_s": 0.0, "sound": "phase", "say": "single-leg bridge"}
    assert all(set(c) == {"at_s", "sound", "say"} for c in d["cues"])
    assert d["cues"][5] == {"at_s": 6.0, "sound": "tick", "say": None}


def test_format_text_table(programme: Programme) -> None:
    tl = compile_timeline(programme.template("iso-5x5"), affected_side=Side.LEFT)
    text = format_text(tl)
    lines = text.splitlines()
    assert lines[0] == "iso-5x5: Bridge holds 5 x 5 s, 2 sets"
    assert "total 02:35" in lines[1]
    row = next(line for line in lines if line.lstrip().startswith("00:05"))
    assert "hold" in row
    assert "1/2" in row
    assert "1/5" in row
    assert "left" in row
    assert "hold, [tick], 3, 2, 1" in row
    assert lines[-1].split() == ["02:35", "end"]
    assert format_clock(62.5) == "01:02.5"
    assert format_clock(3600) == "60:00"


def test_phase_at(programme: Programme) -> None:
    tl = compile_timeline(programme.template("iso-5x5"), affected_side=Side.LEFT)
    assert tl.phase_at(0.0) == 0
    assert tl.phase_at(4.999) == 0
    assert tl.phase_at(5.0) == 1
    assert tl.phase_at(1000.0) == len(tl.phases) - 1


# --------------------------------------------------------------------------- words and load


def test_eccentric_ladder_steps_differ_by_their_load(programme: Programme) -> None:
    plain, loaded = (
        compile_timeline(programme.template(tid), affected_side=Side.LEFT).to_json_dict()
        for tid in ("eccentric-10s", "eccentric-10s-loaded")
    )
    assert plain["phases"] != loaded["phases"]
    assert all("load_kg" not in p for p in plain["phases"])
    assert {p["load_kg"] for p in loaded["phases"]} == {5.0}
    strip = [{k: v for k, v in p.items() if k != "load_kg"} for p in loaded["phases"]]
    assert strip == plain["phases"]  # the load is the only difference, as the ladder says
    text = format_text(
        compile_timeline(programme.template("eccentric-10s-loaded"), affected_side=Side.LEFT)
    )
    assert "LOAD" in text.splitlines()[3]
    assert "5 kg" in text.splitlines()[5]


def test_eccentric_cues_name_the_movement_and_what_comes(programme: Programme) -> None:
    tl = compile_timeline(programme.template("eccentric-10s"), affected_side=Side.LEFT)
    said = [c["say"] for c in tl.to_json_dict()["cues"]]
    for word in ("eccentric bridge", "up on two legs", "lower on one", "last rep", "last set"):
        assert word in said, word
    assert said[0] == "eccentric bridge"  # the exercise's name opens the lead-in
    reps = programme.template("eccentric-10s").blocks[0].dosage.reps
    sets = programme.template("eccentric-10s").blocks[0].dosage.sets
    assert said.count("last rep") == sets
    assert said.count("last set") == 1
    # No rest between reps: "last rep" replaces the last count of the rep before it.
    pause = next(
        i for i, p in enumerate(tl.phases) if p.kind is PhaseKind.BOTTOM_PAUSE and p.rep == reps - 1
    )
    in_pause = [
        (c.at_s - tl.phases[pause].start_s, c.say) for c in tl.cues if c.phase_index == pause
    ]
    assert in_pause == [(0.0, "pause"), (1.0, "last rep")]


def test_exercise_names_and_switching_sides_are_said(programme: Programme) -> None:
    tl = compile_timeline(programme.template("sl-rdl-3x8"), affected_side=Side.LEFT)
    said = [c.say for c in tl.cues]
    assert said[0] == "single-leg deadlift"
    assert "switch sides" in said
    assert said.count("last set") == 2  # once on each side
    circuit = compile_timeline(programme.template("iso-circuit"), affected_side=Side.LEFT)
    rests = [i for i, p in enumerate(circuit.phases) if p.kind is PhaseKind.EXERCISE_REST]
    named = [[c.say for c in circuit.cues if c.phase_index == i] for i in rests]
    assert [n[1] for n in named] == ["knee curl hold", "pull-down"]  # "rest", the name, 3 2 1


def test_announcements_need_room_and_an_own_exercise_gets_get_ready() -> None:
    ex = Exercise("my-plank", "My plank", ExerciseKind.ISOMETRIC)
    short = Dosage(ExerciseKind.ISOMETRIC, sets=2, reps=3, hold_s=5, rest_between_reps_s=4)
    tl = compile_timeline(Template("t", "T", (Block(ex, short),)), affected_side=Side.LEFT)
    said = [c.say for c in tl.cues]
    assert said[0] == "get ready"  # no recorded name for a user's own exercise
    assert "last rep" not in said  # a 4 s rest has no clear second before its "3"
    assert "last set" in said  # the 60 s set rest has room
    roomy = replace(short, rest_between_reps_s=5.0)
    tl = compile_timeline(Template("t", "T", (Block(ex, roomy),)), affected_side=Side.LEFT)
    assert [c.say for c in tl.cues].count("last rep") == 2
    single = replace(short, sets=1, reps=1)
    tl = compile_timeline(Template("t", "T", (Block(ex, single),)), affected_side=Side.LEFT)
    assert not {"last rep", "last set"} & {c.say for c in tl.cues}


def test_shapes_change_sets_and_reps_per_side(programme: Programme) -> None:
    t = programme.template("sl-rdl-3x8")
    tl = compile_timeline(t, affected_side=Side.LEFT, shapes={0: ((8, 8, 8), (8, 7))})
    right = [p for p in tl.phases if p.side is Side.RIGHT and p.kind in WORK_KINDS]
    assert {(p.set, p.sets_total, p.reps_total) for p in right} == {(1, 2, 8), (2, 2, 7)}
    assert max(p.rep or 0 for p in right if p.set == 2) == 7
    left = [p for p in tl.phases if p.side is Side.LEFT and p.kind in WORK_KINDS]
    assert {p.sets_total for p in left} == {3}
    _check_invariants(tl)
    with pytest.raises(ValidationError, match="shapes"):
        compile_timeline(t, affected_side=Side.LEFT, shapes={0: ((8, 8, 8),)})  # 1 side of 2
    with pytest.raises(ValidationError, match="shapes"):
        compile_timeline(t, affected_side=Side.LEFT, shapes={0: ((8, 0), (8,))})


# --------------------------------------------------------------------------- properties


def _check_invariants(tl: Timeline) -> None:
    phases = tl.phases
    assert phases[0].start_s == 0.0
    for a, b in itertools.pairwise(phases):
        assert a.end_s == b.start_s  # contiguous, exactly, in the ms grid
        assert math.isclose(a.start_s + a.duration_s, b.start_s, abs_tol=1e-9)
    assert all(p.duration_s > 0 for p in phases)
    assert tl.total_s == phases[-1].end_s
    assert ms(tl.total_s) == sum(ms(p.duration_s) for p in phases)
    assert math.isclose(tl.total_s, sum(p.duration_s for p in phases), abs_tol=1e-6)
    assert phases[-1].kind in WORK_KINDS  # no rest after the very last rep
    ats = [c.at_s for c in tl.cues]
    assert ats == sorted(ats)
    assert len(set(ats)) == len(ats)  # exactly one cue per instant
    assert all(0.0 <= a <= tl.total_s for a in ats)
    assert all(c.say is None or c.say in PHRASES for c in tl.cues)
    assert all(isinstance(c.sound, Sound) for c in tl.cues)
    by_at: dict[float, Cue] = {c.at_s: c for c in tl.cues}
    for i, p in enumerate(phases):
        c = by_at.get(p.start_s)
        assert c is not None, f"phase {i} ({p.kind}) starts without a cue"
        assert c.phase_index == i
        if p.kind in WORK_KINDS:
            assert c.sound in (Sound.START, Sound.PHASE)
            assert c.say == p.spoken
            assert c.say in (PHASE_SAYS[p.kind], SINGLE_LEG_ECCENTRIC_SAYS.get(p.kind))
    end = tl.cues[-1]
    assert (end.at_s, end.sound, end.say) == (tl.total_s, Sound.SESSION_END, "session complete")
    assert sum(c.sound is Sound.SESSION_END for c in tl.cues) == 1


@settings(max_examples=150, deadline=None)
@given(templates(), compile_args)
def test_random_templates_satisfy_the_invariants(t: Template, kw: dict[str, object]) -> None:
    tl = compile_timeline(t, **kw)  # type: ignore[arg-type]
    _check_invariants(tl)
    affected = kw["affected_side"]
    # Every planned rep is there, per side, and every set ends exactly once.
    sets_seen = set()
    for b_i, b in enumerate(t.blocks):
        d = b.dosage
        sides = 1 if not (b.exercise.single_leg and d.sides is SidesMode.EACH) else 2
        first_work = {
            (p.side, p.set, p.rep)
            for p in tl.phases
            if p.block_index == b_i and p.kind in WORK_KINDS
        }
        assert len(first_work) == sides * d.sets * d.reps
        blk_sides = {s for s, _, _ in first_work}
        if not b.exercise.single_leg:
            assert blk_sides == {Side.BOTH}
        elif sides == 1:
            assert blk_sides == {affected}
        else:
            assert blk_sides == {Side.LEFT, Side.RIGHT}
            works = [p.side for p in tl.phases if p.block_index == b_i and p.kind in WORK_KINDS]
            assert works[0] is (affected if kw["affected_first"] else affected.other)  # type: ignore[attr-defined]
        sets_seen |= {(b_i, s, n) for s, n, _ in first_work}
    assert sum(tl.ends_set(i) for i in range(len(tl.phases))) == len(sets_seen)
    rests = [p for p in tl.phases if p.kind in REST_KINDS]
    assert all(p.duration_s > 0 for p in rests)
