"""The traffic-light card: level as colour and word, rules named, red flags, step buttons."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from phtcoach.core.model import RedFlag
from phtcoach.core.progression import (
    Advice,
    Criterion,
    CriterionCheck,
    Finding,
    Level,
    Rule,
    Step,
    StepKind,
)
from phtcoach.ui.advice_card import AdviceCard
from phtcoach.ui.advice_levels import LEVEL_FILL, rule_title
from phtcoach.ui.text import finding_text
from tests.gui.diary_helpers import QT_NOISE, show

pytestmark = QT_NOISE
DAY = dt.date(2026, 3, 2)
NAMES = {"iso-5x5": "Bridge holds 5 x 5 s", "iso-5x15": "Bridge holds 5 x 15 s"}

RED_MORNING = Finding(
    Rule.MORNING_24H,
    Level.RED,
    {
        "morning": 5,
        "baseline": 2.0,
        "delta": 3.0,
        "verdict": "red",
        "baseline_days": 7,
        "hold_sessions": 2,
        "action": "hold",
        "action_template": None,
        "remaining": 2,
    },
)
SPIKE = Finding(
    Rule.SPIKE_RUN,
    Level.AMBER,
    {"recent_min": 150.0, "previous_min": 100.0, "change_pct": 50.0, "limit_pct": 30},
)
INFO = Finding(
    Rule.ACWR, Level.INFO, {"ratio": 1.2, "acute_min": 120.0, "chronic_weekly_min": 100.0}
)
HOLD_VALUES = {"red_date": DAY.isoformat(), "remaining": 2, "dosage": None}


def card(qtbot: QtBot) -> AdviceCard:
    c = AdviceCard()
    show(qtbot, c)
    return c


def advice(level: Level, findings: tuple[Finding, ...], step: Step | None, **kw: object) -> Advice:
    flags = kw.get("red_flags", ())
    assert isinstance(flags, tuple)
    return Advice(DAY, level, findings, step, flags, None if flags else findings[0].rule)


def test_level_is_shown_as_colour_and_word_with_every_rule_named(qtbot: QtBot) -> None:
    c = card(qtbot)
    hold = Step(StepKind.HOLD, "iso-5x5", Rule.HOLD, HOLD_VALUES)
    c.set_advice(
        advice(Level.RED, (RED_MORNING, SPIKE, INFO), hold), names=NAMES, current="iso-5x5"
    )
    assert c.light.fill() == LEVEL_FILL[Level.RED]
    assert c.level_label.text().startswith("Red")
    assert c.headline.text() == (
        "Morning test 5/10 is 3 above your 7-day baseline of 2/10, more than 1 above: hold the "
        "load for the next "
        "2 sessions."
    )
    assert c.headline_rule.text() == "Rule 2 (24-hour response)"
    rows = c.finding_rows()
    assert [r.finding for r in rows] == [SPIKE, INFO]  # the headline is not repeated
    assert rows[0].rule.text() == "Load-spike guard (running minutes) · amber"
    assert rows[1].rule.text() == "Acute:chronic ratio (information only) · info"
    text = c.text()
    assert "5/10" in text
    assert "baseline of 2/10" in text
    assert "100 → 150 min" in text
    # A hold is a plan, not a proposal: nothing to accept.
    assert c.step_box.isVisible()
    assert c.step_title.text() == "Plan: stay on Bridge holds 5 x 5 s"
    assert c.step_reason.text() == (
        "Hold Bridge holds 5 x 5 s for the next 2 sessions after today's red morning test."
    )
    assert not c.accept_button.isVisible()
    assert c.step() is None


def test_red_flags_come_first_with_stop_and_see_a_clinician(qtbot: QtBot) -> None:
    c = card(qtbot)
    flag = Finding(
        Rule.RED_FLAGS,
        Level.RED,
        {"flags": "pop_or_bruising", "last_logged": "2026-03-01", "entries": 1},
    )
    c.set_advice(
        advice(Level.RED, (flag,), None, red_flags=(RedFlag.POP_OR_BRUISING,)),
        names=NAMES,
        current="iso-5x5",
    )
    assert c.headline.text() == (
        "Red flag logged: stop the programme and see a clinician before training again."
    )
    assert not c.headline_rule.isVisible()
    rows = c.finding_rows()
    assert [r.finding for r in rows] == [flag]
    assert rows[0].message.text().startswith("Red flag logged yesterday (a sudden pop or")
    assert c.red_flags.isVisible()
    assert "stop and see a clinician" in c.red_flags.text()
    assert "A sudden pop or bruising" in c.red_flags.text()
    assert not c.step_box.isVisible()


def test_a_step_up_offers_accept_and_not_now_and_emits_the_step(qtbot: QtBot) -> None:
    c = card(qtbot)
    values = {
        "sessions": 2,
        "template": "iso-5x5",
        "outcome": "up",
        "next_template": "iso-5x15",
        "next_dosage": None,
    }
    up = Step(StepKind.UP, "iso-5x15", Rule.STEP_UP, {**values, "dosage": None})
    green = Finding(Rule.STEP_UP, Level.GREEN, values)
    c.set_advice(advice(Level.GREEN, (green,), up), names=NAMES, current="iso-5x5")
    assert c.headline.text().replace("\u00a0", " ") == (
        "Step up to Bridge holds 5 x 15 s: both sessions of Bridge holds 5 x 5 s in the last 7 "
        "days were green or amber and cleared the next morning."
    )
    assert c.finding_rows() == []  # the step's finding leads; its reason is not repeated
    assert not c.step_reason.isVisible()
    assert c.step_title.text() == "Proposed: step up to Bridge holds 5 x 15 s"
    assert c.accept_button.isVisible()
    assert c.not_now_button.isVisible()
    accepted: list[object] = []
    declined: list[object] = []
    c.accept_requested.connect(accepted.append)
    c.not_now_requested.connect(declined.append)
    c.accept_button.click()
    c.not_now_button.click()
    assert accepted == [up]
    assert declined == [up]


def test_a_declined_step_is_shown_without_buttons(qtbot: QtBot) -> None:
    c = card(qtbot)
    down = Step(StepKind.DOWN, "iso-5x5", Rule.HOLD, HOLD_VALUES)
    c.set_advice(
        advice(Level.RED, (RED_MORNING,), down), names=NAMES, current="iso-5x15", offer_step=False
    )
    assert c.step_title.text() == "Proposed: step back to Bridge holds 5 x 5 s"
    assert not c.accept_button.isVisible()
    assert c.step_reason.text().startswith("Go back one step to Bridge holds 5 x 5 s for")
    assert "offered again tomorrow" in c.step_reason.text()


def test_welcome_replaces_the_light_for_a_new_user(qtbot: QtBot) -> None:
    c = card(qtbot)
    c.set_welcome("Getting started", ["Log your first morning check-in.", "Then train."])
    assert c.advice() is None
    assert c.level_label.text() == "Getting started"
    assert c.finding_rows() == []
    assert "Then train." in "\n".join(
        w.text() for w in c.findings_box.findChildren(type(c.level_label))
    )


def test_every_rule_id_the_rules_can_emit_has_a_title() -> None:
    assert [r for r in Rule if rule_title(r) == r.value] == []


def test_waiting_for_the_morning_test_is_grey_not_green(qtbot: QtBot) -> None:
    c = card(qtbot)
    waiting = Finding(Rule.MORNING_MISSING, Level.PENDING, {"test": "sl_bridge_3"})
    c.set_advice(advice(Level.PENDING, (waiting, INFO), None), names=NAMES, current="iso-5x5")
    assert c.light.fill() == LEVEL_FILL[Level.PENDING] != LEVEL_FILL[Level.GREEN]
    assert c.level_label.text() == "Waiting: for this morning's test"
    assert c.headline.text() == finding_text(waiting, NAMES, DAY)
    assert "(3 short-lever single-leg bridges)" in c.headline.text()


def test_a_finding_with_one_line_per_criterion_keeps_its_line_breaks(qtbot: QtBot) -> None:
    c = card(qtbot)
    symmetry = CriterionCheck(
        "bridge_symmetry_90",
        Criterion.NOT_MET,
        {"pct": 88.0, "affected": 21.0, "other": 24.0, "needed": 90},
    )
    values = {
        "stage": 2,
        "green_days": 14,
        "green_days_needed": 7,
        "green_days_window": 14,
        "green_days_status": "met",
        "next_stage": 3,
        "next_template": None,
    }
    stage = Finding(Rule.STAGE, Level.INFO, values, criteria=(symmetry,))
    c.set_advice(advice(Level.AMBER, (SPIKE, stage), None), names=NAMES, current="iso-5x5")
    row = c.finding_rows()[0]
    assert row.message.text().replace("\u00a0", " ") == (
        "Not ready for stage 3 yet. Stage 2 exit criteria:\n"
        "• Bridge symmetry 88 % (affected 21 / other 24), needs ≥ 90 % – not yet\n"
        "• Green days 14 of the last 14, needs 7 – met"
    )
    assert row.message.textFormat() == Qt.TextFormat.PlainText
    assert row.message.text().count("\n") == 2


def test_a_number_keeps_its_unit_when_the_line_wraps(qtbot: QtBot) -> None:
    """German advice wrapped "Warnung über 30 / %).": a unit alone at a line's start."""
    c = card(qtbot)
    c.set_advice(advice(Level.RED, (RED_MORNING, SPIKE), None), names=NAMES, current="iso-5x5")
    message = c.finding_rows()[0].message.text()
    assert "\u00a0%" in message and "\u00a0min" in message
    assert " %" not in message and " min" not in message
    assert "100 → 150\u00a0min" in message


def test_level_glyphs_follow_a_live_switch_to_dark(qtbot: QtBot, qapp: QApplication) -> None:
    """The "ℹ" and "✓" glyphs kept the light theme's dark tones on the dark card."""
    from phtcoach.ui.design import DARK, LIGHT
    from phtcoach.ui.theme import AppLook

    look = AppLook.of(qapp)
    before = (look.theme, look.font_scale_pct)
    look.apply("light", 100)
    try:
        c = card(qtbot)
        c.set_advice(advice(Level.RED, (RED_MORNING, SPIKE), None), names=NAMES, current="iso-5x5")
        row = c.finding_rows()[0]  # the spike: amber
        assert LIGHT.amber.text.lower() in row.dot.styleSheet().lower()
        look.apply("dark", 100)
        assert DARK.amber.text.lower() in row.dot.styleSheet().lower()
    finally:
        look.apply(*before)
