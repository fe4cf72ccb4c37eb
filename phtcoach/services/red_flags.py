"""Red flags as PROTOCOL.md rule 6 means them: they hold the programme until a clinician
has checked them, wherever they were written down.

A flag is logged by ticking a check-in box, or by answering "yes" to "Is this a red flag?"
about a note that names a symptom. Everything logged up to the latest clinician check is
cleared by it; anything logged after holds again, however old. Notes are scanned only from
the latest check on: a check covers what was written before it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, tzinfo

from phtcoach.core.clock import Clock
from phtcoach.core.model import ClinicianCheck, NoteAnswer, RedFlag
from phtcoach.core.progression import History
from phtcoach.core.red_flag_notes import FlagEvent, NoteMention, quote, red_flag_mentions
from phtcoach.services.changes import Changes, Done
from phtcoach.storage.repository import Store


class RedFlagService:
    def __init__(self, store: Store, clock: Clock, tz: tzinfo | None) -> None:
        self._store = store
        self._clock = clock
        self._tz = tz

    # ------------------------------------------------------------------ clinician checks

    def latest_check(self) -> ClinicianCheck | None:
        return self._store.diary.latest_check()

    def checks(self, first: date | None = None, last: date | None = None) -> list[ClinicianCheck]:
        return self._store.diary.checks(first, last)

    def record_check(self, notes: str = "") -> Done[ClinicianCheck]:
        """ "I have been checked by a clinician": the flags logged so far stop holding."""
        now = self._clock.now()
        check = ClinicianCheck(now.astimezone(self._tz).date(), now, notes)
        return Done(self._store.diary.add_check(check), Changes.DIARY)

    def delete_check(self, check: ClinicianCheck) -> Done[ClinicianCheck]:
        if check.id is None:
            raise ValueError("the clinician check has no id")
        return Done(self._store.diary.delete_check(check.id), Changes.DIARY)

    def restore_check(self, check: ClinicianCheck) -> Done[ClinicianCheck]:
        return Done(self._store.diary.restore_check(check), Changes.DIARY)

    # ------------------------------------------------------------------ notes

    def answer(self, mention: NoteMention, is_flag: bool) -> Done[NoteAnswer]:
        """The user's answer about a note: "yes" logs its red flags now, "no" stops asking."""
        answer = NoteAnswer(
            mention.source, mention.source_id, is_flag, mention.flags, self._clock.now()
        )
        return Done(self._store.diary.answer_note(answer), Changes.DIARY)

    def apply(self, history: History) -> History:
        """`history` as rule 6 must see it: flags cleared by the latest clinician check gone,
        older unresolved flags and "yes" answers added as flag events, and unanswered notes
        naming a symptom listed."""
        check = self.latest_check()
        cleared = None if check is None else check.recorded_at
        entries = [
            replace(e, red_flags=frozenset())
            if e.red_flags and cleared is not None and e.recorded_at <= cleared
            else e
            for e in history.pain_entries
        ]
        in_window = {e.id for e in history.pain_entries}
        events = [
            FlagEvent(e.local_date, e.recorded_at, e.red_flags)
            for e in self._store.diary.flagged_since(cleared)
            if e.id not in in_window
        ]
        answers = self._store.diary.note_answers()
        answered = {(a.source, a.source_id) for a in answers}
        events += [
            FlagEvent(a.recorded_at.astimezone(self._tz).date(), a.recorded_at, a.flags)
            for a in answers
            if a.is_flag and (cleared is None or a.recorded_at > cleared)
        ]
        mentions = [
            m for m in self._notes(history, cleared) if (m.source, m.source_id) not in answered
        ]
        return replace(history, pain_entries=entries, flag_events=events, note_mentions=mentions)

    def _notes(self, history: History, after: datetime | None) -> list[NoteMention]:
        """Every note in `history` written after `after` that names a red-flag symptom; a
        check-in whose ticked boxes already say it is not asked about again."""
        found: list[NoteMention] = []

        def consider(
            source: str,
            rid: int | None,
            day: date,
            at: datetime,
            text: str,
            ticked: frozenset[RedFlag] = frozenset(),
        ) -> None:
            if rid is None or not text or (after is not None and at <= after):
                return
            flags = red_flag_mentions(text) - ticked
            if flags:
                found.append(NoteMention(source, rid, day, quote(text), flags))

        for e in history.pain_entries:
            consider("pain", e.id, e.local_date, e.recorded_at, e.notes, e.red_flags)
        for a in history.activities:
            consider("activity", a.id, a.local_date, a.recorded_at, a.notes)
        for m in history.measures:
            consider("measure", m.id, m.local_date, m.recorded_at, m.notes)
        # Most sessions and sets carry no note: their local day is only worked out for one.
        for s in history.sessions:
            if s.notes:
                day = s.started_at.astimezone(self._tz).date()
                consider("session", s.id, day, s.ended_at or s.started_at, s.notes)
        for st in history.sets:
            if st.notes:
                day = st.started_at.astimezone(self._tz).date()
                consider("set", st.id, day, st.ended_at, st.notes)
        return sorted(found, key=lambda m: (m.day, m.source, m.source_id))
