"""Words of the exercise editor's form: the how-to parts it shows and the names of its
fields, as the inline problems name them ("Name: ... is not allowed (...)")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "ExerciseEditor"

# The how-to parts as the editor shows them: (draft field, list part: one step per line).
HOWTO_PARTS = (
    ("setup", True),
    ("movement", True),
    ("feel", False),
    ("faults", True),
    ("easier", False),
    ("harder", False),
    ("if_it_hurts", False),
    ("cues", True),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_labels() -> dict[str, str]:
    """The model's field names as the form calls them (for the inline problems)."""
    return {
        "exercise.name": _t("Name"),
        "exercise.short_name": _t("Short name"),
        "exercise.slug": _t("Id (for files)"),
        "exercise.kind": _t("Kind"),
        "exercise.stage": _t("Stage"),
        "exercise.single_leg": _t("Legs"),
        "how_to.setup": _t("Set-up"),
        "how_to.movement": _t("Movement"),
        "how_to.feel": _t("What to feel"),
        "how_to.faults": _t("Common faults"),
        "how_to.easier": _t("Easier"),
        "how_to.harder": _t("Harder"),
        "how_to.if_it_hurts": _t("If it hurts"),
        "how_to.cues": _t("Cues (at most 3, short)"),
    }
