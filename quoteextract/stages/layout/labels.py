"""A claim filter of the layout stage: a section label in capitals is not the speaker of a report.

"MARKETS: Traders said rates would hold." reads, to the "Label: words" claim
finder, as a claim of "MARKETS"; kept, it hides the real claim inside the
line (traders said rates would hold), which the outermost-claim rule drops
in its favour. The filter here drops such a label claim before that choice
is made, when the label is in capitals (a section's, not a speaker's: a
transcript's speaker label opens turns that are answered, which the layout
stage handles) and the words after it report speech of their own.
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
