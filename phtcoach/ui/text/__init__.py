"""The advice in words: structured results of the rules turned into sentences.

The rules return rule ids, levels, numbers, dates and template ids only; this package is
the one place that words them, through Qt's translate, for the Today card, the runner and
`phtcoach advice` alike. It loads no Qt itself, so the command line stays Qt-free.
"""

from phtcoach.ui.text.advice import advice_json, headline_text, set_pain_text, step_reason_text
from phtcoach.ui.text.criteria import criterion_text, mark_text
from phtcoach.ui.text.findings import finding_text
from phtcoach.ui.text.words import day_words, morning_test_text, red_flag_text, translate

__all__ = [
    "advice_json",
    "criterion_text",
    "day_words",
    "finding_text",
    "headline_text",
    "mark_text",
    "morning_test_text",
    "red_flag_text",
    "set_pain_text",
    "step_reason_text",
    "translate",
]
