"""The user's own exercises and templates, stored as the JSON dicts template files use.

Built-in exercises and templates ship with the app and are never stored; the user's are
kept here with the links between them, so an exercise still used by a template cannot be
deleted from under it.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from phtcoach.core.clock import Clock
from phtcoach.core.errors import DataFormatError, ValidationError
from phtcoach.core.model import Exercise, Template, check_slug
from phtcoach.core.serialize import (
    exercise_from_dict,
    exercise_to_dict,
    template_from_dict,
    template_to_dict,
)
from phtcoach.core.words import plural
from phtcoach.storage.errors import StorageError
from phtcoach.storage.rows import to_text
from phtcoach.storage.sql import Db


class InUseError(StorageError):
    """Deleting this would break something that refers to it (an exercise in a template)."""


class LibraryRepository:
    """The user's own exercises and templates, as the same JSON dicts template files use."""

    def __init__(self, db: Db, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def save_exercise(self, exercise: Exercise) -> None:
        """Insert or replace by slug."""
        if exercise.builtin:
            raise ValidationError(
                "exercise.builtin", True, "a user exercise (built-in ones are not stored)"
            )
        with self._db.write() as conn:
            self._put_exercise(conn, exercise)

    def _put_exercise(self, conn: sqlite3.Connection, exercise: Exercise) -> None:
        conn.execute(
            "INSERT INTO user_exercises (slug, name, data, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (slug) DO UPDATE SET name = excluded.name, data = excluded.data, "
            "updated_at = excluded.updated_at",
            (exercise.slug, exercise.name, _dump(exercise_to_dict(exercise)), self._now()),
        )

    def exercises(self) -> builtins.list[Exercise]:
        """The user's exercises by name. A row that no longer reads raises StorageError."""
        rows = self._db.rows(
            "SELECT slug, data FROM user_exercises ORDER BY name COLLATE NOCASE, slug"
        )
        out: builtins.list[Exercise] = []
        for r in rows:
            try:
                out.append(
                    exercise_from_dict(json.loads(r["data"]), f"user_exercises[{r['slug']}]")
                )
            except (DataFormatError, ValueError) as e:
                raise StorageError(self._db.path, f"a stored exercise is unreadable: {e}") from e
        return out

    def delete_exercise(self, slug: str) -> None:
        """Refused while one of the user's templates uses it: the template would break."""
        with self._db.write() as conn:
            users = [  # by name: an id never reaches the user
                str(r[0])
                for r in conn.execute(
                    "SELECT COALESCE(t.name, x.template_id) FROM template_exercises x "
                    "LEFT JOIN user_templates t ON t.id = x.template_id "
                    "WHERE x.exercise_slug = ? ORDER BY 1",
                    (slug,),
                )
            ]
            if users:
                named = conn.execute(
                    "SELECT name FROM user_exercises WHERE slug = ?", (slug,)
                ).fetchone()
                shown = str(named[0]) if named is not None else slug
                listed = ", ".join(f"“{u}”" for u in users)
                raise InUseError(
                    self._db.path,
                    # The plural is chosen before the names go in: a name may hold "(s)".
                    plural("exercise “{0}” is used by your template(s) {1}", len(users)).format(
                        shown, listed
                    )
                    + "; remove it from them first",
                )
            if conn.execute("DELETE FROM user_exercises WHERE slug = ?", (slug,)).rowcount == 0:
                raise self._db.not_found("exercise", slug)

    def save_template(self, template: Template) -> None:
        """Insert or replace by id, storing any of its user exercises not yet saved.

        A block whose exercise differs from the saved exercise of the same slug is refused:
        reading the template back would silently give it the other exercise.
        """
        if template.builtin:
            raise ValidationError(
                "template.builtin", True, "a user template (built-in ones are not stored)"
            )
        data = _dump(template_to_dict(template))
        own = {b.exercise.slug: b.exercise for b in template.blocks if not b.exercise.builtin}
        with self._db.write() as conn:
            for slug, exercise in own.items():
                row = conn.execute(
                    "SELECT data FROM user_exercises WHERE slug = ?", (slug,)
                ).fetchone()
                if row is None:
                    self._put_exercise(conn, exercise)
                elif json.loads(row[0]) != exercise_to_dict(exercise):
                    raise ValidationError(
                        "template.blocks.exercise",
                        slug,
                        "the saved exercise of that slug (save the changed exercise first)",
                    )
            conn.execute(
                "INSERT INTO user_templates (id, name, data, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, data = excluded.data, "
                "updated_at = excluded.updated_at",
                (template.id, template.name, data, self._now()),
            )
            conn.execute("DELETE FROM template_exercises WHERE template_id = ?", (template.id,))
            conn.executemany(
                "INSERT INTO template_exercises (template_id, exercise_slug) VALUES (?, ?)",
                [(template.id, s) for s in sorted({b.exercise.slug for b in template.blocks})],
            )

    def templates(self, builtin_exercises: Mapping[str, Exercise]) -> builtins.list[Template]:
        """The user's templates by name; any that no longer read are left out.

        `template_problems` says which and why, so the UI can tell the user instead of
        refusing to start over one broken template.
        """
        return self._read_templates(builtin_exercises)[0]

    def template_problems(self, builtin_exercises: Mapping[str, Exercise]) -> builtins.list[str]:
        return self._read_templates(builtin_exercises)[1]

    def _read_templates(
        self, builtin_exercises: Mapping[str, Exercise]
    ) -> tuple[builtins.list[Template], builtins.list[str]]:
        # Built-ins win a slug clash, as in template files (serialize.templates_file_from_dict).
        known = {**{e.slug: e for e in self.exercises()}, **builtin_exercises}
        rows = self._db.rows("SELECT id, data FROM user_templates ORDER BY name COLLATE NOCASE, id")
        found: builtins.list[Template] = []
        problems: builtins.list[str] = []
        for r in rows:
            try:
                found.append(
                    template_from_dict(json.loads(r["data"]), known, f"template {r['id']}")
                )
            except (DataFormatError, ValueError) as e:
                problems.append(str(e))
        return found, problems

    def delete_template(self, template_id: str) -> None:
        check_slug("template.id", template_id)
        with self._db.write() as conn:
            if (
                conn.execute("DELETE FROM user_templates WHERE id = ?", (template_id,)).rowcount
                == 0
            ):
                raise self._db.not_found("template", template_id)

    def _now(self) -> str:
        return to_text(self._clock.now())


def _dump(d: Mapping[str, Any]) -> str:
    return json.dumps(d, allow_nan=False, ensure_ascii=False, sort_keys=True)
