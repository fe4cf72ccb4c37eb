"""The programme as one service: built-in templates plus the user's, read once and kept.

Reading the programme parses the protocol files and every stored template, so it is done
once and again only after a call here changes the library. Template files move in and out
through here too, so the Programme page and a future importer agree on the rules (all or
nothing; a built-in is never shadowed).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from phtcoach import paths
from phtcoach.core.errors import DataFormatError, UnknownTemplateError, ValidationError
from phtcoach.core.model import Exercise, Template
from phtcoach.core.programme import Programme, load_builtin
from phtcoach.core.serialize import templates_file_from_dict, templates_file_to_dict
from phtcoach.core.words import translate
from phtcoach.services.changes import Changes, Done
from phtcoach.storage.repository import Store


def illustration_path(exercise: Exercise) -> Path | None:
    """The drawing of the exercise's start and end positions (an SVG in `currentColor`),
    or None when its how-to names none or the file is not there."""
    drawing = exercise.how_to.drawing if exercise.how_to is not None else ""
    if not drawing:
        return None
    path = paths.asset("illustrations", f"{drawing}.svg")
    return path if path.is_file() else None


def load_programme(store: Store) -> Programme:
    """The built-in programme plus the user's templates; built-ins alone if theirs clash.

    A user template that shadows or breaks a built-in must not stop the advice from being
    given: the rules only need ids, dosages and stages.
    """
    builtin = load_builtin(paths.asset("protocols"))
    try:
        return builtin.merged(store.library.exercises(), store.library.templates(builtin.exercises))
    except (ValidationError, DataFormatError):
        return builtin


class ProgrammeService:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._programme: Programme | None = None

    def current(self) -> Programme:
        if self._programme is None:
            self._programme = load_programme(self._store)
        return self._programme

    def reload(self) -> None:
        """Forget the cached programme (after an import wrote the user's templates)."""
        self._programme = None

    def names(self) -> dict[str, str]:
        """Exercise and template ids to their names, for readable exports."""
        current = self.current()
        return {
            **{s: e.name for s, e in current.exercises.items()},
            **{t: tpl.name for t, tpl in current.templates.items()},
        }

    def builtin_exercises(self) -> dict[str, Exercise]:
        return {s: e for s, e in self.current().exercises.items() if e.builtin}

    def builtin_template_ids(self) -> set[str]:
        return {t for t, tpl in self.current().templates.items() if tpl.builtin}

    def template(self, template_id: str) -> Template:
        """Raises UnknownTemplateError naming the id when there is no such template."""
        return self.current().template(template_id)

    def name(self, template_id: str) -> str:
        t = self.current().templates.get(template_id)
        return t.name if t is not None else template_id

    def read_file(self, path: Path) -> list[Template]:
        """The templates a file holds, read and checked but not stored (the import dialog
        shows them, and whether the file names an author, before the user confirms)."""
        return self._read(path)[1]

    def import_file(
        self, path: Path, *, prescribed: bool | None = None, author: str | None = None
    ) -> Done[list[Template]]:
        """All-or-nothing: every template in the file is valid and stored, or none is.

        `prescribed` (None: as the file says) marks every imported template as a clinician's
        prescription; `author` (None: as the file says) names who prescribed it.
        """
        exercises, templates = self._read(path)
        if prescribed is not None or author is not None:
            templates = [
                replace(
                    t,
                    prescribed=t.prescribed if prescribed is None else prescribed,
                    author=t.author if author is None else author.strip(),
                )
                for t in templates
            ]
        with self._store.batch():
            for e in exercises:
                self._store.library.save_exercise(e)
            for t in templates:
                self._store.library.save_template(t)
        self._programme = None
        return Done(templates, Changes.PROGRAMME)

    def _read(self, path: Path) -> tuple[list[Exercise], list[Template]]:
        """The file's exercises and templates, checked; any file that is not one (too big,
        not JSON, 5000-digit numbers, nesting 100,000 deep, broken characters) is one
        DataFormatError naming the problem."""
        raw = _read_json(path)
        programme = self.current()
        builtin = {s: e for s, e in programme.exercises.items() if e.builtin}
        try:
            exercises, templates = templates_file_from_dict(raw, builtin, where=path.name)
        except (DataFormatError, ValidationError):
            raise
        except (TypeError, ValueError, RecursionError) as exc:
            raise DataFormatError(path.name, _not_readable(exc)) from None
        clash = [
            t.id
            for t in templates
            if t.id in programme.templates and programme.templates[t.id].builtin
        ]
        if clash:
            raise DataFormatError(
                path.name, f"template id {clash[0]!r} is a built-in; rename it in the file"
            )
        return exercises, templates

    def set_prescribed(
        self,
        template_id: str,
        prescribed: bool,
        *,
        author: str | None = None,
        note: str | None = None,
    ) -> Done[Template]:
        """Mark one of the user's templates as a clinician's prescription, or unlock it.

        Unlocking keeps the author and note (they still say who wrote the plan); it only
        lets the advice propose steps beyond it again. Built-ins cannot be marked: they are
        the app's own ladder, not anyone's prescription.
        """
        t = self.template(template_id)
        if t.builtin:
            raise ValidationError(
                "template.prescribed", template_id, "one of your own templates (not a built-in)"
            )
        changed = replace(
            t,
            prescribed=prescribed,
            author=t.author if author is None else author.strip(),
            note=t.note if note is None else note.strip(),
        )
        self._store.library.save_template(changed)
        self._programme = None
        return Done(changed, Changes.PROGRAMME)

    @staticmethod
    def export_file(path: Path, template: Template) -> None:
        """A template as a file a physio can hand over (nothing in the database changes)."""
        data = templates_file_to_dict([template])
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    def save_template(self, template: Template, *, new: bool) -> Done[Template]:
        """Create (`new`) or replace one of the user's templates, in one transaction.

        A built-in is never stored or shadowed, and a new template never takes the id of
        another one (the editor's draft picks a free id; this is the last word).
        """
        if template.builtin:
            raise ValidationError("template.builtin", True, "a user template (built-ins are fixed)")
        existing = self.current().templates.get(template.id)
        if existing is not None and existing.builtin:
            raise ValidationError(
                "template.id", template.id, "an id not used by a built-in template"
            )
        if new and existing is not None:
            raise ValidationError("template.id", template.id, "an id no other template has")
        if not new and existing is None:
            raise UnknownTemplateError(template.id, [t.id for t in self.current().user_templates()])
        self._store.library.save_template(template)
        self._programme = None
        return Done(template, Changes.PROGRAMME)

    def delete_template(self, template_id: str) -> Done[None]:
        self._store.library.delete_template(template_id)
        self._programme = None
        return Done(None, Changes.PROGRAMME)


MAX_FILE_BYTES = (
    2 * 1024 * 1024
)  # a template file is a few KB; a bigger one would freeze the window


def _read_json(path: Path) -> object:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DataFormatError(
                path.name,
                translate(
                    "programme", "the file is {size} MB; a template file holds at most {max} MB"
                ).format(size=f"{size / 1024 / 1024:.1f}", max=MAX_FILE_BYTES // (1024 * 1024)),
            )
        text = path.read_text(encoding="utf-8-sig")  # a BOM: saved on Windows
    except (OSError, UnicodeDecodeError) as exc:
        message = translate("programme", "cannot read the file: {error}")
        raise DataFormatError(str(path), message.format(error=exc)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        message = translate("programme", "not JSON (line {line}: {error})")
        raise DataFormatError(path.name, message.format(line=exc.lineno, error=exc.msg)) from None
    except (ValueError, RecursionError) as exc:
        raise DataFormatError(path.name, _not_readable(exc)) from None


def _not_readable(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return translate("programme", "the file is nested too deeply to be a template file")
    if "digits" in str(exc):
        return translate("programme", "the file holds a number too long to be a template value")
    return translate("programme", "not a template file ({error})").format(error=type(exc).__name__)
