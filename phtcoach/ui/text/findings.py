"""One sentence per finding, with the rule's numbers in it (PROTOCOL.md: every advice shows
the rule and the values behind it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from phtcoach.core.model import MorningTest, RedFlag
from phtcoach.core.progression import Finding, Level, Rule, StepUpOutcome, Value
from phtcoach.core.words import signed
from phtcoach.ui.text.criteria import stage_detail
from phtcoach.ui.text.reasons import blocker_words, cleared_words, hold_action, stage_target
from phtcoach.ui.text.words import (
    count,
    day_words,
    inline,
    label,
    morning_test_text,
    morning_tests_count,
    n,
    name,
    num,
    on_day,
    opt_date,
    opt_num,
    red_flag_text,
    session_words,
    sessions_count,
    text,
    translate,
)

Names = Mapping[str, str]


def finding_text(finding: Finding, names: Names, today: dt.date) -> str:
    """The finding as the Today card and `phtcoach advice` say it.

    `names` maps template ids to display names; `today` is the advice's date, so days read
    as "yesterday" or "Friday" relative to it.
    """
    word = _WORDERS.get(finding.rule)
    return finding.rule if word is None else word(finding, names, today)


def _flag_names(f: Finding) -> list[str]:
    """The finding's red flags (comma-separated ids in `flags`) as the user reads them."""
    ids = [x for x in text(f.values, "flags").split(",") if x]
    known = {flag.value: flag for flag in RedFlag}
    return [red_flag_text(known[x]) if x in known else x for x in ids]


def _red_flags(f: Finding, names: Names, today: dt.date) -> str:
    shown = [inline(name) for name in _flag_names(f)]  # inside a sentence
    last = opt_date(f.values, "last_logged") or today
    first = opt_date(f.values, "first_logged") or last
    if first != last:
        return translate(
            "advice",
            "Red flags logged from {first} to {last} ({flags}) and not yet checked by a "
            "clinician: stop the programme and see one before training again.",
        ).format(
            first=day_words(first, today),
            last=day_words(last, today),
            flags="; ".join(shown),
        )
    return translate(
        "advice",
        "Red flag logged {day} ({flags}) and not yet checked by a clinician: stop the "
        "programme and see one before training again.",
    ).format(day=on_day(last, today), flags="; ".join(shown))


def _note_flag(f: Finding, names: Names, today: dt.date) -> str:
    shown = [inline(name) for name in _flag_names(f)]  # inside a sentence
    day = opt_date(f.values, "date") or today
    return translate(
        "advice",
        "Your note {day} says “{note}”, which can be a red flag ({flags}). Is it? Answer on "
        "Today; until then, go easy.",
    ).format(day=on_day(day, today), note=text(f.values, "note"), flags="; ".join(shown))


def _morning_missing(f: Finding, names: Names, today: dt.date) -> str:
    known = {t.value: t for t in MorningTest}
    test_id = text(f.values, "test")
    test = morning_test_text(known[test_id]) if test_id in known else test_id
    return translate(
        "advice",
        "Waiting for this morning's test ({test}): log it before training, the 24-hour rule "
        "reads it.",
    ).format(test=inline(test))


def _baseline_missing(f: Finding, names: Names, today: dt.date) -> str:
    v = f.values
    have = morning_tests_count(count(v, "morning_tests"))
    need = count(v, "needed")
    days = count(v, "baseline_days")
    minimum = count(v, "minimum") if "minimum" in v else 3
    if need == 0:
        return translate(
            "advice",
            "No baseline yet: {have} logged, enough for a baseline from tomorrow (a baseline "
            "needs {minimum} mornings, then is the median of your last {days}).",
        ).format(have=have, minimum=minimum, days=days)
    return translate(
        "advice",
        "No baseline yet: {have} logged, {need} more needed (a baseline needs {minimum} "
        "mornings, then is the median of your last {days}).",
    ).format(have=have, need=need, minimum=minimum, days=days)


def baseline_words(v: Mapping[str, Value]) -> str:
    """ "your 7-day baseline" once the baseline has its full days of mornings; before that
    "your baseline from 4 mornings", so a baseline of three readings is never called a week's.
    """
    days = count(v, "baseline_days")
    got = count(v, "baseline_n") if "baseline_n" in v else days
    if got >= days:
        return translate("advice", "your {days}-day baseline").format(days=days)
    return translate("advice", "your baseline from {n} mornings").format(n=got)


def _morning(f: Finding, names: Names, today: dt.date) -> str:
    """Rule 2: today's morning test, or the red morning a hold still follows."""
    v = f.values
    if "red_date" in v:
        return _hold(f, names, today)
    m, base = num(v, "morning"), opt_num(v, "baseline")
    margin = count(v, "red_margin") if "red_margin" in v else 1
    red_above = count(v, "red_above") if "red_above" in v else 5
    your = baseline_words(v)
    if f.level is Level.RED:
        action = hold_action(v, names)
        if base is not None and m > base + margin:
            return translate(
                "advice",
                "Morning test {m}/10 is {delta} above {your} of {base}/10, more than "
                "{margin} above: {action}.",
            ).format(
                m=n(m), delta=n(m - base), your=your, base=n(base), margin=margin, action=action
            )
        return translate("advice", "Morning test {m}/10 is above {red}/10: {action}.").format(
            m=n(m), red=red_above, action=action
        )
    if f.level is Level.AMBER:
        return translate(
            "advice",
            "Morning test {m}/10 is {delta} above {your} of {base}/10 (red only more than "
            "{margin} above): acceptable but not cleared, so keep the load where it is.",
        ).format(m=n(m), delta=n(m - (base or 0)), your=your, base=n(base or 0), margin=margin)
    answers = [session_words(s, names, today) for s in f.sessions]
    if not answers:
        what = translate("advice", "back at baseline")
    elif len(answers) == 1:
        what = translate("advice", "{session} is cleared").format(session=answers[0])
    else:
        what = translate("advice", "{n} sessions are cleared: {sessions}").format(
            n=len(answers), sessions=", ".join(answers)
        )
    return translate(
        "advice",
        "Morning test {m}/10 is at or below {your} of {base}/10: {what}.",
    ).format(m=n(m), your=your, base=n(base or 0), what=what)


def _hold(f: Finding, names: Names, today: dt.date) -> str:
    v = f.values
    red = opt_date(v, "red_date") or today
    base = opt_num(v, "baseline")
    reading = (
        translate("advice", "{m}/10").format(m=n(num(v, "morning")))
        if base is None
        else translate("advice", "{m}/10, baseline {base}/10").format(
            m=n(num(v, "morning")), base=n(base)
        )
    )
    return translate(
        "advice",
        "Red morning test {day} ({reading}): {held} of {hold} held sessions done, {action}.",
    ).format(
        day=on_day(red, today),
        reading=reading,
        held=count(v, "held"),
        hold=count(v, "hold_sessions"),
        action=hold_action(v, names),
    )


def _pending(f: Finding, names: Names, today: dt.date) -> str:
    latest = session_words(f.sessions[0], names, today) if f.sessions else ""
    return translate(
        "advice",
        # {latest} ends in a bracket of its own ("yesterday's session (Name)"): no brackets here.
        "{sessions} waiting for the 24-hour check; the latest is {latest}. Log the next "
        "morning test.",
    ).format(sessions=sessions_count(count(f.values, "pending")), latest=latest)


def _weekly(f: Finding, names: Names, today: dt.date) -> str:
    v = f.values
    return translate(
        "advice",
        "This week's mean morning test {this}/10 is {delta} above last week's {last}/10 "
        "(the limit is {step}): freeze progression and reduce volume (one set fewer) until "
        "it settles.",
    ).format(
        this=n(num(v, "this_mean")),
        delta=n(num(v, "delta")),
        last=n(num(v, "last_mean")),
        step=count(v, "step") if "step" in v else 1,
    )


def _spike(f: Finding, names: Names, today: dt.date) -> str:
    v = f.values
    prev, recent, pct = num(v, "previous_min"), num(v, "recent_min"), count(v, "limit_pct")
    args = {
        "change": signed(num(v, "change_pct"), 0),
        "previous": f"{prev:.0f}",
        "recent": f"{recent:.0f}",
        "limit": pct,
        "low": f"{prev * 1.1:.0f}",
        "high": f"{prev * 1.2:.0f}",
    }
    running = f.rule == Rule.SPIKE_RUN
    if f.level is Level.AMBER and running:
        source = translate(
            "advice",
            "2-week running change {change} % ({previous} → {recent} min), more than {limit} %: "
            "keep 2-week rises to 10-20 % (from {previous} min that is {low}-{high} min).",
        )
    elif f.level is Level.AMBER:
        source = translate(
            "advice",
            "2-week activity change {change} % ({previous} → {recent} min), more than {limit} "
            "%: keep 2-week rises to 10-20 % (from {previous} min that is {low}-{high} min).",
        )
    elif running:
        source = translate(
            "advice",
            "2-week running change {change} % ({previous} → {recent} min, warn above {limit} %).",
        )
    else:
        source = translate(
            "advice",
            "2-week activity change {change} % ({previous} → {recent} min, warn above {limit} %).",
        )
    return source.format(**args)


def _acwr(f: Finding, names: Names, today: dt.date) -> str:
    v = f.values
    return translate(
        "advice",
        "{acute} min of activity in the last 7 days vs {chronic} a week on average "
        "(acute:chronic {ratio}, information only).",
    ).format(
        acute=f"{num(v, 'acute_min'):.0f}",
        chronic=f"{num(v, 'chronic_weekly_min'):.0f}",
        ratio=n(num(v, "ratio")),
    )


def _set_pain(f: Finding, names: Names, today: dt.date) -> str:
    v = f.values
    top, ceiling = count(v, "max_pain"), count(v, "ceiling")
    limit = (
        translate("advice", "above 5/10")
        if top > 5
        else translate("advice", "above your ceiling of {ceiling}/10").format(ceiling=ceiling)
    )
    session = session_words(f.sessions[0], names, today) if f.sessions else ""
    return translate(
        "advice",
        "Pain during a set of your last session ({session}) reached {pain}/10, {limit}: start "
        "the next session one step easier.",
    ).format(session=session, pain=top, limit=limit)


def _step_up(f: Finding, names: Names, today: dt.date) -> str:
    v = f.values
    outcome = text(v, "outcome")
    current = name(text(v, "template"), names)
    if outcome == StepUpOutcome.BLOCKED:
        return translate(
            "advice",
            "Not stepping up yet: {blocker} (every session at this dosage in the last 7 days must "
            "be green or amber and cleared).",
        ).format(blocker=blocker_words(v, f.sessions, names, today))
    if outcome == StepUpOutcome.OFF_LADDER:
        return translate(
            "advice",
            "Every session of {name} in the last 7 days ({n}) was cleared, but it is not on the "
            "ladder: choose the next template in Programme.",
        ).format(name=current, n=count(v, "sessions"))
    if outcome == StepUpOutcome.UP:
        return translate("advice", "Step up to {template}: {cleared}.").format(
            template=label(text(v, "next_template"), text(v, "next_dosage"), names),
            cleared=cleared_words(v, names),
        )
    return translate(
        "advice",
        "All sessions of {name} were cleared, but its stage is unknown: choose the next step in "
        "Programme.",
    ).format(name=current)


def _stage(f: Finding, names: Names, today: dt.date) -> str:
    target = stage_target(f.values, names)
    detail = stage_detail(f, today)
    if f.level is Level.GREEN:
        return translate("advice", "You can move to {target}, if you agree. {detail}").format(
            target=target, detail=detail
        )
    return translate("advice", "Not ready for {target} yet. {detail}").format(
        target=target, detail=detail
    )


def prescriber(values: Mapping[str, Value]) -> str:
    """The prescription's author, or "your clinician" when the file named no one."""
    return text(values, "author").strip() or translate("advice", "your clinician")


def _prescribed(f: Finding, names: Names, today: dt.date) -> str:
    v = f.values
    args = {"template": name(text(v, "template"), names), "author": prescriber(v)}
    if v.get("cleared") is True:
        return translate(
            "advice",
            "{template} is prescribed by {author}. Every session of it in the last 7 days was "
            "cleared, but stepping up is for {author} to decide: the app proposes no step beyond "
            "it until you unlock it in Programme.",
        ).format(**args)
    return translate(
        "advice",
        "{template} is prescribed by {author}: steps up are for {author} to decide, and the app "
        "proposes none beyond it until you unlock it in Programme. Easing off for pain still "
        "applies.",
    ).format(**args)


_WORDERS: dict[Rule, Callable[[Finding, Names, dt.date], str]] = {
    Rule.RED_FLAGS: _red_flags,
    Rule.NOTE_FLAG: _note_flag,
    Rule.MORNING_MISSING: _morning_missing,
    Rule.BASELINE_MISSING: _baseline_missing,
    Rule.MORNING_24H: _morning,
    Rule.HOLD: _hold,
    Rule.PENDING: _pending,
    Rule.WEEKLY: _weekly,
    Rule.SPIKE_RUN: _spike,
    Rule.SPIKE_ALL: _spike,
    Rule.ACWR: _acwr,
    Rule.SET_PAIN: _set_pain,
    Rule.STEP_UP: _step_up,
    Rule.STAGE: _stage,
    Rule.PRESCRIBED: _prescribed,
}
