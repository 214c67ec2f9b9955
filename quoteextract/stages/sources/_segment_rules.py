"""The ``sources`` rules that read one stretch of attribution text (scope ``segment``), in order.

Each rule matches one regular expression of :data:`~._patterns.PATTERNS`
in the stretch and returns the links it states; the source named is looked
up among the entities' mentions (:class:`~._index.MentionIndex`).
"""

from __future__ import annotations

import re

from ..._model import SourceLink, Span
from ...lang.en._outlets import outlet_noun
from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS
from ._chain import link
from ._documents import document_maker
from ._index import Found
from ._outlets import OUTER_RANK, audience_outlet, channel_of, outlet_found, outlet_meant
from ._patterns import FRAME_RELATION, PATTERNS, RANK
from ._persons import apposed_speaker
from ._site import Proposal, SegmentSite, source_rule


@source_rule("sources.frame_source", order=200, scope="segment")
def frame_source(seg: SegmentSite) -> list[Proposal]:
    """A medium with its source: "a statement from X" (X: statement), "in an interview with Y" (Y: interview).

    The relation is the frame noun's ("letter", "tweet": ``posted``); "according
    to a statement from X" is a relay (rank of ``according_to``). A news
    outlet that interviewed the speaker ("in an interview with the Ledger",
    "in an interview on KWPX") is the outer ``interview`` link; a person who
    interviewed the speaker is the addressee of the speaker's ``interview``.
    """
    out = []
    for match, found in seg.frames:
        relation = FRAME_RELATION.get(match["frame"].lower().split()[-1], "statement")
        words = seg.words(match, found)
        prep = match["prep"].lower()
        outlet = _given_to(seg, found, relation, prep) if prep in {"with", "to", "on"} else None
        if outlet is not None and relation == "interview":
            out.extend(_addressed(seg, outlet))
            out.append(Proposal(link("interview", words, outlet), OUTER_RANK))
        elif outlet is not None and prep == "to":  # "in a statement to the Lantern": the outlet was told
            out.append(Proposal(SourceLink(relation, seg.claim.speaker_entity, words, None, outlet.entity)))
            out.append(Proposal(link("told", words, outlet), OUTER_RANK))
        elif prep in {"with", "to"}:
            out.append(Proposal(SourceLink(relation, seg.claim.speaker_entity, words, None, found.entity)))
        elif _made_public(seg, prep, found):  # "In a letter published by the school, the head, X, said"
            publisher = outlet_found(seg.claim, found) or found  # "published by the station": the one named before
            out.append(Proposal(link("reported_by", words, publisher), OUTER_RANK))
        else:
            relay = match.group(0).lower().startswith("according")
            found = apposed_speaker(seg, found)
            out.append(Proposal(link(relation, words, found), RANK["according_to"] if relay else None))
    return out


_PUBLISHING = frozenset({"released by", "issued by", "published by", "posted by"})
"""Frame prepositions that name who made a medium public, its author unless another speaker is named."""


def _made_public(seg: SegmentSite, prep: str, found: Found) -> bool:
    """Whether a medium was made public by someone else than the claim's named speaker (a relay).

    "In a letter published by the school, the head teacher, Rhona Biggs, said ...", "In her letter, which was
    released by the council, Castell said ...": the school and the council relay Biggs's and Castell's words.
    With no other person named as the speaker, the publisher is the author ("a statement released by the
    ministry", "officials said" in one), unless it is a news outlet: "The ministry said in a statement published
    by the state news agency X" is the ministry's, relayed by X.
    """
    if " ".join(prep.split()) not in _PUBLISHING:
        return False
    speaker = seg.claim.speaker_entity
    entity = seg.claim.index.entities.get(speaker) if speaker is not None else None
    if entity is None or found.entity == speaker:
        return False
    if entity.type != "person" and outlet_found(seg.claim, found) is None:
        return False  # "officials said" in a statement released by their department: the department's words
    mention = seg.claim.quote.speaker
    return mention is not None and not (found.mention.start <= mention.start < found.mention.end)


def _given_to(seg: SegmentSite, found: Found, relation: str, prep: str) -> Found | None:
    """The outlet a medium was given to ("an interview with the Courant", "a statement to Meridian Press").

    An organisation the speaker gave an interview to ("with", "to") is an outlet whatever its name ("the
    Sunday Courant"); the speaker's own organisation never is.
    """
    outlet = outlet_found(seg.claim, found)
    given = relation == "interview" and prep != "on"
    if outlet is None and given and (found.type == "organisation" or _the_name(found)):
        outlet = found
    if outlet is None or (outlet.entity is not None and outlet.entity == seg.claim.speaker_entity):
        return None
    return outlet


def _the_name(found: Found) -> bool:
    """Whether a source with no entity is "the" and a capitalised name ("the Sunday Lamplight"): not a person."""
    words = found.mention.text.split()
    return found.entity is None and len(words) > 1 and words[0] == "the" and all(w[:1].isupper() for w in words[1:])


@source_rule("sources.frame_bare", order=210, scope="segment")
def frame_bare(seg: SegmentSite) -> list[Proposal]:
    """A medium without its own source: "X said in a statement" (X, the clause's named subject: statement)."""
    out = []
    for match in seg.matches("frame_bare"):
        if seg.taken(match):
            continue
        relation = FRAME_RELATION.get(match["frame"].lower().split()[-1], "statement")
        subject = _subject_of(seg, seg.start + match.start())
        if subject is not None:
            out.append(Proposal(link(relation, seg.words(match), subject)))
    return out


def _subject_of(seg: SegmentSite, offset: int) -> Found | None:
    """The named subject of the clause a prepositional phrase at ``offset`` attaches to."""
    claim = seg.claim
    span = claim.doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    for child in span[0].head.children:
        if child.dep_ in NOMINAL_SUBJECT_DEPS:
            ident = claim.index.entity_of(child.idx, child.idx + len(child.text))
            if ident is not None:
                return claim.index.found(child.idx, child.idx + len(child.text), ident)
    return None


@source_rule("sources.social", order=220, scope="segment")
def social(seg: SegmentSite) -> list[Proposal]:
    """Posting: a speaker who said or wrote it "on social media" or "on Twitter" ``posted`` it."""
    claim = seg.claim
    if claim.quote.speaker is None or not any(old.relation in {"said", "wrote"} for old in claim.chain.links):
        return []
    return [Proposal(SourceLink("posted", claim.speaker_entity, seg.words(m), None)) for m in seg.matches("social")]


def _relay(seg: SegmentSite, pattern: str, relation: str) -> list[Proposal]:
    """The source named after each match of ``pattern`` (outside a frame), linked with ``relation``."""
    out = []
    for match in seg.matches(pattern):
        if seg.taken(match):
            continue
        found = seg.claim.index.after(seg.start + match.end(), seg.end)
        if found is None:
            continue
        if found.entity is None and outlet_noun(found.mention.text):
            # "X said, according to the newspaper": the outlet named before, which "the newspaper" points back to
            found = outlet_meant(seg.claim, found)
        elif PATTERNS["agency_back"].match(found.mention.text):  # "according to the agency": the agency named before
            found = outlet_found(seg.claim, found) or found
        # "according to a transcript released by Y", "according to the transcript": Y, who made it public (not
        # the speaker: "a readout provided by his office" found as "his" stays the readout)
        maker = document_maker(seg.claim, found, seg.end)
        if maker is not None and (maker.entity is None or maker.entity != seg.claim.speaker_entity):
            found = maker
        out.append(Proposal(link(relation, seg.words(match, found), found)))
    return out


@source_rule("sources.according_to", order=230, scope="segment")
def according_to(seg: SegmentSite) -> list[Proposal]:
    """Relay: in "according to X" (no frame noun after it) X relays the claim (``according_to``)."""
    return _relay(seg, "according", "according_to")


@source_rule("sources.reported_by", order=240, scope="segment")
def reported_by(seg: SegmentSite) -> list[Proposal]:
    """Publication: in "as reported by Y", "first reported in Y" Y published the claim (``reported_by``)."""
    return _relay(seg, "reported_by", "reported_by")


@source_rule("sources.seen_by", order=245, scope="segment")
def seen_by(seg: SegmentSite) -> list[Proposal]:
    """Publication: a document "seen by" or "obtained by" a news outlet reached us through it (``reported_by``)."""
    return _outlet_links(seg, "seen_by", "reported_by")


@source_rule("sources.reported", order=260, scope="segment")
def reported(seg: SegmentSite) -> list[Proposal]:
    """Publication: in "Y reported", "Y has reported" an organisation (or unknown) Y published the claim."""
    out = []
    for match in seg.matches("reported"):
        found = seg.claim.index.before(seg.start + match.start(), seg.start)
        if found is not None and _inside_speaker(seg, found):
            continue  # "Researchers at Varnland University reported": the speaker's own affiliation
        if found is not None and _relative(seg, found, seg.start + match.start()):
            continue  # "X told the Sentinel, which reported her remarks, that ...": the outlet was told (``told``)
        if found is not None and found.type in {"organisation", ""}:
            words = Span.of(seg.claim.text, found.mention.start, seg.start + match.end())
            out.append(Proposal(link("reported_by", words, found)))
    return out


_RELATIVE = frozenset({"which", "who", "that"})
"""Relative pronouns: "the Sentinel, which reported her remarks" is a clause about an outlet, not a relay."""


def _relative(seg: SegmentSite, found: Found, at: int) -> bool:
    """Whether "reported" at ``at`` is the verb of a relative clause on the source found before it."""
    if found.mention.text.lower() in _RELATIVE:
        return True
    gap = seg.claim.text[found.mention.end : at].replace(",", " ").split()
    return len(gap) == 1 and gap[0].lower() in _RELATIVE


@source_rule("sources.carried_by", order=242, scope="segment")
def carried_by(seg: SegmentSite) -> list[Proposal]:
    """Publication: "in remarks carried by Y", "a letter published in Y", "broadcast by Y": the outlet Y relayed it.

    Only a news outlet (:mod:`._outlets`): "a report published by the ministry" is the ministry's own report.
    """
    return _outlet_links(seg, "carried_by", "reported_by", addressed=False, audience=True)


def _inside_speaker(seg: SegmentSite, found: Found) -> bool:
    """Whether a mention lies inside a longer speaker mention of the claim ("Researchers at [the University]")."""
    speaker = seg.claim.quote.speaker
    if speaker is None or found.entity == seg.claim.speaker_entity:
        return False
    mention = found.mention
    inside = speaker.start <= mention.start and mention.end <= speaker.end
    return inside and (mention.start, mention.end) != (speaker.start, speaker.end)


@source_rule("sources.told", order=270, scope="segment")
def told(seg: SegmentSite) -> list[Proposal]:
    """Outlet told: in "X told OUTLET" the news outlet is the outer ``told`` link ("told reporters" is not one).

    An outlet is known by its words (:mod:`._outlets`): "the Dunmore Herald",
    "KWPX", "Radio Kestrel"; "the station", "this newspaper" stand for the
    latest outlet named before. "X told OUTLET in an interview" is the outlet's
    ``interview``.
    """
    relation = "interview" if seg.matches("in_interview") else "told"
    return _outlet_links(seg, "told", relation, audience=True)


@source_rule("sources.comments_to", order=272, scope="segment")
def comments_to(seg: SegmentSite) -> list[Proposal]:
    """Words given to an outlet: "in comments to local media", "in remarks to state television" (``told``).

    Only a news outlet after "to" ("in remarks to the committee" is an audience, no link).
    """
    return _outlet_links(seg, "comments_to", "told")


@source_rule("sources.spoke_to", order=275, scope="segment")
def spoke_to(seg: SegmentSite) -> list[Proposal]:
    """Interview: in "speaking to OUTLET", "X spoke to OUTLET" the outlet is the outer ``interview`` link."""
    return _outlet_links(seg, "spoke_to", "interview", audience=True)


@source_rule("sources.on_air", order=276, scope="segment")
def on_air(seg: SegmentSite) -> list[Proposal]:
    """Appearance: "said on the Final Whistle podcast", "speaking on Radio Kestrel": the outlet's ``interview``.

    Only a news outlet or programme after an "on" that hangs on the cue or on a verb of speaking (a platform,
    "on social media", a day, or "lives on the Castle Hill estate" is none).
    """
    out = _outlet_links(seg, "on_air", "interview", skip_frames=True, spoken=True)
    return out or _programme_on_air(seg)


_PROGRAMME = re.compile(
    r"(?:the[ ]+)?(?P<name>[A-Z][\w'’&.-]*(?:[ ](?:of|the|a|an|and|&|at|in|on|for|with|to|[A-Z0-9][\w'’&.-]*)){0,6}?"
    r"[ ][A-Z0-9][\w'’&.-]*|[A-Z][\w'’&.-]*)[ ]+(?:podcast|programme|program|show)\b"
)
"""A programme named before its noun with small words inside its name ("the Diary of a CEO podcast")."""


def _programme_on_air(seg: SegmentSite) -> list[Proposal]:
    """A programme whose name holds small words ("said on the Diary of a CEO podcast") is the ``interview``."""
    out = []
    for match in seg.matches("on_air"):
        at = seg.start + match.end()
        named = _PROGRAMME.match(seg.claim.text, at, seg.end)
        if seg.taken(match) or named is None or not _spoken_on(seg, at - len(match.group(0))):
            continue
        start, end = named.span("name")
        found = seg.claim.index.found(start, end, seg.claim.index.entity_of(start, end))
        if found.entity is not None and found.entity == seg.claim.speaker_entity:
            continue
        channel = channel_of(seg.claim, found)  # "the Valley Tonight programme on Channel 7": the channel
        out.append(Proposal(link("interview", seg.words(match, channel or found), channel or found), OUTER_RANK))
    return out


_ON_AIR_VERBS = frozenset({"say", "tell", "speak", "talk", "appear", "interview", "add", "argue", "insist"})
"""Verbs an appearance "on" an outlet hangs on ("said on the podcast", "speaking on Radio X")."""


def _spoken_on(seg: SegmentSite, offset: int) -> bool:
    """Whether the preposition at ``offset`` hangs on the claim's cue or on a verb of speaking."""
    claim = seg.claim
    span = claim.doc.char_span(offset, offset + 2, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span[0].head
    return head == claim.cue_root or head.lemma_ in _ON_AIR_VERBS


def _outlet_links(
    seg: SegmentSite,
    pattern: str,
    relation: str,
    addressed: bool = True,
    skip_frames: bool = False,
    spoken: bool = False,
    audience: bool = False,
) -> list[Proposal]:
    """The outlet named right after each match of ``pattern``, as an outer link with ``relation``.

    Args:
        seg: The stretch.
        pattern: The name of the construction in ``PATTERNS``.
        relation: The outer link's relation.
        addressed: Whether the outlet is also the addressee of the speaker's own link.
        skip_frames: Whether matches inside a frame that names its source are left to ``sources.frame_source``.
        spoken: Whether the match must hang on the cue or a verb of speaking (:func:`_spoken_on`).
        audience: Whether the words after the match are told or spoken to, so that a proper name that says
            nothing is an outlet too (:func:`~._outlets.audience_outlet`).

    """
    out = []
    for match in seg.matches(pattern):
        if (skip_frames and seg.taken(match)) or (spoken and not _spoken_on(seg, seg.start + match.start())):
            continue
        found = _named_after(seg, seg.start + match.end())
        outlet = None if found is None else (audience_outlet if audience else outlet_found)(seg.claim, found)
        if outlet is not None and (outlet.entity is None or outlet.entity != seg.claim.speaker_entity):
            if addressed:
                out.extend(_addressed(seg, outlet))
            out.append(Proposal(link(relation, seg.words(match, found), outlet), OUTER_RANK))
    return out


def _named_after(seg: SegmentSite, at: int) -> Found | None:
    """The source named right after ``at``, not the claim's speaker past a comma.

    "In the letter, which she shared with the paper, Hale wrote ...": the paper, not "Hale" read as its name in
    apposition.
    """
    index = seg.claim.index
    found = index.after(at, seg.end)
    if found is None or found.entity is None or found.entity != seg.claim.speaker_entity:
        return found
    comma = seg.claim.text.find(",", at, found.mention.start)
    return index.after(at, comma) if comma > at else found


def _addressed(seg: SegmentSite, outlet: Found) -> list[Proposal]:
    """The speaker's own link again, with the outlet it spoke to as its addressee (when it has none yet)."""
    claim = seg.claim
    if outlet.entity is None or claim.speaker_entity is None:
        return []
    own = next((old for old in claim.chain.links if old.entity == claim.speaker_entity), None)
    if own is None or own.addressee is not None:
        return []
    return [Proposal(SourceLink(own.relation, own.entity, own.span, own.mention, outlet.entity))]


def _near_speaker(seg: SegmentSite, offset: int) -> bool:
    """Whether ``offset`` is inside or just after the speaker's words, or up to 40 characters before them."""
    speaker = seg.claim.quote.speaker
    if speaker is None:
        return False
    return speaker.start <= offset <= speaker.end + 2 or speaker.start - 40 <= offset <= speaker.end


def _spokes(seg: SegmentSite, pattern: str, after: bool) -> list[Proposal]:
    """Links ``on_behalf_of`` the source named after (or before) a spokesperson word next to the speaker."""
    out = []
    index = seg.claim.index
    for match in seg.matches(pattern):
        if not _near_speaker(seg, seg.start + match.start()):
            continue
        if after:
            found = index.after(seg.start + match.end(), seg.end)
        else:
            found = index.before(seg.start + match.start(), seg.start)
        if found is not None and found.entity != seg.claim.speaker_entity:
            out.append(Proposal(link("on_behalf_of", seg.words(match, found), found)))
    return out


@source_rule("sources.spokes_for", order=280, scope="segment")
def spokes_for(seg: SegmentSite) -> list[Proposal]:
    """Spokesperson: "a spokeswoman for X" next to the speaker speaks for X (``on_behalf_of``)."""
    return _spokes(seg, "spokes_for", after=True)


@source_rule("sources.spokes_poss", order=290, scope="segment")
def spokes_poss(seg: SegmentSite) -> list[Proposal]:
    """Spokesperson: "X's spokesman" next to the speaker speaks for X (``on_behalf_of``)."""
    return _spokes(seg, "spokes_poss", after=False)
