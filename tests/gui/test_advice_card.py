"""The traffic-light card: level as colour and word, rules named, red flags, step buttons."""

from __future__ import annotations

import datetime as dt
import inspect
import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from phtcoach.core import progression
from phtcoach.core.progression import Advice, Finding, Level, Step, StepKind
from phtcoach.ui.advice_card import LEVEL_FILL, AdviceCard, rule_title
from tests.gui.diary_helpers import QT_NOISE, show

pytestmark = QT_NOISE
DAY = dt.date(2026, 3, 2)
NAMES = {"iso-5x5": "Bridge holds 5 x 5 s", "iso-5x15": "Bridge holds 5 x 15 s"}

RED_MORNING = Finding(
    "rule-2-24h",
    Level.RED,
    "Morning test 5/10 is 3 above your 7-day baseline of 2/10: hold the load for the next "
    "2 sessions.",
    {"morning": 5, "baseline": 2.0},
)
SPIKE = Finding(
    "load-spike-run",
    Level.AMBER,
    "Running minutes rose 50 % in 2 weeks (100 -> 150 min), more than 30 %.",
    {"change_pct": 50.0},
)
INFO = Finding("acwr", Level.INFO, "Acute:chronic ratio 1.2: information only.", {"ratio": 1.2})


def card(qtbot: QtBot) -> AdviceCard:
    c = AdviceCard()
    show(qtbot, c)
    return c


def advice(level: Level, findings: tuple[Finding, ...], step: Step | None, **kw: object) -> Advice:
    flags = kw.get("red_flags", ())
    assert isinstance(flags, tuple)
    return Advice(DAY, level, findings, step, flags, findings[0].message)


def test_level_is_shown_as_colour_and_word_with_every_rule_named(qtbot: QtBot) -> None:
    c = card(qtbot)
    hold = Step(StepKind.HOLD, "iso-5x5", "Hold iso-5x5 for the next 2 sessions.")
    c.set_advice(
        advice(Level.RED, (RED_MORNING, SPIKE, INFO), hold), names=NAMES, current="iso-5x5"
    )
    assert c.light.fill() == LEVEL_FILL[Level.RED]
    assert c.level_label.text().startswith("Red")
    assert c.headline.text() == RED_MORNING.message
    assert c.headline_rule.text() == "Rule 2 (24-hour response)"
    rows = c.finding_rows()
    assert [r.finding for r in rows] == [SPIKE, INFO]  # the headline is not repeated
    assert rows[0].rule.text() == "Load-spike guard (running minutes) · amber"
    assert rows[1].rule.text() == "Acute:chronic ratio (information only) · info"
    text = c.text()
    assert "5/10" in text
    assert "baseline of 2/10" in text
    assert "100 -> 150 min" in text
    # A hold is a plan, not a proposal: nothing to accept.
    assert c.step_box.isVisible()
    assert c.step_title.text() == "Plan: stay on Bridge holds 5 x 5 s"
    assert not c.accept_button.isVisible()
    assert c.step() is None


def test_red_flags_come_first_with_stop_and_see_a_clinician(qtbot: QtBot) -> None:
    c = card(qtbot)
    flag = Finding(
        "rule-6-red-flags", Level.RED, "Red flag logged on 2026-03-01: stop.", {"entries": 1}
    )
    c.set_advice(
        advice(Level.RED, (flag,), None, red_flags=("A sudden pop or bruising",)),
        names=NAMES,
        current="iso-5x5",
    )
    assert c.red_flags.isVisible()
    assert "stop and see a clinician" in c.red_flags.text()
    assert "A sudden pop or bruising" in c.red_flags.text()
    assert not c.step_box.isVisible()


def test_a_step_up_offers_accept_and_not_now_and_emits_the_step(qtbot: QtBot) -> None:
    c = card(qtbot)
    up = Step(StepKind.UP, "iso-5x15", "Step up to iso-5x15: both sessions were cleared.")
    green = Finding("rule-4-step-up", Level.GREEN, up.reason, {"sessions": 2})
    c.set_advice(advice(Level.GREEN, (green,), up), names=NAMES, current="iso-5x5")
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
    down = Step(StepKind.DOWN, "iso-5x5", "Go back one step to iso-5x5.")
    c.set_advice(
        advice(Level.RED, (RED_MORNING,), down), names=NAMES, current="iso-5x15", offer_step=False
    )
    assert c.step_title.text() == "Proposed: step back to Bridge holds 5 x 5 s"
    assert not c.accept_button.isVisible()
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
    source = inspect.getsource(progression)
    ids = set(re.findall(r'Finding\(\s*"([a-z0-9-]+)"', source))
    ids |= set(re.findall(r'"(rule-[0-9]-[a-z0-9-]+|load-spike-[a-z]+)"', source))
    assert {"rule-2-24h", "rule-6-red-flags", "load-spike-run"} <= ids
    assert [r for r in sorted(ids) if rule_title(r) == r] == []


def test_waiting_for_the_morning_test_is_grey_not_green(qtbot: QtBot) -> None:
    c = card(qtbot)
    waiting = Finding(
        "morning-missing",
        Level.PENDING,
        "Waiting for this morning's test (3 single-leg bridges): log it before training.",
        {"test": "sl_bridge_3"},
    )
    c.set_advice(advice(Level.PENDING, (waiting, INFO), None), names=NAMES, current="iso-5x5")
    assert c.light.fill() == LEVEL_FILL[Level.PENDING] != LEVEL_FILL[Level.GREEN]
    assert c.level_label.text() == "Waiting: for this morning's test"
    assert c.headline.text() == waiting.message


def test_a_finding_with_one_line_per_criterion_keeps_its_line_breaks(qtbot: QtBot) -> None:
    c = card(qtbot)
    stage = Finding(
        "rule-5-stage",
        Level.INFO,
        "Not ready for stage 3 yet. Stage 2 exit criteria:\n"
        "• Bridge symmetry 88 % (affected 21 / other 24), needs >= 90 % - not yet\n"
        "• Green days 14 of the last 14, needs 7 - met",
        {"stage": 2},
    )
    c.set_advice(advice(Level.AMBER, (SPIKE, stage), None), names=NAMES, current="iso-5x5")
    row = c.finding_rows()[0]
    assert row.message.text() == stage.message
    assert row.message.textFormat() == Qt.TextFormat.PlainText
    assert row.message.text().count("\n") == 2
