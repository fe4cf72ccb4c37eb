"""Making a session easier, in one place: the runner's step down after a painful set, and
the session Today offers after an amber day, apply the same arithmetic.

PROTOCOL.md rule 1: "a step = -10-20 % load, or one set fewer, or a shorter hold". Our
choice *(design)*: -20 % of the load when the block is loaded, otherwise -20 % of the
seconds of every work phase, in whole seconds and never below 1 s. Shorter phases keep the
set's structure, so a running session can still be resumed after a crash. Rule 3's "one
set fewer" is its own operation (`fewer_sets`): it changes the plan, so it is only applied
before a session starts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from phtcoach.core.model import PHASE_FIELDS, Block, Dosage, Template

STEP_FRACTION = 0.8
LOAD_STEP_KG = 0.5  # loads are rounded to this (the smallest common plate or dumbbell step)


def step_dosage(dosage: Dosage, steps: int) -> Dosage:
    """`dosage` made `steps` steps easier (see STEP_FRACTION); each step changes something
    unless the block is already at its floor (no load and 1 s phases)."""
    d = dosage
    for _ in range(max(0, steps)):
        if d.load_kg > 0:
            load = round(d.load_kg * STEP_FRACTION / LOAD_STEP_KG) * LOAD_STEP_KG
            load = min(load, d.load_kg - LOAD_STEP_KG)
            d = replace(d, load_kg=max(0.0, load))
            continue
        changes: dict[str, Any] = {}
        for name in PHASE_FIELDS:
            v = float(getattr(d, name))
            if v > 0:
                changes[name] = max(1.0, min(float(round(v * STEP_FRACTION)), v - 1.0))
        d = replace(d, **changes)
    return d


def stepped_template(template: Template, steps: Mapping[int, int]) -> Template:
    """The template with each block's dosage stepped down as `steps` says (same id)."""
    if not any(n > 0 for n in steps.values()):
        return template
    blocks = tuple(
        replace(b, dosage=step_dosage(b.dosage, steps.get(i, 0)))
        for i, b in enumerate(template.blocks)
    )
    return replace(template, blocks=blocks)


def fewer_sets(template: Template, n: int) -> Template:
    """The template with `n` sets fewer in every block that has more than one (same id)."""
    if n <= 0:
        return template
    blocks = tuple(
        replace(b, dosage=replace(b.dosage, sets=max(1, b.dosage.sets - n)))
        for b in template.blocks
    )
    return replace(template, blocks=blocks)


def describe_dosage_change(before: Block, after: Block) -> tuple[str, str]:
    """What a step changed, as short "before" and "after" texts ("5 s hold" -> "4 s hold")."""
    b, a = before.dosage, after.dosage
    if b.load_kg != a.load_kg:
        return f"{b.load_kg:g} kg", f"{a.load_kg:g} kg"
    if b.sets != a.sets:
        return f"{b.sets} sets", f"{a.sets} sets"
    parts_b: list[str] = []
    parts_a: list[str] = []
    for name in PHASE_FIELDS:
        vb, va = getattr(b, name), getattr(a, name)
        if vb != va:
            label = name.removesuffix("_s").replace("_", " ")
            parts_b.append(f"{vb:g} s {label}")
            parts_a.append(f"{va:g} s {label}")
    if not parts_b:
        return b.describe(), a.describe()
    return ", ".join(parts_b), ", ".join(parts_a)
