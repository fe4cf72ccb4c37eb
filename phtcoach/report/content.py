"""What the clinician's report says, section by section, laid out on a `Flow`.

The numbers come from `ReportData` (services/report.py) and from the Progress page's own
model (charts/data.py), computed once here from the same history; the advice is worded by
ui/text, as on Today and by `phtcoach advice`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from phtcoach import APP_NAME
from phtcoach.charts.data import ProgressModel
from phtcoach.core.analysis import Verdict
from phtcoach.core.model import KG_PER_LB, SessionStatus, Units
from phtcoach.core.progression import Level
from phtcoach.report.charts import pain_chart, response_chart
from phtcoach.report.pages import Column, Flow, Paint
from phtcoach.services.report import ReportData
from phtcoach.ui.text import headline_text, morning_test_text, red_flag_text

RIGHT = Qt.AlignmentFlag.AlignRight
Draw = Callable[[ProgressModel, date, date, float, QPainter, QRectF], None]
DISCLAIMER = (
    "PHT Coach gives education and structure, not diagnosis. This report lists what its user "
    "logged and the advice the app's rules gave from it (PROTOCOL.md: Silbernagel's pain-"
    "monitoring model and the staged programme of Goom et al. 2016). It is not a medical "
    "record; please judge it with your own examination."
)


def day(d: date) -> str:
    return d.isoformat()


def load_text(kg: float, units: Units) -> str:
    if kg <= 0:
        return "bodyweight"
    if units is Units.LB:
        return f"{kg / KG_PER_LB:.1f} lb"
    return f"{kg:g} kg"


def progress_model(data: ReportData) -> ProgressModel:
    """The Progress page's series for the same history (no separate computation)."""
    h = data.history
    return ProgressModel.compute(
        pain_entries=h.pain_entries,
        activities=h.activities,
        measures=h.measures,
        sessions=h.sessions,
        sets=h.sets,
        settings=data.settings,
        tz=data.made_at.tzinfo,
        now=data.made_at,
    )


def build(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    for section in (
        cover,
        pain,
        responses,
        sessions,
        loads,
        activity,
        adherence,
        red_flags,
        advice,
        about,
    ):
        section(flow, data, model)


def cover(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    s = data.settings
    flow.heading(f"{APP_NAME}: report for a clinician", size=20, keep_pt=0)
    n = data.days
    span = f"{n // 7} weeks" if n >= 14 and n % 7 == 0 else f"{n} day{'s' * (n != 1)}"
    flow.paragraph(
        f"<p style='font-size:13pt'><b>Period: {day(data.first)} to {day(data.last)}</b> "
        f"({span})</p>"
    )
    step = (
        f"step {data.ladder_step} of {data.ladder_len} of the built-in ladder"
        if data.ladder_step is not None
        else "not on the built-in ladder"
    )
    stage = f"Stage {data.stage}" if data.stage is not None else "No stage"
    rows = [
        ["Affected side", s.affected_side.value],
        ["Current stage", stage],
        ["Current session", f"{data.template_name} ({step})"],
        ["Morning test", morning_test_text(s.morning_test)],
        ["Acceptable pain during exercise", f"up to {s.acceptable_ceiling}/10"],
        [
            "24-hour check",
            f"{s.response_window_h} h window; red when more than {s.red_margin} above the "
            f"{s.baseline_days}-day baseline or above {s.red_above}/10",
        ],
        ["Report made", data.made_at.strftime("%Y-%m-%d %H:%M")],
    ]
    flow.table([Column("Item", 1.0), Column("Value", 2.2)], rows)
    mornings = sum(w.mornings for w in data.weeks)
    red_days = sum(1 for a in data.advice if a.level is Level.RED)
    summary = [
        f"{len(data.sessions)} sessions logged",
        f"mornings logged on {mornings} of {data.days} days",
        f"{red_days} red days",
        f"{len(data.flags)} check-ins with a red flag",
        f"{len(data.checks)} clinician checks",
    ]
    flow.paragraph("<b>In this period:</b> " + escape("; ".join(summary)) + ".")
    if data.holding:
        held = "; ".join(red_flag_text(f) for f in data.holding)
        flow.paragraph(
            "<b>Red flags still holding the programme at the end of the period:</b> " + escape(held)
        )
    flow.paragraph("<i>" + escape(DISCLAIMER) + "</i>")
    flow.new_page()


def _chart(draw: Draw, flow: Flow, data: ReportData, model: ProgressModel) -> Paint:
    def paint(p: QPainter, r: QRectF) -> None:
        draw(model, data.first, data.last, flow.u, p, r)

    return paint


def pain(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading("Morning and evening pain", keep_pt=260)
    s = data.settings
    flow.chart(
        230,
        _chart(pain_chart, flow, data, model),
        f"Figure 1. Morning test ({morning_test_text(s.morning_test)}) and evening pain, "
        f"0-10, per day. The baseline is the median of the last {s.baseline_days} morning "
        f"tests (shown once {s.baseline_min_mornings} exist); a morning above the band "
        f"(baseline + {s.red_margin}) or above {s.red_above}/10 is red (rule 2). "
        "Same values as the app's Progress page.",
    )


def responses(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading("24-hour responses", keep_pt=260)
    r = model.responses
    verdicts = [v for d, v in zip(r.dates, r.verdicts, strict=True) if data.first <= d <= data.last]
    counts = {v: verdicts.count(v) for v in Verdict}
    known = sum(counts[v] for v in (Verdict.CLEARED, Verdict.OK, Verdict.RED))
    flow.chart(
        190,
        _chart(response_chart, flow, data, model),
        f"Figure 2. The next morning test minus the baseline after each session "
        f"({data.settings.response_window_h} h window). Of {len(verdicts)} sessions, "
        f"{counts[Verdict.CLEARED]} were cleared (morning at or below baseline), "
        f"{counts[Verdict.OK]} not cleared but not red, {counts[Verdict.RED]} red; "
        f"{len(verdicts) - known} had no morning test or no baseline yet.",
    )


def sessions(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading("Sessions")
    units = data.settings.units
    rows = []
    for s in data.sessions:
        name = s.template_name
        if s.status is SessionStatus.ENDED_EARLY:
            name += " (ended early)"
        rows.append(
            [
                day(s.day),
                name,
                f"{s.sets_done} / {s.sets_planned}",
                "-" if s.max_pain is None else f"{s.max_pain}/10",
                "-" if s.effort is None else f"{s.effort}/10",
                load_text(s.load_kg, units),
            ]
        )
    if not rows:
        flow.paragraph("No sessions were logged in this period.")
        return
    flow.paragraph(
        "Sets with at least one rep done / sets planned; max pain during a set and effort "
        "(RPE) as rated by the user; the heaviest load of the session."
    )
    flow.table(
        [
            Column("Date", 1.1),
            Column("Session", 3.2),
            Column("Sets", 0.8, RIGHT),
            Column("Max pain", 0.9, RIGHT),
            Column("Effort", 0.8, RIGHT),
            Column("Load", 1.1, RIGHT),
        ],
        rows,
    )


def loads(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading("Load progression per exercise")
    units = data.settings.units
    rows = []
    for slug, series in model.load.items():
        points = [
            (d, kg)
            for d, kg in zip(series.dates, series.y.tolist(), strict=True)
            if data.first <= d <= data.last and kg > 0
        ]
        if not points:
            continue
        (d0, kg0), (d1, kg1) = points[0], points[-1]
        top = max(kg for _, kg in points)
        rows.append(
            [
                data.exercise_names.get(slug, slug),
                f"{load_text(kg0, units)} ({day(d0)})",
                f"{load_text(kg1, units)} ({day(d1)})",
                load_text(top, units),
                str(len(points)),
            ]
        )
    if not rows:
        flow.paragraph("No loaded exercise was logged in this period (bodyweight only).")
        return
    flow.table(
        [
            Column("Exercise", 2.4),
            Column("First", 1.6),
            Column("Latest", 1.6),
            Column("Heaviest", 0.9, RIGHT),
            Column("Days", 0.6, RIGHT),
        ],
        rows,
    )


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def activity(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading("Activity minutes")
    sm = model.activity_minutes
    weeks: dict[date, dict[str, float]] = {}
    kinds: list[str] = []
    for i, d in enumerate(sm.dates):
        if not data.first <= d <= data.last:
            continue
        row = weeks.setdefault(_monday(d), {})
        for k in sm.kinds:
            mins = float(sm.minutes[k][i])
            if mins > 0:
                row[k.value] = row.get(k.value, 0.0) + mins
                if k.value not in kinds:
                    kinds.append(k.value)
    if not weeks:
        flow.paragraph("No activities were logged in this period.")
        return
    kinds = [k.value for k in sm.kinds if k.value in kinds]  # the Progress page's order
    rows = [
        [day(w)]
        + [f"{row[k]:.0f}" if k in row else "-" for k in kinds]
        + [f"{sum(row.values()):.0f}"]
        for w, row in sorted(weeks.items())
    ]
    cols = [Column("Week of", 1.2)]
    cols += [Column(k.capitalize(), 1.0, RIGHT) for k in kinds]
    cols.append(Column("Total", 1.0, RIGHT))
    flow.paragraph(
        "Minutes per week by kind of activity (the load-spike guard warns at a rise of more "
        f"than {data.settings.spike_warn_pct} % over two weeks)."
    )
    flow.table(cols, rows)


def adherence(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading("Adherence")
    rows = [
        [day(w.monday), str(w.days), str(w.sessions), f"{w.mornings} of {w.days}"]
        for w in data.weeks
    ]
    total_sessions = sum(w.sessions for w in data.weeks)
    per_week = total_sessions / max(data.days / 7, 1 / 7)
    flow.paragraph(
        f"{total_sessions} sessions in {data.days} days ({per_week:.1f} a week); "
        f"morning check-ins on {sum(w.mornings for w in data.weeks)} of {data.days} days."
    )
    flow.table(
        [
            Column("Week of", 1.2),
            Column("Days in period", 1.0, RIGHT),
            Column("Sessions", 1.0, RIGHT),
            Column("Mornings logged", 1.2, RIGHT),
        ],
        rows,
    )


def red_flags(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading("Red flags and clinician checks")
    rows = [
        [day(f.day), "Red flag logged", "; ".join(red_flag_text(x) for x in sorted(f.flags))]
        for f in data.flags
    ]
    rows += [[day(c.local_date), "Checked by a clinician", c.notes or "-"] for c in data.checks]
    rows.sort(key=lambda r: r[0])
    if not rows:
        flow.paragraph("No red flag and no clinician check was logged in this period.")
    else:
        flow.table([Column("Date", 1.0), Column("Event", 1.6), Column("Details", 4.0)], rows)
    if data.holding:
        held = "; ".join(red_flag_text(f) for f in data.holding)
        flow.paragraph(f"<b>Still holding at the end of the period:</b> {escape(held)}")


def advice(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading("Advice given over the period")
    rows = []
    previous: Level | None = None
    for a in data.advice:
        if a.level is previous:
            continue
        previous = a.level
        fired = [f for f in a.findings if f.level is not Level.INFO or f is a.lead]
        rules = ", ".join(dict.fromkeys(str(f.rule) for f in fired)) or "-"
        rows.append([day(a.date), a.level.value, headline_text(a, data.template_names), rules])
    flow.paragraph(
        "One line for the first day and for each day the traffic light changed: the "
        "app's headline that day and the rules (PROTOCOL.md) that fired (for-information "
        "findings left out)."
    )
    flow.table(
        [Column("Date", 1.0), Column("Level", 0.9), Column("Advice", 4.1), Column("Rules", 1.6)],
        rows,
    )


RULE_WORDS = (
    ("rule-1", "pain during a set above the acceptable ceiling: next set one step easier"),
    (
        "rule-2",
        "24-hour check: next morning test above baseline + margin or above the red "
        "limit is red; hold or go back one step for the next sessions",
    ),
    (
        "rule-3",
        "this week's mean morning test a point or more above last week's: freeze "
        "progression, one set fewer",
    ),
    (
        "rule-4",
        "step up only when every session at the current dosage in 7 days was "
        "green or amber and cleared",
    ),
    ("rule-5", "stage advance when the exit criteria are met, proposed to the user"),
    ("rule-6", "red flags: stop and see a clinician"),
    ("load-spike", "activity volume up more than the set percentage over two weeks"),
)


def about(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading("The rules named above", keep_pt=60)
    flow.table([Column("Rule", 1.0), Column("What it checks", 5.0)], [list(r) for r in RULE_WORDS])
    flow.heading("About this report", keep_pt=60)
    flow.paragraph(escape(DISCLAIMER))
