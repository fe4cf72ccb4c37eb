"""The built-in staged programme and exercise library, loaded from assets/protocols.

The content lives in JSON (stdlib only) so it can be read, reviewed and diffed like the
template files users exchange, and it goes through the same validating readers in
`serialize`: a broken built-in file fails loudly at load time, never mid-session. The
assets directory is a parameter because `core` must not import `phtcoach.paths`
(platformdirs); callers pass `paths.asset("protocols")`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from phtcoach.core.errors import DataFormatError, UnknownTemplateError, ValidationError
from phtcoach.core.model import Exercise, Template, check_int, check_text
from phtcoach.core.programme_words import localized
from phtcoach.core.serialize import exercise_from_dict, templates_file_from_dict
from phtcoach.core.strict_dicts import index, join

EXERCISES_FILE = "exercises.json"
TEMPLATES_FILE = "templates.json"
STAGES_FILE = "stages.json"

EXERCISES_FORMAT = "phtcoach-exercises"
STAGES_FORMAT = "phtcoach-stages"

# The seed ladder of PROTOCOL.md, in order: other modules (progression, the Today screen)
# refer to these ids, so the loader checks they exist with the matching ladder_step.
LADDER: tuple[str, ...] = (
    "iso-5x5",
    "iso-5x15",
    "eccentric-10s",
    "eccentric-10s-loaded",
    "hsr-5-5",
)
SEED_EXERCISES: tuple[str, ...] = (
    "fesl-bridge-hold",
    "fesl-bridge-eccentric",
    "fesl-bridge-tempo",
)


def ladder_next(template_id: str) -> str | None:
    """The next step up the seed ladder; None at the top or for a template not on it."""
    if template_id not in LADDER:
        return None
    i = LADDER.index(template_id)
    return LADDER[i + 1] if i + 1 < len(LADDER) else None


def ladder_prev(template_id: str) -> str | None:
    """The step below on the seed ladder; None at the bottom or for a template not on it."""
    if template_id not in LADDER:
        return None
    i = LADDER.index(template_id)
    return LADDER[i - 1] if i > 0 else None


@dataclass(frozen=True, slots=True)
class Stage:
    """One of the four stages of PROTOCOL.md (Goom et al. 2016), in our own words."""

    number: int
    name: str
    goal: str
    dosage: str
    exit_criteria: str
    template_ids: tuple[str, ...]

    def __post_init__(self) -> None:
        check_int("stage.number", self.number, 1, 4)
        check_text("stage.name", self.name, 80, required=True)
        check_text("stage.goal", self.goal, 1000, required=True)
        check_text("stage.dosage", self.dosage, 1000)
        check_text("stage.exit_criteria", self.exit_criteria, 1000, required=True)
        object.__setattr__(self, "template_ids", tuple(self.template_ids))


@dataclass(frozen=True)
class Programme:
    """Everything a session can be built from: exercises and templates by id, and stages.

    `merged` adds the user's own exercises and templates; ids must not shadow built-ins,
    so "iso-5x5" always means the seed-ladder step the progression rules talk about.
    """

    exercises: dict[str, Exercise]
    templates: dict[str, Template]
    stages: tuple[Stage, ...]

    def template(self, template_id: str) -> Template:
        """The template, or UnknownTemplateError listing the known ids (for the CLI's message)."""
        t = self.templates.get(template_id)
        if t is None:
            raise UnknownTemplateError(template_id, list(self.templates))
        return t

    def stage(self, number: int) -> Stage:
        for s in self.stages:
            if s.number == number:
                return s
        raise ValidationError("stage", number, "1 to 4")

    def resolve(self, name: str) -> Template:
        """A template id, or an exercise slug meaning "that exercise as first dosed in a
        template" (`phtcoach timeline EXERCISE`): a one-block template named after it.
        """
        if name in self.templates:
            return self.templates[name]
        ex = self.exercises.get(name)
        if ex is not None:
            for t in self.templates.values():
                for b in t.blocks:
                    if b.exercise.slug == ex.slug:
                        return Template(
                            id=ex.slug,
                            name=ex.name,
                            blocks=(b,),
                            stage=ex.stage,
                            description=t.description,
                            builtin=t.builtin,
                        )
        raise UnknownTemplateError(name, list(self.templates))

    def merged(
        self, user_exercises: Iterable[Exercise], user_templates: Iterable[Template]
    ) -> Programme:
        """This programme plus the user's exercises and templates (a new Programme)."""
        exercises = dict(self.exercises)
        for ex in user_exercises:
            if ex.slug in self.exercises:
                raise ValidationError(
                    "exercise.slug", ex.slug, "a slug not used by a built-in exercise"
                )
            exercises[ex.slug] = ex
        templates = dict(self.templates)
        for t in user_templates:
            if t.id in self.templates:
                raise ValidationError("template.id", t.id, "an id not used by a built-in template")
            templates[t.id] = t
        return Programme(exercises=exercises, templates=templates, stages=self.stages)

    def user_templates(self) -> list[Template]:
        return [t for t in self.templates.values() if not t.builtin]


def load_builtin(assets_dir: Path) -> Programme:
    """Read and validate assets/protocols; any defect raises DataFormatError naming the file."""
    ex_doc = _read_json(assets_dir / EXERCISES_FILE)
    exercises = _exercises_from_doc(ex_doc, EXERCISES_FILE)
    t_doc = _read_json(assets_dir / TEMPLATES_FILE)
    extra, templates = templates_file_from_dict(t_doc, exercises, TEMPLATES_FILE, builtin=True)
    if extra:
        raise DataFormatError(
            f"{TEMPLATES_FILE}.exercises", f"built-in exercises belong in {EXERCISES_FILE}"
        )
    by_id = {t.id: t for t in templates}
    stages = _stages_from_doc(_read_json(assets_dir / STAGES_FILE), STAGES_FILE, templates)
    _check_seed(exercises, by_id)
    return localized(Programme(exercises=exercises, templates=by_id, stages=stages))


def _read_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise DataFormatError(str(path), f"cannot be read ({e.strerror or e})") from e
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise DataFormatError(path.name, f"not valid JSON: {e}") from e


def _header(doc: Any, where: str, fmt: str, list_key: str) -> list[Any]:
    if not isinstance(doc, dict):
        raise DataFormatError(where, "expected a JSON object")
    unknown = set(doc) - {"format", "version", list_key}
    if unknown:
        raise DataFormatError(join(where, sorted(unknown)[0]), "unknown key")
    if doc.get("format") != fmt:
        raise DataFormatError(join(where, "format"), f"expected {fmt!r}")
    if doc.get("version") != 1 or isinstance(doc.get("version"), bool):
        raise DataFormatError(join(where, "version"), "expected 1")
    items = doc.get(list_key)
    if not isinstance(items, list):
        raise DataFormatError(join(where, list_key), "expected a list")
    return items


def _exercises_from_doc(doc: Any, where: str) -> dict[str, Exercise]:
    out: dict[str, Exercise] = {}
    at_list = join(where, "exercises")
    for i, raw in enumerate(_header(doc, where, EXERCISES_FORMAT, "exercises")):
        ex = exercise_from_dict(raw, index(at_list, i), builtin=True)
        if ex.how_to is None or not ex.how_to.complete:
            missing = ", ".join(ex.how_to.missing()) if ex.how_to else "all of it"
            raise DataFormatError(
                join(index(at_list, i), "how_to"),
                f"a built-in exercise needs a full how-to; missing: {missing}",
            )
        if ex.slug in out:
            raise DataFormatError(join(index(at_list, i), "slug"), f"duplicate slug {ex.slug!r}")
        out[ex.slug] = ex
    return out


_STAGE_KEYS = ("number", "name", "goal", "dosage", "exit_criteria")


def _stages_from_doc(doc: Any, where: str, templates: list[Template]) -> tuple[Stage, ...]:
    stages: list[Stage] = []
    at_list = join(where, "stages")
    for i, raw in enumerate(_header(doc, where, STAGES_FORMAT, "stages")):
        at = index(at_list, i)
        if not isinstance(raw, dict):
            raise DataFormatError(at, "expected an object")
        for key in raw:
            if key not in _STAGE_KEYS:
                raise DataFormatError(
                    join(at, key), f"unknown key (allowed: {', '.join(_STAGE_KEYS)})"
                )
        for key in _STAGE_KEYS:
            if key not in raw:
                raise DataFormatError(join(at, key), "missing (required)")
        number = raw["number"]
        if number != i + 1 or isinstance(number, bool):
            raise DataFormatError(join(at, "number"), f"expected {i + 1} (stages in order)")
        try:
            stage = Stage(
                number=number,
                name=raw["name"],
                goal=raw["goal"],
                dosage=raw["dosage"],
                exit_criteria=raw["exit_criteria"],
                template_ids=tuple(t.id for t in templates if t.stage == number),
            )
        except ValidationError as e:
            raise DataFormatError(join(at, e.field.partition(".")[2]), str(e)) from e
        stages.append(stage)
    if len(stages) != 4:
        raise DataFormatError(at_list, f"expected the 4 stages of the programme, got {len(stages)}")
    for s in stages:
        if not s.template_ids:
            raise DataFormatError(
                join(at_list, str(s.number)), "no built-in template for this stage"
            )
    return tuple(stages)


def _check_seed(exercises: dict[str, Exercise], templates: dict[str, Template]) -> None:
    for slug in SEED_EXERCISES:
        if slug not in exercises:
            raise DataFormatError(EXERCISES_FILE, f"seed exercise {slug!r} is missing")
    for step, tid in enumerate(LADDER, start=1):
        t = templates.get(tid)
        if t is None:
            raise DataFormatError(TEMPLATES_FILE, f"seed ladder template {tid!r} is missing")
        if t.ladder_step != step:
            raise DataFormatError(
                f"{TEMPLATES_FILE}[{tid}].ladder_step", f"expected {step} (seed ladder order)"
            )
    for t in templates.values():
        if t.ladder_step is not None and t.id not in LADDER:
            raise DataFormatError(
                f"{TEMPLATES_FILE}[{t.id}].ladder_step", "only the seed ladder templates have one"
            )
