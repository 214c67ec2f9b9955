"""The state of one pass over an article: groups, mention history, token owners.

:class:`Reader` holds what the walk of :mod:`._passes` over names, speakers,
pronouns and role references in text order has found so far (the mentions it
meets outside speakers are read by :mod:`._outside`). Everything it asks per mention is answered from
indexes built once (token owners, quoted and credit ranges, the latest group
holding each role noun), so the pass is linear in the article's length.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon as _lexicon
from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS
from ._anonymous import describe
from ._clustering import cluster_names
from ._credits import credit_ranges
from ._groups import Descriptor as Title
from ._groups import Group, NameMention
from ._intervals import Intervals
from ._mentions import name_mentions
from ._plural import Together
from ._pronouns import PARAGRAPH_WINDOW, Antecedent, Site, resolve, retyped_speaker, speaks_on
from ._speaker_layout import (
    SpeakerLayout,
    is_modifier,
    is_subject,
    is_subordinate_subject,
    make_layout,
    span_root,
)
from ._turns import Turn, passive_asker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..._model import Quotation
    from ...article import Article
    from ...rules import Rule

REPLY_CUES = frozenset({"reply", "answer", "respond", "retort", "counter", "shoot"})
"""Cue lemmas that pass the turn in a dialogue (see :mod:`._pronouns`)."""

HEADLINE = re.compile(r"\A\s*[^\n]{1,120}?[^.!?:;,”\"'’\s]\s*\n")
"""A first line that does not end like a sentence, with more text after it: the headline."""

HEADLINE_WORDS = 15
"""Most words in a headline."""


def headline_end(text: str) -> int:
    """Where the article's headline ends (0 when the first line reads as a sentence or is the whole text).

    A pronoun in the story never points back to the headline ("Gym owner backs
    young fighter ... He said"), so its mentions are no antecedents.
    """
    match = HEADLINE.match(text)
    if match is None or len(match.group().split()) > HEADLINE_WORDS or not text[match.end() :].strip():
        return 0
    return match.end()


DEFINITE_DETERMINERS = frozenset({"the", "that", "this", "those", "these"})
"""Determiners that point back to a source already introduced ("the official")."""

INDEFINITE_DETERMINERS = frozenset({"a", "an"})
"""Determiners that bring a new referent in ("a nurse")."""

OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})
"""Dependency labels of a verb's objects (a preposition's object counts when the preposition hangs from the verb)."""

OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
"""Object pronouns that never stand for their own clause's subject (reflexives do)."""

PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
"""Penn tags of plural nouns."""


RELAY_PARTICIPLES: frozenset[str] = frozenset({"quoted", "cited", "reported"})
"""Participles after a speaker's noun that name the outlet relaying them ("a club official quoted by the Clarion")."""

CLOSING_VERBS: frozenset[str] = frozenset({"told", "said"})
"""Reporting verbs a small model hangs on their own speaker as a participle ("an official who asked not to be named
*told* Reuters"): the attribution, not part of the speaker's description (unless passive: "the story told by")."""


def _not_description(root: Token) -> set[int]:
    """The words under a speaker's noun that link it, not describe it: a relay participle, a misread closing verb.

    "a club official quoted by the Clarion" (a link, not a title); "an official who asked not to be named told
    Reuters" (the attribution the parser hung on the noun; "the story told by" is passive and stays).
    """
    out: set[int] = set()
    for child in root.children:
        if child.dep_ != "acl":
            continue
        closing = child.lower_ in CLOSING_VERBS and child.i > root.i
        if child.lower_ in RELAY_PARTICIPLES or (closing and not any(g.dep_ == "agent" for g in child.children)):
            out.update(t.i for t in child.subtree)
    return out


class Reader:
    """State of one pass over an article (groups, history, token owners).

    Args:
        article: The parsed article.
        quotes: The quotations from attribution.

    """

    def __init__(self, article: Article, quotes: list[Quotation]) -> None:
        assert article.doc is not None
        self.doc: Doc = article.doc
        self.article = article  # the line roles, for the rules of ._transcript
        self.text = article.text
        self.speaker_rules: tuple[Rule, ...] = article.rules.active("speakers")
        self.title_rules: tuple[Rule, ...] = article.rules.active("titles")
        self.quotes = quotes
        quoted = [(f.start, f.end) for q in quotes for f in q.fragments]
        self.layout: SpeakerLayout = make_layout(article, quoted, credit_ranges(self.text))
        self.tokens: list[Token] = list(self.doc)  # made once: every pass over the words reads this list
        pairs = name_mentions(self.doc, self.text, self.layout, self.tokens)
        pairs.sort(key=lambda pair: pair[0].start)
        self.groups, placed = cluster_names([m for m, _ in pairs])
        self.items: list[tuple[NameMention, Span, Group]] = [
            (m, ent, g) for (m, ent), g in zip(pairs, placed, strict=True)
        ]
        self.owner: dict[int, Group] = {}
        for mention, ent, group in self.items:
            for token in ent:
                if mention.start <= token.idx < mention.end:
                    self.owner[token.i] = group
        self._owner_rank = {i: rank for rank, i in enumerate(self.owner)}
        self._token_starts = [t.idx for t in self.tokens]
        self.speaker_spans = Intervals((q.speaker.start, q.speaker.end) for q in quotes if q.speaker is not None)
        self.contents = Intervals((q.start, q.end) for q in quotes)
        self.history: list[Antecedent] = []
        self._headline_end = headline_end(self.text)
        self.speakers: list[Group] = []
        self.speaker_end: tuple[int, int] | None = None  # where the latest quotation whose speaker is known ends
        self._speaker_ids: set[int] = set()
        self._last_seen: dict[int, int] = {}
        self._by_noun: dict[str, dict[int, Group]] = {}
        self._filed: dict[int, set[str]] = {}
        self._anonymous_by_head: dict[str, Group] = {}
        self.title_owner: dict[int, Group] = {}
        self._resolved_tokens: dict[int, Group] = {}
        self.sets: dict[int, Together] = {}
        self._set_starts: list[int] = []
        self._set_order: list[Together] = []
        self._at_offset: dict[int, Group] = {}
        self.quote_index = {id(quote): index for index, quote in enumerate(quotes)}
        self.nested: dict[int, int] = {}  # a quoted "I" speaker's quotation -> the quotation around it (._nested)
        self.spoke: dict[int, Group] = {}  # each quotation resolved so far -> its speaker's group
        self.turn: Turn | None = None
        self._chunks: list[Span] | None = None
        self.couples: set[str] = set()  # surnames of couples written "Mr and Mrs X" (._kin)
        self.kin: dict[tuple[int, str], Group] = {}  # (id of a person, kin noun) -> that relative (._kin)

    # -- look-ups ---------------------------------------------------------------

    def first_owned_in(self, start: int, end: int) -> Group | None:
        """The group owning the first-found name token whose start lies in ``start:end``."""
        lo = bisect.bisect_left(self._token_starts, start)
        hi = bisect.bisect_left(self._token_starts, end)
        owned = [i for i in range(lo, hi) if i in self.owner]
        if not owned:
            return None
        return self.owner[min(owned, key=self._owner_rank.__getitem__)]

    def group_of_token(self, token: Token) -> Group | None:
        """The group a word was read as: a name's, a resolved pronoun's, a title's, a mention's, an appositive's."""
        found = self.owner.get(token.i) or self._resolved_tokens.get(token.i) or self.title_owner.get(token.i)
        found = found or self._at_offset.get(token.left_edge.idx) or self._at_offset.get(token.idx)
        if found is None:
            found = next((self.owner[c.i] for c in token.children if c.dep_ == "appos" and c.i in self.owner), None)
        return found

    def phrase(self, root: Token, fallback: str, cut: Token | None = None) -> str:
        """The words of ``root``'s subtree, less ``cut``'s and a relay ("quoted by Y"); ``fallback`` when too long."""
        left_out = {t.i for t in cut.subtree} if cut is not None else set()
        left_out.update(_not_description(root))
        tokens = [t for t in root.subtree if not t.is_space and t.i not in left_out]
        while len(tokens) > 1 and tokens[-1].is_punct:
            tokens.pop()  # "Two officials, who said ...": no comma left dangling
        phrase = self.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
        return fallback if len(phrase) > 120 else phrase

    def add_speaker(self, group: Group, end: int | None = None) -> None:
        """Record that ``group`` spoke the latest quotation (ending at ``end`` when given)."""
        self.speakers.append(group)
        if end is not None:
            self.speaker_end = (end, self.layout.paragraph(end))
        self._speaker_ids.add(id(group))

    def is_speaker_group(self, group: Group) -> bool:
        """Whether ``group`` speaks some quotation."""
        return id(group) in self._speaker_ids

    def set_sets(self, together: list[Together]) -> None:
        """Record the people named together in the article (indexed once, by where they start)."""
        self.sets = {found.token: found for found in together}
        self._set_order = sorted(together, key=lambda found: found.start)
        self._set_starts = [found.start for found in self._set_order]

    def latest_set(self, offset: int, *, windowed: bool = True) -> Group | None:
        """The people named together last before ``offset`` (in the pronoun window of paragraphs if ``windowed``)."""
        index = bisect.bisect_left(self._set_starts, offset) - 1
        if index < 0:
            return None
        found = self._set_order[index]
        if windowed and self.layout.paragraph(offset) - self.layout.paragraph(found.start) > PARAGRAPH_WINDOW:
            return None
        return found.group

    # -- the pronoun history ----------------------------------------------------

    def remember(self, start: int, end: int, group: Group, token: Token | None = None) -> None:
        """Add a mention to the pronoun history (and file its group under its role nouns and name words)."""
        root = span_root(self.doc, start, end) if token is None else token
        if start < self._headline_end:
            self._last_seen.setdefault(id(group), -1)
            self._file(group)
            return
        self.history.append(
            Antecedent(
                offset=start,
                group=group,
                sentence=self.layout.sentence(start),
                paragraph=self.layout.paragraph(start),
                subject=root is not None and is_subject(root),
                subordinate=root is not None and is_subordinate_subject(root),
                quoted=self.layout.in_quote(start, end),
                speaker=self._speaks(start, end, root),
                modifier=root is not None and is_modifier(root),
                content=self.contents.holds(start),
                possessor=root is not None and root.dep_ == "poss",
            )
        )
        self._last_seen[id(group)] = len(self.history) - 1
        self._at_offset[start] = group
        self._file(group)

    def _speaks(self, start: int, end: int, root: Token | None) -> bool:
        """Whether a mention is a speaker, or the name apposed to one ("her brother, Eli Weinberg, said")."""
        if root is not None and root.dep_ == "poss":
            return False
        if self.speaker_spans.overlaps(start, end):
            return True
        head = root.head if root is not None and root.dep_ == "appos" else None
        return head is not None and self.speaker_spans.overlaps(head.idx, head.idx + len(head.text))

    def _file(self, group: Group) -> None:
        """File a group under its role nouns and name words (they only grow before it is remembered)."""
        filed = self._filed.setdefault(id(group), set())
        words = group.role_nouns | group.name_words
        for word in words - filed:
            self._by_noun.setdefault(word, {})[id(group)] = group
        filed |= words

    def filed(self, word: str) -> list[Group]:
        """The groups remembered so far whose role nouns or name words hold ``word``."""
        return list(self._by_noun.get(word, {}).values())

    def holder(self, nouns: set[str], plural: bool, not_of: Group | None = None) -> Group | None:
        """The latest-mentioned group that carried one of these roles (in a title or its name).

        Same answer as walking the history backwards, from the groups filed
        under the nouns; ``not_of`` is a group left out (the office itself, read as a name).
        """
        candidates = {key: g for noun in nouns for key, g in self._by_noun.get(noun, {}).items() if g is not not_of}
        best: Group | None = None
        for key, group in candidates.items():
            if plural != group.plural and group.type == "person":
                continue  # "the candidates" is not one of them
            if not (nouns & group.role_nouns or nouns & group.name_words):
                continue
            if best is None or self._last_seen[key] > self._last_seen[id(best)]:
                best = group
        return best

    def pronoun(
        self, token: Token, *, speaker: bool, cue: str = "", read_as: str = "", not_of: Group | None = None
    ) -> Group | None:
        """Resolve one pronoun token (or a word read as the pronoun ``read_as``: "both" as "they") and remember it.

        ``not_of`` is a group the pronoun cannot stand for (the speaker around a quoted "he").
        """
        pronoun = _lexicon.pronouns().get(read_as or token.lower_)
        if pronoun is None:
            return None
        site = Site(
            offset=token.idx,
            pronoun=pronoun,
            sentence=self.layout.sentence(token.idx),
            paragraph=self.layout.paragraph(token.idx),
            speaker=speaker,
            reply=cue in REPLY_CUES,
            previous_speakers=tuple(reversed(self.speakers[-2:])),
            content=not speaker and self.contents.holds(token.idx),
            excluded=self._clause_subject(token) if not_of is None else id(not_of),
            turn=self.turn if speaker else None,
        )
        group, _ = resolve(site, self.history)
        if group is None:
            group = retyped_speaker(site, self.history)
            if group is not None:
                group.gender = pronoun.gender  # "she said" makes the mistyped speaker a person
        if group is None:
            group = speaks_on(site, self.history, self.speaker_end)
        if group is None:
            return None
        end = token.idx + len(token.text)
        group.mentions.append((token.idx, end))
        # "Tarrant said Brandt hid cash in his garage": a pronoun in the reported
        # words is no evidence of the speaker's gender
        reporter = site.content and bool(self.speakers) and group is self.speakers[-1]
        if pronoun.gender is not None and group.gender is None and group.type != "organisation" and not reporter:
            group.gender = pronoun.gender
        self.remember(token.idx, end, group, token)
        self._resolved_tokens[token.i] = group
        return group

    def _clause_subject(self, token: Token) -> int | None:
        """The ``id()`` of the group a pronoun cannot stand for in its own clause.

        A plain object pronoun ("him", "her", "them", not "himself" nor a
        possessive) never stands for the subject of its own verb ("Lund
        thanked him": not Lund); a subject pronoun never stands for who put
        the question of a fronted "Asked by X whether ..." (:func:`._turns.passive_asker`).
        """
        if token.dep_ in NOMINAL_SUBJECT_DEPS:
            asker = passive_asker(token.head)
            group = self.group_of_token(asker) if asker is not None else None
            return id(group) if group is not None else None
        if token.dep_ not in OBJECT_DEPS or token.lower_ not in OBJECT_PRONOUNS:
            return None
        verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
        subject = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
        if subject is None:
            return None
        return self._group_id(subject)

    def _group_id(self, subject: Token) -> int | None:
        """The ``id()`` of the group a head word (or a name in apposition to it) stands for, if known."""
        group = self.owner.get(subject.i) or self._resolved_tokens.get(subject.i)
        if group is None:
            group = next((self.owner[c.i] for c in subject.children if c.dep_ == "appos" and c.i in self.owner), None)
        return id(group) if group is not None else None

    # -- groups made or found from the parse -------------------------------------

    def add_mention(self, group: Group, start: int, end: int) -> None:
        """Record a non-name mention of a group and remember it for pronouns."""
        group.mentions.append((start, end))
        group.salient = True
        self.remember(start, end, group)

    def add_title(
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
        if group.kind == "name" and self.text[start:end].split()[0].lower() not in {"who", "whom", "whose"}:
            for i in range(bisect.bisect_left(self._token_starts, start), bisect.bisect_left(self._token_starts, end)):
                self.title_owner.setdefault(i, group)  # "the prize's founder" in a title of Gwen Tallis

    def anonymous(self, root: Token, phrase: str, start: int, end: int) -> Group:
        """An unnamed source: "the official" after "a senior official" is the same one.

        One mention that speaks twice ("A spokesperson confirmed X but would not comment on Y") is
        one source, not two.
        """
        head = root.lemma_.lower()
        earlier = self._anonymous_by_head.get(head)
        if earlier is not None and (start, end) in earlier.mentions:
            return earlier
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in root.children)
        if earlier is not None and definite:
            self.add_mention(earlier, start, end)
            return earlier
        parsed = self.doc.has_annotation("SENT_START") or self.doc.has_annotation("DEP")
        details = describe(phrase, root.sent.text if parsed else phrase)
        group = Group(kind="anonymous", label=phrase, anonymous=details, salient=True)
        group.role_nouns.add(head)
        group.plural = root.tag_ in PLURAL_NOUN_TAGS or (details.count or 1) > 1
        role = _lexicon.roles().get(head)
        if role is not None and role.gender is not None and not group.plural:
            group.gender = role.gender
        self.groups.append(group)
        self._anonymous_by_head[head] = group
        self.add_mention(group, start, end)
        return group

    def role(self, nouns: set[str], root: Token, possessor: Group | None, start: int, end: int) -> Group:
        """A role reference: the latest group that carried the role, else a new one.

        An indefinite one ("a nurse finishing her fourth night") brings someone new in: it is never the
        holder named before ("Dr Ama Boateng, a former nurse").
        """
        plural = root.tag_ in PLURAL_NOUN_TAGS
        indefinite = any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in root.children)
        if possessor is None and not indefinite:
            holder = self.holder(nouns, plural)
            if holder is not None:
                self.add_mention(holder, start, end)
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
        self.add_mention(group, start, end)
        return group

    # -- indexes shared by the passes ---------------------------------------------

    def token_starts(self) -> list[int]:
        """Where each token starts, in order (for bisecting offsets into token indices)."""
        return self._token_starts

    def noun_chunks(self) -> list[Span]:
        """The parse's noun chunks, found once (two passes read them)."""
        if self._chunks is None:
            self._chunks = list(self.doc.noun_chunks) if self.doc.has_annotation("DEP") else []
        return self._chunks
