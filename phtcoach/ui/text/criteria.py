"""Rule 5's exit criteria, one line each: what the data showed, the target, and the mark."""

from __future__ import annotations

import datetime as dt

from phtcoach.core.progression import Criterion, CriterionCheck, Finding
from phtcoach.ui.text.words import (
    Values,
    count,
    day_words,
    n,
    num,
    opt_date,
    opt_num,
    text,
    translate,
)


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """A plural text ('%n session(s)'): lupdate reads its forms through this tr alias."""
    del disambiguation
    return translate("advice", text, n)


def mark_text(status: Criterion) -> str:
    marks = {
        Criterion.MET: translate("advice", "met"),
        Criterion.NOT_MET: translate("advice", "not yet"),
        Criterion.UNKNOWN: translate("advice", "check yourself"),
    }
    return marks[status]


def stage_detail(finding: Finding, today: dt.date) -> str:
    """'Stage 1 exit criteria:' and a bullet line per criterion, green days last."""
    v = finding.values
    lines = [
        translate("advice", "• {criterion} – {mark}").format(
            criterion=criterion_text(c, today), mark=mark_text(c.status)
        )
        for c in finding.criteria
    ]
    green = translate("advice", "Green days {green} of the last {window}, needs {needed}").format(
        green=count(v, "green_days"),
        window=count(v, "green_days_window"),
        needed=count(v, "green_days_needed"),
    )
    status = text(v, "green_days_status")
    mark = mark_text(Criterion(status)) if status else ""
    lines.append(translate("advice", "• {criterion} – {mark}").format(criterion=green, mark=mark))
    head = translate("advice", "Stage {stage} exit criteria:").format(stage=count(v, "stage"))
    return "\n".join([head, *lines])


def criterion_text(c: CriterionCheck, today: dt.date) -> str:
    """One exit criterion with the value the data showed and its target."""
    v = c.values
    if c.id == "mornings_le_3_for_7_days":
        highest = opt_num(v, "highest")
        top = (
            ""
            if highest is None
            else translate("advice", ", highest {value}/10").format(value=n(highest))
        )
        trend = translate("advice", ", rising week on week") if v.get("rising") else ""
        return translate(
            "advice",
            "Morning tests {logged} of the last {days} days logged{highest}{trend}, needs all "
            "{days} ≤ {limit}/10 and stable",
        ).format(
            logged=count(v, "logged"),
            days=count(v, "days"),
            highest=top,
            trend=trend,
            limit=count(v, "limit"),
        )
    if c.id == "exercise_pain_le_3":
        highest = opt_num(v, "highest")
        got = (
            translate("advice", "no ratings this week")
            if highest is None
            else translate("advice", "highest {value}/10 this week").format(value=n(highest))
        )
        return translate("advice", "Exercise pain {got}, needs ≤ {limit}/10").format(
            got=got, limit=count(v, "limit")
        )
    if c.id == "ten_single_leg_bridges":
        side = (
            translate("advice", "left")
            if text(v, "side") == "left"
            else translate("advice", "right")
        )
        reps, when = opt_num(v, "reps"), opt_date(v, "date")
        if reps is None or when is None:
            got = _no_test(v)
        else:
            got = translate("advice", "{reps} ({day})").format(
                reps=round(reps), day=_test_day(v, when, today)
            )
        return translate(
            "advice",
            "Single-leg bridges on the affected ({side}) side {got}, needs ≥ {needed}"
            "{limits}{skipped}",
        ).format(
            side=side,
            got=got,
            needed=count(v, "needed"),
            limits=_test_limits(v),
            skipped=_not_counted(v),
        )
    if c.id == "bridge_symmetry_90":
        pct, when = opt_num(v, "pct"), opt_date(v, "date")
        if pct is None:
            got = _no_test(v)
        else:
            got = translate("advice", "{pct} % (affected {affected} / other {other}{day})").format(
                pct=n(pct),
                affected=n(num(v, "affected")),
                other=n(num(v, "other")),
                day="" if when is None else ", " + _test_day(v, when, today),
            )
        return translate(
            "advice", "Bridge symmetry {got}, needs ≥ {needed} %{limits}{skipped}"
        ).format(
            got=got, needed=count(v, "needed"), limits=_test_limits(v), skipped=_not_counted(v)
        )
    if c.id == "two_green_weeks":
        return translate(
            "advice",
            "Green weeks: {first} then {second} green days, {red} red, needs ≥ {needed} each "
            "and no red day",
        ).format(
            first=count(v, "green_first"),
            second=count(v, "green_second"),
            red=count(v, "red"),
            needed=count(v, "needed"),
        )
    if c.id == "no_rest_pain":
        if v.get("logged"):
            source = translate("advice", "Rest pain logged in the last {days} days, needs none")
        else:
            source = translate(
                "advice", "Rest pain none logged in the last {days} days, needs none"
            )
        return source.format(days=count(v, "days"))
    if c.id == "drop_lunge_pain_free":
        return translate("advice", "Unweighted drop lunge, needs pain-free")
    if c.id == "curl_strength_equal":
        return translate("advice", "Curl strength, needs equal left/right")
    if c.id == "sitting_60_min":
        minutes = opt_num(v, "minutes")
        got = (
            translate("advice", "not measured yet")
            if minutes is None
            else translate("advice", "{minutes} min").format(minutes=n(minutes))
        )
        return translate("advice", "Sitting tolerance {got}, needs ≥ {needed} min").format(
            got=got, needed=count(v, "needed")
        )
    if c.id == "no_flare_2_weeks":
        sessions = count(v, "sessions")
        if v.get("flare"):
            got = translate("advice", "a flare")
        elif sessions:
            got = translate("advice", "no flare")
        else:
            got = translate("advice", "no sessions")
        return _tr(
            "Last 2 weeks: %n session(s), {got}, needs full training, no 24 h flare", "", sessions
        ).format(got=got)
    return c.id


# --------------------------------------------------------------------------- bridge tests
# A bridge test counts for the stage criteria only at or under the ceiling and with no flare
# the next morning (core/progression/bridge_tests.py); these say which counted and why not.


def _no_test(v: Values) -> str:
    if count(v, "tests"):
        return translate("advice", "no test counted yet")
    return translate("advice", "not measured yet")


def _test_day(v: Values, when: dt.date, today: dt.date) -> str:
    """'yesterday, pain 2/10, next morning 2/10': the day the counted test was done, the
    highest pain logged that day and the next morning's test."""
    parts = [day_words(when, today)]
    pain, morning = opt_num(v, "pain"), opt_num(v, "morning")
    if pain is not None:
        parts.append(translate("advice", "pain {value}/10").format(value=n(pain)))
    if morning is not None:
        parts.append(translate("advice", "next morning {value}/10").format(value=n(morning)))
    return ", ".join(parts)


def _test_limits(v: Values) -> str:
    if opt_num(v, "ceiling") is None:
        return ""
    return translate("advice", " at ≤ {ceiling}/10 with no flare the next morning").format(
        ceiling=count(v, "ceiling")
    )


def _not_counted(v: Values) -> str:
    """'; not counted: 1 with pain above 3/10 that day, 1 followed by a flare...' or ''."""
    ceiling = count(v, "ceiling")
    reasons = [
        (
            "above_ceiling",
            translate("advice", "{n} with pain above {ceiling}/10 that day"),
        ),
        ("flare", translate("advice", "{n} followed by a flare the next morning")),
        ("no_pain", translate("advice", "{n} with no pain logged that day")),
        ("waiting", translate("advice", "{n} waiting for the next morning's test")),
        ("no_morning", translate("advice", "{n} with no morning test the day after")),
        ("no_baseline", translate("advice", "{n} with no baseline yet to judge it by")),
    ]
    parts = [
        source.format(n=count(v, key), ceiling=ceiling) for key, source in reasons if count(v, key)
    ]
    if not parts:
        return ""
    return translate("advice", "; not counted: {tests}").format(tests=", ".join(parts))
