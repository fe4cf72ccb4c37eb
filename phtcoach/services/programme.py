"""The programme as one service: built-in templates plus the user's, read once and kept.

Reading the programme parses the protocol files and every stored template, so it is done
once and again only after a call here changes the library. Template files move in and out
through here too, so the Programme page and a future importer agree on the rules (all or
nothing; a built-in is never shadowed).
"""

from __future__ import annotations

import json
from pathlib import Path

from phtcoach import paths
from phtcoach.core.errors import DataFormatError, ValidationError
from phtcoach.core.model import Exercise, Template
from phtcoach.core.programme import Programme, load_builtin
from phtcoach.core.serialize import templates_file_from_dict, templates_file_to_dict
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

    def import_file(self, path: Path) -> Done[list[Template]]:
        """All-or-nothing: every template in the file is valid and stored, or none is."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise DataFormatError(str(path), f"cannot read the file: {exc}") from None
        except json.JSONDecodeError as exc:
            raise DataFormatError(str(path), f"not JSON (line {exc.lineno}: {exc.msg})") from None
        programme = self.current()
        builtin = {s: e for s, e in programme.exercises.items() if e.builtin}
        exercises, templates = templates_file_from_dict(raw, builtin, where=path.name)
        clash = [
            t.id
            for t in templates
            if t.id in programme.templates and programme.templates[t.id].builtin
        ]
        if clash:
            raise DataFormatError(
                path.name, f"template id {clash[0]!r} is a built-in; rename it in the file"
            )
        with self._store.batch():
            for e in exercises:
                self._store.library.save_exercise(e)
            for t in templates:
                self._store.library.save_template(t)
        self._programme = None
        return Done(templates, Changes.PROGRAMME)

    @staticmethod
    def export_file(path: Path, template: Template) -> None:
        """A template as a file a physio can hand over (nothing in the database changes)."""
        data = templates_file_to_dict([template])
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    def delete_template(self, template_id: str) -> Done[None]:
        self._store.library.delete_template(template_id)
        self._programme = None
        return Done(None, Changes.PROGRAMME)
