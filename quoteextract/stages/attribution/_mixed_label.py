"""Quoted words that name a kind of thing inside a noun phrase: "the ‘right to buy’ rules".

A determiner or a possessive just before the opening mark and a common noun just after
the closing mark make the quotation a label that modifies the noun ("a ‘pay as you go’
scheme", "the council's ‘no car’ zones"), not words that a verb of the sentence reports.
``mixed.verb`` (a verb outside the cue lexicon) takes no such fragment: "Under the
‘right to buy’ rules, tenants can buy their homes" has no speaker. The cue-verb rules
(``mixed.complement``) are unchanged: "She called it a ‘once in a lifetime’ deal" is
her words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._context import Scene, Setting

DETERMINER_WORDS: frozenset[str] = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"}
)
"""Words that open a noun phrase before a quoted label (the parser does not always label them ``det``)."""


WINDOW = 24
"""Characters read on each side of the marks: enough for one word and its spaces, and the same for every
quotation, so a run-on sentence of many quotations is read once per quotation, not once per sentence."""


def premodifier(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words sit between a determiner or possessive and a common noun."""
    if setting.quote.close is None:
        return False
    opening = setting.quote.open.start
    before = scene.tokens_in(max(setting.pre.start, opening - WINDOW), opening)
    after = scene.tokens_in(setting.outer_end, min(setting.post.end, setting.outer_end + WINDOW))
    after = [t for t in after if not t.is_space]
    if not before or not after:
        return False
    opener = before[-1]
    determiner = opener.lower_ in DETERMINER_WORDS or opener.tag_ in {"POS", "PRP$"}
    return determiner and after[0].pos_ == "NOUN"
