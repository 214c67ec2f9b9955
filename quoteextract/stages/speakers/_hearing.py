"""What a court, a jury or an inquiry "heard": the words of the counsel or witness named beside it.

"The jury heard that he had moved the money in small amounts", "..., an inquest heard on Monday" report
evidence given to the body, not words it spoke: news names who gave the evidence in the sentences around
("Opening the case, prosecutor Ana Ruiz said ..." before it; "Giving evidence, the nurse, Eli Lund, said
..." after a lead that starts with what the inquiry heard). The ``speaker.hearing`` rule resolves the body
to that person: the nearest person named as the speaker of a quotation reported with a verb of saying, in
the paragraph of the hearing or the :data:`WINDOW` paragraphs before it, else in the :data:`WINDOW`
paragraphs after it. The mention itself ("the jury") stays the source as written; no named speaker nearby
leaves it to the next rules. The speakers are indexed once per article, by offset, and each hearing looks
them up with a binary search (linear in all).
"""

from __future__ import annotations

import bisect
import weakref
from typing import TYPE_CHECKING

from ...rules import rule
from ..classify_court import HEARING_BODIES, HEARING_LEMMAS
from ._speaker_layout import span_root
from ._speaker_rules import cue_lemma

if TYPE_CHECKING:
    from ._groups import Group
    from ._reader import Reader
    from ._speaker_rules import Outcome, SpeakerSite

WINDOW = 2
"""How many paragraphs before (or, failing that, after) the hearing the person who gave the evidence may be named."""

SAYING_LEMMAS: frozenset[str] = frozenset(
    {"say", "tell", "add", "explain", "describe", "suggest", "argue", "allege", "claim", "state", "testify"}
)
"""Verbs a counsel's or a witness's evidence is reported with (not "denies", "admits", "pleaded")."""

_SPEAKERS: weakref.WeakKeyDictionary[Reader, tuple[list[int], list[Group]]] = weakref.WeakKeyDictionary()
"""Per reader (one article): the offsets of the named people who say something, and those people."""


def _named_speakers(reader: Reader) -> tuple[list[int], list[Group]]:
    """The people named as speakers of quotations reported with a verb of saying, by offset (found once)."""
    found = _SPEAKERS.get(reader)
    if found is not None:
        return found
    pairs: list[tuple[int, Group]] = []
    for quote in reader.quotes:
        speaker = quote.speaker
        lemma = (getattr(quote.cue, "lemma", "") or "").lower().split()
        if speaker is None or not lemma or lemma[0] not in SAYING_LEMMAS:
            continue
        group = reader.first_owned_in(speaker.start, speaker.end)
        root = span_root(reader.doc, speaker.start, speaker.end) if group is None else None
        group = group or (reader.group_of_token(root) if root is not None else None)  # "the paramedic, X,"
        if group is not None and group.type == "person" and not group.plural:
            pairs.append((speaker.start, group))
    pairs.sort(key=lambda pair: pair[0])
    found = ([offset for offset, _ in pairs], [group for _, group in pairs])
    _SPEAKERS[reader] = found
    return found


def _hearing_body(site: SpeakerSite) -> bool:
    """Whether the mention is a body hearing evidence ("the jury", "a public inquiry", "MPs") of a "heard" cue."""
    if cue_lemma(site) not in HEARING_LEMMAS:
        return False
    lemma = site.root.lemma_.lower()
    return lemma in HEARING_BODIES or (lemma.endswith("s") and lemma[:-1] in HEARING_BODIES)


@rule("speaker.hearing", stage="speakers", order=57)
def hearing_speaker(site: SpeakerSite) -> Outcome:
    """What a court, a jury or an inquiry "heard": the counsel or witness named as speaking nearby."""
    if not _hearing_body(site):
        return None
    reader = site.reader
    offsets, groups = _named_speakers(reader)
    if not offsets:
        return None
    layout = reader.article.layout  # its paragraphs hold text (the speakers' layout counts blank lines too)
    here = layout.paragraph_at(site.speaker.start).index
    index = bisect.bisect_left(offsets, site.speaker.start)
    before = index - 1
    if before >= 0 and here - layout.paragraph_at(offsets[before]).index <= WINDOW:
        return groups[before]
    if index < len(offsets) and layout.paragraph_at(offsets[index]).index - here <= WINDOW:
        return groups[index]
    return None
