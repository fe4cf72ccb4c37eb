"""Clauses a finding and its step share, so the two can never word one reason twice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from phtcoach.core.progression import Blocker, SessionRef
from phtcoach.ui.text.words import (
    Values,
    count,
    label,
    n,
    name,
    num,
    session_words,
    sessions_count,
    text,
    translate,
)


def hold_action(values: Values, names: Mapping[str, str]) -> str:
    """What a red morning asks for: hold the load, or go back one step, for N sessions."""
    remaining = sessions_count(count(values, "remaining"))
    if text(values, "action") == "down" and text(values, "action_template"):
        return translate("advice", "go back one step to {name} for the next {sessions}").format(
            name=name(text(values, "action_template"), names), sessions=remaining
        )
    return translate("advice", "hold the load for the next {sessions}").format(sessions=remaining)


def blocker_words(
    values: Values,
    refs: tuple[SessionRef, ...],
    names: Mapping[str, str],
    today: dt.date,
) -> str:
    """Why rule 4 does not step up yet, naming the session that holds it back."""
    why = text(values, "blocker")
    if why == Blocker.NO_SESSION or not refs:
        return translate("advice", "no session of {name} in the last 7 days yet").format(
            name=name(text(values, "template"), names)
        )
    when = session_words(refs[0], names, today)
    if why == Blocker.NO_RATINGS:
        return translate("advice", "{session} has no pain ratings").format(session=when)
    if why == Blocker.PAIN_ABOVE_CEILING:
        return translate(
            "advice", "{session} reached pain {pain}/10, above your ceiling of {ceiling}/10"
        ).format(session=when, pain=count(values, "pain"), ceiling=count(values, "ceiling"))
    if why == Blocker.PENDING:
        return translate("advice", "{session} is still waiting for its 24-hour check").format(
            session=when
        )
    if why == Blocker.MISSED:
        return translate("advice", "no morning test followed {session}").format(session=when)
    if why == Blocker.NO_BASELINE:
        return translate("advice", "there was no baseline yet to check {session} against").format(
            session=when
        )
    return translate(
        "advice", "the morning after {session} was {morning}/10, above the baseline of {base}/10"
    ).format(session=when, morning=count(values, "morning"), base=n(num(values, "baseline")))


def cleared_words(values: Values, names: Mapping[str, str]) -> str:
    """'both sessions of X in the last 7 days were green or amber and cleared the next
    morning': the case for stepping up."""
    k = count(values, "sessions")
    shown = name(text(values, "template"), names)
    if k == 1:
        return translate(
            "advice",
            "the only session of {name} in the last 7 days was green or amber and cleared the "
            "next morning",
        ).format(name=shown)
    if k == 2:
        return translate(
            "advice",
            "both sessions of {name} in the last 7 days were green or amber and cleared the "
            "next morning",
        ).format(name=shown)
    return translate(
        "advice",
        "all {n} sessions of {name} in the last 7 days were green or amber and cleared the "
        "next morning",
    ).format(n=k, name=shown)


def stage_target(values: Values, names: Mapping[str, str]) -> str:
    """'stage 2 with Eccentric bridge (...)', or 'stage 5' past the end of the ladder."""
    stage = count(values, "next_stage")
    nxt = text(values, "next_template")
    if not nxt:
        return translate("advice", "stage {stage}").format(stage=stage)
    return translate("advice", "stage {stage} with {template}").format(
        stage=stage, template=label(nxt, text(values, "next_dosage"), names)
    )
