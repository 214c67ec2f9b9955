"""Rejection of a charge, offence, verdict or heading named in marks: "denies a charge of ‘causing death by ...’".

Court and regulatory news puts the legal name of a thing in quote marks: the
**charge** a defendant faces or admits ("denies a charge of ‘causing death by
careless driving’", "was charged with “possession of a bladed article”", "the count
of “conspiracy to defraud”", "found guilty of “wilful neglect”", "the lesser offence
of ..."), the **conclusion** an inquest or tribunal returns ("a verdict of “unlawful
killing”", "on grounds of “misconduct”"), and the **heading** of a statute's part,
section or regulation ("section 4A of the Act, headed “Intentional harassment”",
"listed on the order paper as “New Clause 22”"). The words are the law's name for
the thing, nobody's statement: the parse takes the sentence's verb ("denies",
"dropped", "found") for a cue of a mixed quotation. ``reject.legal_term`` rejects
them (reason ``word_as_word``; a heading gives ``title``).

A speaker's words after "accused of" stay speech ("accused the minister of
“betraying the party”"): only the nouns and verbs of a charge, a plea or a finding
count, and quoted words in the first or second person ("charged with “letting us
down”") are left alone. The test reads a bounded window before the opening mark.
"""

from __future__ import annotations

import regex

from ...rules import rule
from ._context import Scene, Setting, word_count
from ._reject_display import list_lead
from ._reject_sayings import FLAGS, WINDOW, _bare

MAX_TERM_WORDS = 12
"""Longest quoted charge, finding or heading (in words) the rule rejects."""

CHARGE_BEFORE = regex.compile(
    r"""
    (?:
      \b(?:charges?|counts?|offen[cs]es?|crimes?|verdicts?|conclusions?|findings?|allegations?[ ]of[ ]the[ ]offen[cs]e)
        [ ]+of
    | \b(?:(?:on|under)[ ]+)?grounds?[ ]+of
    | \b(?:charged|convicted|indicted|acquitted|cleared|found[ ]+(?:not[ ]+)?guilty|pleaded[ ]+(?:not[ ]+)?guilty
        |pleads?[ ]+(?:not[ ]+)?guilty|admit(?:s|ted)?|den(?:y|ies|ied))
      [ ]+(?:of|with|to)
    )[ ]*$
    """,
    FLAGS,
)
"""A charge, a plea or a finding right before the marks: "a charge of", "the lesser offence of", "charged with",
"found guilty of", "pleaded guilty to", "a verdict of", "on grounds of"."""

HEADING_BEFORE = regex.compile(
    r"""
    \b(?:(?:section|part|chapter|clause|schedule|article|regulation|rule|paragraph|amendment|title|annex)s?
         [ ]+[\p{N}\p{L}().]{1,6}[ ]+(?:[\p{L}’'\-]+[ ]+){0,5}?)?
      (?:headed|subtitled|listed(?:[ ]+(?:on|in)(?:[ ]+[\p{L}’'\-]+){1,4})?[ ]+as)
      [ ]*$
    | \b(?:section|part|chapter|clause|schedule|article|regulation|paragraph|amendment)s?[ ]+\p{N}[\p{N}\p{L}().]{0,5}
      (?:[ ]+of[ ]+(?:the[ ]+)?(?:[\p{L}’'\-]+[ ]+){0,3}?[\p{L}’'\-]+)?[ ]*[,:—–][ ]*$
    """,
    FLAGS,
)
"""A heading's verb right before the marks: "headed", "listed on the order paper as" (with an optional section
number before it: "section 4A of the Act, headed"), or a numbered section set off by a comma or colon:
"Regulation 12, “Safe care and treatment”, was breached", "Part 3 of the bill: “Powers of entry”"."""

PERSONAL = regex.compile(r"\b(?:I|me|my|we|us|our|you|your)\b", regex.IGNORECASE)
"""First- and second-person words: quoted words with them are someone's, not the law's."""


def _term(setting: Setting) -> str | None:
    """The quoted words when they can be a legal name: short, no first or second person, no closing stop."""
    bare = _bare(setting)
    if not bare or word_count(bare) > MAX_TERM_WORDS or PERSONAL.search(bare) or bare[-1] in "!?":
        return None
    return bare


def legal_term(scene: Scene, setting: Setting) -> str | None:
    """The reason quoted words are a charge, a finding or a statute's heading, if they are.

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        ``word_as_word`` after a charge, plea or finding (:data:`CHARGE_BEFORE`; also for a later item of a
        list whose first item follows one: "on grounds of “A” and “B”"), ``title`` after a
        heading's verb (:data:`HEADING_BEFORE`); ``None`` otherwise or for words that cannot be a legal
        name (more than :data:`MAX_TERM_WORDS` words, first or second person, a question or exclamation).

    """
    if _term(setting) is None:
        return None
    start = max(setting.pre.start, setting.quote.open.start - WINDOW)
    before = scene.text[start : setting.quote.open.start]
    lead = list_lead(before)
    if CHARGE_BEFORE.search(before) or (lead is not None and CHARGE_BEFORE.search(lead)):
        return "word_as_word"
    if HEADING_BEFORE.search(before):
        return "title"
    return None


@rule("reject.legal_term", stage="reject", order=31)
def legal_term_rule(scene: Scene, setting: Setting) -> str | None:
    """A charge, finding or heading in marks ("denies a charge of ‘...’", "a verdict of “...”", "headed “...”")."""
    return legal_term(scene, setting)
