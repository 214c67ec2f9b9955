"""The ``sources`` rules that read one whole claim (scope ``claim``) or every claim (scope ``article``)."""

from __future__ import annotations

import heapq
import re
from typing import TYPE_CHECKING

from ..._model import Cue, Quotation, SourceLink, Span
from ...lang.en._lexicon import cue_noun, cue_verb
from ...lang.en._outlets import staff_noun
from ...lang.en.syntax import VERB_POS
from ..speakers._quoted_as import quoting_verb
from ._chain import link, plain
from ._documents import document_maker
from ._index import Found
from ._outlets import OUTER_RANK, object_outlet, outlet_found, outlet_text
from ._patterns import PATTERNS
from ._persons import in_interview
from ._site import ClaimSite, Proposal, source_rule

if TYPE_CHECKING:
    from spacy.tokens import Token

_RELATION_CLASSES = frozenset({"speech", "stance", "question"})
"""Cue classes whose ``said`` relation stands (a cue of another class, "hope", states an ``unknown`` relation)."""

_OBJECT_DEPS = frozenset({"dobj", "dative"})
"""Dependency labels of the person told ("told reporters", "told him")."""

_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})
"""Dependency labels of a clause reported by the verb above it."""


def _lexicon_entry(site: ClaimSite, root: Token) -> tuple[str, str | None]:
    """The cue's relation and class: the attribution stage's :class:`Cue`, else the lexicon entry of its head word."""
    cue = site.quote.cue
    if isinstance(cue, Cue) and cue.lemma is not None:
        return cue.relation or "unknown", cue.cue_class
    word = cue_verb(root.lemma_) if root.pos_ in VERB_POS else cue_noun(root.lemma_)
    word = word or cue_verb(root.lemma_) or cue_noun(root.lemma_)
    return (word.relation, word.cls) if word is not None else ("unknown", None)


def cue_relation(site: ClaimSite, speaker_type: str) -> str:
    """The relation the cue states for the speaker ("said", "told", "wrote", "according_to", ...)."""
    quote = site.quote
    if quote.cue is None:
        return "said" if quote.speaker is not None else "unknown"
    if quote.cue.text.lower().startswith("according"):
        return "according_to"
    if site.cue_root is None:
        return "said"
    relation, cls = _lexicon_entry(site, site.cue_root)
    if cls is not None and cls not in _RELATION_CLASSES and relation == "said":
        relation = "unknown"
    if relation == "reported_by" and speaker_type not in {"organisation", ""}:
        relation = "said"
    if relation == "citing":  # a speaker who cites evidence says it; "citing" belongs to the cited source
        relation = "said"
    return relation


def _addressee(site: ClaimSite, verb: Token) -> int | None:
    """The entity a speech verb's object names ("told Reuters"), the last such object winning."""
    addressee = None
    for child in verb.children:
        if child.dep_ in _OBJECT_DEPS:
            addressee = site.index.entity_of(child.idx, child.idx + len(child.text))
    return addressee


@source_rule("sources.speaker", order=100)
def speaker_link(site: ClaimSite) -> list[Proposal]:
    """The speaker, with the relation its cue states ("said", "wrote", "told" with the addressee).

    A speaker who told a news outlet ("X told the Herald") ``said`` the words
    (the outlet, its addressee, is the outer ``told`` link of ``sources.told``).
    When speaker resolution credited the words to the source an outlet relays
    ("according to X, the Times reported"), the speaker is X, named where the
    text names X, and the outlet is the outer ``reported_by`` link.
    """
    speaker = site.quote.speaker
    if speaker is None:
        return []
    entity = speaker.entity
    entity_type = site.index.entities[entity].type if entity is not None and entity in site.index.entities else ""
    relation = cue_relation(site, entity_type)
    addressee = None
    if site.cue_root is not None and relation == "told":
        addressee = _addressee(site, site.cue_root)
        outlet = object_outlet(site, site.cue_root)
        if outlet is not None:  # "X told the Herald": X said it; the Herald is the outer link (``sources.told``)
            relation, addressee = "said", outlet.entity if outlet.entity is not None else addressee
    words = site.quote.cue if site.quote.cue is not None else speaker
    relay = _relaying_outlet(site)
    if relay is None:
        return [Proposal(SourceLink(relation, entity, plain(words), plain(speaker), addressee))]
    relation = "said" if relation in {"reported_by", "unknown", "quoted"} else relation
    named = _nearest_mention(site, entity)
    own = Proposal(SourceLink(relation, entity, plain(words), named, addressee))
    return [own, Proposal(link("reported_by", _quoting_words(site, words, relay), relay), OUTER_RANK)]


def _quoting_words(site: ClaimSite, cue: Span, relay: Found) -> Span:
    """The words stating a relay that quotes: "Xinhua quoted Ren as saying", from the relay to its cue.

    The link then says what it is (a quoting), so that "Ren was quoted as saying" later in the passage, which
    names no one quoting, keeps it (``sources.frame_carry``). Any other relay keeps its cue's words.
    """
    start, end = min(cue.start, relay.mention.start), max(cue.end, relay.mention.end)
    if not _quoting_subject(site, relay.mention) or end - start > 200:
        return plain(cue)
    return Span.of(site.text, start, end)


def _relaying_outlet(site: ClaimSite) -> Found | None:
    """The outlet the speaker mention names when speaker resolution credited its words to a source it relays.

    Not when the speaker's own entity is named inside that mention: "The People's Daily" is one paper, though
    speaker resolution may read "People" and "Daily" as two names.
    """
    speaker = site.quote.speaker
    if speaker is None or speaker.entity is None:
        return None
    ident = site.index.entity_of(speaker.start, speaker.end)
    if ident == speaker.entity or not (outlet_text(speaker.text) or _quoting_subject(site, speaker)):
        return None
    if site.index.names_within(speaker.entity, speaker.start, speaker.end):
        return None
    return site.index.found(speaker.start, speaker.end, ident)


def _quoting_subject(site: ClaimSite, speaker: Span) -> bool:
    """Whether the speaker mention is who quotes ("*Y* quoted X as saying", "X was quoted by *Y* as saying")."""
    span = site.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and quoting_verb(span.root) is not None


def _nearest_mention(site: ClaimSite, ident: int | None) -> Span | None:
    """The mention of an entity nearest the claim's cue ("three people close to him")."""
    entity = site.index.entities.get(ident) if ident is not None else None
    if entity is None or not entity.mentions:
        return None
    anchor = site.quote.cue.start if site.quote.cue is not None else site.quote.start
    best = min(entity.mentions, key=lambda m: abs(m.start - anchor))
    return Span.of(site.text, best.start, best.end)


@source_rule("sources.quoted", order=300)
def quoted(site: ClaimSite) -> list[Proposal]:
    """Quoting: in "Y quoted X as saying", X said and Y ``quoted`` (read across the claim, which often holds X)."""
    text, index = site.text, site.index
    start = site.region[0]
    out = []
    for match in _nearest_quoting(site):
        passive = _passive_quoted(site, start + match.start(), start + match.start("rest"), start + match.end("rest"))
        if passive is not None:
            out.extend(passive)
            continue
        relay = index.before(start + match.start(), start) or _speaker_before(site, start + match.start())
        source = index.after(start + match.start("rest"), start + match.end("rest"))
        if source is not None:
            words = Span.of(text, start + match.end("rest") + 1, start + match.end())
            out.append(Proposal(link("said", words, source)))
        if relay is not None:  # "the agency quoted X", "The book quotes X": the agency named before, the book's author
            relay = _relay_meant(site, relay)
            words = Span.of(text, min(relay.mention.start, start + match.start()), start + match.start("rest"))
            out.append(Proposal(link("quoted", words, relay)))
    return out


def _nearest_quoting(site: ClaimSite) -> list[re.Match[str]]:
    """The "quoted X as saying" of the claim's sentences nearest its words (none, or one).

    "Newspapers quoted V as saying A, and the league quoted her as saying B": each claim is passed on by the
    quoting written next to it, not by every quoting of the sentence.
    """
    start, end = site.region
    content = site.quote.content

    def distance(match: re.Match[str]) -> int:
        return max(0, content.start - (start + match.end()), start + match.start() - content.end)

    matches = list(PATTERNS["quoted"].finditer(site.text[start:end]))
    return [min(matches, key=distance)] if matches else []


def _speaker_before(site: ClaimSite, at: int) -> Found | None:
    """The claim's speaker mention when it is written before ``at`` in the claim's sentences ("The book also ...")."""
    speaker = site.quote.speaker
    if speaker is None or not site.region[0] <= speaker.start < at:
        return None
    return site.index.found(speaker.start, speaker.end, speaker.entity)


def _relay_meant(site: ClaimSite, relay: Found) -> Found:
    """The source a relay's words stand for: an outlet a back-reference points to, a document's maker."""
    outlet = outlet_found(site, relay)
    if outlet is not None:
        return outlet
    return document_maker(site, relay, site.region[1]) or relay


def _passive_quoted(site: ClaimSite, at: int, rest: int, rest_end: int) -> list[Proposal] | None:
    """Passive quoting, "X was quoted by Y as saying": X said it and Y relayed it (``reported_by``); else ``None``.

    Args:
        site: The claim.
        at: Where "quoted" starts.
        rest: Where the words between "quoted" and "as saying" start ("by the Review").
        rest_end: Where they end.

    """
    text, index = site.text, site.index
    auxiliary = PATTERNS["quoted_passive"].search(text[max(site.region[0], at - 12) : at])
    agent = re.match(r"(?:by|in)\s+", text[rest:rest_end])
    if auxiliary is None or agent is None:
        return None
    out = []
    relay = index.after(rest + agent.end(), rest_end)
    source = index.before(at - len(auxiliary.group(0)), site.region[0])
    if source is not None and (relay is None or source.entity != relay.entity):
        out.append(Proposal(link("said", Span.of(text, at, rest_end), source), rank=-1))
    if relay is not None:  # "quoted by the agency": the agency named before
        if PATTERNS["agency_back"].match(relay.mention.text):
            relay = outlet_found(site, relay) or relay
        out.append(Proposal(link("reported_by", Span.of(text, at, rest_end), relay), OUTER_RANK, replace=True))
    return out


def _speech_verb(token: Token) -> str | None:
    """The relation of a speech verb ("tell": told), ``None`` for any other word."""
    word = cue_verb(token.lemma_)
    return word.relation if word is not None and word.cls == "speech" else None


def _subject_found(site: ClaimSite, subject: Token, ident: int | None) -> Found:
    """The whole phrase of a subject, as a source mention of ``ident``."""
    phrase = site.doc[subject.left_edge.i : subject.right_edge.i + 1]
    return Found(Span.of(site.text, phrase.start_char, phrase.end_char), ident)


def _word(site: ClaimSite, token: Token) -> Span:
    return Span.of(site.text, token.idx, token.idx + len(token.text))


NESTED_RANK = 3
"""Chain rank of the speakers above a nested claim: outside the immediate speaker's relays, inside its outlets."""


@source_rule("sources.nested", order=310)
def nested(site: ClaimSite) -> list[Proposal]:
    """Speech verbs above the cue's clause: "X said Y told her that Z called it ..." adds Y, then X.

    Each speaker above relays the words below (``reported_by``), except the
    one a verb below *told* ("Y told her": X is ``told``); nearer the claim is
    inner.
    """
    token = site.cue_root
    if token is None:
        return []
    out = []
    below = token
    for _ in range(4):
        if token.dep_ not in _COMPLEMENT_DEPS or token.head is token or _second_clause(site, token, token.head):
            break
        token = token.head
        if _speech_verb(token) is None:
            continue
        told = [c for c in below.children if c.dep_ in _OBJECT_DEPS] if _speech_verb(below) == "told" else []
        for child in token.children:
            if child.dep_ == "nsubj":
                ident = site.index.entity_of(child.idx, child.idx + len(child.text))
                found = _subject_found(site, child, ident)
                relation = "told" if any(_told_them(site, c, ident) for c in told) else "reported_by"
                out.append(Proposal(link(relation, _word(site, token), found), NESTED_RANK))
        below = token
    return out + _reporter_after(site)


def _told_them(site: ClaimSite, told: Token, ident: int | None) -> bool:
    """Whether the person a nested speaker told is the speaker above ("Quinn said aides had told *her*").

    A pronoun, or a mention of the same entity; not other people ("Fox told supporters ..., her campaign
    said": the campaign relays, it was not told).
    """
    if told.pos_ == "PRON":
        return True
    return ident is not None and site.index.entity_of(told.idx, told.idx + len(told.text)) == ident


def _reporter_after(site: ClaimSite) -> list[Proposal]:
    """A reporting clause written after the claim that the parse hangs under its cue.

    "The ranger told investigators that the hikers had “seemed confident,” the sheriff's office said": the
    office relays what the ranger told (``reported_by``); the parser often makes its "said" a complement of
    "told". Only a speech verb after the claim's words, with a subject that is not the speaker.
    """
    cue_root, quote = site.cue_root, site.quote
    if cue_root is None:
        return []
    out = []
    for child in cue_root.children:
        if child.dep_ not in {"ccomp", "parataxis"} or child.idx < quote.end or _speech_verb(child) is None:
            continue
        for subject in (c for c in child.children if c.dep_ == "nsubj" and c.pos_ != "PRON"):
            ident = site.index.entity_of(subject.idx, subject.idx + len(subject.text))
            if ident is None or ident != site.speaker_entity:
                found = _subject_found(site, subject, ident)
                out.append(Proposal(link("reported_by", _word(site, child), found), NESTED_RANK))
    return out


def _second_clause(site: ClaimSite, below: Token, above: Token) -> bool:
    """Whether a verb "above" a clause is the verb of a second clause after a semicolon, not its reporter.

    "Prosecutors said X; the defence argued that Y": the parser may hang "said" under "argued", but the
    defence reported Y, not what the prosecutors said. A reporting verb written after the clause it
    reports ("X, two aides told Quinn") is never past a semicolon.
    """
    if above.i < below.i:
        return False
    return any(t.text == ";" for t in site.doc[below.i + 1 : above.i])


@source_rule("sources.embedded", order=320, default=False)
def embedded(site: ClaimSite) -> list[Proposal]:
    """A claim whose words start with another attribution: "X said [Y told him that ...]" (Y innermost, told X).

    Off by default: the claim is X's own words (its immediate speaker is X);
    switch it on to read the attribution inside them as the claim's source.
    """
    quote, cue_root = site.quote, site.cue_root
    if cue_root is None:
        return []
    out = []
    for child in cue_root.children:
        if child.dep_ != "ccomp" or not quote.start <= child.idx < quote.end:
            continue
        relation = _speech_verb(child)
        subjects = [c for c in child.children if c.dep_ == "nsubj"]
        if relation is None or not subjects or not any(c.dep_ == "ccomp" for c in child.children):
            continue
        ident = site.index.entity_of(subjects[0].idx, subjects[0].idx + len(subjects[0].text))
        if ident is not None:
            found = _subject_found(site, subjects[0], ident)
            out.append(Proposal(link(relation, _word(site, child), found, _addressee(site, child))))
    return out


@source_rule("sources.opening", order=330)
def opening(site: ClaimSite) -> list[Proposal]:
    """A claim that is itself an attribution: "According to Y, [X said that ...]" (X innermost, Y relays).

    Only under a relay cue ("according to", or a document's "show" / "record": "The minutes show [the chair
    told directors that ...]"): under a speech verb ("Quinn said [two aides had told her that ...]") the
    claim is the speaker's own words.
    """
    quote = site.quote
    if quote.kind == "direct" or quote.cue is None or (quote.cue.start < quote.end and quote.cue.end > quote.start):
        return []
    if not _relay_cue(quote):
        return []
    span = site.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    root = span.root
    relation = _speech_verb(root)
    if relation is None or (root.dep_ in _COMPLEMENT_DEPS and root.head.i >= span.start):
        return []
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
    reported = {"ccomp", "parataxis"} | (_OBJECT_DEPS if relation == "told" else set())  # "X told Y [that ...]"
    if not subjects or not any(c.dep_ in reported for c in root.children):
        return []
    found = _subject_found(site, subjects[0], None)  # "The coach, Ida Varn,": the head word's entity, else the phrase's
    ident = site.index.entity_of(subjects[0].idx, subjects[0].idx + len(subjects[0].text))
    ident = ident if ident is not None else site.index.entity_of(found.mention.start, found.mention.end)
    return [Proposal(link(relation, _word(site, root), Found(found.mention, ident)), rank=-1)]


_DOCUMENT_CUES = frozenset({"show", "shows", "showed", "shown", "record", "records", "recorded", "reveal", "reveals"})
"""Cues of a document that relays what someone said ("The minutes show [X told Y that ...]")."""


def _relay_cue(quote: Quotation) -> bool:
    """Whether the claim's cue relays an attribution: "according to", or a document's "show" / "record"."""
    if quote.cue is None:
        return False
    cue = quote.cue.text.lower()
    return cue.startswith("according") or cue in _DOCUMENT_CUES


def _opening_verb(site: ClaimSite) -> Token | None:
    """The head verb of an "according to" claim that is itself a report ("[X told Y that ...], according to Z")."""
    quote = site.quote
    if not _relay_cue(quote) or quote.kind == "direct":
        return None
    span = site.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


HOP_RANK = 1
"""Chain rank of the people told on the way: right outside the speaker, inside every relay."""

_RELAYS = frozenset({"reported_by", "citing", "according_to", "quoted"})
"""Relations of a relay beyond the speaker: the words reached the writer through someone else."""


@source_rule("sources.told_hop", order=340)
def told_hop(site: ClaimSite) -> list[Proposal]:
    """The people told, when the words reached the writer through a relay: a hop of the chain (``told``).

    "The ministry told regional officials that ..., as first reported by the Sentinel": the officials
    heard it, and the Sentinel got it from there (X said › officials told › Sentinel reported_by).
    Without a relay the people told are only the addressee ("X told reporters that ..."); the outlet's
    staff and pronouns are never a hop.
    """
    verb = _opening_verb(site) if _relay_cue(site.quote) else site.cue_root
    if (
        verb is None
        or verb.lemma_ != "tell"
        or not any(
            old.relation in _RELAYS and rank >= 2 for old, rank in zip(site.chain.links, site.chain.ranks, strict=True)
        )
    ):
        return []
    for child in verb.children:
        if child.dep_ not in _OBJECT_DEPS or child.pos_ == "PRON":
            continue
        found = _subject_found(site, child, None)  # "his cabinet": the head noun's entity, not the possessor's
        found = Found(found.mention, site.index.entity_of(child.idx, child.idx + len(child.text)))
        text = found.mention.text
        if found.entity == site.speaker_entity or staff_noun(text) or outlet_text(text):
            continue
        relation = "interview" if in_interview(verb, child) else "told"
        return [Proposal(link(relation, _word(site, verb), found), HOP_RANK)]
    return []


@source_rule("sources.inner_quote", order=900, scope="article")
def inner_quote(sites: list[ClaimSite]) -> list[tuple[int, Proposal]]:
    """A quotation inside another claim's words: the outer speaker relays it (``reported_by``).

    Inside a direct quotation the outer speaker is always ``reported_by``
    ("“My father told me, ‘Never sell,’” said Hollis": Hollis relays his
    father); inside an indirect or mixed claim an outer speaker already linked
    by ``sources.nested`` keeps that link ("Quinn said two aides had told her
    that Marsh called it “a rounding error.”": Quinn ``told``).

    One sweep over the quoted stretches sorted by start: a claim is checked
    only against the stretches open at its start.
    """
    holders = sorted(
        (site.quote.content.start, site.quote.content.end, j)
        for j, site in enumerate(sites)
        if site.quote.speaker is not None
    )
    order = sorted(range(len(sites)), key=lambda i: sites[i].quote.start)
    open_: list[tuple[int, int, int, int]] = []  # (end, start, outer index, tie-breaker) by end
    cursor = 0
    out: list[tuple[int, Proposal]] = []
    for i in order:
        inner = sites[i].quote
        while cursor < len(holders) and holders[cursor][0] <= inner.start:
            start, end, j = holders[cursor]
            heapq.heappush(open_, (end, start, j, cursor))
            cursor += 1
        while open_ and open_[0][0] < inner.start:
            heapq.heappop(open_)
        outers = sorted(
            {
                j
                for end, start, j, _ in open_
                if j != i
                and inner.end <= end
                and (start, end) != (inner.start, inner.end)
                and not _self_quoted(inner, sites[j].quote)
            }
        )
        out.extend((i, Proposal(_quoted_by(sites[j]), replace=sites[j].quote.kind == "direct")) for j in outers)
    return out


def _self_quoted(inner: Quotation, outer: Quotation) -> bool:
    """Whether a speaker quotes their own words ("I said to Kit, ‘Send me the number’"): no relay."""
    one, other = inner.speaker, outer.speaker
    return one is not None and other is not None and one.entity is not None and one.entity == other.entity


def _quoted_by(outer: ClaimSite) -> SourceLink:
    """The link saying that ``outer``'s speaker relayed a claim quoted inside its words."""
    speaker = outer.quote.speaker
    assert speaker is not None
    words = outer.quote.cue if outer.quote.cue is not None else speaker
    return SourceLink(relation="reported_by", entity=speaker.entity, span=plain(words), mention=plain(speaker))
