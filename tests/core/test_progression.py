"""core.progression: every rule of PROTOCOL.md on hand-made histories."""

from __future__ import annotations

import json
from datetime import UTC, date, timedelta

import pytest

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import (
    Activity,
    ActivityKind,
    Measure,
    MeasureKind,
    MorningTest,
    PainEntry,
    PainSlot,
    RedFlag,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Settings,
    Side,
)
from phtcoach.core.progression import (
    Advice,
    Finding,
    History,
    Level,
    PainAction,
    Step,
    StepKind,
    _day_words,
    advise,
    set_pain_action,
)
from tests.records import at

LADDER = ("iso-5x5", "iso-5x15", "eccentric-10s", "eccentric-10s-loaded", "hsr-5-5")
TODAY = date(2026, 3, 18)  # a Wednesday
S = Settings()


def day(n: int) -> date:
    return TODAY + timedelta(days=n)


def morning(n: int, score: int, hh: int = 7, flags: frozenset[RedFlag] = frozenset()) -> PainEntry:
    d = day(n)
    return PainEntry(d, PainSlot.MORNING, at(d, hh), score, MorningTest.SL_BRIDGE_3, score, flags)


def mornings(first: int, last: int, score: int) -> list[PainEntry]:
    return [morning(n, score) for n in range(first, last + 1)]


class Log:
    """Builds sessions with one set each, numbered from 1."""

    def __init__(self) -> None:
        self.sessions: list[SessionRecord] = []
        self.sets: list[SetRecord] = []

    def add(
        self, n: int, template: str = "iso-5x5", pain: int | None = 1, hh: int = 18
    ) -> SessionRecord:
        sid = len(self.sessions) + 1
        start = at(day(n), hh)
        s = SessionRecord(
            template,
            start,
            Side.LEFT,
            SessionStatus.COMPLETED,
            start + timedelta(minutes=10),
            id=sid,
        )
        self.sessions.append(s)
        self.sets.append(
            SetRecord(
                sid,
                "fesl-bridge-hold",
                0,
                1,
                Side.LEFT,
                5,
                5,
                start + timedelta(seconds=30),
                start + timedelta(seconds=60),
                (5.0,) * 5,
                "",
                0.0,
                pain,
            )
        )
        return s

    def history(self, entries: list[PainEntry], **more: object) -> History:
        return History(self.sessions, self.sets, entries, **more)  # type: ignore[arg-type]


def run(h: History, current: str = "iso-5x5", settings: Settings = S, **kw: object) -> Advice:
    return advise(TODAY, h, settings, current, LADDER, tz=UTC, **kw)  # type: ignore[arg-type]


def kind(a: Advice) -> StepKind | None:
    return None if a.next_step is None else a.next_step.kind


def rules(a: Advice) -> dict[str, Finding]:
    return {f.rule: f for f in a.findings}


def steady(current: str = "iso-5x5", days: range = range(-6, 0)) -> Log:
    """Sessions on the given days, all pain 1: with mornings of 2 they are all cleared."""
    log = Log()
    for n in days:
        log.add(n, current)
    return log


# --------------------------------------------------------------------------- rule 1


@pytest.mark.parametrize(
    ("pain", "action", "level", "text"),
    [
        (0, PainAction.CONTINUE, Level.GREEN, "Pain 0/10 is in the green zone (0-2): carry on."),
        (2, PainAction.CONTINUE, Level.GREEN, "Pain 2/10 is in the green zone"),
        (3, PainAction.CONTINUE, Level.AMBER, "Pain 3/10 is acceptable (your ceiling is 3/10)"),
        (4, PainAction.NEXT_SET_EASIER, Level.AMBER, "above your ceiling of 3/10: finish this set"),
        (5, PainAction.NEXT_SET_EASIER, Level.AMBER, "Pain 5/10 is above your ceiling of 3/10"),
        (6, PainAction.STOP_SET, Level.RED, "Pain 6/10 is above 5/10: stop this set"),
        (10, PainAction.STOP_SET, Level.RED, "end the session or step down"),
    ],
)
def test_set_pain_action(pain: int, action: PainAction, level: Level, text: str) -> None:
    r = set_pain_action(pain, S)
    assert (r.action, r.level) == (action, level)
    assert text in r.message


def test_set_pain_action_follows_the_ceiling_setting() -> None:
    five = Settings(acceptable_ceiling=5)
    assert set_pain_action(5, five).action is PainAction.CONTINUE
    assert set_pain_action(4, Settings(acceptable_ceiling=4)).action is PainAction.CONTINUE
    assert set_pain_action(6, five).action is PainAction.STOP_SET
    with pytest.raises(ValidationError, match=r"set\.pain_during.*0 to 10"):
        set_pain_action(11, S)


# --------------------------------------------------------------------------- edge cases


def test_new_user_no_baseline_yet() -> None:
    a = run(History())
    f = rules(a)
    assert a.level is Level.PENDING
    assert set(f) == {"morning-missing", "baseline-missing", "rule-4-step-up"}
    assert f["baseline-missing"].values == {"morning_tests": 0, "needed": 3, "minimum": 3}
    assert a.next_step == Step(
        StepKind.HOLD, "iso-5x5", "Stay on iso-5x5: no session of iso-5x5 in the last 7 days yet."
    )
    assert a.headline.startswith("Waiting for this morning's test")


def test_two_mornings_logged_says_one_more_needed_and_blocks_step_up() -> None:
    log = steady(days=range(-2, 0))
    a = run(log.history([morning(-2, 2), morning(-1, 2), morning(0, 2)]))
    f = rules(a)
    assert f["baseline-missing"].message == (
        "No baseline yet: 2 morning tests logged before today, 1 more needed "
        "(the baseline is the median of your last 7)."
    )
    assert "morning-missing" not in f
    assert "there was no baseline yet" in f["rule-4-step-up"].message
    assert kind(a) is StepKind.HOLD


def test_above_five_is_red_without_a_baseline() -> None:
    a = run(History(pain_entries=[morning(0, 6)]))
    assert a.level is Level.RED
    assert rules(a)["rule-2-24h"].message == (
        "Morning test 6/10 is above 5/10: hold the load for the next 2 sessions."
    )


def test_missing_mornings_are_gaps_in_the_baseline() -> None:
    # Only three mornings in two weeks: still a baseline (median 3), and today 5 is red.
    entries = [morning(-13, 2), morning(-8, 3), morning(-3, 4), morning(0, 5)]
    a = run(History(pain_entries=entries))
    f = rules(a)["rule-2-24h"]
    assert f.values["baseline"] == 3.0
    assert f.message == (
        "Morning test 5/10 is 2 above your 7-day baseline of 3/10: hold the load for the next "
        "2 sessions."
    )


def test_two_entries_in_a_morning_the_first_counts() -> None:
    entries = [*mornings(-7, -1, 3), morning(0, 5, hh=7), morning(0, 2, hh=9)]
    assert run(History(pain_entries=entries)).level is Level.RED
    entries = [*mornings(-7, -1, 3), morning(0, 2, hh=7), morning(0, 5, hh=9)]
    assert run(History(pain_entries=entries)).level is Level.GREEN


# --------------------------------------------------------------------------- rule 2


def test_rule_2_red_message_and_hold() -> None:
    log = steady()
    a = run(log.history([*mornings(-7, -1, 3), morning(0, 5)]), dosage_summary={"iso-5x5": "x"})
    f = rules(a)["rule-2-24h"]
    assert (a.level, f.level) == (Level.RED, Level.RED)
    assert a.headline == (
        "Morning test 5/10 is 2 above your 7-day baseline of 3/10: hold the load for the next "
        "2 sessions."
    )
    assert f.values == {
        "morning": 5,
        "baseline": 3.0,
        "delta": 2.0,
        "verdict": "red",
        "sessions_answered": 1,
        "hold_sessions": 2,
    }
    assert a.next_step is not None
    assert (a.next_step.kind, a.next_step.template_id) == (StepKind.HOLD, "iso-5x5")
    assert "rule-4-step-up" not in rules(a)  # no step up while holding


def test_rule_2_one_above_is_amber_not_cleared_at_or_below_is_green() -> None:
    log = steady()
    a = run(log.history([*mornings(-7, -1, 3), morning(0, 4)]))
    assert (a.level, rules(a)["rule-2-24h"].values["verdict"]) == (Level.AMBER, "ok")
    a = run(log.history([*mornings(-7, -1, 3), morning(0, 3)]))
    f = rules(a)["rule-2-24h"]
    assert (a.level, f.level) == (Level.GREEN, Level.GREEN)
    assert f.message == (
        "Morning test 3/10 is at or below your 7-day baseline of 3/10: yesterday's session "
        "(iso-5x5) is cleared."
    )


def test_hold_lasts_for_the_next_sessions_then_lifts() -> None:
    entries = [*mornings(-9, -3, 2), morning(-2, 4), morning(-1, 2), morning(0, 2)]
    log = Log()
    log.add(-3)
    a = run(log.history(entries))  # red on day -2, no session since
    hold = rules(a)["rule-2-hold"]
    assert (a.level, hold.values["held"], hold.values["remaining"]) == (Level.AMBER, 0, 2)
    assert hold.message == (
        f"Red morning test on {day(-2):%A} (4/10, baseline 2/10): 0 of 2 held sessions "
        "done, hold the load for the next 2 sessions."
    )
    log.add(-2)
    assert rules(run(log.history(entries)))["rule-2-hold"].values["remaining"] == 1
    log.add(-1)
    a = run(log.history(entries))
    assert "rule-2-hold" not in rules(a)
    # The 3-session setting keeps holding.
    three = run(log.history(entries), settings=Settings(hold_sessions_after_red=3))
    assert rules(three)["rule-2-hold"].values["remaining"] == 1


def test_red_yesterday_without_a_morning_today_stays_red() -> None:
    entries = [*mornings(-8, -2, 2), morning(-1, 5)]
    a = run(History(pain_entries=entries))
    assert (a.level, rules(a)["rule-2-24h"].values["red_date"]) == (Level.RED, day(-1).isoformat())


def test_red_above_five_steps_back_one_rung() -> None:
    log = steady("iso-5x15")
    h = log.history([*mornings(-7, -1, 3), morning(0, 6)])
    a = run(h, "iso-5x15", dosage_summary={"iso-5x5": "2 x 5 x 5 s hold"})
    assert a.next_step is not None
    assert (a.next_step.kind, a.next_step.template_id) == (StepKind.DOWN, "iso-5x5")
    assert rules(a)["rule-2-24h"].message == (
        "Morning test 6/10 is 3 above your 7-day baseline of 3/10: go back one step to iso-5x5 "
        "for the next 2 sessions."
    )
    # Once the plan is already on the lower rung, no second step back: hold there.
    a = run(h, "iso-5x5")
    assert kind(a) is StepKind.HOLD
    # At the bottom of the ladder there is nowhere to go back to.
    a = run(steady().history(list(h.pain_entries)))
    assert kind(a) is StepKind.HOLD


def test_second_red_after_a_held_session_steps_back() -> None:
    entries = [*mornings(-9, -3, 2), morning(-2, 4), morning(-1, 2), morning(0, 4)]
    log = Log()
    log.add(-3, "iso-5x15")
    log.add(-2, "iso-5x15")  # held after the red of day -2 ... and day 0 is red again
    a = run(log.history(entries), "iso-5x15")
    assert a.next_step is not None
    assert (a.next_step.kind, a.next_step.template_id) == (StepKind.DOWN, "iso-5x5")
    # Consecutive red mornings with no session between are one flare: hold.
    entries = [*mornings(-9, -3, 2), morning(-2, 4), morning(-1, 4)]
    log = Log()
    log.add(-3, "iso-5x15")
    a = run(log.history(entries), "iso-5x15")
    assert kind(a) is StepKind.HOLD


def test_pending_session_is_reported_and_blocks_step_up() -> None:
    log = steady()
    log.add(0)  # today at 18:00: its next morning is tomorrow
    a = run(log.history(mornings(-10, 0, 2)))
    f = rules(a)
    assert f["rule-2-pending"].values == {"pending": 1, "latest_date": TODAY.isoformat()}
    assert "is still waiting for its 24-hour check" in f["rule-4-step-up"].message
    assert kind(a) is StepKind.HOLD
    # Asked before today's session (now = 08:00), nothing is pending and the step is up.
    before = run(steady().history(mornings(-10, 0, 2)), now=at(TODAY, 8))
    assert kind(before) is StepKind.UP


# --------------------------------------------------------------------------- rule 3


def test_weekly_rise_freezes_progression() -> None:
    # Last week (Mon 9 - Sun 15 March) mean 2; this week Mon-Wed 3, 3, 3 -> +1.
    entries = [*mornings(-9, -3, 2), *mornings(-2, 0, 3)]
    a = run(steady().history(entries))
    f = rules(a)["rule-3-weekly"]
    assert (a.level, f.level) == (Level.AMBER, Level.AMBER)
    assert f.values == {
        "this_mean": 3.0,
        "last_mean": 2.0,
        "delta": 1.0,
        "this_count": 3,
        "last_count": 7,
    }
    assert f.message.startswith(
        "This week's mean morning test 3/10 is 1 above last week's 2/10: freeze progression"
    )
    assert kind(a) is StepKind.HOLD
    assert "rule-4-step-up" not in rules(a)


def test_weekly_rise_needs_three_mornings_and_a_full_point() -> None:
    entries = [*mornings(-9, -3, 2), *mornings(-1, 0, 3)]  # only 2 this week
    assert "rule-3-weekly" not in rules(run(History(pain_entries=entries)))
    entries = [*mornings(-9, -3, 2), morning(-2, 3), morning(-1, 3), morning(0, 2)]  # +0.67
    assert "rule-3-weekly" not in rules(run(History(pain_entries=entries)))


# --------------------------------------------------------------------------- rule 4


def test_step_up_when_every_session_was_cleared() -> None:
    log = steady()
    a = run(log.history(mornings(-10, 0, 2)), dosage_summary={"iso-5x15": "2 x 5 x 15 s hold"})
    assert a.level is Level.GREEN
    reason = (
        "Step up to iso-5x15 (2 x 5 x 15 s hold): all 6 sessions of iso-5x5 in the last 7 days "
        "were green or amber and cleared the next morning."
    )
    assert a.next_step == Step(StepKind.UP, "iso-5x15", reason)
    assert a.headline == reason
    assert rules(a)["rule-4-step-up"].level is Level.GREEN


def test_step_up_counts_only_the_current_dosage_of_the_last_seven_days() -> None:
    log = Log()
    log.add(-9, pain=7)  # older than 7 days: does not count
    log.add(-3, "iso-5x15", pain=7)  # another dosage: does not count
    log.add(-2)
    a = run(log.history(mornings(-10, 0, 2)))
    assert a.next_step is not None
    assert a.next_step.kind is StepKind.UP
    assert "the only session of iso-5x5 in the last 7 days was green or amber" in a.next_step.reason


@pytest.mark.parametrize(
    ("change", "blocker"),
    [
        ("pain", "reached pain 4/10, above your ceiling of 3/10"),
        ("ok-morning", "was 3/10, above the baseline of 2/10"),
        ("missed-morning", "no morning test followed"),
        ("no-ratings", "has no pain ratings"),
    ],
)
def test_step_up_blocked(change: str, blocker: str) -> None:
    log = Log()
    scores = dict.fromkeys(range(-10, 1), 2)
    for n in range(-6, 0):
        pain = 4 if change == "pain" and n == -3 else (None if change == "no-ratings" else 1)
        log.add(n, pain=pain)
    if change == "ok-morning":
        scores[-2] = 3  # the morning after day -3's session
    if change == "missed-morning":
        del scores[-2]
    a = run(log.history([morning(n, v) for n, v in scores.items()]))
    f = rules(a)["rule-4-step-up"]
    assert f.level is Level.INFO
    assert blocker in f.message
    assert kind(a) is StepKind.HOLD
    assert a.next_step is not None
    assert blocker in a.next_step.reason


def test_pain_after_the_session_counts_too() -> None:
    log = steady()
    s = log.sessions[2]
    log.sessions[2] = SessionRecord(
        s.template_id, s.started_at, s.affected_side, s.status, s.ended_at, 4, id=s.id
    )
    a = run(log.history(mornings(-10, 0, 2)))
    assert kind(a) is StepKind.HOLD
    assert a.next_step is not None
    assert "reached pain 4/10" in a.next_step.reason


def test_rule_1_echo_for_the_last_session() -> None:
    log = steady()
    log.add(0, pain=4, hh=6)
    f = rules(run(log.history(mornings(-10, 0, 2))))["rule-1-set-pain"]
    assert f.level is Level.AMBER
    assert "reached 4/10, above your ceiling of 3/10" in f.message


# --------------------------------------------------------------------------- rule 5


def _stage_history(bridge_left: float | None) -> History:
    log = steady("iso-5x15", range(-6, 0))
    measures = []
    if bridge_left is not None:
        measures.append(Measure(day(-1), MeasureKind.BRIDGE_REPS_LEFT, bridge_left, at(day(-1), 9)))
    return log.history(mornings(-14, 0, 2), measures=measures)


def test_stage_advance_proposed_when_exit_criteria_are_met() -> None:
    a = run(_stage_history(12), "iso-5x15")
    f = rules(a)["rule-5-stage"]
    assert a.next_step is not None
    assert (a.next_step.kind, a.next_step.template_id) == (StepKind.STAGE, "eccentric-10s")
    assert f.level is Level.GREEN
    assert f.values == {
        "stage": 1,
        "green_days": 14,
        "green_days_needed": 7,
        "mornings_le_3_for_7_days": "met",
        "exercise_pain_le_3": "met",
        "ten_single_leg_bridges": "met",
    }
    assert f.message.startswith("You can move to stage 2 with eccentric-10s, if you agree.")
    assert f.message.splitlines()[1:] == [
        "• Morning tests 7 of the last 7 days logged, highest 2/10, needs all 7 <= 3/10 and "
        "stable - met",
        "• Exercise pain highest 1/10 this week, needs <= 3/10 - met",
        "• Single-leg bridges on the affected (left) side 12 (yesterday), needs >= 10 - met",
        "• Green days 14 of the last 14, needs 7 - met",
    ]


def test_stage_advance_lists_unknown_criteria_and_refuses_unmet_ones() -> None:
    a = run(_stage_history(None), "iso-5x15")
    f = rules(a)["rule-5-stage"]
    assert kind(a) is StepKind.STAGE
    assert f.values["ten_single_leg_bridges"] == "unknown"
    assert (
        "• Single-leg bridges on the affected (left) side not measured yet, needs >= 10 - "
        "check yourself"
    ) in f.message.splitlines()
    a = run(_stage_history(8), "iso-5x15")
    f = rules(a)["rule-5-stage"]
    assert (f.level, f.values["ten_single_leg_bridges"]) == (Level.INFO, "not met")
    assert kind(a) is StepKind.HOLD


def test_stage_advance_needs_seven_green_days() -> None:
    # Days -14..-7 at 4/10 (above the ceiling: not green), -6..0 at 2/10 but day -3 not
    # logged: 6 green days. No session on day -4, so no session misses its morning.
    log = Log()
    for n in (-6, -5, -3, -2, -1):
        log.add(n, "iso-5x15")
    scores = {**dict.fromkeys(range(-14, -6), 4), **dict.fromkeys(range(-6, 1), 2)}
    del scores[-3]
    bridges = [Measure(day(-1), MeasureKind.BRIDGE_REPS_LEFT, 12, at(day(-1), 9))]
    h = log.history([morning(n, v) for n, v in scores.items()], measures=bridges)
    a = run(h, "iso-5x15")
    f = rules(a)["rule-5-stage"]
    assert (f.values["green_days"], f.values["mornings_le_3_for_7_days"]) == (6, "unknown")
    assert f.level is Level.INFO
    assert f.message.startswith("Not ready for stage 2 with eccentric-10s yet.")
    assert f.message.splitlines()[-1] == "• Green days 6 of the last 14, needs 7 - not yet"
    assert kind(a) is StepKind.HOLD
    scores[-7] = 2
    h = log.history([morning(n, v) for n, v in scores.items()], measures=bridges)
    a = run(h, "iso-5x15")
    assert rules(a)["rule-5-stage"].values["green_days"] == 7
    assert kind(a) is StepKind.STAGE


# --------------------------------------------------------------------------- rule 6


def test_red_flag_in_the_last_seven_days_stops_everything() -> None:
    flagged = morning(-6, 2, flags=frozenset({RedFlag.NERVE_SYMPTOMS}))
    entries = [*mornings(-13, -7, 2), flagged, *mornings(-5, 0, 2)]
    a = run(steady().history(entries))
    assert a.level is Level.RED
    assert a.next_step is None
    assert a.red_flags == ("Tingling, numbness, weakness or pain radiating down the leg",)
    assert a.headline == (
        "Red flag logged: stop the programme and see a clinician before training again."
    )
    assert a.findings[0].rule == "rule-6-red-flags"
    # Eight days ago it no longer counts (the log keeps it, the advice moves on).
    entries = [*mornings(-13, -8, 2), morning(-7, 2, flags=flagged.red_flags), *mornings(-6, 0, 2)]
    assert run(steady().history(entries)).red_flags == ()


def test_future_records_are_ignored() -> None:
    entries = [*mornings(-7, 0, 2), morning(1, 9, flags=frozenset({RedFlag.POP_OR_BRUISING}))]
    log = steady()
    log.add(1, pain=9)
    a = run(log.history(entries))
    assert (a.level, a.red_flags) == (Level.GREEN, ())


# --------------------------------------------------------------------------- load-spike guard


def _runs(recent: float) -> History:
    acts = [
        Activity(day(-27), ActivityKind.WALK, 20, at(day(-27), 12)),
        Activity(day(-20), ActivityKind.RUN, 100, at(day(-20), 12)),
        Activity(day(-5), ActivityKind.RUN, recent, at(day(-5), 12)),
    ]
    return History(pain_entries=mornings(-7, 0, 2), activities=acts)


def test_spike_guard_boundary_30_is_fine_31_warns() -> None:
    calm = rules(run(_runs(130)))["load-spike-run"]
    assert calm.level is Level.INFO
    assert calm.message == "2-week running change +30 % (100 -> 130 min, warn above 30 %)."
    a = run(_runs(131))
    f = rules(a)["load-spike-run"]
    assert (a.level, f.level) == (Level.AMBER, Level.AMBER)
    assert f.message == (
        "2-week running change +31 % (100 -> 131 min), more than 30 %: keep 2-week "
        "rises to 10-20 % (from 100 min that is 110-120 min)."
    )
    assert f.values == {
        "recent_min": 131.0,
        "previous_min": 100.0,
        "change_pct": 31.0,
        "limit_pct": 30,
    }
    # All activity minutes: (20 + 100) -> 131 is +9 %: shown, but no warning for those.
    assert rules(a)["load-spike-all"].message == (
        "2-week activity change +9 % (120 -> 131 min, warn above 30 %)."
    )
    assert rules(a)["load-spike-all"].level is Level.INFO
    # The threshold is a setting.
    f = rules(run(_runs(131), settings=Settings(spike_warn_pct=40)))["load-spike-run"]
    assert (f.level, f.values["limit_pct"]) == (Level.INFO, 40)


def test_acwr_is_information_only() -> None:
    a = run(_runs(130))
    f = rules(a)["acwr"]
    assert f.level is Level.INFO
    # 130 min in the last 7 days vs (20 + 100 + 130) / 4 a week over 28 days.
    assert f.values == {"ratio": 2.08, "acute_min": 130.0, "chronic_weekly_min": 62.5}
    assert f.message == (
        "130 min of activity in the last 7 days vs 62 a week on average "
        "(acute:chronic 2.08, information only)."
    )
    assert a.level is Level.GREEN


# --------------------------------------------------------------------------- json


def test_to_json_dict_shape() -> None:
    log = steady()
    a = run(log.history([*mornings(-7, -1, 3), morning(0, 5)]))
    doc = a.to_json_dict()
    assert set(doc) == {"date", "level", "findings", "next_step"}
    assert (doc["date"], doc["level"]) == (TODAY.isoformat(), "red")
    assert doc["next_step"] == {
        "kind": "hold",
        "template": "iso-5x5",
        "reason": "Hold iso-5x5 for the next 2 sessions after today's red morning test.",
    }
    findings = doc["findings"]
    assert isinstance(findings, list)
    assert all(set(f) == {"rule", "level", "message", "values"} for f in findings)
    assert findings[0]["rule"] == "rule-2-24h"
    assert json.loads(json.dumps(doc)) == doc
    flagged = run(History(pain_entries=[morning(0, 2, flags=frozenset({RedFlag.POP_OR_BRUISING}))]))
    assert flagged.to_json_dict()["next_step"] is None


def test_findings_are_ordered_most_severe_first() -> None:
    log = steady()
    a = run(log.history([*mornings(-7, -1, 3), morning(0, 5)], activities=_runs(131).activities))
    ranks = [f.level.rank for f in a.findings]
    assert ranks == sorted(ranks, reverse=True)


# --------------------------------------------------------------------------- review fixes


def test_no_morning_test_with_yesterdays_session_pending_is_not_green() -> None:
    log = steady(days=range(-6, 0))
    a = run(log.history(mornings(-8, -1, 2)), now=at(TODAY, 6))
    f = rules(a)
    assert a.level is Level.PENDING
    assert a.to_json_dict()["level"] == "pending"
    assert f["morning-missing"].level is Level.PENDING
    assert a.headline == f["morning-missing"].message
    assert "yesterday's session (iso-5x5)" in f["rule-2-pending"].message
    # Logging the morning test decides the day.
    assert run(log.history(mornings(-8, 0, 2))).level is Level.GREEN
    # An amber or red finding still wins over waiting.
    assert run(log.history([*mornings(-8, -2, 2), morning(-1, 5)])).level is Level.RED


def test_messages_use_template_names_and_friendly_dates() -> None:
    log = steady()
    names = {"iso-5x5": "Isometric bridge", "iso-5x15": "Long isometric bridge"}
    a = run(
        log.history([*mornings(-14, -1, 3), morning(0, 3)]),
        dosage_summary={"iso-5x15": "5 x 15 s hold"},
        names=names,
    )
    f = rules(a)["rule-2-24h"]
    assert f.message.endswith("yesterday's session (Isometric bridge) is cleared.")
    assert a.next_step is not None
    assert a.next_step.reason.startswith("Step up to Long isometric bridge (5 x 15 s hold): ")
    assert "iso-5x" not in " ".join(x.message for x in a.findings)
    assert f.values["sessions_answered"] == 1


@pytest.mark.parametrize(
    ("ago", "words"), [(0, "today"), (1, "yesterday"), (4, "Saturday"), (7, "11 Mar")]
)
def test_day_words(ago: int, words: str) -> None:
    assert TODAY.strftime("%A") == "Wednesday"
    assert _day_words(TODAY - timedelta(days=ago), TODAY) == words
    assert _day_words(date(2025, 11, 20), TODAY) == "20 Nov 2025"
