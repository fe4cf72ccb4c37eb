"""Issue 15 items 1-4 on the screens: numbers rounded as people read them, plurals by
count, names instead of ids, one date format, and exercises' short names where space is
tight (the full name in the tooltip)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from phtcoach import paths
from phtcoach.core.errors import ValidationError
from phtcoach.core.model import Block, Dosage, ExerciseKind, Settings, Side, Template
from phtcoach.core.programme import load_builtin
from phtcoach.core.records import SessionRecord
from phtcoach.core.serialize import templates_file_to_dict
from phtcoach.core.steps import StepDownKind, StepTaken
from phtcoach.core.timeline import compile_for
from phtcoach.services.runs import ResumeOffer
from phtcoach.storage.repository import Store
from phtcoach.ui.programme_ladder import ladder_html
from phtcoach.ui.programme_page import ProgrammePage
from phtcoach.ui.runner_resume import ResumeDialog
from phtcoach.ui.text.steps import step_text
from phtcoach.ui.timeline_table import EXERCISE_COLUMN, TimelineTable
from phtcoach.ui.widgets.fmt import day_time_text, short_day
from tests.fakes import FakeClock
from tests.gui.diary_helpers import QT_NOISE, show
from tests.gui.state_helpers import make_state

pytestmark = QT_NOISE
PROGRAMME = load_builtin(paths.asset("protocols"))


def rdl_template() -> Template:
    rdl = PROGRAMME.exercises["romanian-deadlift"]
    dosage = Dosage(ExerciseKind.TEMPO, sets=3, reps=10, up_s=2, down_s=3)
    return Template("my-rdl", "Deadlifts, three by ten", (Block(rdl, dosage),))


# --------------------------------------------------------------------------- item 2: names


def test_the_ladder_names_the_current_session_never_its_id() -> None:
    html = ladder_html(PROGRAMME, "rdl-3x10")  # a built-in session off the seed ladder
    assert PROGRAMME.templates["rdl-3x10"].name in html
    assert "rdl-3x10" not in html
    mine = ladder_html(PROGRAMME.merged([], [rdl_template()]), "my-rdl")
    assert "Deadlifts, three by ten" in mine and "my-rdl" not in mine
    gone = ladder_html(PROGRAMME, "my-rdl")  # deleted since: says so, without the id
    assert "my-rdl" not in gone
    assert "no longer in the programme" in gone


# --------------------------------------------------------------------------- item 1


@pytest.mark.parametrize(
    ("taken", "expected"),
    [
        (StepTaken(StepDownKind.REP, 2, 1), "One rep fewer: 2 → 1 rep"),
        (StepTaken(StepDownKind.REP, 3, 2), "One rep fewer: 3 → 2 reps"),
        (StepTaken(StepDownKind.SET, 2, 1), "One set fewer: 2 → 1 set"),
        (StepTaken(StepDownKind.SET, 3, 2), "One set fewer: 3 → 2 sets"),
        (StepTaken(StepDownKind.HOLD, 8.593, 7.25), "Shorter hold: 8.6 → 7.2 s"),
    ],
)
def test_step_words_count_and_round(qtbot: QtBot, taken: StepTaken, expected: str) -> None:
    assert step_text(taken) == expected


@pytest.mark.parametrize(
    ("count", "words"), [(1, "Imported 1 template."), (2, "Imported 2 templates.")]
)
def test_the_import_message_counts_templates(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    count: int,
    words: str,
) -> None:
    page = ProgrammePage(make_state(store, clock))
    show(qtbot, page)
    rdl = rdl_template()
    templates = [Template(f"mine-{i}", f"Mine {i}", rdl.blocks) for i in range(count)]
    path = tmp_path / "t.json"
    path.write_text(json.dumps(templates_file_to_dict(templates)), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    monkeypatch.setattr("phtcoach.ui.programme_page.ask_import", lambda *_a: (False, None))
    page.import_dialog()
    assert page.message.text() == words


def test_a_whole_number_is_never_written_with_a_decimal() -> None:
    assert str(ValidationError("VISA-H total", 150.0, "0 to 100")) == (
        "VISA-H total: 150 is not allowed (0 to 100)"
    )
    assert "0.3 is not allowed" in str(ValidationError("x", 0.1 + 0.2, "y"))


def test_the_timeline_table_rounds_seconds_and_names_exercises_shortly(qtbot: QtBot) -> None:
    fesl = PROGRAMME.exercises["fesl-bridge-eccentric"]
    dosage = Dosage(ExerciseKind.ECCENTRIC, sets=1, reps=1, up_s=1, down_s=8.593)
    tl = compile_for(Template("t", "T", (Block(fesl, dosage),)), Settings())
    table = TimelineTable()
    qtbot.addWidget(table)
    table.show_timeline(tl, PROGRAMME.exercises)
    lengths = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert "8.6 s" in lengths and not any("8.593" in t for t in lengths)
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "8.6 s")
    cell = table.item(row, EXERCISE_COLUMN)
    assert cell.text() == "SL bridge, eccentric"
    assert cell.toolTip() == "Foot-elevated single-leg bridge, eccentric"
    # The runner's shouted phase words ("GET READY") read in sentence case in a table.
    phases = {table.item(r, 3).text() for r in range(table.rowCount())}
    assert "Get ready" in phases and "Lower" in phases
    assert not any(p.isupper() and len(p) > 1 for p in phases)


# --------------------------------------------------------------------------- item 3: dates


def test_the_resume_offer_writes_its_day_as_every_other_screen(qtbot: QtBot) -> None:
    started = datetime(2026, 12, 2, 18, 30, tzinfo=UTC)
    record = SessionRecord("bridge-hold", started, Side.LEFT, id=1)
    offer = ResumeOffer(record, "Bridge hold", 1, 4, 2, "Bridge hold")
    dialog = ResumeDialog(offer, None, UTC)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel).text()
    day = short_day(started.date())
    assert day == QLocale().toString(QDate(2026, 12, 2), "ddd d MMM")  # 'Wed 2 Dec'
    assert f"started {day} 18:30 " in text
    assert day_time_text(started, UTC) == f"{day} 18:30"
    assert "Wed 02 Dec" not in text
    assert text.endswith("1 set of 4 saved.")


def test_the_report_writes_its_dates_as_the_window_does(qtbot: QtBot) -> None:
    from datetime import date

    from phtcoach.core.model import Units
    from phtcoach.report.content import day, load_text
    from phtcoach.ui.widgets.fmt import day_text

    d = date(2026, 12, 2)
    assert day(d) == day_text(d) == QLocale().toString(QDate(2026, 12, 2), "ddd d MMM yyyy")
    assert "2026-12-02" not in day(d)
    assert load_text(12.3456, Units.KG) == "12.3 kg"
    assert load_text(10.0, Units.LB) == "22 lb"


def test_every_date_and_time_field_uses_the_one_format(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    """The report and export pickers showed "2026-12-02" beside "Wed 2 Dec 2026"; the check-in's
    time field used the locale's format while every time is written "18:30"."""
    from PySide6.QtWidgets import QDateEdit, QTimeEdit

    from phtcoach.ui.checkin import CheckInForm
    from phtcoach.ui.exchange_dialog import ExportDialog
    from phtcoach.ui.report_dialog import ReportDialog
    from phtcoach.ui.widgets.fmt import TIME_FORMAT, date_format

    state = make_state(store, clock)
    for dialog in (ReportDialog(state), ExportDialog(state)):
        qtbot.addWidget(dialog)
        edits = dialog.findChildren(QDateEdit)
        assert edits
        assert {e.displayFormat() for e in edits} == {date_format()}
    form = CheckInForm(state)
    qtbot.addWidget(form)
    assert {e.displayFormat() for e in form.findChildren(QTimeEdit)} == {TIME_FORMAT}
