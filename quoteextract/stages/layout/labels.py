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
    from spacy.tokens import Doc

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


ANSWER_LABELS: frozenset[str] = frozenset({"A", "A.", "Q", "Q."})
"""One-letter turn labels: "A: No. The council said ..." in an explainer box reports the council, not "A"."""


@rule("claim_filter.section_label", stage="claim_filters", order=900)
def section_label_claim(candidate: Candidate) -> bool:
    """Drops a "LABEL: ..." or "A: ..." claim when the words after the label report speech themselves."""
    mention = candidate.mention
    if candidate.info is not None or mention is None:
        return False
    label = mention.text.strip()
    is_label = bool(PATTERNS["CAPS"].match(label)) or label in ANSWER_LABELS
    return is_label and PATTERNS["REPORTS"].search(candidate.content.text) is not None


MAX_HEADING_WORDS = 20
"""Longest line (in words) whose verb :func:`heading_cue_claim` reads as a heading's."""

MAX_HEADING_TOKENS = 4 * MAX_HEADING_WORDS
"""Most tokens :func:`_line_of` reads on a line (a heading of 20 words has far fewer)."""


@rule("claim_filter.heading_cue", stage="claim_filters", order=910)
def heading_cue_claim(candidate: Candidate) -> bool:
    """Drops a claim whose cue is in a short line without final punctuation and whose words start on a later line."""
    if not candidate.tokens:
        return False
    cue, content = candidate.cue, candidate.content
    if content.start < cue.end:
        return False
    first = min(candidate.tokens, key=lambda token: token.i)
    doc = first.doc
    cue_index = first.i
    while cue_index > 0 and doc[cue_index].idx > cue.start:
        cue_index -= 1  # back over the words between the cue and the content
    if not any("\n" in doc[i].text for i in range(cue_index + 1, first.i) if doc[i].idx >= cue.end):
        return False
    line = _line_of(doc, cue_index)
    return line is not None and PATTERNS["UNFINISHED"].search(line) is not None


def _line_of(doc: Doc, index: int) -> str | None:
    """The text of the line holding token ``index``, or ``None`` when it runs past :data:`MAX_HEADING_WORDS` words.

    Reads the tokens on either side up to a line break (a bounded window: ``doc.text`` would join the whole
    article on every call).
    """
    start, end = index, index + 1
    while start > 0 and "\n" not in doc[start - 1].text and end - start <= MAX_HEADING_TOKENS:
        start -= 1
    while end < len(doc) and "\n" not in doc[end].text and end - start <= MAX_HEADING_TOKENS:
        end += 1
    line = doc[start:end].text
    if start > 0 and "\n" in doc[start - 1].text:
        line = doc[start - 1].text.rsplit("\n", 1)[1] + line
    if end < len(doc) and "\n" in doc[end].text:
        line = line + (doc[end - 1].whitespace_ if end > start else "") + doc[end].text.split("\n", 1)[0]
    if end - start > MAX_HEADING_TOKENS or len(line.split()) > MAX_HEADING_WORDS:
        return None
    return line
