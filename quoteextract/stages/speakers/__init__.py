"""Speaker resolution: one entity per person, organisation or anonymous source.

:func:`resolve_speakers` reads the article once, in text order:

1. proper names from the named-entity layer are cleaned (honorifics,
   possessives, articles) and grouped by name (:mod:`._groups`), whatever
   label the tagger gave each one; the type is decided from the name's own
   words (honorific, first name, organisation suffix, acronym) before the
   tagger's votes;
2. titles are read from the parse (:mod:`._descriptors`);
3. speaker mentions, pronouns and role references are resolved in text
   order against what came before (:mod:`._pronouns`); unnamed sources get
   an entity of their own (:mod:`._anonymous`); credit lines are skipped
   (:mod:`._credits`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from ..._doctext import doc_text
from ..._model import Descriptor, Entity, Quotation
from ..._model import Span as TextSpan
from ...lang.en import _speaker_lexicon as _lexicon
from ._anonymous import anonymous_head, describe
from ._credits import credit_ranges
from ._descriptors import role_nouns, titles_of
from ._groups import Descriptor as Title
from ._groups import Group, NameMention, cluster_names
from ._mentions import Layout, is_modifier, is_subject, make_layout, name_mentions, span_root
from ._pronouns import Antecedent, Site, resolve

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

REPLY_CUES = frozenset({"reply", "answer", "respond", "retort", "counter", "shoot"})
"""Cue lemmas that pass the turn in a dialogue (see :mod:`._pronouns`)."""

RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
"""Relative pronouns that stand for the noun their clause describes."""

RELAY_BEFORE = re.compile(r"\b(?:according\s+to|citing|quoting)\s+$", re.IGNORECASE)
"""Words before a noun phrase that make it a relayed source ("citing two officials")."""

_SALIENT_DEPS = frozenset({"nsubj", "nsubjpass", "appos"})
"""Dependency labels that make a country or group worth an entity."""


class _Reader:
    """State of one pass over an article (groups, history, token owners).

    Args:
        doc: The parsed article.
        quotes: The quotations from attribution.

    """

    def __init__(self, doc: Doc, quotes: list[Quotation]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.quotes = quotes
        quoted = [(f.start, f.end) for q in quotes for f in q.fragments]
        self.layout: Layout = make_layout(doc, quoted, credit_ranges(self.text))
        self.pairs = name_mentions(doc, self.layout)
        self.pairs.sort(key=lambda pair: pair[0].start)
        self.groups, placed = cluster_names([m for m, _ in self.pairs])
        self.items: list[tuple[NameMention, Span, Group]] = [
            (m, ent, g) for (m, ent), g in zip(self.pairs, placed, strict=True)
        ]
        self.owner: dict[int, Group] = {}
        for mention, ent, group in self.items:
            for token in ent:
                if mention.start <= token.idx < mention.end:
                    self.owner[token.i] = group
        self.history: list[Antecedent] = []
        self.speakers: list[Group] = []

    # -- titles --------------------------------------------------------------

    def gather_titles(self) -> None:
        """Attach titles from the parse to every named group."""
        seen: set[tuple[int, int, int]] = set()
        for mention, ent, group in self.items:
            honorific = mention.name.honorific
            if honorific and honorific not in _lexicon.courtesy_titles():
                self._add_title(group, mention.start, mention.start + len(honorific), seen)
                group.role_nouns |= {honorific.lower().rstrip(".")}
            tokens = [t for t in ent if mention.start <= t.idx < mention.end]
            if not tokens:
                continue
            for title in titles_of(self.doc, tokens[0].i, tokens[-1].i + 1):
                start, end = title[0].idx, title[-1].idx + len(title[-1].text)
                related = next(
                    (self.owner[t.i] for t in title if t.i in self.owner and self.owner[t.i] is not group), None
                )
                if related is not None and not any(
                    t.i in self.owner and (t.dep_ == "poss" or t.head.dep_ == "poss") for t in title
                ):
                    related = None
                self._add_title(group, start, end, seen, related)
                nouns = role_nouns(title)
                group.role_nouns |= nouns
                for noun in nouns:
                    role = _lexicon.roles()[noun]
                    if role.gender is not None and group.gender is None and len(title) <= 6:
                        group.gender = role.gender

    def _add_title(
        self, group: Group, start: int, end: int, seen: set[tuple[int, int, int]], related: Group | None = None
    ) -> None:
        """Record a title once per group."""
        key = (id(group), start, end)
        if key in seen:
            return
        seen.add(key)
        group.descriptors.append(Title(self.text[start:end], start, end, related))
        if related is not None:
            related.salient = True

    # -- the pass in text order ---------------------------------------------

    def read(self) -> list[Quotation]:
        """Walk names, speakers and pronouns in text order; return updated quotations."""
        events: list[tuple[int, int, str, object]] = []
        speaker_spans = []
        for index, quote in enumerate(self.quotes):
            if quote.speaker is not None:
                events.append((quote.speaker.start, 1, "speaker", index))
                speaker_spans.append((quote.speaker.start, quote.speaker.end))
        self.speaker_spans = speaker_spans
        for mention, _, group in self.items:
            events.append((mention.start, 0, "name", (mention, group)))
        for token in self.doc:
            pronoun = _lexicon.pronouns().get(token.lower_)
            if (
                pronoun is not None
                and pronoun.gender is not None
                and not self.layout.in_quote(token.idx, token.idx + 1)
            ):
                events.append((token.idx, 2, "pronoun", token))
        for chunk in self._relayed_sources():
            events.append((chunk.start_char, 1, "relayed", chunk))
        for chunk in self._role_subjects():
            events.append((chunk.start_char, 1, "role", chunk))
        resolved: dict[int, Group | None] = {}
        handled: set[int] = set()
        for offset, _, kind, payload in sorted(events, key=lambda e: (e[0], e[1])):
            if kind in {"relayed", "role"}:
                chunk = payload  # type: ignore[assignment]
                if not any(s <= offset < e for s, e in self.speaker_spans):
                    if kind == "relayed":
                        self._unnamed_source(chunk)  # type: ignore[arg-type]
                    else:
                        self._role_mention(chunk)  # type: ignore[arg-type]
            elif kind == "name":
                mention, group = payload  # type: ignore[misc]
                self._remember(mention.start, mention.end, group)
            elif kind == "speaker":
                index = int(payload)  # type: ignore[call-overload]
                group = self._speaker_group(self.quotes[index])
                resolved[index] = group
                handled.add(offset)
                if group is not None:
                    self.speakers.insert(0, group)
            elif offset not in handled:
                self._pronoun(payload, speaker=False)  # type: ignore[arg-type]
        out = []
        for index, quote in enumerate(self.quotes):
            group = resolved.get(index)
            if quote.speaker is not None and group is not None:
                quote = attrs.evolve(quote, speaker=attrs.evolve(quote.speaker, entity=-1 - self.groups.index(group)))
            out.append(quote)
        return out

    def _relayed_sources(self) -> list[Span]:
        """Noun phrases naming an unnamed source after "according to", "citing", "quoting"."""
        if not self.doc.has_annotation("DEP"):
            return []
        found = []
        for chunk in self.doc.noun_chunks:
            before = self.text[max(0, chunk.start_char - 20) : chunk.start_char]
            if RELAY_BEFORE.search(before) and chunk.root.i not in self.owner:
                found.append(chunk)
        return found

    def _role_subjects(self) -> list[Span]:
        """Definite noun phrases headed by a role noun that are clause subjects ("the mayor")."""
        if not self.doc.has_annotation("DEP"):
            return []
        found = []
        for chunk in self.doc.noun_chunks:
            root = chunk.root
            if (
                chunk[0].lower_ == "the"
                and root.dep_ in {"nsubj", "nsubjpass"}
                and root.pos_ == "NOUN"
                and root.i not in self.owner
                and root.lemma_.lower() in _lexicon.roles()
            ):
                found.append(chunk)
        return found

    def _unnamed_source(self, chunk: Span) -> None:
        """Give an unnamed source named as a relay ("citing two officials") an entity."""
        root = chunk.root
        if root.pos_ not in {"NOUN", "PROPN"} or anonymous_head(root.text) is None:
            return
        if any(c.dep_ == "poss" for c in root.children):
            return
        tokens = [t for t in root.subtree if not t.is_space]
        phrase = self.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
        if len(phrase) > 120:
            phrase = chunk.text
        self._anonymous(root, phrase, chunk.start_char, chunk.end_char)

    def _is_speaker_span(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.speaker_spans)

    def _remember(self, start: int, end: int, group: Group, token: Token | None = None) -> None:
        """Add a mention to the pronoun history."""
        root = span_root(self.doc, start, end) if token is None else token
        subject = root is not None and is_subject(root)
        modifier = root is not None and is_modifier(root)
        self.history.append(
            Antecedent(
                offset=start,
                group=group,
                sentence=self.layout.sentence(start),
                paragraph=self.layout.paragraph(start),
                subject=subject,
                quoted=self.layout.in_quote(start, end),
                speaker=self._is_speaker_span(start, end),
                modifier=modifier,
            )
        )

    def _pronoun(self, token: Token, *, speaker: bool, cue: str = "") -> Group | None:
        """Resolve one pronoun token and remember it."""
        pronoun = _lexicon.pronouns().get(token.lower_)
        if pronoun is None:
            return None
        site = Site(
            offset=token.idx,
            pronoun=pronoun,
            sentence=self.layout.sentence(token.idx),
            paragraph=self.layout.paragraph(token.idx),
            speaker=speaker,
            reply=cue in REPLY_CUES,
            previous_speakers=tuple(self.speakers[:2]),
        )
        group, _ = resolve(site, self.history)
        if group is None:
            return None
        end = token.idx + len(token.text)
        group.mentions.append((token.idx, end))
        if pronoun.gender is not None and group.gender is None and group.type != "organisation":
            group.gender = pronoun.gender
        self._remember(token.idx, end, group, token)
        return group

    # -- speakers --------------------------------------------------------------

    def _speaker_group(self, quote: Quotation) -> Group | None:
        """Resolve a quotation's speaker mention to a group (creating one if needed)."""
        speaker = quote.speaker
        assert speaker is not None
        if self.layout.in_credit(speaker.start, speaker.end):
            return None
        root = span_root(self.doc, speaker.start, speaker.end)
        if root is None:
            return None
        if root.i in self.owner:
            return self.owner[root.i]
        if root.lower_ in RELATIVE_PRONOUNS and root.head.dep_ == "relcl" and root.head.head is not root.head:
            root = root.head.head  # "X, who said ...": the speaker is X
            if root.i in self.owner:
                group = self.owner[root.i]
                self._add_mention(group, speaker.start, speaker.end)
                return group
        cue = ""
        if quote.cue is not None:
            cue_root = span_root(self.doc, quote.cue.start, quote.cue.end)
            cue = cue_root.lemma_.lower() if cue_root is not None else ""
        if root.lower_ in _lexicon.pronouns():
            return self._pronoun(root, speaker=True, cue=cue)
        for child in root.children:
            if child.dep_ == "appos" and child.i in self.owner:
                group = self.owner[child.i]
                self._add_mention(group, speaker.start, speaker.end)
                return group
        phrase_tokens = [t for t in root.subtree if not t.is_space]
        phrase = self.text[phrase_tokens[0].idx : phrase_tokens[-1].idx + len(phrase_tokens[-1].text)]
        if len(phrase) > 120:
            phrase = speaker.text
        possessor = next((self.owner[c.i] for c in root.children if c.dep_ == "poss" and c.i in self.owner), None)
        if root.pos_ in {"NOUN", "PROPN"} and possessor is None and anonymous_head(root.text) is not None:
            return self._anonymous(root, phrase, speaker.start, speaker.end)
        nouns = role_nouns([t for t in root.subtree if t.i <= root.i and t.i >= root.left_edge.i])
        if nouns:
            return self._role(nouns, root, possessor, speaker.start, speaker.end)
        inside = [g for t, g in self.owner.items() if speaker.start <= self.doc[t].idx < speaker.end]
        if inside:
            return inside[0]
        group = Group(kind="unknown", label=speaker.text, salient=True)
        self.groups.append(group)
        self._add_mention(group, speaker.start, speaker.end)
        return group

    def _add_mention(self, group: Group, start: int, end: int) -> None:
        """Record a non-name mention of a group and remember it for pronouns."""
        group.mentions.append((start, end))
        group.salient = True
        self._remember(start, end, group)

    def _anonymous(self, root: Token, phrase: str, start: int, end: int) -> Group:
        """An unnamed source: "the official" after "a senior official" is the same one."""
        head = root.lemma_.lower()
        definite = any(c.dep_ == "det" and c.lower_ in {"the", "that", "this", "those", "these"} for c in root.children)
        if definite:
            for group in reversed(self.groups):
                if group.kind == "anonymous" and head in group.role_nouns:
                    self._add_mention(group, start, end)
                    return group
        parsed = self.doc.has_annotation("SENT_START") or self.doc.has_annotation("DEP")
        sentence = root.sent.text if parsed else phrase
        details = describe(phrase, sentence)
        group = Group(kind="anonymous", label=phrase, anonymous=details, salient=True)
        group.role_nouns.add(head)
        group.plural = root.tag_ in {"NNS", "NNPS"} or (details.count or 1) > 1
        role = _lexicon.roles().get(head)
        if role is not None and role.gender is not None and not group.plural:
            group.gender = role.gender
        self.groups.append(group)
        self._add_mention(group, start, end)
        return group

    def _holder(self, nouns: set[str], plural: bool) -> Group | None:
        """The latest group that carried one of these roles (in a title or its name)."""
        for item in reversed(self.history):
            group = item.group
            if plural != group.plural and group.type == "person":
                continue  # "the candidates" is not one of them
            names = {t.lower() for n in group.names for t in n.tokens}
            if nouns & group.role_nouns or nouns & names:
                return group
        return None

    def _role_mention(self, chunk: Span) -> None:
        """A definite role subject outside quotes ("the mayor") becomes a mention of its holder."""
        root = chunk.root
        if self.layout.in_quote(chunk.start_char, chunk.end_char) or any(c.dep_ == "poss" for c in root.children):
            return
        nouns = role_nouns([root])
        holder = self._holder(nouns, root.tag_ in {"NNS", "NNPS"}) if nouns else None
        if holder is not None:
            self._add_mention(holder, chunk.start_char, chunk.end_char)

    def _role(self, nouns: set[str], root: Token, possessor: Group | None, start: int, end: int) -> Group:
        """A role reference: the latest group that carried the role, else a new one."""
        plural = root.tag_ in {"NNS", "NNPS"}
        if possessor is None:
            holder = self._holder(nouns, plural)
            if holder is not None:
                self._add_mention(holder, start, end)
                return holder
        label = re.sub(r"\s*['’]s?$", "", self.text[start:end])
        group = Group(kind="role", label=label, salient=True)
        group.role_nouns |= nouns
        for noun in nouns:
            role = _lexicon.roles()[noun]
            group.votes[role.type] += 1
            if role.gender is not None:
                group.gender = role.gender
        group.plural = plural
        if possessor is not None:
            group.descriptors.append(Title(label, start, end, possessor))
            possessor.salient = True
        self.groups.append(group)
        self._add_mention(group, start, end)
        return group

    # -- output ------------------------------------------------------------------

    def mark_salient(self) -> None:
        """Decide which named groups are worth reporting as entities."""
        for mention, ent, group in self.items:
            root = ent.root
            according = root.dep_ == "pobj" and root.head.lower_ in {"to", "by"}
            if mention.label in {"PERSON", "ORG"} or root.dep_ in _SALIENT_DEPS or according:
                group.salient = True

    def entities(self) -> tuple[list[Entity], dict[int, int]]:
        """Build the entities; return them and a map from group index to entity id."""
        kept = [(i, g) for i, g in enumerate(self.groups) if g.mentions and (g.salient or self._is_speaker_group(g))]
        kept.sort(key=lambda pair: min(pair[1].mentions))
        ids = {i: n for n, (i, _) in enumerate(kept)}
        by_group = {id(g): ids[i] for i, g in kept}
        out = []
        for i, group in kept:
            spans = sorted(set(group.mentions))
            descriptors = []
            seen = set()
            for title in group.descriptors:
                if title.text in seen:
                    continue
                seen.add(title.text)
                related = by_group.get(id(title.related)) if title.related is not None else None
                descriptors.append(
                    Descriptor(
                        title.text, TextSpan(title.start, title.end, self.text[title.start : title.end]), related
                    )
                )
            out.append(
                Entity(
                    id=ids[i],
                    name=group.name or self.text[spans[0][0] : spans[0][1]],
                    type=group.type,
                    titles=tuple(d.text for d in descriptors),
                    descriptors=tuple(descriptors),
                    mentions=tuple(TextSpan(s, e, self.text[s:e]) for s, e in spans),
                    anonymous=group.anonymous,
                    ambiguous=group.ambiguous,
                )
            )
        return out, ids

    def _is_speaker_group(self, group: Group) -> bool:
        return any(group is g for g in self.speakers)


def resolve_speakers(doc: Doc, quotes: list[Quotation]) -> tuple[list[Quotation], list[Entity]]:
    """Group mentions into entities and point each speaker mention at one.

    Args:
        doc: The parsed article.
        quotes: Quotations whose ``speaker`` mentions are not yet resolved.

    Returns:
        The quotations with ``speaker.entity`` set where a speaker was
        resolved (left ``None`` for unresolved pronouns, credit lines and
        first-person speakers), and the entities: every person and
        organisation named in the article, and every speaker, in order of
        first mention. ``Entity.quotes`` is left empty (the extractor fills it).

    """
    if not any(not t.is_space for t in doc):
        return list(quotes), []
    reader = _Reader(doc, list(quotes))
    reader.gather_titles()
    updated = reader.read()
    reader.mark_salient()
    entities, ids = reader.entities()
    out = []
    for quote in updated:
        speaker = quote.speaker
        if speaker is not None and speaker.entity is not None and speaker.entity < 0:
            entity = ids.get(-1 - speaker.entity)
            quote = attrs.evolve(quote, speaker=attrs.evolve(speaker, entity=entity))
        out.append(quote)
    return out, entities
