"""Words for the template editor's fields and problems, through Qt's translate.

The draft (`services/template_draft.py`) names its problems by field key and carries the
model's own range; this module turns them into what the editor shows beside the field:
"Block 2 · hold (s): a number from 0 to 3600", a load range in the user's units.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from phtcoach.core.model import KG_PER_LB, ExerciseKind, SidesMode, Units
from phtcoach.services.template_draft import Problem

CONTEXT = "TemplateEditor"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(name: str, units: Units = Units.KG) -> str:
    labels = {
        "id": _t("id"),
        "name": _t("name"),
        "description": _t("description"),
        "stage": _t("stage"),
        "blocks": _t("blocks"),
        "exercise": _t("exercise"),
        "kind": _t("kind"),
        "sets": _t("sets"),
        "reps": _t("reps"),
        "hold_s": _t("hold (s)"),
        "up_s": _t("up (s)"),
        "top_pause_s": _t("top pause (s)"),
        "down_s": _t("down (s)"),
        "bottom_pause_s": _t("bottom pause (s)"),
        "work_s": _t("work (s)"),
        "walk_s": _t("walk (s)"),
        "run_s": _t("run (s)"),
        "rest_between_reps_s": _t("rest between reps (s)"),
        "rest_between_sets_s": _t("rest between sets (s)"),
        "rest_after_s": _t("rest after block (s)"),
        "load_kg": _t("load (lb)") if units is Units.LB else _t("load (kg)"),
        "sides": _t("sides"),
        "note": _t("note"),
    }
    return labels.get(name, name)


def kind_label(kind: ExerciseKind) -> str:
    return {
        ExerciseKind.ISOMETRIC: _t("Hold"),
        ExerciseKind.TEMPO: _t("Tempo"),
        ExerciseKind.ECCENTRIC: _t("Eccentric"),
        ExerciseKind.TIMED: _t("Timed"),
        ExerciseKind.INTERVAL: _t("Walk-run"),
    }[kind]


def sides_label(sides: SidesMode) -> str:
    return {
        SidesMode.AFFECTED: _t("Affected side only"),
        SidesMode.EACH: _t("Each side"),
    }[sides]


def problem_label(p: Problem, units: Units = Units.KG) -> str:
    name = field_label(p.field, units)
    if p.block is None:
        return name
    return _t("block %1 · %2").replace("%1", str(p.block + 1)).replace("%2", name)


def problem_text(p: Problem, units: Units = Units.KG) -> str:
    """'block 2 · hold (s): a number from 0 to 3600'; a load range in lb when the user's
    units are lb (the model's range is in kg). The id follows the name and is never shown:
    its one problem (taken) is said about the name."""
    if p.field == "id":
        return _t("Another template already has this name: choose another name.")
    allowed = p.allowed
    if p.field == "load_kg" and units is Units.LB:
        allowed = re.sub(r"\d+(?:\.\d+)?", lambda m: f"{float(m.group()) / KG_PER_LB:.0f}", allowed)
    return _t("%1: %2").replace("%1", problem_label(p, units)).replace("%2", allowed)
