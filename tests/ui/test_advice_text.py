"""The advice in words: each rule's sentence carries the rule's numbers (PROTOCOL.md).

The histories are the core tests' (tests/core/progression_helpers.py); here the sentences
built from their results are checked, number by number.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta

import pytest

from phtcoach.core.model import MorningTest, RedFlag, Settings
from phtcoach.core.progression import (
    Advice,
    Finding,
    Level,
    PainAction,
    Rule,
    SetPainAction,
    set_pain_action,
)
from phtcoach.ui.text import (
    advice_json,
    day_words,
    finding_text,
    headline_text,
    morning_test_text,
    red_flag_text,
    set_pain_text,
    step_reason_text,
)
from tests.core.progression_helpers import (
    TODAY,
    Log,
    S,
    day,
    morning,
    mornings,
    run,
    runs,
    stage_history,
    steady,
)
from tests.records import at

NO_NAMES: dict[str, str] = {}


def said(a: Advice, rule: str, names: dict[str, str] = NO_NAMES) -> str:
    return finding_text(next(f for f in a.findings if f.rule == rule), names, a.date)


def reason(a: Advice, names: dict[str, str] = NO_NAMES) -> str:
    assert a.next_step is not None
    return step_reason_text(a.next_step, names, a.date)


# --------------------------------------------------------------------------- rule 1


@pytest.mark.parametrize(
    ("pain", "text"),
    [
        (0, "Pain 0/10 is in the green zone (0-2): carry on."),
        (2, "Pain 2/10 is in the green zone"),
        (3, "Pain 3/10 is acceptable (your ceiling is 3/10)"),
        (4, "above your ceiling of 3/10: finish this set"),
        (5, "Pain 5/10 is above your ceiling of 3/10"),
        (6, "Pain 6/10 is above 5/10: stop this set"),
        (10, "end the session or step down"),
    ],
)
def test_set_pain_text(pain: int, text: str) -> None:
    assert text in set_pain_text(set_pain_action(pain, S))


def test_set_pain_text_names_the_ceiling_it_was_judged_against() -> None:
    words = set_pain_text(SetPainAction(PainAction.CONTINUE, Level.AMBER, 4, 5))
    assert words == "Pain 4/10 is acceptable (your ceiling is 5/10): carry on."


# --------------------------------------------------------------------------- rule 2


def test_first_check_in_says_two_more_mornings() -> None:
    a = run(Log().history([morning(0, 2)]))
    assert said(a, "baseline-missing") == (
        "No baseline yet: 1 morning test logged, 2 more needed (a baseline needs 3 mornings, "
        "then is the median of your last 7)."
    )


def test_a_third_morning_today_gives_a_baseline_from_tomorrow() -> None:
    a = run(steady(days=range(-2, 0)).history(mornings(-2, 0, 2)))
    assert said(a, "baseline-missing") == (
        "No baseline yet: 3 morning tests logged, enough for a baseline from tomorrow (a "
        "baseline needs 3 mornings, then is the median of your last 7)."
    )
    assert "there was no baseline yet to check Monday's session (iso-5x5) against" in said(
        a, "rule-4-step-up"
    )


def test_red_morning_above_five_without_a_baseline() -> None:
    a = run(Log().history([morning(0, 6)]))
    assert said(a, "rule-2-24h") == (
        "Morning test 6/10 is above 5/10: hold the load for the next 2 sessions."
    )


def test_red_morning_against_the_baseline_leads_the_card() -> None:
    a = run(steady().history([*mornings(-7, -1, 3), morning(0, 5)]))
    expected = (
        "Morning test 5/10 is 2 above your 7-day baseline of 3/10, more than 1 above: hold the "
        "load for the next "
        "2 sessions."
    )
    assert said(a, "rule-2-24h") == expected
    assert headline_text(a, NO_NAMES) == expected
    assert reason(a) == "Hold iso-5x5 for the next 2 sessions after today's red morning test."


def test_cleared_morning_names_the_session_it_clears() -> None:
    a = run(steady().history([*mornings(-7, -1, 3), morning(0, 3)]))
    assert said(a, "rule-2-24h") == (
        "Morning test 3/10 is at or below your 7-day baseline of 3/10: yesterday's session "
        "(iso-5x5) is cleared."
    )


def test_amber_morning_keeps_the_load() -> None:
    a = run(steady().history([*mornings(-7, -1, 3), morning(0, 4)]))
    assert said(a, "rule-2-24h") == (
        "Morning test 4/10 is 1 above your 7-day baseline of 3/10 (red only more than 1 above): "
        "acceptable but not cleared, "
        "so keep the load where it is."
    )


def test_hold_after_a_red_morning_counts_the_held_sessions() -> None:
    entries = [*mornings(-9, -3, 2), morning(-2, 4), morning(-1, 2), morning(0, 2)]
    log = Log()
    log.add(-3)
    a = run(log.history(entries))
    assert said(a, "rule-2-hold") == (
        f"Red morning test on {day(-2):%A} (4/10, baseline 2/10): 0 of 2 held sessions "
        "done, hold the load for the next 2 sessions."
    )


def test_step_back_names_the_lower_rung_with_its_dosage() -> None:
    log = steady("iso-5x15")
    h = log.history([*mornings(-7, -1, 3), morning(0, 6)])
    a = run(h, "iso-5x15", dosage_summary={"iso-5x5": "2 x 5 x 5 s hold"})
    assert said(a, "rule-2-24h") == (
        "Morning test 6/10 is 3 above your 7-day baseline of 3/10, more than 1 above: go back "
        "one step to iso-5x5 "
        "for the next 2 sessions."
    )
    assert reason(a) == (
        "Go back one step to iso-5x5 (2 x 5 x 5 s hold) for the next 2 sessions after today's "
        "red morning test."
    )


def test_pending_names_the_latest_session() -> None:
    log = steady(days=range(-6, 0))
    a = run(log.history(mornings(-8, -1, 2)), now=at(TODAY, 6))
    assert headline_text(a, NO_NAMES) == said(a, "morning-missing")
    assert said(a, "morning-missing") == (
        "Waiting for this morning's test (3 short-lever single-leg bridges): log it before "
        "training, the 24-hour rule reads it."
    )
    assert said(a, "rule-2-pending") == (
        "1 session waiting for the 24-hour check; the latest is yesterday's session (iso-5x5). "
        "Log the next morning test."
    )


# --------------------------------------------------------------------------- rules 3 and 4


def test_weekly_rise_sentence_and_step() -> None:
    a = run(steady().history([*mornings(-9, -3, 2), *mornings(-2, 0, 3)]))
    assert said(a, "rule-3-weekly").startswith(
        "This week's mean morning test 3/10 is 1 above last week's 2/10 (the limit is 1): "
        "freeze progression"
    )
    assert reason(a) == (
        "Stay on iso-5x5 with one set fewer: this week's mornings are rising (rule 3)."
    )


def test_step_up_reason_leads_on_a_green_day() -> None:
    a = run(steady().history(mornings(-10, 0, 2)), dosage_summary={"iso-5x15": "2 x 5 x 15 s hold"})
    expected = (
        "Step up to iso-5x15 (2 x 5 x 15 s hold): all 6 sessions of iso-5x5 in the last 7 days "
        "were green or amber and cleared the next morning."
    )
    assert reason(a) == expected
    assert said(a, "rule-4-step-up") == expected
    assert headline_text(a, NO_NAMES) == expected


def test_the_only_session_is_said_so() -> None:
    log = Log()
    log.add(-2)
    a = run(log.history(mornings(-10, 0, 2)))
    assert "the only session of iso-5x5 in the last 7 days was green or amber" in reason(a)


def test_new_user_is_told_no_session_yet() -> None:
    a = run(Log().history([]))
    assert reason(a) == "Stay on iso-5x5: no session of iso-5x5 in the last 7 days yet."


@pytest.mark.parametrize(
    ("change", "blocker"),
    [
        ("pain", "reached pain 4/10, above your ceiling of 3/10"),
        ("ok-morning", "was 3/10, above the baseline of 2/10"),
        ("missed-morning", "no morning test followed"),
        ("no-ratings", "has no pain ratings"),
    ],
)
def test_step_up_blocker_is_named_in_the_finding_and_the_step(change: str, blocker: str) -> None:
    log = Log()
    scores = dict.fromkeys(range(-10, 1), 2)
    for n in range(-6, 0):
        pain = 4 if change == "pain" and n == -3 else (None if change == "no-ratings" else 1)
        log.add(n, pain=pain)
    if change == "ok-morning":
        scores[-2] = 3
    if change == "missed-morning":
        del scores[-2]
    a = run(log.history([morning(n, v) for n, v in scores.items()]))
    assert blocker in said(a, "rule-4-step-up")
    assert said(a, "rule-4-step-up").startswith("Not stepping up yet: ")
    assert blocker in reason(a)


def test_rule_1_echo_names_the_ceiling() -> None:
    log = steady()
    log.add(0, pain=4, hh=6)
    words = said(run(log.history(mornings(-10, 0, 2))), "rule-1-set-pain")
    assert words == (
        "Pain during a set of your last session (today's session (iso-5x5)) reached 4/10, "
        "above your ceiling of 3/10: start the next session one step easier."
    )


# --------------------------------------------------------------------------- rule 5


def test_stage_advance_lists_each_criterion_on_its_own_line() -> None:
    a = run(stage_history(12), "iso-5x15")
    words = said(a, "rule-5-stage")
    assert words.startswith("You can move to stage 2 with eccentric-10s, if you agree.")
    assert words.splitlines()[1:] == [
        "• Morning tests 7 of the last 7 days logged, highest 2/10, needs all 7 ≤ 3/10 and "
        "stable – met",
        "• Exercise pain highest 1/10 this week, needs ≤ 3/10 – met",
        "• Single-leg bridges on the affected (left) side 12 (yesterday, pain 2/10, next "
        "morning 2/10), needs ≥ 10 at ≤ 3/10 with no flare the next morning – met",
        "• Green days 14 of the last 14, needs 7 – met",
    ]
    # The proposed stage change leads the card.
    assert headline_text(a, NO_NAMES) == reason(a)
    assert reason(a) == (
        "Move to stage 2 with eccentric-10s: all 6 sessions of iso-5x15 in the last 7 days were "
        "green or amber and cleared the next morning and the stage 1 exit criteria shown by "
        "your data are met."
    )


def test_unknown_criteria_ask_the_user_to_check() -> None:
    words = said(run(stage_history(None), "iso-5x15"), "rule-5-stage")
    assert (
        "• Single-leg bridges on the affected (left) side not measured yet, needs ≥ 10 at "
        "≤ 3/10 with no flare the next morning – check yourself"
    ) in words.splitlines()


def test_not_ready_names_the_green_days_missing() -> None:
    log = Log()
    for n in (-6, -5, -3, -2, -1):
        log.add(n, "iso-5x15")
    scores = {**dict.fromkeys(range(-14, -6), 4), **dict.fromkeys(range(-6, 1), 2)}
    del scores[-3]
    a = run(log.history([morning(n, v) for n, v in scores.items()]), "iso-5x15")
    words = said(a, "rule-5-stage")
    assert words.startswith("Not ready for stage 2 with eccentric-10s yet.")
    assert words.splitlines()[-1] == "• Green days 6 of the last 14, needs 7 – not yet"
    assert reason(a) == "Stay on iso-5x15: not ready for stage 2 with eccentric-10s yet."


# --------------------------------------------------------------------------- rule 6 and load


def test_red_flags_lead_with_stop_and_see_a_clinician() -> None:
    flagged = morning(-6, 2, flags=frozenset({RedFlag.NERVE_SYMPTOMS}))
    a = run(steady().history([*mornings(-13, -7, 2), flagged, *mornings(-5, 0, 2)]))
    assert headline_text(a, NO_NAMES) == (
        "Red flag logged: stop the programme and see a clinician before training again."
    )
    assert said(a, "rule-6-red-flags") == (
        f"Red flag logged on {day(-6):%A} (tingling, numbness, weakness or pain radiating down "
        "the leg) and not yet checked by a clinician: stop the programme and see one before "
        "training again."
    )


def test_spike_guard_sentences() -> None:
    assert said(run(runs(130)), "load-spike-run") == (
        "2-week running change +30 % (100 → 130 min, warn above 30 %)."
    )
    a = run(runs(131))
    assert said(a, "load-spike-run") == (
        "2-week running change +31 % (100 → 131 min), more than 30 %: keep 2-week "
        "rises to 10-20 % (from 100 min that is 110-120 min)."
    )
    assert said(a, "load-spike-all") == (
        "2-week activity change +9 % (120 → 131 min, warn above 30 %)."
    )
    assert said(a, "acwr") == (
        "131 min of activity in the last 7 days vs 63 a week on average "
        "(acute:chronic 2.1, information only)."
    )


# --------------------------------------------------------------------------- names and days


def test_sentences_use_template_names_and_friendly_dates() -> None:
    log = steady()
    names = {"iso-5x5": "Isometric bridge", "iso-5x15": "Long isometric bridge"}
    a = run(
        log.history([*mornings(-14, -1, 3), morning(0, 3)]),
        dosage_summary={"iso-5x15": "5 x 15 s hold"},
    )
    assert said(a, "rule-2-24h", names).endswith(
        "yesterday's session (Isometric bridge) is cleared."
    )
    assert reason(a, names).startswith("Step up to Long isometric bridge (5 x 15 s hold): ")
    assert "iso-5x" not in " ".join(finding_text(f, names, a.date) for f in a.findings)


@pytest.mark.parametrize(
    ("ago", "words"), [(0, "today"), (1, "yesterday"), (4, "Saturday"), (7, "11 Mar")]
)
def test_day_words(ago: int, words: str) -> None:
    assert TODAY.strftime("%A") == "Wednesday"
    assert day_words(TODAY - timedelta(days=ago), TODAY) == words
    assert day_words(date(2025, 11, 20), TODAY) == "20 Nov 2025"


def test_labels_match_the_model() -> None:
    assert [red_flag_text(f) for f in RedFlag] == [f.label for f in RedFlag]
    assert [morning_test_text(t) for t in MorningTest] == [t.label for t in MorningTest]


def test_every_rule_has_a_sentence() -> None:
    for rule in Rule:
        words = finding_text(Finding(rule, Level.INFO, {}), NO_NAMES, TODAY)
        assert words and words != rule.value, rule


# --------------------------------------------------------------------------- json


def test_json_adds_the_sentences_to_the_values() -> None:
    a = run(steady().history([*mornings(-7, -1, 3), morning(0, 5)]), settings=Settings())
    doc = advice_json(a, NO_NAMES)
    assert set(doc) == {"date", "level", "findings", "next_step"}
    assert doc["next_step"] == {
        "kind": "hold",
        "template": "iso-5x5",
        "reason": "Hold iso-5x5 for the next 2 sessions after today's red morning test.",
    }
    findings = doc["findings"]
    assert isinstance(findings, list)
    assert [list(f) for f in findings] == [["rule", "level", "message", "values"]] * len(findings)
    first = findings[0]
    assert first["rule"] == "rule-2-24h"
    assert first["values"]["morning"] == 5
    assert "5/10" in first["message"]
    assert json.loads(json.dumps(doc)) == doc


def test_the_words_load_no_qt() -> None:
    code = (
        "import sys\n"
        "import phtcoach.ui.text\n"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)\n"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_a_baseline_of_few_mornings_is_called_what_it_is() -> None:
    """Until 7 mornings exist the baseline is "your baseline from N mornings"."""
    a = run(steady().history([*mornings(-3, -1, 3), morning(0, 6)]))
    text = said(a, "rule-2-24h")
    assert "your baseline from 3 mornings of 3/10" in text
    assert "7-day" not in text
    a = run(steady().history([*mornings(-7, -1, 3), morning(0, 6)]))
    assert "your 7-day baseline of 3/10" in said(a, "rule-2-24h")


def test_every_threshold_changed_from_its_default_shows_in_the_words() -> None:
    from dataclasses import replace as with_

    from phtcoach.core.model import Settings

    strict = with_(Settings(), red_margin=2, red_above=6, trend_step=2, baseline_min_mornings=4)
    h = steady().history([*mornings(-7, -1, 3), morning(0, 5)])
    a = run(h, settings=strict)
    f = next(x for x in a.findings if x.rule == "rule-2-24h")
    assert f.values["verdict"] == "ok"  # 2 above is not red with a margin of 2
    assert "red only more than 2 above" in said(a, "rule-2-24h")
    a = run(steady().history([*mornings(-7, -1, 3), morning(0, 6)]), settings=strict)
    assert said(a, "rule-2-24h").startswith("Morning test 6/10 is 3 above your 7-day baseline")
    assert "more than 2 above" in said(a, "rule-2-24h")
    few = run(steady().history([*mornings(-2, -1, 3), morning(0, 3)]), settings=strict)
    assert "1 more needed (a baseline needs 4 mornings" in said(few, "baseline-missing")


# --------------------------------------------------------------------------- typography


ASCII_SIGNS = ("->", ">=", "<=")


def test_the_words_use_real_arrows_and_comparison_signs() -> None:
    """ "→", "≥" and "≤", never the ASCII stand-ins "->", ">=", "<=" that look unfinished:
    the stage criteria, the spike guards and every step down."""
    from phtcoach.core.steps import StepDownKind, StepTaken
    from phtcoach.ui.text.steps import step_text

    stage = run(stage_history(12), "iso-5x15")
    unknown = run(stage_history(None), "iso-5x15")
    spikes = run(runs(131))
    advice = (stage, unknown, spikes)
    texts = [finding_text(f, NO_NAMES, a.date) for a in advice for f in a.findings]
    texts += [step_text(StepTaken(kind, 3, 2)) for kind in StepDownKind]
    assert any("≥" in t for t in texts) and any("≤" in t for t in texts)
    assert any("→" in t for t in texts)
    assert not [t for t in texts if any(sign in t for sign in ASCII_SIGNS)]
