"""The built-in programme in the user's language: names, how-tos, descriptions and stages.

The English text lives in assets/protocols/*.json; `make i18n` extracts it into the
translation files (context "protocol", `assets/i18n/protocol_strings.py`), and `load_builtin`
passes the programme through `localized`, which asks `core.words.translate` for every text.
Without a translator installed this returns the programme unchanged; an entry whose
translation breaks a length limit keeps its English text rather than failing the load.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from phtcoach.core.errors import ValidationError
from phtcoach.core.howto import HowTo
from phtcoach.core.model import SHORT_NAME_MAX, Exercise, Template
from phtcoach.core.words import active, translate

if TYPE_CHECKING:
    from phtcoach.core.programme import Programme, Stage

log = logging.getLogger(__name__)

CONTEXT = "protocol"


def _t(text: str) -> str:
    return translate(CONTEXT, text)


def _steps(steps: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_t(s) for s in steps)


def _how_to(h: HowTo | None) -> HowTo | None:
    if h is None:
        return None
    return replace(
        h,
        setup=_steps(h.setup),
        movement=_steps(h.movement),
        feel=_t(h.feel),
        faults=_steps(h.faults),
        easier=_t(h.easier),
        harder=_t(h.harder),
        if_it_hurts=_t(h.if_it_hurts),
        cues=_steps(h.cues),
    )


def _exercise(ex: Exercise) -> Exercise:
    short = _t(ex.short_name)
    if len(short) > SHORT_NAME_MAX:  # a translation too long for a table: the name instead
        short = ""
    try:
        return replace(
            ex,
            name=_t(ex.name),
            short_name=short,
            instructions=_t(ex.instructions),
            how_to=_how_to(ex.how_to),
        )
    except ValidationError as e:
        log.warning("exercise %s keeps its English text: %s", ex.slug, e)
        return ex


def _template(t: Template, exercises: dict[str, Exercise]) -> Template:
    blocks = tuple(
        replace(b, exercise=exercises.get(b.exercise.slug, b.exercise)) for b in t.blocks
    )
    try:
        return replace(t, name=_t(t.name), description=_t(t.description), blocks=blocks)
    except ValidationError as e:
        log.warning("template %s keeps its English text: %s", t.id, e)
        return replace(t, blocks=blocks)


def _stage(s: Stage) -> Stage:
    try:
        return replace(
            s,
            name=_t(s.name),
            goal=_t(s.goal),
            dosage=_t(s.dosage),
            exit_criteria=_t(s.exit_criteria),
        )
    except ValidationError as e:
        log.warning("stage %s keeps its English text: %s", s.number, e)
        return s


def localized(programme: Programme) -> Programme:
    """The built-in programme with every text translated (unchanged in English)."""
    if not active():
        return programme
    exercises = {slug: _exercise(ex) for slug, ex in programme.exercises.items()}
    templates = {tid: _template(t, exercises) for tid, t in programme.templates.items()}
    stages = tuple(_stage(s) for s in programme.stages)
    return replace(programme, exercises=exercises, templates=templates, stages=stages)
