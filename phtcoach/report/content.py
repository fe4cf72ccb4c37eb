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
from phtcoach.charts.labels import kind_label
from phtcoach.core.analysis import Verdict
from phtcoach.core.model import KG_PER_LB, ActivityKind, SessionStatus, Units
from phtcoach.core.progression import Level
from phtcoach.core.words import figure, readable_id
from phtcoach.report.charts import pain_chart, response_chart
from phtcoach.report.pages import Column, Flow, Paint
from phtcoach.report.tolerance import tolerance
from phtcoach.report.words import DISCLAIMER, RULE_WORDS, _tr
from phtcoach.services.report import ReportData
from phtcoach.ui.text import headline_text, morning_test_text, red_flag_text
from phtcoach.ui.text.words import translate
from phtcoach.ui.widgets.fmt import day_text

RIGHT = Qt.AlignmentFlag.AlignRight
Draw = Callable[[ProgressModel, date, date, float, QPainter, QRectF], None]


def day(d: date) -> str:
    """Every date of the report as the app writes it ('Mon 2 Mar 2026', from the locale)."""
    return day_text(d)


def load_text(kg: float, units: Units) -> str:
    if kg <= 0:
        return _tr("bodyweight")
    if units is Units.LB:
        return f"{figure(kg / KG_PER_LB)} lb"
    return f"{figure(kg)} kg"


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
        tz=data.tz,
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
        tolerance,
        adherence,
        red_flags,
        advice,
        about,
    ):
        section(flow, data, model)


def cover(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    s = data.settings
    flow.heading(_tr("{app}: report for a clinician").format(app=APP_NAME), size=20, keep_pt=0)
    n = data.days
    span = (
        _tr("{n} weeks").format(n=n // 7)
        if n >= 14 and n % 7 == 0
        else (_tr("1 day") if n == 1 else _tr("{n} days").format(n=n))
    )
    period = _tr("Period: {first} to {last}").format(first=day(data.first), last=day(data.last))
    flow.paragraph(f"<p style='font-size:13pt'><b>{period}</b> ({span})</p>")
    step = (
        _tr("step {step} of {steps} of the built-in ladder").format(
            step=data.ladder_step, steps=data.ladder_len
        )
        if data.ladder_step is not None
        else _tr("not on the built-in ladder")
    )
    stage = _tr("Stage {n}").format(n=data.stage) if data.stage is not None else _tr("No stage")
    check = _tr(
        "{hours} h window; red when more than {margin} above the {days}-day baseline or "
        "above {red}/10"
    ).format(hours=s.response_window_h, margin=s.red_margin, days=s.baseline_days, red=s.red_above)
    rows = [
        [_tr("Affected side"), translate("timeline", s.affected_side.value)],
        [_tr("Current stage"), stage],
        [_tr("Current session"), f"{data.template_name} ({step})"],
        [_tr("Morning test"), morning_test_text(s.morning_test)],
        [
            _tr("Acceptable pain during exercise"),
            _tr("up to {n}/10").format(n=s.acceptable_ceiling),
        ],
        [_tr("24-hour check"), check],
        [_tr("Report made"), f"{day(data.local_made_at.date())} {data.local_made_at:%H:%M}"],
    ]
    flow.table([Column(_tr("Item"), 1.0), Column(_tr("Value"), 2.2)], rows)
    mornings = sum(w.mornings for w in data.weeks)
    red_days = sum(1 for a in data.advice if a.level is Level.RED)
    summary = [
        _tr("{n} sessions logged").format(n=len(data.sessions)),
        _tr("mornings logged on {n} of {days} days").format(n=mornings, days=data.days),
        _tr("{n} red days").format(n=red_days),
        _tr("{n} check-ins with a red flag").format(n=len(data.flags)),
        _tr("{n} clinician checks").format(n=len(data.checks)),
    ]
    in_period = _tr("In this period:")
    flow.paragraph(f"<b>{in_period}</b> " + escape("; ".join(summary)) + ".")
    if data.holding:
        held = "; ".join(red_flag_text(f) for f in data.holding)
        still = _tr("Red flags still holding the programme at the end of the period:")
        flow.paragraph(f"<b>{still}</b> " + escape(held))
    flow.paragraph("<i>" + escape(_tr(DISCLAIMER)) + "</i>")
    flow.new_page()


def _chart(draw: Draw, flow: Flow, data: ReportData, model: ProgressModel) -> Paint:
    def paint(p: QPainter, r: QRectF) -> None:
        draw(model, data.first, data.last, flow.u, p, r)

    return paint


def pain(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading(_tr("Morning and evening pain"), keep_pt=260)
    s = data.settings
    caption = _tr(
        "Figure 1. Morning test ({test}) and evening pain, 0-10, per day. The baseline is the "
        "median of the last {days} morning tests (shown once {minimum} exist); a morning above "
        "the band (baseline + {margin}) or above {red}/10 is red (rule 2). Same values as the "
        "app's Progress page."
    ).format(
        test=morning_test_text(s.morning_test),
        days=s.baseline_days,
        minimum=s.baseline_min_mornings,
        margin=s.red_margin,
        red=s.red_above,
    )
    flow.chart(230, _chart(pain_chart, flow, data, model), caption)


def responses(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading(_tr("24-hour responses"), keep_pt=260)
    r = model.responses
    verdicts = [v for d, v in zip(r.dates, r.verdicts, strict=True) if data.first <= d <= data.last]
    counts = {v: verdicts.count(v) for v in Verdict}
    known = sum(counts[v] for v in (Verdict.CLEARED, Verdict.OK, Verdict.RED))
    flow.chart(
        190,
        _chart(response_chart, flow, data, model),
        _tr(
            "Figure 2. The next morning test minus the baseline after each session ({hours} h "
            "window). Of {n} sessions, {cleared} were cleared (morning at or below baseline), "
            "{ok} not cleared but not red, {red} red; {unknown} had no morning test or no "
            "baseline yet."
        ).format(
            hours=data.settings.response_window_h,
            n=len(verdicts),
            cleared=counts[Verdict.CLEARED],
            ok=counts[Verdict.OK],
            red=counts[Verdict.RED],
            unknown=len(verdicts) - known,
        ),
    )


def sessions(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading(_tr("Sessions"))
    units = data.settings.units
    rows = []
    for s in data.sessions:
        name = s.template_name
        if s.status is SessionStatus.ENDED_EARLY:
            name += " " + _tr("(ended early)")
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
        flow.paragraph(_tr("No sessions were logged in this period."))
        return
    flow.paragraph(
        _tr(
            "Sets with at least one rep done / sets planned; max pain during a set and effort "
            "(RPE) as rated by the user; the heaviest load of the session."
        )
    )
    flow.table(
        [
            Column(_tr("Date"), 1.7),  # "Sat 12 Sep 2026" on one line
            Column(_tr("Session"), 2.9),
            Column(_tr("Sets"), 0.8, RIGHT),
            Column(_tr("Max pain"), 0.9, RIGHT),
            Column(_tr("Effort"), 0.8, RIGHT),
            Column(_tr("Load"), 1.1, RIGHT),
        ],
        rows,
    )


def loads(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading(_tr("Load progression per exercise"))
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
                data.exercise_names.get(slug) or readable_id(slug),
                f"{load_text(kg0, units)} ({day(d0)})",
                f"{load_text(kg1, units)} ({day(d1)})",
                load_text(top, units),
                str(len(points)),
            ]
        )
    if not rows:
        flow.paragraph(_tr("No loaded exercise was logged in this period (bodyweight only)."))
        return
    flow.table(
        [
            Column(_tr("Exercise"), 2.4),
            Column(_tr("First"), 1.6),
            Column(_tr("Latest"), 1.6),
            Column(_tr("Heaviest"), 0.9, RIGHT),
            Column(_tr("Days"), 0.6, RIGHT),
        ],
        rows,
    )


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def activity(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading(_tr("Activity minutes"))
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
        flow.paragraph(_tr("No activities were logged in this period."))
        return
    kinds = [k.value for k in sm.kinds if k.value in kinds]  # the Progress page's order
    rows = [
        [day(w)]
        + [f"{row[k]:.0f}" if k in row else "-" for k in kinds]
        + [f"{sum(row.values()):.0f}"]
        for w, row in sorted(weeks.items())
    ]
    cols = [Column(_tr("Week of"), 1.4)]
    cols += [Column(kind_label(ActivityKind(k)), 1.0, RIGHT) for k in kinds]
    cols.append(Column(_tr("Total"), 1.0, RIGHT))
    flow.paragraph(
        _tr(
            "Minutes per week by kind of activity (the load-spike guard warns at a rise of "
            "more than {pct} % over two weeks)."
        ).format(pct=data.settings.spike_warn_pct)
    )
    flow.table(cols, rows)


def adherence(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading(_tr("Adherence"))
    of = _tr("{n} of {days}")
    rows = [
        [day(w.monday), str(w.days), str(w.sessions), of.format(n=w.mornings, days=w.days)]
        for w in data.weeks
    ]
    total_sessions = sum(w.sessions for w in data.weeks)
    per_week = total_sessions / max(data.days / 7, 1 / 7)
    flow.paragraph(
        _tr(
            "{n} sessions in {days} days ({per_week} a week); morning check-ins on {mornings} "
            "of {days} days."
        ).format(
            n=total_sessions,
            days=data.days,
            per_week=f"{per_week:.1f}",
            mornings=sum(w.mornings for w in data.weeks),
        )
    )
    flow.table(
        [
            Column(_tr("Week of"), 1.4),
            Column(_tr("Days in period"), 1.0, RIGHT),
            Column(_tr("Sessions"), 1.0, RIGHT),
            Column(_tr("Mornings logged"), 1.2, RIGHT),
        ],
        rows,
    )


def red_flags(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading(_tr("Red flags and clinician checks"))
    logged, checked = _tr("Red flag logged"), _tr("Checked by a clinician")
    rows = [
        [day(f.day), logged, "; ".join(red_flag_text(x) for x in sorted(f.flags))]
        for f in data.flags
    ]
    rows += [[day(c.local_date), checked, c.notes or "-"] for c in data.checks]
    rows.sort(key=lambda r: r[0])
    if not rows:
        flow.paragraph(_tr("No red flag and no clinician check was logged in this period."))
    else:
        cols = [Column(_tr("Date"), 1.3), Column(_tr("Event"), 1.6), Column(_tr("Details"), 4.0)]
        flow.table(cols, rows)
    if data.holding:
        held = "; ".join(red_flag_text(f) for f in data.holding)
        still = _tr("Still holding at the end of the period:")
        flow.paragraph(f"<b>{still}</b> {escape(held)}")


def advice(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading(_tr("Advice given over the period"))
    rows = []
    previous: Level | None = None
    for a in data.advice:
        if a.level is previous:
            continue
        previous = a.level
        fired = [f for f in a.findings if f.level is not Level.INFO or f is a.lead]
        rules = ", ".join(dict.fromkeys(str(f.rule) for f in fired)) or "-"
        level = translate("cli", a.level.value)
        rows.append([day(a.date), level, headline_text(a, data.template_names), rules])
    flow.paragraph(
        _tr(
            "One line for the first day and for each day the traffic light changed: the "
            "app's headline that day and the rules (PROTOCOL.md) that fired (for-information "
            "findings left out)."
        )
    )
    flow.table(
        [
            Column(_tr("Date"), 1.3),
            Column(_tr("Level"), 0.9),
            Column(_tr("Advice"), 4.1),
            Column(_tr("Rules"), 1.6),
        ],
        rows,
    )


def about(flow: Flow, data: ReportData, model: ProgressModel) -> None:
    flow.heading(_tr("The rules named above"), keep_pt=60)
    rules = [[rule, _tr(words)] for rule, words in RULE_WORDS]
    flow.table([Column(_tr("Rule"), 1.0), Column(_tr("What it checks"), 5.0)], rules)
    flow.heading(_tr("About this report"), keep_pt=60)
    flow.paragraph(escape(_tr(DISCLAIMER)))
