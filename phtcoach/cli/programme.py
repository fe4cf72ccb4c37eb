"""The programme read-outs of the command line: a template's cue schedule, the templates,
the exercises with their how-to. None of them writes or needs a window."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from phtcoach.cli.common import EXIT_OK, _programme, _settings
from phtcoach.cli.helptext import add_command
from phtcoach.core.words import QT_TRANSLATE_NOOP, translate  # i18n installs Qt's translate


def add_parsers(sub, data: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    """`timeline`, `templates` and `exercises`: each reads the data folder (`data`)."""
    json_help = translate("cli", "machine-readable JSON")
    t = add_command(
        sub,
        "timeline",
        parents=[data],
        summary=translate("cli", "print the cue schedule of a session"),
        example_line="phtcoach timeline iso-5x5 --side right",
    )
    t.add_argument(
        "template",
        metavar="TEMPLATE_OR_EXERCISE",
        help=translate("cli", "a template id (see 'phtcoach templates') or an exercise id"),
    )
    t.add_argument("--json", action="store_true", help=json_help)
    t.add_argument(
        "--side",
        choices=["left", "right"],
        help=translate("cli", "affected side (default: settings)"),
    )

    add_command(
        sub,
        "templates",
        parents=[data],
        summary=translate("cli", "list built-in and user templates"),
        example_line="phtcoach templates --data-dir ~/pht-data",
    )

    e = add_command(
        sub,
        "exercises",
        parents=[data],
        summary=translate("cli", "every exercise with its how-to"),
        example_line="phtcoach exercises --json",
    )
    e.add_argument("--json", action="store_true", help=json_help)


KINDS = (  # exercise kinds as `phtcoach exercises` words them (the JSON keeps the values)
    QT_TRANSLATE_NOOP("cli", "isometric"),
    QT_TRANSLATE_NOOP("cli", "tempo"),
    QT_TRANSLATE_NOOP("cli", "eccentric"),
    QT_TRANSLATE_NOOP("cli", "timed"),
    QT_TRANSLATE_NOOP("cli", "interval"),
)


def _timeline(args: argparse.Namespace, root: Path) -> int:
    from phtcoach.core.model import Side
    from phtcoach.core.timeline import compile_for, format_text

    programme = _programme(root)
    template = programme.resolve(args.template)
    settings = _settings(root)
    side = Side(args.side) if args.side else settings.affected_side
    tl = compile_for(template, settings, affected_side=side)
    if args.json:
        print(json.dumps(tl.to_json_dict(), ensure_ascii=False))
    else:
        print(format_text(tl))
    return EXIT_OK


def _templates(args: argparse.Namespace, root: Path) -> int:
    from phtcoach.core.model import Side
    from phtcoach.core.timeline import compile_for, format_clock

    programme = _programme(root)
    settings = _settings(root)
    rows = []
    for t in sorted(
        programme.templates.values(), key=lambda t: (t.builtin is False, t.stage or 9, t.id)
    ):
        total = compile_for(t, settings, affected_side=Side.LEFT).total_s
        stage = translate("cli", "stage {n}").format(n=t.stage) if t.stage else "-"
        origin = translate("cli", "built-in") if t.builtin else translate("cli", "yours")
        rows.append((t.id, stage, format_clock(total), origin, t.name))
    width = max(len(r[0]) for r in rows)
    for tid, stage, length, origin, name in rows:
        print(f"{tid:<{width}}  {stage:<7}  {length:>6}  {origin:<8}  {name}")
    return EXIT_OK


def _exercises(args: argparse.Namespace, root: Path) -> int:
    """Every exercise (built-ins first, by stage): its how-to steps and its drawing."""
    from phtcoach.services.programme import illustration_path

    exercises = sorted(
        _programme(root).exercises.values(), key=lambda e: (not e.builtin, e.stage or 9)
    )
    rows = []
    for ex in exercises:
        how, drawing = ex.how_to, illustration_path(ex)
        row = {"id": ex.slug, "name": ex.name, "stage": ex.stage, "kind": ex.kind.value}
        row |= {"single_leg": ex.single_leg, "builtin": ex.builtin}
        row["how_to"] = list(how.steps()) if how else []  # set-up and movement, in order
        for part in ("cues", "feel", "faults", "easier", "harder", "if_it_hurts"):
            value = getattr(how, part) if how else ([] if part in ("cues", "faults") else "")
            row[part] = list(value) if isinstance(value, tuple) else value
        row["illustration"] = str(drawing) if drawing else None
        rows.append(row)
    if args.json:
        print(json.dumps({"exercises": rows}, ensure_ascii=False))
        return EXIT_OK
    for i, r in enumerate(rows):
        stage = (
            translate("cli", "stage {n}").format(n=r["stage"])
            if r["stage"]
            else translate("cli", "no stage")
        )
        legs = (
            translate("cli", "one leg at a time")
            if r["single_leg"]
            else translate("cli", "both legs")
        )
        kind = translate("cli", str(r["kind"]))
        print(("\n" if i else "") + f"{r['id']}: {r['name']} ({stage}, {kind}, {legs})")
        for n, step in enumerate(r["how_to"], start=1):
            print(f"  {n}. {step}")
        if not r["how_to"]:
            print("  " + translate("cli", "(no how-to yet)"))
        if r["cues"]:
            print("  " + translate("cli", "Key cues: {cues}").format(cues=" · ".join(r["cues"])))
        if r["if_it_hurts"]:
            print("  " + translate("cli", "If it hurts: {text}").format(text=r["if_it_hurts"]))
        print("  " + translate("cli", "Drawing: {path}").format(path=r["illustration"] or "-"))
    return EXIT_OK
