"""The report's page on what tends to flare it: the personal load-response model's factors,
each with its effect on the next morning, the 80 % interval, the days behind it and a verdict
no stronger than the interval, fitted on the year up to the report's last day."""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtCore import Qt

from phtcoach.core.tolerance_days import tolerance_days
from phtcoach.core.tolerance_model import ToleranceModel, fit
from phtcoach.core.words import signed
from phtcoach.report.pages import Column, Flow
from phtcoach.report.words import _tr
from phtcoach.services.report import ReportData
from phtcoach.services.tolerance import WINDOW_DAYS
from phtcoach.ui.text.tolerance import (
    dose_line,
    effect_name,
    verdict_rule,
    verdict_words,
)

RIGHT = Qt.AlignmentFlag.AlignRight


def report_model(data: ReportData) -> ToleranceModel:
    """The model as the app fits it, on the year up to the report's last day."""
    first = data.last - timedelta(days=WINDOW_DAYS - 1)
    h = data.history
    tz = data.tz
    rows = tolerance_days(
        [s for s in h.sessions if s.started_at.astimezone(tz).date() >= first],
        h.sets,
        [e for e in h.pain_entries if first <= e.local_date <= data.last],
        [a for a in h.activities if first <= a.local_date <= data.last],
        data.settings,
        tz=tz,
    )
    return fit(rows)


def tolerance(flow: Flow, data: ReportData, _charts: object = None) -> None:
    """The section (the report's sections all take the charts' model; this one fits its own)."""
    flow.heading(_tr("What tends to flare it"))
    model = report_model(data)
    if not model.effects:
        flow.paragraph(
            _tr(
                "Not enough data yet: the model needs morning tests with a baseline and "
                "something logged the day before."
            )
        )
        return
    ceiling = data.settings.acceptable_ceiling
    intro = _tr(
        "Each factor's effect on the next morning test (points above the baseline), "
        "estimated from {n} mornings of the last year with every factor together, so a "
        "hilly run is told apart from the session done the same day. {rule}"
    ).format(n=model.mornings, rule=verdict_rule())
    flow.paragraph(escape(intro))
    rows = [
        [
            effect_name(e, data.exercise_names, data.template_names, ceiling),
            verdict_words(e),
            signed(e.effect),
            _tr("{low} to {high}").format(low=signed(e.low), high=signed(e.high)),
            str(e.days),
        ]
        for e in model.effects
    ]
    flow.table(
        [
            Column(_tr("Factor"), 2.4),
            Column(_tr("Verdict"), 2.2),
            Column(_tr("Effect"), 0.7, RIGHT),
            Column(_tr("80 % interval"), 1.2, RIGHT),
            Column(_tr("Days"), 0.5, RIGHT),
        ],
        rows,
    )
    if model.doses:
        flow.paragraph(escape("; ".join(dose_line(d) for d in model.doses)))
