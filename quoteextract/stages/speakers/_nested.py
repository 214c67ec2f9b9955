"""A first person inside quoted words: the speaker of the quotation around it (a third person: not them).

"“I told her, ‘I cannot protect you any more,’” Ochterlony said." The inner
quotation's speaker is "I", written inside Ochterlony's words: it is
Ochterlony. :func:`enclosing` finds, once per article, the quotation whose
words hold each quoted first-person speaker mention;
:func:`~._passes.read` resolves that speaker after the outer quotation's
(which often comes after it, "... Ochterlony said"), and the
``speaker.quoted_first_person`` rule answers with the outer speaker's group.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ...rules import rule
from ._speaker_layout import span_root

if TYPE_CHECKING:
    from ..._model import Quotation
    from ._groups import Group
    from ._reader import Reader
    from ._speaker_rules import Outcome, SpeakerSite

FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
"""First-person singular words that may be a quotation's speaker."""

THIRD_PERSON = frozenset({"he", "she"})
"""Third-person singular words that may be an inner quotation's speaker: never the outer speaker themself."""

LOOK_BACK = 4
"""How many quotations starting before a mention are tried as the one around it."""


def enclosing(reader: Reader) -> dict[int, int]:
    """For each quotation whose speaker is a quoted "I", "he" or "she", the index of the quotation around it.

    Args:
        reader: The article's reader.

    Returns:
        ``{inner index: outer index}``; the outer quotation has a speaker of
        its own outside its words.

    """
    quotes = reader.quotes
    order = sorted(range(len(quotes)), key=lambda i: quotes[i].start)
    starts = [quotes[i].start for i in order]
    found: dict[int, int] = {}
    for index, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None:
            continue
        quoted = reader.layout.in_quote(speaker.start, speaker.end)
        if not (quoted or reader.contents.holds(speaker.start)):
            continue  # an "I" in quote marks, or in a transcript's answer ("MORVEN: I said to Kit, ‘...’")
        root = span_root(reader.doc, speaker.start, speaker.end)
        if root is None or not (root.lower_ in FIRST_PERSON or (quoted and root.lower_ in THIRD_PERSON)):
            continue  # a "he" only in quote marks
        at = bisect.bisect_right(starts, speaker.start)
        for position in range(at - 1, max(-1, at - 1 - LOOK_BACK), -1):
            outer = order[position]
            if outer != index and _holds(quotes[outer], speaker.start):
                found[index] = outer
                break
    return found


def _holds(outer: Quotation, offset: int) -> bool:
    """Whether a quotation's words hold an offset and its own speaker stands outside them."""
    speaker = outer.speaker
    if speaker is None or not outer.start <= offset < outer.end:
        return False
    return not any(f.start <= speaker.start < f.end for f in outer.fragments)


@rule("speaker.quoted_first_person", stage="speakers", order=240)
def quoted_first_person_speaker(site: SpeakerSite) -> Outcome:
    """A quoted "I" ("“I told her, ‘...’,” X said"): the speaker of the quotation whose words hold it."""
    if site.head.lower_ not in FIRST_PERSON:
        return None
    group = outer_speaker(site)
    if group is None:
        return None
    group.mentions.append((site.speaker.start, site.speaker.end))
    return group


def outer_speaker(site: SpeakerSite) -> Group | None:
    """The speaker of the quotation whose words hold the site's speaker mention, if it is quoted and resolved.

    "“Marek would not hear of it. He said, ‘...’” Jurek said": Jurek, whom the
    quoted "He" cannot be (``speaker.pronoun`` leaves him out), as the quoted
    "I" is him (``speaker.quoted_first_person``).

    Args:
        site: A speaker mention.

    Returns:
        The outer quotation's speaker group, or ``None``.

    """
    reader = site.reader
    outer = reader.nested.get(reader.quote_index.get(id(site.quote), -1))
    return reader.spoke.get(outer) if outer is not None else None
