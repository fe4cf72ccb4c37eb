"""The user's own exercises: add, change and delete them, one transaction each.

The rules that keep the programme readable live here: a user exercise never takes a
built-in's slug (the merged programme would refuse the whole library), a saved slug never
changes (templates and recorded sets refer to it), an exercise's kind does not change
while a template doses it (its dosages are of that kind), and an exercise a template uses
is not deleted from under it.
"""

from __future__ import annotations

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import Exercise, Template
from phtcoach.core.words import readable_id
from phtcoach.services.changes import Changes, Done
from phtcoach.services.programme import ProgrammeService
from phtcoach.storage.repository import Store


class ExerciseInUseError(ValueError):
    """The exercise is used by templates (`templates`: their names), so it stays."""

    def __init__(self, slug: str, templates: list[str], name: str = "") -> None:
        self.slug = slug
        self.templates = templates
        shown = name or readable_id(slug)  # the name: an id never reaches the user
        listed = ", ".join(f"“{t}”" for t in templates)
        super().__init__(f"exercise “{shown}” is used by {listed}; remove it from them first")


class ExerciseService:
    def __init__(self, store: Store, programme: ProgrammeService) -> None:
        self._store = store
        self._programme = programme

    def user_exercises(self) -> list[Exercise]:
        """The user's exercises by name."""
        found = [e for e in self._programme.current().exercises.values() if not e.builtin]
        return sorted(found, key=lambda e: (e.name.casefold(), e.slug))

    def builtin_slugs(self) -> set[str]:
        return set(self._programme.builtin_exercises())

    def used_by(self, slug: str) -> list[Template]:
        """The templates with a block of this exercise, by name."""
        found = [
            t
            for t in self._programme.current().templates.values()
            if any(b.exercise.slug == slug for b in t.blocks)
        ]
        return sorted(found, key=lambda t: t.name.casefold())

    def save(self, exercise: Exercise, *, new: bool) -> Done[Exercise]:
        """Add (`new`) or change one of the user's exercises."""
        if exercise.slug in self.builtin_slugs():
            raise ValidationError(
                "exercise.slug", exercise.slug, "a slug not used by a built-in exercise"
            )
        mine = {e.slug: e for e in self.user_exercises()}
        old = mine.get(exercise.slug)
        if new and old is not None:
            raise ValidationError(
                "exercise.slug", exercise.slug, "a slug not used by another exercise"
            )
        if not new and old is None:
            raise ValidationError("exercise.slug", exercise.slug, "one of your saved exercises")
        if old is not None and old.kind is not exercise.kind:
            users = [t.name for t in self.used_by(exercise.slug)]
            if users:
                raise ValidationError(
                    "exercise.kind",
                    exercise.kind.value,
                    f"{old.kind.value}, while {', '.join(users)} dose it as that",
                )
        self._store.library.save_exercise(exercise)
        self._programme.reload()
        return Done(exercise, Changes.PROGRAMME)

    def delete(self, slug: str) -> Done[None]:
        """Refused, naming the templates, while any template uses the exercise."""
        if slug in self.builtin_slugs():
            raise ValidationError("exercise.slug", slug, "one of your exercises (not a built-in)")
        users = [t.name for t in self.used_by(slug)]
        if users:
            name = next((e.name for e in self.user_exercises() if e.slug == slug), "")
            raise ExerciseInUseError(slug, users, name)
        self._store.library.delete_exercise(slug)  # the storage check stays as the last word
        self._programme.reload()
        return Done(None, Changes.PROGRAMME)
