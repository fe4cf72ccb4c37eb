"""`phtcoach tolerance`: what your tendon tolerates, factor by factor, without the window.

Every factor the personal load-response model (core/tolerance_model.py) estimated from
the last year of records: its effect on the next morning with the 80 % interval and the days
behind it, and a verdict only as strong as the interval. `--json` gives one object per factor
with `factor`, `kind`, `days`, `effect`, `low`, `high` and `verdict` (`likely_worse`,
`likely_fine` or `unknown`), plus the name the window shows and the dose lines.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from phtcoach.cli.common import EXIT_OK, _open_existing, _services
from phtcoach.cli.helptext import add_command
from phtcoach.core.words import translate  # i18n installs Qt's translate here


def add_parser(sub: argparse._SubParsersAction, data: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    t = add_command(
        sub,
        "tolerance",
        parents=[data],
        summary=translate(
            "cli", "what tends to flare you: each factor's effect on the next morning"
        ),
        description=translate(
            "cli",
            "Each exercise, activity, flag and hard session of the last year, with its "
            "effect on the next morning's test, an 80 % interval and a verdict.",
        ),
        example_line="phtcoach tolerance --json",
    )
    t.add_argument("--json", action="store_true", help=translate("cli", "machine-readable JSON"))


def tolerance_cmd(args: argparse.Namespace, root: Path) -> int:
    store = _open_existing(root)
    try:
        services = _services(store)
        result = services.tolerance.for_day()
        settings = services.settings.load()
        programme = services.programme.current()
        exercises = {k: e.name for k, e in programme.exercises.items()}
        templates = {k: t.name for k, t in programme.templates.items()}
    finally:
        store.close()
    from phtcoach.ui.text.tolerance import (  # words only: loads no Qt
        dose_line,
        effect_line,
        effect_name,
        verdict_rule,
        verdict_words,
    )

    model = result.model
    ceiling = settings.acceptable_ceiling
    if args.json:
        rows: list[dict[str, Any]] = [
            {
                "factor": "+".join(f.key for f in e.factors),
                "kind": e.factor.kind.value,
                "name": effect_name(e, exercises, templates, ceiling),
                "days": e.days,
                "effect": round(e.effect, 2),
                "low": round(e.low, 2),
                "high": round(e.high, 2),
                "verdict": e.verdict.value,
                "more_days": e.more_days,
            }
            for e in model.effects
        ]
        doses = [
            {
                "activity": d.subject,
                "under": round(d.under.effect, 2),
                "over": round(d.over.effect, 2),
                "text": dose_line(d),
            }
            for d in model.doses
        ]
        doc = {"date": result.day.isoformat(), "mornings": model.mornings, "factors": rows}
        print(json.dumps({**doc, "doses": doses}, ensure_ascii=False))
        return EXIT_OK
    if not model.effects:
        print(
            translate(
                "cli",
                "Not enough data yet: the model needs morning tests with a baseline and "
                "something logged the day before ({n} such mornings so far).",
            ).format(n=model.mornings)
        )
        return EXIT_OK
    print(
        translate("cli", "{n} mornings up to {day}. {rule}").format(
            n=model.mornings, day=result.day.isoformat(), rule=verdict_rule()
        )
    )
    for e in model.effects:
        name = effect_name(e, exercises, templates, ceiling)
        print(f"{name}: {verdict_words(e)}")
        print(f"    {effect_line(e)}")
    for d in model.doses:
        print(dose_line(d))
    return EXIT_OK
