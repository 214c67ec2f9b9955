"""Claim filters of the layout stage: a section label is not a speaker, a heading's verb reports nothing below it.

"MARKETS: Traders said rates would hold." reads, to the "Label: words" claim
finder, as a claim of "MARKETS"; kept, it hides the real claim inside the
line (traders said rates would hold), which the outermost-claim rule drops
in its favour. The filter here drops such a label claim before that choice
is made, when the label is in capitals (a section's, not a speaker's: a
transcript's speaker label opens turns that are answered, which the layout
stage handles) and the words after it report speech of their own.

A heading's verb reaches, for the parser, into the line under it: "What the
report says" above "The trust said leaks had fallen." reads as a claim of "the
report" whose content is the whole next line, and kept, it hides the real claim
in that line ("The trust said ..."). The second filter drops a claim whose cue
stands in a short line without final punctuation (a headline, sub-heading or
section title) while its words start on a later line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ...rules import rule

if TYPE_CHECKING:
    from ..claims.filters import Candidate

PATTERNS: dict[str, regex.Pattern[str]] = {
    # A label in capitals: letters, spaces and apostrophes only, four letters at least.
    "CAPS": regex.compile(r"^[\p{Lu}][\p{Lu} '’.\-]{3,}$"),
    # A reporting verb in the words after the label ("Traders said ...", "..., analysts say").
    "REPORTS": regex.compile(r"\b(?:said|says|say|told|tells|according[ ]to|reported|reports|announced|warned)\b"),
    # A line's end without final punctuation (a heading's): a word, digit or closing bracket, then blanks.
    "UNFINISHED": regex.compile(r"[\p{L}\p{N})\]][ \t]*$"),
}
"""Regular expressions of this module, each commented (linear time)."""


@rule("claim_filter.section_label", stage="claim_filters", order=900)
def section_label_claim(candidate: Candidate) -> bool:
    """Drops a "LABEL: ..." claim when the label is in capitals and the words after it report speech themselves."""
    mention = candidate.mention
    if candidate.info is not None or mention is None:
        return False
    label = mention.text.strip()
    return bool(PATTERNS["CAPS"].match(label)) and PATTERNS["REPORTS"].search(candidate.content.text) is not None


MAX_HEADING_WORDS = 20
"""Longest line (in words) whose verb :func:`heading_cue_claim` reads as a heading's."""


@rule("claim_filter.heading_cue", stage="claim_filters", order=910)
def heading_cue_claim(candidate: Candidate) -> bool:
    """Drops a claim whose cue is in a short line without final punctuation and whose words start on a later line."""
    if not candidate.tokens:
        return False
    text = candidate.tokens[0].doc.text
    cue, content = candidate.cue, candidate.content
    if content.start < cue.end or "\n" not in text[cue.end : content.start]:
        return False
    line_start = text.rfind("\n", 0, cue.start) + 1
    line_end = text.find("\n", cue.end)
    line = text[line_start:line_end]
    return len(line.split()) <= MAX_HEADING_WORDS and PATTERNS["UNFINISHED"].search(line) is not None
