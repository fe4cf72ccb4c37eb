"""A prescribed template keeps its author and note in the database; old rows still read."""

from __future__ import annotations

import json
from dataclasses import replace

from phtcoach.core.model import Template
from phtcoach.storage.repository import Store
from tests.storage.test_library import BUILTINS, template


def test_prescribed_template_round_trip(store: Store) -> None:
    t = replace(template(), prescribed=True, author="Dr Ana Silva", note="Twice a day.")
    store.library.save_template(t)
    (back,) = store.library.templates(BUILTINS)
    assert back == t
    unlocked = replace(t, prescribed=False)
    store.library.save_template(unlocked)
    assert store.library.templates(BUILTINS) == [unlocked]


def test_rows_stored_before_prescriptions_still_read(store: Store) -> None:
    store.library.save_template(template())
    row = store.conn.execute("SELECT data FROM user_templates").fetchone()
    data = json.loads(row[0])
    assert {"prescribed", "author", "note"}.isdisjoint(data)  # what older versions wrote
    (back,) = store.library.templates(BUILTINS)
    assert isinstance(back, Template)
    assert (back.prescribed, back.author, back.note) == (False, "", "")
