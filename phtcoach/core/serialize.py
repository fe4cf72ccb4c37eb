"""Plain-dict codecs for exercises and templates: one file format everywhere.

The built-in library (assets/protocols), the user's own templates in the database and a
template file a physio hands over all use these dicts, so a template exported from the
app can be read back by the same code that loads the built-ins. Dicts hold only JSON and
TOML types (no None is written, because TOML has no null), and reading is strict:
unknown keys are errors, because a typo such as "rest_betwen_sets_s" must not quietly
fall back to a default and change someone's rehab dosage. Every problem is reported as a
`DataFormatError` whose `where` is a path into the file ("templates[2].blocks[0].dosage.sets"),
by the located readers in `strict_dicts`.
Readers build new objects only and never mutate inputs, so callers get all-or-nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from phtcoach.core.errors import DataFormatError, short_repr
from phtcoach.core.howto import howto_from_dict, howto_to_dict
from phtcoach.core.model import PHASE_FIELDS, Block, Dosage, Exercise, ExerciseKind, Template
from phtcoach.core.strict_dicts import build_at, index, join, read_list, read_object, type_name

TEMPLATES_FORMAT = "phtcoach-templates"
TEMPLATES_VERSION = 1

# Which phase-seconds fields a dosage of each kind carries in a file.
KIND_FIELDS: dict[ExerciseKind, tuple[str, ...]] = {
    ExerciseKind.ISOMETRIC: ("hold_s",),
    ExerciseKind.TEMPO: ("up_s", "top_pause_s", "down_s", "bottom_pause_s"),
    ExerciseKind.ECCENTRIC: ("up_s", "top_pause_s", "down_s", "bottom_pause_s"),
    ExerciseKind.TIMED: ("work_s",),
    ExerciseKind.INTERVAL: ("walk_s", "run_s"),
}

_EXERCISE_KEYS = (
    "slug",
    "name",
    "short_name",
    "kind",
    "single_leg",
    "lower_first",
    "instructions",
    "stage",
    "how_to",
)
_DOSAGE_KEYS = (
    "kind",
    "sets",
    "reps",
    *PHASE_FIELDS,
    "rest_between_reps_s",
    "rest_between_sets_s",
    "load_kg",
    "sides",
)
_BLOCK_KEYS = ("exercise", "dosage", "rest_after_s", "note")
_TEMPLATE_KEYS = (
    "id",
    "name",
    "stage",
    "description",
    "ladder_step",
    "prescribed",
    "author",
    "note",
    "blocks",
)
_FILE_KEYS = ("format", "version", "exercises", "templates")

# --------------------------------------------------------------------------- exercises


def exercise_to_dict(ex: Exercise) -> dict[str, Any]:
    out: dict[str, Any] = {
        "slug": ex.slug,
        "name": ex.name,
        "kind": ex.kind.value,
        "single_leg": ex.single_leg,
    }
    if ex.short_name:
        out["short_name"] = ex.short_name
    if ex.lower_first:
        out["lower_first"] = True
    if ex.instructions:
        out["instructions"] = ex.instructions
    if ex.stage is not None:
        out["stage"] = ex.stage
    if ex.how_to is not None:
        out["how_to"] = howto_to_dict(ex.how_to)
    return out


def exercise_from_dict(d: object, where: str, *, builtin: bool = False) -> Exercise:
    """Read an exercise; `builtin` is never in a file, the loader of assets/protocols sets it."""
    o = read_object(d, where, _EXERCISE_KEYS, ("slug", "name", "kind"))
    raw_how = o.get("how_to")  # optional: files written before how-tos existed still load
    how_to = (
        None
        if raw_how is None
        else build_at(join(where, "how_to"), lambda: howto_from_dict(raw_how))
    )
    return build_at(
        where,
        lambda: Exercise(
            slug=o["slug"],
            name=o["name"],
            short_name=o.get("short_name", ""),
            kind=o["kind"],
            single_leg=o.get("single_leg", False),
            lower_first=o.get("lower_first", False),
            instructions=o.get("instructions", ""),
            stage=o.get("stage"),
            builtin=builtin,
            how_to=how_to,
        ),
    )


# --------------------------------------------------------------------------- dosages


def dosage_to_dict(dosage: Dosage) -> dict[str, Any]:
    """Every field the kind uses (zeros included, so a file shows what can be set)."""
    out: dict[str, Any] = {"kind": dosage.kind.value, "sets": dosage.sets, "reps": dosage.reps}
    for name in KIND_FIELDS[dosage.kind]:
        out[name] = getattr(dosage, name)
    out["rest_between_reps_s"] = dosage.rest_between_reps_s
    out["rest_between_sets_s"] = dosage.rest_between_sets_s
    out["load_kg"] = dosage.load_kg
    out["sides"] = dosage.sides.value
    return out


def dosage_from_dict(d: object, where: str, *, default_kind: ExerciseKind | None = None) -> Dosage:
    """Read a dosage. Inside a block "kind" may be left out: it is the exercise's kind.

    Fields left out take the model's defaults (0 s, 60 s between sets, affected side only).
    """
    required = () if default_kind is not None else ("kind",)
    o = read_object(d, where, _DOSAGE_KEYS, required)
    kind: Any = o.get("kind", default_kind)
    fields = {k: v for k, v in o.items() if k != "kind"}
    return build_at(where, lambda: Dosage(kind=kind, **fields))


# --------------------------------------------------------------------------- templates


def block_to_dict(block: Block) -> dict[str, Any]:
    out: dict[str, Any] = {
        "exercise": block.exercise.slug,
        "dosage": dosage_to_dict(block.dosage),
        "rest_after_s": block.rest_after_s,
    }
    if block.note:
        out["note"] = block.note
    return out


def block_from_dict(d: object, exercises: Mapping[str, Exercise], where: str) -> Block:
    o = read_object(d, where, _BLOCK_KEYS, ("exercise", "dosage"))
    slug = o["exercise"]
    if not isinstance(slug, str):
        raise DataFormatError(
            join(where, "exercise"), f"expected an exercise slug, got {type_name(slug)}"
        )
    exercise = exercises.get(slug)
    if exercise is None:
        raise DataFormatError(
            join(where, "exercise"),
            f"unknown exercise {short_repr(slug)} (neither built in nor defined in this file)",
        )
    dosage = dosage_from_dict(o["dosage"], join(where, "dosage"), default_kind=exercise.kind)
    rest = {"rest_after_s": o["rest_after_s"]} if "rest_after_s" in o else {}
    return build_at(
        where,
        lambda: Block(exercise=exercise, dosage=dosage, note=o.get("note", ""), **rest),
    )


def template_to_dict(template: Template) -> dict[str, Any]:
    """Blocks name their exercise by slug; the exercise itself is written once elsewhere."""
    out: dict[str, Any] = {"id": template.id, "name": template.name}
    if template.stage is not None:
        out["stage"] = template.stage
    if template.description:
        out["description"] = template.description
    if template.ladder_step is not None:
        out["ladder_step"] = template.ladder_step
    if template.prescribed:  # optional keys: files and stored rows without them still read
        out["prescribed"] = True
    if template.author:
        out["author"] = template.author
    if template.note:
        out["note"] = template.note
    out["blocks"] = [block_to_dict(b) for b in template.blocks]
    return out


def template_from_dict(
    d: object, exercises: Mapping[str, Exercise], where: str, *, builtin: bool = False
) -> Template:
    o = read_object(d, where, _TEMPLATE_KEYS, ("id", "name", "blocks"))
    where_blocks = join(where, "blocks")
    raw_blocks = read_list(o["blocks"], where_blocks)
    blocks = tuple(
        block_from_dict(b, exercises, index(where_blocks, i)) for i, b in enumerate(raw_blocks)
    )
    return build_at(
        where,
        lambda: Template(
            id=o["id"],
            name=o["name"],
            blocks=blocks,
            stage=o.get("stage"),
            description=o.get("description", ""),
            ladder_step=o.get("ladder_step"),
            builtin=builtin,
            prescribed=o.get("prescribed", False),
            author=o.get("author", ""),
            note=o.get("note", ""),
        ),
    )


# --------------------------------------------------------------------------- template files


def templates_file_to_dict(
    templates: Iterable[Template], exercises: Iterable[Exercise] = ()
) -> dict[str, Any]:
    """A self-contained template file: every non-built-in exercise the templates use, plus
    any extra `exercises` given (e.g. the user's own exercises not yet in a template).

    Built-in exercises are referenced by slug only: every copy of the app has them.
    """
    templates = list(templates)
    chosen: dict[str, Exercise] = {}
    candidates = [*exercises, *(b.exercise for t in templates for b in t.blocks)]
    for ex in candidates:
        if ex.builtin:
            continue
        seen = chosen.get(ex.slug)
        if seen is not None and not _same_exercise(seen, ex):
            raise DataFormatError(
                f"exercises[{ex.slug}]", "two different exercises share this slug"
            )
        chosen.setdefault(ex.slug, ex)
    ids = [t.id for t in templates]
    for i, tid in enumerate(ids):
        if tid in ids[:i]:
            raise DataFormatError(index("templates", i), f"duplicate template id {tid!r}")
    return {
        "format": TEMPLATES_FORMAT,
        "version": TEMPLATES_VERSION,
        "exercises": [exercise_to_dict(e) for e in chosen.values()],
        "templates": [template_to_dict(t) for t in templates],
    }


MAX_FILE_TEMPLATES = 200  # a physio's file holds a handful; more is not a template file
MAX_FILE_EXERCISES = 200


def templates_file_from_dict(
    d: object,
    builtin_exercises: Mapping[str, Exercise],
    where: str = "",
    *,
    builtin: bool = False,
) -> tuple[list[Exercise], list[Template]]:
    """Read a template file: (the exercises it defines, its templates), all or nothing.

    Blocks may use the file's exercises and `builtin_exercises`. A file exercise whose
    slug is already in `builtin_exercises` is an error unless it is the same exercise
    (an export that included a built-in); it is then not returned again.
    """
    o = read_object(d, where, _FILE_KEYS, ("format", "version", "templates"))
    if o["format"] != TEMPLATES_FORMAT:
        raise DataFormatError(
            join(where, "format"),
            f"{short_repr(o['format'])} is not a template file ({TEMPLATES_FORMAT!r})",
        )
    version = o["version"]
    if isinstance(version, bool) or version != TEMPLATES_VERSION:
        raise DataFormatError(
            join(where, "version"),
            f"{short_repr(version)} is not supported "
            f"(this version of the app reads {TEMPLATES_VERSION})",
        )
    known: dict[str, Exercise] = dict(builtin_exercises)
    new_exercises: list[Exercise] = []
    where_ex = join(where, "exercises")
    raw_exercises = read_list(o.get("exercises") or [], where_ex)
    if not builtin and len(raw_exercises) > MAX_FILE_EXERCISES:
        raise DataFormatError(
            where_ex,
            f"{len(raw_exercises)} exercises; a file holds at most {MAX_FILE_EXERCISES}",
        )
    for i, raw in enumerate(raw_exercises):
        at = index(where_ex, i)
        ex = exercise_from_dict(raw, at, builtin=builtin)
        existing = known.get(ex.slug)
        if existing is not None:
            if ex.slug in builtin_exercises and _same_exercise(existing, ex):
                continue
            problem = (
                "duplicate exercise slug in this file"
                if ex.slug not in builtin_exercises
                else "clashes with a different built-in exercise of the same slug"
            )
            raise DataFormatError(join(at, "slug"), f"{ex.slug!r}: {problem}")
        known[ex.slug] = ex
        new_exercises.append(ex)
    where_t = join(where, "templates")
    templates: list[Template] = []
    seen_ids: set[str] = set()
    raw_templates = read_list(o["templates"], where_t)
    if not builtin and len(raw_templates) > MAX_FILE_TEMPLATES:
        raise DataFormatError(
            where_t,
            f"{len(raw_templates)} templates; a file holds at most {MAX_FILE_TEMPLATES}",
        )
    for i, raw in enumerate(raw_templates):
        at = index(where_t, i)
        t = template_from_dict(raw, known, at, builtin=builtin)
        if t.id in seen_ids:
            raise DataFormatError(join(at, "id"), f"duplicate template id {t.id!r} in this file")
        seen_ids.add(t.id)
        templates.append(t)
    return new_exercises, templates


def _same_exercise(a: Exercise, b: Exercise) -> bool:
    """Equal in everything a file carries (the `builtin` flag is not in files)."""
    return exercise_to_dict(a) == exercise_to_dict(b)
