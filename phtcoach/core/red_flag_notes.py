"""Red-flag symptoms named in free text: a note is a place people write what worries them.

PROTOCOL.md rule 6 lists the symptoms that mean "stop and see a clinician". A user who
types "tingling down my leg" in a note but does not tick the box has still told us; the app
asks "Is this a red flag?" until they answer. Matching is by English word forms (numb,
numbness, tingles, tingling, pins and needles, ...) on word boundaries, and a few negations
right before the word ("no numbness") are not a mention. It is a prompt to ask, never a
diagnosis, so it errs towards asking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from phtcoach.core.enums import RedFlag

# Each pattern is a word form of one symptom, matched case-insensitively on word boundaries.
_PATTERNS: dict[RedFlag, tuple[str, ...]] = {
    RedFlag.NERVE_SYMPTOMS: (
        r"numb(?:ness|ed|ing)?",
        r"tingl(?:e|es|ed|ing|y)",
        r"pins\s+and\s+needles",
        r"(?:shoots?|shooting|radiat\w*|runs?|running|goes|going|travel\w*)?\s*down\s+"
        r"(?:\w+\s+){0,4}(?:leg|legs|calf|thigh|foot)",
        r"radiat(?:e|es|ed|ing)",
        r"weak(?:ness|er|ened)?",
        r"(?:leg|foot)\s+gave\s+way",
        r"sciatic(?:a)?",
    ),
    RedFlag.NIGHT_OR_REST_PAIN: (
        r"night\s+pain",
        r"pain\s+(?:\w+\s+){0,2}(?:at|in\s+the)\s+night",
        r"wak(?:e|es|ing)\s+(?:me\s+)?up\s+(?:\w+\s+){0,3}pain",
        r"woke\s+(?:me\s+)?up\s+(?:\w+\s+){0,3}pain",
        r"pain\s+(?:\w+\s+){0,2}woke\s+me",
        r"rest\s+pain",
        r"pain\s+at\s+rest",
    ),
    RedFlag.POP_OR_BRUISING: (
        r"pop(?:ped|ping|s)?",
        r"bruis(?:e|es|ed|ing)",
        r"snap(?:ped)?",
    ),
    RedFlag.WORSE_DESPITE_LESS_LOAD: (
        r"worse\s+(?:\w+\s+){0,3}(?:despite|even\s+(?:with|though))\s+(?:\w+\s+){0,3}(?:less|rest|resting|reduc\w*)",
    ),
}
_NEGATION = re.compile(r"\b(?:no|not|without|never|zero)\s+(?:\w+\s+)?$", re.IGNORECASE)
_COMPILED = {
    flag: [re.compile(rf"\b{p}\b", re.IGNORECASE) for p in patterns]
    for flag, patterns in _PATTERNS.items()
}


def red_flag_mentions(text: str) -> frozenset[RedFlag]:
    """The red flags whose symptoms `text` names (an empty set for none)."""
    found: set[RedFlag] = set()
    for flag, patterns in _COMPILED.items():
        for pattern in patterns:
            for m in pattern.finditer(text):
                if not _NEGATION.search(text[max(0, m.start() - 20) : m.start()]):
                    found.add(flag)
                    break
            if flag in found:
                break
    return frozenset(found)


QUOTE_MAX = 140


def quote(text: str) -> str:
    """The note as it will be quoted back: one line, at most QUOTE_MAX characters."""
    one = " ".join(text.split())
    return one if len(one) <= QUOTE_MAX else one[: QUOTE_MAX - 1].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class NoteMention:
    """A note naming a red-flag symptom that the user has not yet answered about."""

    source: str  # "pain", "activity", "measure", "set" or "session"
    source_id: int
    day: date
    text: str  # the note, quoted (see `quote`)
    flags: frozenset[RedFlag]


@dataclass(frozen=True, slots=True)
class FlagEvent:
    """A red flag logged another way than a ticked check-in box: a note answered "yes"."""

    day: date
    at: datetime
    flags: frozenset[RedFlag]
