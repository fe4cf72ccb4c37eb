"""The programme read-outs of the command line: a template's cue schedule, the templates,
the exercises with their how-to. None of them writes or needs a window."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from phtcoach.cli.common import EXIT_OK, _programme, _settings


def _timeline(args: argparse.Namespace, root: Path) -> int:
    from phtcoach.core.model import Side
    from phtcoach.core.timeline import compile_timeline, format_text

    programme = _programme(root)
    template = programme.resolve(args.template)
    settings = _settings(root)
    side = Side(args.side) if args.side else settings.affected_side
    tl = compile_timeline(
        template,
        affected_side=side,
        affected_first=settings.affected_first,
        lead_in_s=float(settings.lead_in_s),
    )
    if args.json:
        print(json.dumps(tl.to_json_dict(), ensure_ascii=False))
    else:
        print(format_text(tl))
    return EXIT_OK


def _templates(args: argparse.Namespace, root: Path) -> int:
    from phtcoach.core.model import Side
    from phtcoach.core.timeline import compile_timeline, format_clock

    programme = _programme(root)
    rows = []
    for t in sorted(
        programme.templates.values(), key=lambda t: (t.builtin is False, t.stage or 9, t.id)
    ):
        total = compile_timeline(t, affected_side=Side.LEFT).total_s
        stage = f"stage {t.stage}" if t.stage else "-"
        origin = "built-in" if t.builtin else "yours"
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
        stage = f"stage {r['stage']}" if r["stage"] else "no stage"
        legs = "one leg at a time" if r["single_leg"] else "both legs"
        print(("\n" if i else "") + f"{r['id']}: {r['name']} ({stage}, {r['kind']}, {legs})")
        for n, step in enumerate(r["how_to"], start=1):
            print(f"  {n}. {step}")
        if not r["how_to"]:
            print("  (no how-to yet)")
        if r["cues"]:
            print(f"  Key cues: {' · '.join(r['cues'])}")
        if r["if_it_hurts"]:
            print(f"  If it hurts: {r['if_it_hurts']}")
        print(f"  Drawing: {r['illustration'] or '-'}")
    return EXIT_OK
