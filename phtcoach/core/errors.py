"""Errors that carry enough detail for the UI and the command line to tell the user what to fix."""

from __future__ import annotations

import math

from phtcoach.core.words import translate


class ValidationError(ValueError):
    """A value outside what the domain allows.

    The message always names the field and the allowed range, so the GUI can show it
    beside the control and the CLI can print it as its one line before exiting with 2.
    """

    def __init__(self, field: str, value: object, allowed: str) -> None:
        self.field = field
        self.value = value
        self.allowed = allowed
        super().__init__(f"{field}: {short_repr(value)} is not allowed ({allowed})")


def short_repr(value: object, limit: int = 60) -> str:
    """`repr(value)` cut to about `limit` characters; never raises (a whole number of more
    than 4300 digits has no repr in Python 3.11, a hostile object may have a broken one)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        return f"a whole number of about {int(value.bit_length() * 0.30103)} digits"
    if isinstance(value, float) and math.isfinite(value):
        # As typed, not as stored: 150.0 -> '150', 0.1 + 0.2 -> '0.3' (never '150.0' for a
        # whole number, nor a binary fraction's 17 digits).
        return f"{value:.10g}"
    try:
        text = repr(value)
    except Exception:
        return f"a {type(value).__name__}"
    return text if len(text) <= limit else f"{text[: limit - 3]}..."


class UnknownTemplateError(LookupError):
    """A template id that is neither built in nor one of the user's."""

    def __init__(self, template_id: str, known: list[str] | None = None) -> None:
        self.template_id = template_id
        self.known = sorted(known or [])
        hint = (
            translate("errors", "; known: {ids}").format(ids=", ".join(self.known))
            if self.known
            else ""
        )
        message = translate("errors", "unknown template {id}{hint}")
        super().__init__(message.format(id=repr(template_id), hint=hint))


class DataFormatError(ValueError):
    """A file (template, export, import) that is not in the expected shape.

    `where` says where in the file (e.g. "templates[2].blocks[0].dosage.sets").
    """

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")
