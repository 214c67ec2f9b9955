"""Finding proper-name mentions in a parsed article: the tagger's entities and the proper-noun runs it missed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon as _lexicon
from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS, VERB_POS
from ._epithets import epithet_of
from ._evidence import context_gender
from ._groups import ORG_LABELS, PERSON_LABELS, NameMention
from ._intervals import Intervals
from ._kin_names import coordinated_first_names, family_first_names
from ._name_spans import NOT_NAMES, POSSESSIVES, make_mention, possessive_after
from ._names import (
    MAX_REMIT_WORDS,
    REMIT_JOINERS,
    REMIT_WORDS,
    Name,
    looks_like_org,
    looks_like_person,
    parse_name,
    title_is_credible,
    unfold_title,
)
from ._surnames import NICKNAMED, bare_surnames, nickname_aliases, nicknamed, shared_surnames

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ._speaker_layout import SpeakerLayout

__all__ = ["NICKNAMED", "name_mentions"]

_COMMA_KEEPS = frozenset({"inc", "inc.", "ltd", "ltd.", "llc", "llp", "plc", "co", "co.", "corp", "corp.", "jr", "jr."})
"""Words after a comma that continue the same name ("Acme, Inc.", "Sam Ruiz, Jr.")."""

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

AGE_COMPARISONS = frozenset({"elder", "older", "younger", "eldest", "oldest", "youngest"})
"""Words before a bare surname that pick one of a family by age ("the elder Hale")."""
"""Entity labels of places, whose comma joins one name ("Salem, Oregon")."""


def _inner_comma(ent: Span, token: Token) -> bool:
    """Whether a comma inside an entity parts two names ("the Marsh Gazette, Dunstan Ferrow")."""
    if token.text != "," or token.i + 1 >= ent.end or ent.label_ in _PLACE_LABELS:
        return False
    after = token.nbor(1)
    return after.pos_ == "PROPN" and after.lower_ not in _COMMA_KEEPS


def _plural_possessive_name(token: Token) -> bool:
    """Whether a possessive is inside one organisation's name ("the Allied Drivers' Union", "Farmers' Party").

    A bare apostrophe after a plural, before an organisation word, belongs to the name: it does not
    part two names as the possessive of "The Ledger's Lena Park" does.
    """
    if token.text not in {"'", "’"} or token.i == 0 or token.i + 1 >= len(token.doc):
        return False
    return token.nbor(-1).lower_.endswith("s") and token.nbor(1).text in _lexicon.org_suffixes()


def _pieces(ent: Span) -> list[list[Token]]:
    """Split an entity at an inner possessive ("The Ledger’s Lena Park": two names), a verb or a comma."""
    pieces: list[list[Token]] = [[]]
    for token in ent:
        if token.tag_.startswith("VB") and token.text not in POSSESSIVES and token.pos_ in VERB_POS:
            pieces.append([])  # a headline's verb swallowed by the tagger ("Obama Says ...")
        elif _inner_comma(ent, token):
            pieces.append([])
        elif token.tag_ == "POS" and token.i < ent.end - 1 and not _plural_possessive_name(token):
            pieces[-1].append(token)
            pieces.append([])
        else:
            pieces[-1].append(token)
    return [p for p in pieces if p]


HYPHENS = frozenset({"-", "‐", "‑"})
"""Hyphens that join the two halves of a double-barrelled name ("Obi-Walcott")."""


def _usable(token: Token, covered: set[int]) -> bool:
    """Whether a token may be part of a proper-noun run the named-entity layer missed."""
    return (
        token.pos_ == "PROPN"
        and token.i not in covered
        and token.ent_type_ not in NOT_NAMES
        and token.text[:1].isupper()
        and token.text not in _lexicon.honorifics()
    )


def _inner_hyphen(tokens: list[Token], token: Token, current: list[Token], covered: set[int]) -> bool:
    """Whether a token is the hyphen of a double-barrelled name, written without spaces ("Obi-Walcott")."""
    if token.text not in HYPHENS or token.whitespace_ or not current or current[-1].whitespace_:
        return False
    following = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    return following is not None and _usable(following, covered)


def _propn_runs(tokens: list[Token], covered: set[int]) -> list[list[Token]]:
    """Runs of proper-noun tokens the named-entity layer missed or mislabelled (a hyphen inside a name kept)."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in tokens:
        if _usable(token, covered) or _inner_hyphen(tokens, token, current, covered):
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return runs


def _joined_entities(doc: Doc) -> list[tuple[Span, str]]:
    """Name entities and their labels, a place name joined to an organisation word after it.

    The tagger splits "Springfield Gazette" into a place and a person; when two
    entities touch and the second ends in an organisation word, they are one
    organisation.
    """
    ents = [e for e in doc.ents if e.label_ in PERSON_LABELS | ORG_LABELS]
    joined: list[tuple[Span, str]] = []
    for ent in ents:
        if _postnominal_letters(doc, ent):
            if joined and joined[-1][0].end == ent.start:  # "Miriam Okonjo KC": one name
                joined[-1] = (doc[joined[-1][0].start : ent.end], joined[-1][1])
            continue
        paired = _paired_place(doc, ent)
        if paired is not None:  # "Devon and Cornwall Police": one force, not a person "Devon"
            if joined and joined[-1][0].start >= paired.start:
                joined.pop()
            joined.append((paired, "ORG"))
            continue
        if joined and joined[-1][0].end == ent.start and joined[-1][1] in ORG_LABELS:
            merged = doc[joined[-1][0].start : ent.end]
            if looks_like_org(parse_name(merged.text)) and ent[-1].text in _lexicon.org_suffixes():
                joined[-1] = (merged, "ORG")
                continue
        ent = _with_office(doc, _without_opener(doc, ent))
        joined.append((_with_postnominals(doc, _cut_short(doc, _first_name_left_out(doc, ent))), ent.label_))
    return joined


def _paired_place(doc: Doc, ent: Span) -> Span | None:
    """An organisation named for two places, the first of which the tagger left out ("Avon and Somerset Police").

    The tagger reads "Devon and Cornwall Police" as a person "Devon" and an organisation "Cornwall Police".
    An organisation entity ending in an organisation word, after "and" and one capitalised proper noun that
    is no organisation's, starts a sentence or follows a word that is not capitalised, and names no person
    met before ("Smith and Essex Police" after "Mr Smith"), is one organisation with that word.
    """
    if ent.label_ not in ORG_LABELS or ent.start < 2 or ent[-1].text not in _lexicon.org_suffixes():
        return None
    place, conj = doc[ent.start - 2], doc[ent.start - 1]
    if conj.lower_ != "and" or place.pos_ != "PROPN" or not place.text[:1].isupper() or place.text.isupper():
        return None
    if place.ent_type_ in ORG_LABELS or place.ent_iob_ == "I":
        return None  # "the BBC and Thames Valley Police"; "Thames Valley and ...": a longer name
    before = doc[place.i - 1] if place.i > 0 else None
    if before is not None and not before.is_sent_start and before.text[:1].isupper() and not place.is_sent_start:
        return None  # "Mr Smith and Essex Police"
    people = {t.text for e in doc.ents if e.label_ in PERSON_LABELS and e.end <= place.i for t in e}
    return None if place.text in people else doc[place.i : ent.end]


def _with_postnominals(doc: Doc, ent: Span) -> Span:
    """An entity with the letters written after it that the tagger left out ("Janet Dorrance MP", "Reed FRS")."""
    end = ent.end
    letters = _lexicon.postnominals()
    while end < len(doc) and end - ent.end < 2 and doc[end].text in letters and doc[end - 1].whitespace_:
        end += 1
    return doc[ent.start : end] if end > ent.end else ent


def _postnominal_letters(doc: Doc, ent: Span) -> bool:
    """Whether an entity is only letters written after a name before it ("KC" of "Miriam Okonjo KC").

    The tagger often reads the letters as an organisation of their own; they belong to no name.
    """
    if ent.start == 0 or len(ent) > 2 or any(t.text not in _lexicon.postnominals() for t in ent):
        return False
    before = doc[ent.start - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and before.whitespace_ == " "


def _check_titles(found: list[tuple[NameMention, Span]], surnames: set[str]) -> None:
    """Put back a title folded off a one-word name that is no person's ("Cardinal Health")."""
    for mention, _ in found:
        if mention.name.title and not title_is_credible(mention.name, mention.label, surnames):
            mention.name = unfold_title(mention.name)


def _described(token: Token) -> bool:
    """Whether a proper noun has a role-noun appositive ("Skylark, the Irish budget carrier,"): a name."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in _lexicon.roles() for c in token.children)


def _cut_short(doc: Doc, ent: Span) -> Span:
    """An entity with the surname the tagger left out after it ("vet Nkechi Obi" tagged "Nkechi").

    One plain capitalised proper noun directly after a one-word entity, on
    the same line, that no entity holds, that is no honorific, role,
    organisation or outlet word, and that no capitalised word follows (in a
    title-case headline every word is capitalised).
    """
    if len(ent) != 1 or ent.end >= len(doc):
        return ent
    after = doc[ent.end]
    word = after.text
    plain = word[:1].isupper() and word[1:].islower() and word.isalpha()
    vocabulary = _lexicon.org_suffixes() | _lexicon.outlet_words()
    if (
        not plain
        or after.pos_ != "PROPN"
        or after.ent_type_
        or word in vocabulary
        or word in _lexicon.honorifics()
        or _title_word(word)
        or ent[-1].whitespace_ != " "
        or (ent.end + 1 < len(doc) and _capitalised_word(doc[ent.end + 1]))  # a title-case headline
    ):
        return ent
    return doc[ent.start : ent.end + 1]


def _capitalised_word(token: Token) -> bool:
    """Whether a word is capitalised and no letters written after a name ("MP" of "Gareth Pugh MP")."""
    return token.text[:1].isupper() and token.text not in _lexicon.postnominals()


def _with_remits(doc: Doc, runs: list[list[Token]]) -> list[list[Token]]:
    """Proper-noun runs, one that starts with an office's remit taking in the office (:func:`_office_start`)."""
    return [list(doc[_office_start(doc, doc[run[0].i : run[-1].i + 1]) : run[-1].i + 1]) for run in runs]


def _office_start(doc: Doc, span: Span) -> int:
    """Where a name starts when the office and remit before it are put in front ("Deputy Chief Constable for").

    "Deputy Chief Constable for Operations Gareth McAuley", "Secretary of State for Transport Helen
    Carr": the tagger's name or proper-noun run holds a known first name and a name word after it, and
    up to :data:`~._names.MAX_REMIT_WORDS` capitalised words or joiners before it lead back to "for" or
    "of" after a title role noun. The office's capitalised words are put in front, so the name is read
    with its title folded off. Else the span's own start.
    """
    if not any(t.text in _lexicon.first_names() for t in span[:-1]):
        return span.start
    joint = span.start - 1
    while joint >= 1 and span.start - joint <= MAX_REMIT_WORDS + 1:
        word = doc[joint]
        if word.lower_ in REMIT_WORDS and _title_word(doc[joint - 1].text):
            start = joint - 1
            while start > 0 and _office_word(doc[start - 1].text):
                start -= 1
            return start
        if not (word.text[:1].isupper() or word.lower_ in REMIT_JOINERS):
            break
        joint -= 1
    return span.start


OPENING_VERBS = frozenset({"meet"})
"""Imperatives that open a feature's sentence before a name ("Meet Rosa Delgado, 83, who ..."): no name word."""


def _without_opener(doc: Doc, ent: Span) -> Span:
    """A name without the imperative that opens its sentence, which the tagger took in ("Meet Rosa Delgado")."""
    if len(ent) < 2 or ent[0].lower_ not in OPENING_VERBS or not (ent.start == 0 or doc[ent.start].is_sent_start):
        return ent
    from spacy.tokens import Span  # the module imports spaCy only for type checking

    return Span(doc, ent.start + 1, ent.end, label=ent.label_)


def _with_office(doc: Doc, ent: Span) -> Span:
    """A person's entity with the office and remit before it put in front (:func:`_office_start`)."""
    if ent.label_ not in PERSON_LABELS | ORG_LABELS:
        return ent
    start = _office_start(doc, ent)
    if start == ent.start:
        return ent
    from spacy.tokens import Span  # the module imports spaCy only for type checking

    return Span(doc, start, ent.end, label=ent.label_)


def _office_word(word: str) -> bool:
    """Whether a capitalised word may open an office ("Deputy", "Chief", "Constable")."""
    return word[:1].isupper() and (_title_word(word) or word in _lexicon.honorifics())


def _first_name_left_out(doc: Doc, ent: Span) -> Span:
    """A surname entity with the known first name the tagger left out before it ("Maud Garroway" tagged "Garroway").

    One plain capitalised proper noun that is a known first name, directly
    before a one-word person entity that is no first name itself, with no
    entity of its own and no capitalised word before it (a title-case line).
    After a person's role (:func:`_after_role_noun`) the surname may be a
    first name too ("councillor Iain Rennie") and the role may be capitalised.
    """
    if len(ent) != 1 or ent.start == 0 or ent.label_ not in PERSON_LABELS:
        return ent
    before = doc[ent.start - 1]
    word = before.text
    first_names = _lexicon.first_names()
    after_role = _after_role_noun(doc, ent.start - 1)
    if (
        before.pos_ != "PROPN"
        or before.ent_type_
        or word not in first_names
        or (ent[0].text in first_names and not after_role)
        or not (word[:1].isupper() and word[1:].islower() and word.isalpha())
        or before.whitespace_ != " "
        or (ent.start >= 2 and doc[ent.start - 2].text[:1].isupper() and doc[ent.start - 2].is_alpha and not after_role)
    ):
        return ent
    return doc[ent.start - 1 : ent.end]


def _after_role_noun(doc: Doc, index: int) -> bool:
    """Whether a person's role noun comes just before a token ("councillor Iain Rennie", "Councillor Iain Rennie").

    After a role a name starts, so a surname that is a first name too ("Rennie", "Lewis") still takes the
    known first name before it, and a capitalised title ("Councillor") is no title-case line.
    """
    if index < 1:
        return False
    word = doc[index - 1]
    role = _lexicon.roles().get(word.lower_)
    return role is not None and role.type == "person" and (word.is_lower or role.title)


def _title_word(word: str) -> bool:
    """Whether a word is written as a title before a name ("Mayor"), not a rare role noun ("obi")."""
    role = _lexicon.roles().get(word.lower())
    return role is not None and role.title


def _missed_names(
    doc: Doc,
    tokens: list[Token],
    text: str,
    layout: SpeakerLayout,
    known: set[str],
    covered: set[int],
    surnames: set[str],
) -> list[tuple[NameMention, Span]]:
    """Runs of proper nouns the tagger missed that are names (``covered`` grows by their tokens).

    Kept when their own words mark a name (a known first name, an honorific,
    an organisation word), when their last word is a word of a name found by
    the tagger, when they end in a verb's subject outside quotes, or when a
    role-noun appositive describes them. A title folded off a one-word name
    that is nobody's goes back on ("Cardinal Health").
    """
    found: list[tuple[NameMention, Span]] = []
    for run in _with_remits(doc, _propn_runs(tokens, covered)):
        mention = make_mention(text, run, "", layout, possessive=False)
        if mention is None:
            continue
        if mention.name.title and not title_is_credible(mention.name, "", surnames):
            mention.name = unfold_title(mention.name)
        name = mention.name
        subject = _subject_name(run, name) and not layout.in_quote(mention.start, mention.end)
        if looks_like_person(name) or looks_like_org(name) or name.last in known or subject or _described(run[-1]):
            found.append((mention, doc[run[0].i : run[-1].i + 1]))
            covered.update(t.i for t in run)
    return found


def _subject_name(run: list[Token], name: Name) -> bool:
    """Whether a run of two or more proper nouns ends in a verb's subject ("Headteacher Bronwen Tully said").

    The tagger misses unfamiliar names; one that does something is someone.
    """
    return len(name.tokens) >= 2 and run[-1].dep_ in NOMINAL_SUBJECT_DEPS and run[-1].head.pos_ == "VERB"


def _demonym_subject(span: Span) -> bool:
    """Whether a one-word name is a demonym standing for a person as a subject ("The Brazilian ... has scored").

    Such a word is an epithet for someone named (:mod:`._epithets`), not the name of a nation or group.
    """
    if len(span) != 1 or span[0].dep_ not in NOMINAL_SUBJECT_DEPS:
        return False
    epithet = epithet_of(span[0])
    return epithet is not None and epithet.kind == "demonym"


FAMILY_NOUNS = frozenset({"family", "household", "clan"})
"""Nouns a bare surname modifies to name a family, not one of its members ("the Farrow family bakery")."""


def _family_modifier(pair: tuple[NameMention, Span], surnames: set[str]) -> bool:
    """Whether a bare surname only modifies "family" ("The Farrow family bakery") for people named in full.

    It names the family, not one person: taken for a person, it would make the first of them named in full
    "called by the surname alone" and win every later "Mrs Farrow".
    """
    mention, span = pair
    if len(mention.name.tokens) != 1 or mention.name.honorific is not None or mention.name.last not in surnames:
        return False
    last = span[-1]
    return last.dep_ == "compound" and last.head.lemma_.lower() in FAMILY_NOUNS


def _persons_or_bodies(found: list[tuple[NameMention, Span]]) -> list[tuple[NameMention, Span]]:
    """The mentions that name someone: not a demonym standing for a person, nor a surname modifying "family"."""
    surnames = {m.name.last for m, _ in found if len(m.name.tokens) >= 2}
    return [pair for pair in found if not _demonym_subject(pair[1]) and not _family_modifier(pair, surnames)]


def _start(pair: tuple[NameMention, Span]) -> int:
    """Where a mention starts (a sort key)."""
    return pair[0].start


def name_mentions(
    doc: Doc, text: str, layout: SpeakerLayout, tokens: list[Token] | None = None
) -> list[tuple[NameMention, Span]]:
    """Proper-name mentions, from the named-entity layer and from proper-noun runs.

    Each named entity labelled person, organisation, country or group
    becomes a mention (split at an inner possessive); a leading article and a
    trailing possessive are trimmed from the span, an honorific written just
    before it is added. The small tagger misses and mislabels names, so runs
    of proper nouns outside those entities are added too when their own words
    mark a name (a known first name, an honorific, an organisation word) or
    when their last word is a word of a name found by the tagger ("Roe’s"
    after "Jane Roe"). Names in credit lines are skipped.

    Args:
        doc: The parsed article.
        text: Its text (``Article.text``).
        layout: Its layout.
        tokens: Its tokens in order, when the caller has made them already.

    Returns:
        ``(mention, token span)`` pairs in text order.

    """
    tokens = list(doc) if tokens is None else tokens
    found: list[tuple[NameMention, Span]] = []
    covered: set[int] = set()
    for ent, label in _joined_entities(doc):
        covered.update(range(ent.start, ent.end))
        for piece in _pieces(ent):
            mention = make_mention(text, piece, label, layout, possessive=possessive_after(doc, ent))
            if mention is not None:
                found.append((mention, doc[piece[0].i : piece[-1].i + 1]))
    nicknames = nicknamed(doc, text, layout)
    known = {t.lower() for m, _ in found + nicknames for t in m.name.tokens}
    surnames = {m.name.last for m, _ in found if len(m.name.tokens) >= 2}
    _check_titles(found, surnames)
    found.extend(_missed_names(doc, tokens, text, layout, known, covered, surnames))
    found.extend(bare_surnames(doc, tokens, text, layout, found + nicknames, covered))
    found.sort(key=lambda pair: pair[0].start)
    if nicknames:  # the pieces the tagger found inside a nicknamed name give way to the whole name
        spans = Intervals((m.start, m.end) for m, _ in nicknames)
        found = sorted([p for p in found if not spans.overlaps(p[0].start, p[0].end)] + nicknames, key=_start)
    found = nickname_aliases(text, shared_surnames(text, coordinated_first_names(doc, found)))
    found = _persons_or_bodies(found)
    for mention, span in found:
        if mention.name.honorific is None:
            mention.gender = context_gender(span[-1])
        mention.compared = span.start > 0 and doc[span.start - 1].lower_ in AGE_COMPARISONS
    return family_first_names(found)
