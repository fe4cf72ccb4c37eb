"""How the Diary writes each kind of entry in one line, apart from the screen's layout.

The day list, the undo messages and the session dialog describe records the same way, and
a reader can check every wording (units, rounding, names instead of ids) in one file.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo

from PySide6.QtCore import QObject

from phtcoach.core.model import (
    KG_PER_LB,
    Activity,
    ClinicianCheck,
    Measure,
    PainEntry,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Units,
)
from phtcoach.core.programme import Programme
from phtcoach.core.words import figure, plural, readable_id
from phtcoach.ui.activity_form import distance_text, flag_name, intensity_name, kind_name
from phtcoach.ui.checkin_time import slot_name
from phtcoach.ui.measure_form import measure_name
from phtcoach.ui.state import AppState
from phtcoach.ui.text.words import inline
from phtcoach.ui.widgets.fmt import lower_first, short_day, time_text

SESSION_MARK = "▶"  # session rows: shown like the others, told apart by this mark
Record = PainEntry | Activity | Measure


class DiaryText(QObject):
    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state

    @property
    def _tz(self) -> tzinfo | None:
        return self._state.tz

    @property
    def _programme(self) -> Programme:
        return self._state.programme

    def pain(self, p: PainEntry) -> str:
        parts = [
            time_text(p.recorded_at, self._tz),
            slot_name(p.slot).capitalize(),
            self.tr("pain {v}/10").format(v=p.pain),
        ]
        if p.test_score is not None and p.test_kind is not None:
            parts.append(
                self.tr("test {v}/10 ({test})").format(
                    v=p.test_score, test=lower_first(p.test_kind.label)
                )
            )
        if p.red_flags:
            parts.append(
                self.tr("⚠ red flags: {flags}").format(
                    flags="; ".join(self.tr(f.label) for f in sorted(p.red_flags))
                )
            )
        if p.notes:
            parts.append(f"“{p.notes}”")
        return " · ".join(parts)

    def activity(self, a: Activity) -> str:
        parts = [
            time_text(a.recorded_at, self._tz),
            self.tr("{kind} {m} min, {intensity}").format(
                kind=kind_name(a.kind), m=figure(a.minutes), intensity=intensity_name(a.intensity)
            ),
        ]
        if a.flags:
            parts.append(", ".join(flag_name(f) for f in sorted(a.flags)))
        if a.distance_km is not None:
            parts.append(distance_text(a.distance_km, self.units()))
        if a.hours_sitting:
            parts.append(self.tr("sat {h} h").format(h=figure(a.hours_sitting)))
        if a.pain_during is not None:
            parts.append(self.tr("pain during {v}/10").format(v=a.pain_during))
        if a.notes:
            parts.append(f"“{a.notes}”")
        return " · ".join(parts)

    def measure(self, m: Measure) -> str:
        parts = [time_text(m.recorded_at, self._tz), f"{measure_name(m.kind)} {figure(m.value)}"]
        if m.notes:
            parts.append(f"“{m.notes}”")
        return " · ".join(parts)

    def session(self, s: SessionRecord, sets: Sequence[SetRecord]) -> str:
        name = readable_id(s.template_id)  # a template deleted since: never the raw id
        if self._programme is not None and s.template_id in self._programme.templates:
            name = self._programme.templates[s.template_id].name
        status = {
            SessionStatus.COMPLETED: self.tr("completed"),
            SessionStatus.ENDED_EARLY: self.tr("ended early"),
            SessionStatus.IN_PROGRESS: self.tr("in progress"),
        }[s.status]
        parts = [
            f"{SESSION_MARK} {time_text(s.started_at, self._tz)}",
            self.tr("Session: {name}").format(name=name),
            status,
        ]
        if sets:
            parts.append(self.sets_summary(sets))
            reps = sum(st.performed_reps for st in sets)
            tut = sum(st.time_under_tension_s for st in sets)
            parts.append(
                ", ".join(
                    (
                        plural(self.tr("%n set(s)", "", len(sets)), len(sets)),
                        plural(self.tr("%n rep(s)", "", reps), reps),
                        self.tr("{tut} s under tension").format(tut=figure(tut, 0)),
                    )
                )
            )
            pains = [st.pain_during for st in sets if st.pain_during is not None]
            if pains:
                parts.append(self.tr("max pain {v}/10").format(v=max(pains)))
            loads = [st.load_kg for st in sets if st.load_kg]
            if loads:
                parts.append(self.load(max(loads)))
        if s.pain_after is not None:
            parts.append(self.tr("pain after {v}/10").format(v=s.pain_after))
        return " · ".join(parts)

    def sets_summary(self, sets: Sequence[SetRecord]) -> str:
        """Per exercise, in the order done: "Bridge 3×10, Nordic 8, 6": what was actually done."""
        reps: dict[str, list[int]] = {}
        for st in sets:
            reps.setdefault(st.exercise_slug, []).append(st.performed_reps)
        out: list[str] = []
        for slug, counts in reps.items():
            name = slug.replace("-", " ").replace("_", " ")
            if self._programme is not None and slug in self._programme.exercises:
                name = self._programme.exercises[slug].name
            if len(set(counts)) == 1:
                out.append(f"{name} {len(counts)}×{counts[0]}")
            else:
                out.append(f"{name} " + ", ".join(str(c) for c in counts))
        return "; ".join(out)

    def units(self) -> Units:
        return self._state.settings.units

    def load(self, kg: float) -> str:
        """A load in the user's unit (Settings.units); the store keeps kilograms."""
        if self.units() is Units.LB:
            return self.tr("{lb} lb").format(lb=figure(kg / KG_PER_LB))
        return self.tr("{kg} kg").format(kg=figure(kg))

    def check(self, c: ClinicianCheck) -> str:
        parts = [
            time_text(c.recorded_at, self._tz),
            self.tr(
                "✓ Checked by a clinician: the red flags logged before this no longer hold "
                "the programme"
            ),
        ]
        if c.notes:
            parts.append(f"“{c.notes}”")
        return " · ".join(parts)

    def describe(self, rec: Record | SessionRecord | ClinicianCheck) -> str:
        when = short_day(day_of(rec, self._tz))
        if isinstance(rec, PainEntry):
            return self.tr("{slot} check-in {v}/10 ({day})").format(
                slot=slot_name(rec.slot), v=rec.pain, day=when
            )
        if isinstance(rec, Activity):
            return self.tr("{kind} {m} min ({day})").format(
                kind=inline(kind_name(rec.kind)), m=figure(rec.minutes), day=when
            )
        if isinstance(rec, Measure):
            return self.tr("{what} {v} ({day})").format(
                what=measure_name(rec.kind), v=figure(rec.value), day=when
            )
        if isinstance(rec, ClinicianCheck):
            return self.tr("clinician check ({day})").format(day=when)
        return self.tr("session ({day})").format(day=when)


def day_of(rec: Record | SessionRecord | ClinicianCheck, tz: tzinfo | None) -> date:
    if isinstance(rec, SessionRecord):
        return rec.started_at.astimezone(tz).date()
    return rec.local_date
