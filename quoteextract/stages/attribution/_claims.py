"""Claims reported without quote marks (kind ``indirect``), found in the parse.

For every cue of the lexicon (:mod:`quoteextract.stages.attribution._cues`) the
content is the dependent that the cue's *frame* names:

========================  ==========================================================
rule                      construction
========================  ==========================================================
``claim.ccomp``           reporting verb + content clause, with or without "that",
                          before or after the source ("The ministry said the talks
                          would resume", "The talks will resume, the ministry said")
``claim.parataxis``       the cue hangs off the clause it reports ("The talks, the
                          ministry said, will resume")
``claim.xcomp``           intention verbs + infinitive ("promised to cut taxes")
``claim.dobj``            stance and evidence verbs + object ("criticised the plan")
``claim.prep``            verb + preposition ("called for a ban", "spoke about taxes")
``claim.according_to``    "according to X, ..." and other source phrases
``claim.noun``            nominal cues ("his claim that ...", "criticism of ...")
========================  ==========================================================

Only the outermost attribution is kept: a cue inside another claim's content
("He said analysts believe ...") or inside quote marks gives no claim of its
own. A content clause wholly inside quote marks is a direct quotation and is
left to the quotation finder; one with some quoted words is still returned
here as ``indirect`` (the merge in :func:`~quoteextract.stages.attribution.attribute`
turns it into ``mixed``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..._doctext import doc_text
from ..._model import Mention, Quotation, QuoteScan, Span
from ...lang.en._lexicon import is_colon_label
from ..finder._marks import find_quotes
from ._cues import CueInfo, find_cues, is_cue, mention_span, speaker_mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PATTERNS: dict[str, re.Pattern[str]] = {
    # "Senator Lee: Taxes will rise" (a headline) or "Q: Why now?" (an
    # interview): a short label opening a paragraph, a colon, then the rest
    # of the paragraph. Lazy label of at most 80 characters, no colon or
    # newline inside: linear time.
    "label_colon": re.compile(
        r"""
        ^[ \t]*
        (?P<label>[^\W\d_][^\n:]{0,79}?)   # starts with a letter
        [ \t]*:[ \t]+
        (?P<content>\S[^\n]*)               # to the end of the paragraph
        """,
        re.MULTILINE | re.VERBOSE,
    ),
    # Sentence punctuation inside a label means it is prose, not a label.
    "sentence_break": re.compile(r"[.?!]\s"),
    # A word with a letter in it ("47" and "2,316" have none): a label's
    # content needs MIN_COLON_WORDS of them to say anything.
    "word": re.compile(r"[^\W\d_][\w'’-]*"),
    # A web address as the whole content ("Results: https://...") is a link, not a claim.
    "url": re.compile(r"^(?:https?://|www\.)\S+$"),
}
"""Regular expressions of this module, each commented."""

MAX_LABEL_WORDS = 8
"""Longest label before a colon that may name a speaker."""

MIN_COLON_WORDS = 2
"""Fewest words a label's content needs ("Lee: 1,204" and "A: Yes" are no claims)."""

FRAME_CONFIDENCE: dict[str, float] = {
    "ccomp": 0.9,
    "parataxis": 0.85,
    "xcomp": 0.7,
    "dobj": 0.6,
    "prep": 0.55,
    "according_to": 0.95,
    "noun": 0.7,
    "colon": 0.6,
    "passive": 0.6,
}
"""How much each construction is trusted; multiplied by the cue word's weight."""

NEEDS_SPEAKER = frozenset({"colon", "parataxis", "dobj"})
"""Frames that are rarely an attribution when no source is named ("..., it would seem.",
"criticising the plan" with no one criticising: a third of such objects are claims on train)."""

MIN_CONFIDENCE = 0.2
"""Claims below this confidence are dropped."""

LEADING_WORDS = frozenset({"that"})
"""Complementisers dropped from the start of a content clause ("whether" and "if" stay: PolNeAR keeps them)."""

OPEN_MARKS = frozenset("\"'“‘«‹„‚「『")
CLOSE_MARKS = frozenset("\"'”’»›‟‛」』")
"""Characters that open or close a quotation (used to spot wholly quoted content)."""

CCOMP_FOLLOWERS = frozenset({"ccomp"})
"""Dependents of the cue after its content clause that still belong to the claim."""

OBJECT_FOLLOWERS = frozenset({"prep", "xcomp", "oprd", "ccomp", "advcl_as", "dative", "acomp"})
"""Dependents of the cue after its object that complete the claim ("for ...", "as ...", "to ...")."""

COMPLEMENT_PREPS = frozenset(
    {"for", "of", "as", "to", "against", "about", "over", "with", "from", "into", "onto", "in", "by"}
)
"""Prepositions after an object that complete a cue's claim ("accused X of", "blamed X for",
"mentioned X by name", "backed X in the primary"); "on", "at" and the like mostly add when and
where ("criticised the plan on Tuesday") and end the claim."""

PASSIVE_FOLLOWERS = frozenset({"auxpass", "aux", "neg", "advmod", "xcomp", "oprd", "prep", "ccomp", "acomp", "attr"})
"""Dependents of a passive cue that belong to the reported clause ("is expected to win")."""

BREAK_PUNCT = frozenset({",", "—", "–", ";", "(", "--", "-"})
"""Punctuation that may start an adjunct after the claim."""

FRONTED_ADJUNCT_DEPS = frozenset({"prep", "advmod", "npadvmod", "intj", "cc"})
"""Dependents of a cue that may open its sentence without being what it reports ("In May, she wrote ...")."""

TIME_ENTITIES = frozenset({"DATE", "TIME"})
"""Entity types that say when, never what ("spoke Monday")."""

ATTRIBUTION_DEPS = frozenset(
    {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "npadvmod", "punct", "cc", "mark", "prt"}
)
"""Dependents of a cue verb that make up a bare attribution ("the paper reported Tuesday")."""

SECOND_PERSON = frozenset({"you", "ya", "y'all"})
"""Subjects that address the listener rather than name a source."""

CLOSING_CHARS = "\"'”’»)] \n"
"""Characters that may follow a question mark at a sentence end."""

OWN_COMPLEMENT_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "xcomp", "dative"})
"""Dependents after a cue that show it has content of its own, so an earlier clause is not it."""

MAX_MODIFIER_WORDS = 2
"""Longest content that may be a bare adjective or adverb phrase rather than a claim ("clear", "much more")."""

ASIDE_PUNCT = frozenset({",", "—", "–", "--"})
"""Punctuation that may open an aside about a noun of the claim."""

ASIDE_DEPS = frozenset({"appos", "relcl"})
"""Dependents of a noun that, after a comma, describe it rather than report ("..., a deal signed in May")."""

CONTRAST_MARKS = frozenset({"though", "although", "while", "whereas", "however", "meanwhile"})
"""Subordinators that start a clause the reporter adds after the claim."""

PRONOUN_OBJECTS = frozenset({"it", "this", "that", "him", "her", "them", "these", "those", "so", "what", "which"})
"""Objects too empty to be a claim's content ("he said so", "she denied it")."""

EXPLETIVES = frozenset({"it", "there"})
"""Subjects that stand for no content ("it was reported by ...")."""

PERSONAL_OBJECTS = frozenset({"it", "him", "her", "them"})
"""Pronoun objects that start a claim when a complement follows ("accused him of lying")."""

PRONOUN_COMPLEMENT_PREPS = frozenset({"of", "for", "as"})
"""Prepositions that make a pronoun object part of the claim ("accused him of", "blamed her for")."""


def find_claims(doc: Doc, scan: QuoteScan | None = None) -> list[Quotation]:
    """Find claims reported without quote marks in a parsed article.

    Args:
        doc: A parsed spaCy Doc.
        scan: The quote-mark pairings of ``doc.text``
            (:func:`~quoteextract.find_quotes`); computed when ``None``.

    Returns:
        ``indirect`` quotations in text order, each with its content (the
        reported clause without the attribution, a leading "that" or the
        final punctuation), cue, speaker mention (``entity=None``),
        confidence and rule name. Empty for a text without cues.

    Example:
        "The talks will resume in May, the ministry said." gives one claim
        with content "The talks will resume in May", cue "said" and speaker
        "the ministry".

    .. versionadded:: 0.1.0

    """
    if not doc_text(doc).strip():
        return []
    if scan is None:
        scan = find_quotes(doc_text(doc))
    quoted = [(q.open.start, q.close.end if q.close is not None else q.end) for q in scan.quotes if q.depth == 0]
    candidates: list[tuple[Quotation, int]] = []
    for cue in find_cues(doc):
        if _inside(cue.token.idx, quoted):
            continue
        claim = _claim_for(cue)
        if claim is None:
            continue
        if _wholly_quoted(claim.content, quoted):
            continue
        candidates.append((claim, cue.token.idx))
    for claim in _colon_claims(doc):
        if not _wholly_quoted(claim.content, quoted) and claim.cue is not None:
            candidates.append((claim, claim.cue.start))
    return _outermost(candidates)


def _colon_claims(doc: Doc) -> list[Quotation]:
    """Claims of the form "Label: words" opening a paragraph (headlines, interviews).

    The label must be short, start with a capital letter, hold no sentence
    punctuation, no verb other than a cue verb, and not be a heading such
    as "UPDATE" (``data/colon_labels.txt``).
    """
    text = doc_text(doc)
    claims = []
    for match in PATTERNS["label_colon"].finditer(text):
        label = match.group("label").strip()
        if (
            not label[0].isupper()
            or len(label.split()) > MAX_LABEL_WORDS
            or PATTERNS["sentence_break"].search(label)
            or label[-1].isdigit()
            or is_colon_label(label)
        ):
            continue
        label_start = match.start("label")
        label_span = doc.char_span(label_start, label_start + len(label), alignment_mode="expand")
        if label_span is None or any(_is_verb(t) and is_cue(t) is None for t in label_span):
            continue
        content = _trim_end(text, match.start("content"), match.end("content"))
        if content is None or not _says_something(content.text):
            continue
        colon = text.index(":", label_start + len(label))
        claims.append(
            Quotation(
                content=content,
                kind="indirect",
                cue=Span.of(text, colon, colon + 1),
                speaker=Mention(label_start, label_start + len(label), label),
                confidence=FRAME_CONFIDENCE["colon"],
                rule="claim.colon",
            )
        )
    return claims


def _says_something(content: str) -> bool:
    """Whether a label's content is words, not a figure or a link ("Lee: 1,204", "Results: http://...").

    Args:
        content: The text after the label's colon.

    Returns:
        ``True`` when it holds at least :data:`MIN_COLON_WORDS` words with
        letters and is not a bare web address.

    """
    if PATTERNS["url"].match(content.strip()):
        return False
    return len(PATTERNS["word"].findall(content)) >= MIN_COLON_WORDS


def _one_paragraph(text: str, content: Span, cue_offset: int) -> Span | None:
    """The part of the content in the paragraph nearest the cue (claims do not cross line breaks)."""
    if "\n" not in content.text:
        return content
    if cue_offset >= content.end:
        start = content.start + content.text.rstrip().rfind("\n") + 1
        return _trim_end(text, start, content.end)
    return _trim_end(text, content.start, content.start + content.text.index("\n"))


def _trim_end(text: str, start: int, end: int) -> Span | None:
    """``text[start:end]`` without trailing space and sentence punctuation."""
    while end > start and text[end - 1] in ".,;: \n\t\r":
        end -= 1
    if end - start < 2:
        return None
    return Span.of(text, start, end)


def _claim_for(cue: CueInfo) -> Quotation | None:
    """The claim a cue introduces, if its frame finds content."""
    found = _content(cue)
    if found is None:
        return None
    tokens, frame = found
    if _only_when(tokens):
        return None  # "talked Monday", "the report Wednesday": a date is not what was said
    if _bare_modifier(tokens):
        return None  # "laid bare", "said more", "made clear": a modifier of the cue, not a claim
    if frame == "parataxis" and _bare_attribution(tokens):
        return None  # "..., she noted, he added": the host is another attribution, not a claim
    content = _char_span(cue.token.doc, tokens)
    if content is None:
        return None
    content = _one_paragraph(doc_text(cue.token.doc), content, cue.token.idx)
    if content is None:
        return None
    if _asks_the_reader(cue.token):
        return None  # "Do you support the plan?": a question to the listener reports no claim
    mention = speaker_mention(cue)
    confidence = FRAME_CONFIDENCE[frame] * cue.weight
    if mention is None:
        if frame in NEEDS_SPEAKER or _only_a_name(tokens):
            return None  # "criticism of Lee" with no one criticising: a topic, not a claim
        confidence *= 0.8
    if confidence < MIN_CONFIDENCE:
        return None
    doc = cue.token.doc
    cue_span = Span.of(doc_text(doc), cue.span.start_char, cue.span.end_char)
    speaker = None
    if frame == "noun" and mention is not None and _within(mention.start_char, mention.end_char, content):
        mention = None  # "criticism of Lee": the one criticised is not the source
    if mention is not None and len(mention) > 0:
        speaker = Mention(mention.start_char, mention.end_char, doc_text(doc)[mention.start_char : mention.end_char])
    return Quotation(
        content=content,
        kind="indirect",
        cue=cue_span,
        speaker=speaker,
        confidence=round(min(1.0, confidence), 3),
        rule=f"claim.{frame}",
    )


def _bare_attribution(tokens: list[Token]) -> bool:
    """Whether the content is only another source and cue ("she noted", "the paper reported").

    Args:
        tokens: The content tokens a frame found.

    Returns:
        ``True`` when the head of the content is a cue verb with only its
        subject, auxiliaries, adverbs and fronted phrases inside the content.

    """
    ids = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    words = [t for t in roots if not t.is_punct and not t.is_space]
    if len(words) != 1:
        return False
    root = words[0]
    if not _is_verb(root) or is_cue(root) is None:
        return False
    return all(c.dep_ in ATTRIBUTION_DEPS or (c.dep_ == "prep" and c.i < root.i) for c in root.children if c.i in ids)


def _has_own_complement(verb: Token) -> bool:
    """Whether the cue has an object or complement after it ("... women preferred Clinton").

    A clause before such a cue is not what it reports: the parser hangs a
    preceding sentence on it ("Turnout was low: most voters preferred the
    mayor"), while a true tail attribution ends with the cue ("..., she said").

    Args:
        verb: The cue verb.

    Returns:
        ``True`` when a dependent after ``verb`` fills its object or complement slot.

    """
    return any(c.dep_ in OWN_COMPLEMENT_DEPS and c.i > verb.i for c in verb.children)


def _asks_the_reader(verb: Token) -> bool:
    """Whether the cue is asked of the one addressed ("Would you back her?", "Do you think so?").

    Args:
        verb: The cue word.

    Returns:
        ``True`` when the cue's subject is "you" and its sentence is a question.

    """
    subject = _subject_of(verb)
    if subject is None or subject.lower_ not in SECOND_PERSON:
        return False
    return verb.sent.text.rstrip().rstrip(CLOSING_CHARS).endswith("?")


def _bare_modifier(tokens: list[Token]) -> bool:
    """Whether the content is one or two words headed by an adjective or adverb ("bare", "more").

    Args:
        tokens: The content tokens a frame found.

    Returns:
        ``True`` when at most :data:`MAX_MODIFIER_WORDS` words remain
        (punctuation aside) and the first word whose head lies outside
        them is an adjective or adverb.

    """
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if not words or len(words) > MAX_MODIFIER_WORDS:
        return False
    ids = {t.i for t in words}
    root = next((t for t in words if t.head.i not in ids or t.head.i == t.i), words[0])
    return root.pos_ in {"ADJ", "ADV"}


def _within(start: int, end: int, content: Span) -> bool:
    """Whether the characters ``start:end`` lie inside the content span.

    Args:
        start: First character offset.
        end: Offset after the last character.
        content: The claim's content.

    Returns:
        ``True`` when the range is non-empty and inside ``content``.

    """
    return content.start <= start < end <= content.end


def _only_a_name(tokens: list[Token]) -> bool:
    """Whether the content is nothing but a person's name ("Maria Lopez").

    Args:
        tokens: The content tokens a frame found.

    Returns:
        ``True`` when every word (punctuation aside) is part of a PERSON entity.

    """
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    return bool(words) and all(t.ent_type_ == "PERSON" for t in words)


def _only_when(tokens: list[Token]) -> bool:
    """Whether the content words are all a date or time ("Monday", "last week").

    Args:
        tokens: The content tokens a frame found.

    Returns:
        ``True`` when every word (punctuation aside) is part of a DATE or
        TIME entity.

    """
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    return bool(words) and all(t.ent_type_ in TIME_ENTITIES for t in words)


def _content(cue: CueInfo) -> tuple[list[Token], str] | None:
    """The content tokens of a cue and the frame that found them."""
    token = cue.token
    if cue.phrase is not None:
        if cue.phrase.kind != "source_object":
            return None
        return _phrase_sentence(cue) or _host_clause(cue, "according_to")
    word = cue.word
    assert word is not None
    if word.pos == "noun":
        return _noun_content(cue)
    children = list(token.children)
    if word.cls in {"speech", "belief", "evidence"}:
        after_colon = _after_colon(token)
        if after_colon is not None:
            return after_colon, "colon"
    if word.takes("parataxis") or (word.takes("ccomp") and word.cls in {"belief", "evidence"}):
        tail = _tail_attribution(token)
        if tail is not None:
            return tail, "parataxis"
    if word.takes("ccomp"):
        clauses = [c for c in children if c.dep_ == "ccomp"]
        # a clause after the cue is its content; one before it only when there is none after
        # ("No one disputed it,” Smith said, “...": the parser may hang both off the cue)
        after = [c for c in clauses if c.i > token.i]
        if after or (clauses and not _has_own_complement(token)):
            return _verb_phrase_rest(token, (after or clauses)[0], CCOMP_FOLLOWERS), "ccomp"
    if word.cls == "question":
        # "asked the senator if he would run": the parser often hangs the question off as an adverbial
        for child in children:
            if (
                child.dep_ == "advcl"
                and child.i > token.i
                and any(g.dep_ == "mark" and g.lower_ in {"if", "whether"} for g in child.children)
            ):
                return _verb_phrase_rest(token, child, CCOMP_FOLLOWERS), "ccomp"
    if word.takes("passive"):
        passive = next((c for c in children if c.dep_ == "nsubjpass" and c.lower_ not in {"it", "there"}), None)
        if passive is not None and not any(c.dep_ == "agent" for c in children):
            return _verb_phrase_rest(token, passive, PASSIVE_FOLLOWERS), "passive"
    if word.takes("xcomp"):
        for child in children:
            if child.dep_ == "xcomp" and child.i > token.i:
                # "urged the senators to reject ...": the one urged is part of the claim
                rest = _verb_phrase_rest(token, child, OBJECT_FOLLOWERS)
                obj = next((c for c in children if c.dep_ == "dobj" and token.i < c.i < child.i), None)
                if obj is not None and rest and rest[0].i == child.left_edge.i:
                    rest = list(token.doc[obj.left_edge.i : child.left_edge.i]) + rest
                return rest, "xcomp"
    if word.takes("dobj"):
        agent = next((c for c in children if c.dep_ == "agent"), None)
        passive = next((c for c in children if c.dep_ == "nsubjpass" and c.i < token.i), None)
        if agent is not None and passive is not None and passive.lower_ not in PRONOUN_OBJECTS | EXPLETIVES:
            # "The plan was rejected by the council": the passive subject is what the agent rejected
            return list(passive.subtree), "passive"
        for child in children:
            if child.dep_ == "dobj" and child.i > token.i and _object_content(token, child):
                if _noun_with_clause(child):
                    return None  # "voiced concern that ...": the noun cue reports the clause
                return _verb_phrase_rest(token, child, OBJECT_FOLLOWERS), "dobj"
    preps = word.preps
    if preps:
        for child in children:
            if child.dep_ in {"prep", "prt"} and child.lower_ in preps:
                obj = next((g for g in child.children if g.dep_ in {"pobj", "pcomp"}), None)
                if obj is not None and obj.lower_ not in PRONOUN_OBJECTS:
                    return _verb_phrase_rest(token, obj, OBJECT_FOLLOWERS), "prep"
            if child.dep_ == "prt" and child.lower_ in preps:
                # "pointed out that ...": the particle's clause hangs off the verb
                for other in children:
                    if other.dep_ in {"ccomp", "dobj"} and other.i > child.i:
                        return _verb_phrase_rest(token, other, CCOMP_FOLLOWERS), "prep"
    if word.takes("parataxis") and token.dep_ in {"parataxis", "ccomp", "conj", "advcl"}:
        head = token.head
        if head.i != token.i and _is_clause(head) and _subject_of(token) is not None:
            return _host_clause(cue, "parataxis")
    return None


def _noun_with_clause(token: Token) -> bool:
    """Whether an object is a noun cue with its own "that" clause ("concern that ...").

    Args:
        token: The object of a cue verb.

    Returns:
        ``True`` when ``token`` is a noun cue whose content clause starts with "that".

    """
    info = is_cue(token)
    if info is None or info.word is None or info.word.pos != "noun":
        return False
    return any(
        c.dep_ in {"acl", "ccomp", "relcl"} and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in token.rights
    )


def _object_content(verb: Token, obj: Token) -> bool:
    """Whether a direct object starts the claim.

    A noun phrase does; a personal pronoun only with a complement after it
    ("accused him of lying", "named it as a reason"), not alone ("denied
    it"); empty words ("said so", "what") never.

    Args:
        verb: The cue verb.
        obj: Its direct object.

    Returns:
        ``True`` when the content starts at the object.

    """
    if obj.lower_ not in PRONOUN_OBJECTS:
        return True
    if obj.lower_ not in PERSONAL_OBJECTS:
        return False
    return any(
        c.i == obj.i + 1
        and (c.dep_ in {"xcomp", "oprd"} or (c.dep_ == "prep" and c.lower_ in PRONOUN_COMPLEMENT_PREPS))
        and c.right_edge.i > c.i
        for c in verb.children
    )


def _after_colon(verb: Token) -> list[Token] | None:
    """The rest of the paragraph after "X said:" / "he wrote:" (colon right after the cue)."""
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and k <= verb.i + 4 and doc[k].dep_ in {"prt", "advmod", "npadvmod", "nsubj", "compound", "det"}:
        k += 1  # "said Tuesday:", "wrote back:", "said the senator:"
    if k >= len(doc) or doc[k].text != ":":
        return None
    end = k + 1
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    tokens = list(doc[k + 1 : end])
    return tokens if any(not t.is_punct and not t.is_space for t in tokens) else None


def _tail_attribution(verb: Token) -> list[Token] | None:
    """The sentence before a closing attribution (", the ministry said." / ", said Smith.").

    The words from the comma to the end of the sentence must be only the
    source, the cue and the cue's own modifiers ("said on Tuesday", "said in
    a statement"); then the claim is everything before the comma, whatever
    the parser made of it.
    """
    subject = _subject_of(verb)
    if subject is None or subject.dep_ != "nsubj":
        return None
    sent = verb.sent
    mention = mention_span(subject)
    block_start = min(mention.start, verb.i)
    if block_start - 1 <= sent.start + 1 or verb.doc[block_start - 1].text not in {",", "—", "–"}:
        return None
    allowed = {t.i for t in mention} | {verb.i}
    for child in verb.children:
        if child.i >= block_start and child.dep_ not in {"ccomp", "conj", "parataxis", "xcomp", "dobj"}:
            allowed.update(t.i for t in child.subtree)
    if any(not t.is_punct and not t.is_space and t.i not in allowed for t in verb.doc[block_start : sent.end]):
        return None
    before = list(verb.doc[sent.start : block_start - 1])
    if _only_adjuncts_of(verb, before):
        return None  # "In May, the senator wrote ...": a fronted adjunct of the cue, not its claim
    return before


def _only_adjuncts_of(verb: Token, tokens: list[Token]) -> bool:
    """Whether the words are all adverbial dependents of the cue ("In May", "As a doctor", "Every year").

    Args:
        verb: The cue verb.
        tokens: The words before the comma that opens the attribution.

    Returns:
        ``True`` when every word (punctuation aside) lies in the subtree of
        a prepositional, adverbial or interjection dependent of ``verb``.

    """
    inside: set[int] = set()
    for child in verb.children:
        if child.dep_ in FRONTED_ADJUNCT_DEPS and child.i < verb.i:
            inside.update(t.i for t in child.subtree)
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    return bool(words) and all(t.i in inside for t in words)


def _verb_phrase_rest(verb: Token, first: Token, followers: frozenset[str]) -> list[Token]:
    """The content from ``first`` to the end of the cue's complements.

    "criticised Smith for leaving early": the object and the complements
    after it ("for leaving early") are the content; adjuncts after a comma
    (", saying ...", ", though ...") and coordinated cue verbs ("... and
    predicted that ...") are not.
    """
    tokens = set(first.subtree)
    passive = first.dep_ == "nsubjpass" and first.i < verb.i
    if passive:
        tokens.add(verb)  # "She is expected to win": the clause runs through the cue
    for child in verb.rights:
        if child.i <= first.right_edge.i or child in tokens:
            continue
        if child.dep_ in followers and (passive or not _starts_new_attribution(child)):
            if child.dep_ == "prep" and child.lower_ not in COMPLEMENT_PREPS and first.dep_ != "nsubjpass":
                break  # "thanked supporters at a rally": where and when are the reporter's
            tokens.update(child.subtree)
        elif child.dep_ == "advcl" and followers is OBJECT_FOLLOWERS and _is_infinitive(child):
            tokens.update(child.subtree)  # "proposed $1 billion to help states ..."
        elif child.dep_ == "conj" and (_is_clause_with_that(child) or _is_but_continuation(child)):
            tokens.update(t for t in verb.doc[first.right_edge.i + 1 : child.right_edge.i + 1])
        elif not child.is_punct:
            break
    ordered = sorted(tokens, key=lambda t: t.i)
    lo, hi = ordered[0].i, ordered[-1].i
    if followers is CCOMP_FOLLOWERS and first.i > verb.i:
        hi = max(hi, _sentence_rest_end(verb, hi))
    return _cut_trailing(list(verb.doc[lo : hi + 1]), first)


def _sentence_rest_end(verb: Token, hi: int) -> int:
    """Where a reported clause after its cue ends: the sentence end, if only clauses follow.

    "She said she hoped to win, but she knows that ..." and "he said X, and
    the partner Y" go on with the claim; a prepositional or adverbial tail
    ("in an interview on Sunday") does not.
    """
    sent_end = verb.sent.end
    for child in verb.rights:
        if child.i <= hi:
            continue
        if child.is_punct or child.is_space or child.dep_ == "cc":
            continue
        if child.dep_ == "conj" and not (_is_clause_with_that(child) or _after_but(verb, child)):
            return hi
        if child.dep_ in {"conj", "ccomp", "advcl"} and _is_clause(child) and _subject_of(child) is not None:
            return child.right_edge.i if child.right_edge.i < sent_end else sent_end - 1
        return hi
    return hi


def _after_but(verb: Token, conj: Token) -> bool:
    """Whether a clause coordinated with the cue follows "but" ("said X, but she knows Y")."""
    return any(c.dep_ == "cc" and c.lower_ == "but" and c.i < conj.i for c in verb.rights)


def _new_speech(token: Token) -> bool:
    """A coordinated speech cue with its own subject (", and three-quarters said ...")."""
    info = is_cue(token)
    subject = _subject_of(token)
    return info is not None and info.cls == "speech" and subject is not None


def _is_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _is_but_continuation(token: Token) -> bool:
    """A "but ..." clause coordinated with the cue that goes on with the claim, not a new cue."""
    cc = next((c for c in token.lefts if c.dep_ == "cc"), None)
    return cc is not None and cc.lower_ == "but" and _is_verb(token) and is_cue(token) is None


def _is_clause_with_that(token: Token) -> bool:
    """A coordinated content clause of the same cue (", but that he would not ...")."""
    return _is_clause(token) and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def _starts_new_attribution(token: Token) -> bool:
    """Whether a dependent is itself a cue verb (its own attribution)."""
    return _is_verb(token) and is_cue(token) is not None and token.tag_ != "TO"


def _cut_trailing(tokens: list[Token], first: Token) -> list[Token]:
    """Cut the content before a trailing adjunct that is not part of the claim.

    Breaks at: punctuation followed by a participle (", referring to ...",
    "— asserting that ..."), a contrast clause after a comma (", though
    ...", ", while ..."), and a coordinated verb without a subject that is a
    cue of its own in the cue's tense ("said ... and predicted that ...";
    "said it would review the plan and support it" goes on with the claim).
    """
    for k, token in enumerate(tokens):
        if k == 0:
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if token.text in BREAK_PUNCT and nxt is not None:
            if nxt.tag_ == "VBG" and nxt.dep_ in {"advcl", "acl", "xcomp", "conj", "ccomp", "dep"}:
                return tokens[:k]
            if (nxt.lower_ in CONTRAST_MARKS and not _parallel_figures(first, nxt)) or (
                nxt.lower_ == "even" and _next_is_contrast(tokens, k + 1)
            ):
                return tokens[:k]
        if (
            token.text == ","
            and nxt is not None
            and nxt.lower_ in {"which", "who"}
            and nxt.head.dep_ == "relcl"
            and first.dep_ in {"dobj", "pobj"}
            and nxt.head.head.i <= first.right_edge.i
        ):
            return tokens[:k]  # "thanked the crowd, which chanted his name": an aside about the object
        if token.text in ASIDE_PUNCT and nxt is not None and _closing_aside(tokens, k + 1):
            return tokens[:k]  # "criticised the treaty, a deal signed last year": the reporter's gloss
        if (
            token.lower_ in CONTRAST_MARKS
            and token.dep_ == "mark"
            and tokens[k - 1].is_punct
            and not _parallel_figures(first, token)
        ):
            return tokens[: k - 1] if tokens[k - 1].text in BREAK_PUNCT else tokens[:k]  # '“about right,” though'

        if (
            token.dep_ == "conj"
            and _is_verb(token)
            and is_cue(token) is not None
            and token.head.i >= first.i
            and (token.tag_ == first.head.tag_ or token.head.i == first.head.i)
            and (_subject_of(token) is None or _new_speech(token))
        ):
            cut = k
            while cut > 1 and (tokens[cut - 1].dep_ == "cc" or tokens[cut - 1].is_punct):
                cut -= 1
            return tokens[:cut]
    return tokens


def _closing_aside(tokens: list[Token], k: int) -> bool:
    """Whether the content from ``tokens[k]`` on is one aside about a noun before it.

    An appositive or relative clause after a comma or dash that runs to the
    end of the content ("..., the city's largest employer", "..., who
    took office in May") describes a noun of the claim; PolNeAR leaves it
    out.

    Args:
        tokens: The content tokens.
        k: Index of the first token after the comma or dash.

    Returns:
        ``True`` when an appositive or relative clause of an earlier noun
        covers ``tokens[k:]`` (trailing punctuation aside).

    """
    start = tokens[k]
    last = max((t.i for t in tokens[k:] if not t.is_punct and not t.is_space), default=start.i)
    node = start
    while node.head.i != node.i and node.head.i >= start.i and node.dep_ not in ASIDE_DEPS:
        node = node.head
    if node.dep_ == "appos" and (
        any(c.dep_ == "cc" for c in node.children)
        or (all(t.pos_ == "PROPN" or t.is_punct for t in node.subtree) and node.right_edge.i - node.left_edge.i < 3)
    ):
        return False  # a list ("tax fairness, the closure of loopholes and ...") or a place ("Tulsa, Oklahoma")
    return (
        node.dep_ in ASIDE_DEPS
        and node.left_edge.i == start.i
        and node.right_edge.i >= last
        and node.head.i < start.i
        and node.head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}
    )


def _parallel_figures(first: Token, mark: Token) -> bool:
    """Whether ", while ..." goes on with what a poll or study found.

    "The poll found 30 percent backed Lee, while 20 percent favored Diaz":
    for evidence cues the contrast clause is a second finding, not the
    reporter's comment.

    Args:
        first: The head of the content.
        mark: The contrast word after the comma.

    Returns:
        ``True`` for "while" or "whereas" after the content of an evidence cue.

    """
    if mark.lower_ not in {"while", "whereas"}:
        return False
    info = is_cue(first.head)
    return info is not None and info.cls == "evidence"


def _next_is_contrast(tokens: list[Token], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k + 1].lower_ in CONTRAST_MARKS


def _noun_content(cue: CueInfo) -> tuple[list[Token], str] | None:
    """Content of a nominal cue.

    Its "that" clause ("the claim that ..."), an infinitive for intentions
    ("plans to cut taxes"), a prepositional object ("criticism of the
    plan"), or the clause after a copula ("Her view is that ...").
    """
    token = cue.token
    word = cue.word
    assert word is not None
    for child in token.rights:
        if word.takes("acl") and child.dep_ in {"acl", "ccomp", "relcl"}:
            if any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
                return list(child.subtree), "noun"
            if word.cls == "intention" and any(g.dep_ == "aux" and g.tag_ == "TO" for g in child.children):
                return list(child.subtree), "noun"
            if child.dep_ == "acl" and child.tag_ == "VBG":
                continue  # "a statement saying ...": the verb "saying" is its own cue
        if child.dep_ == "prep" and child.lower_ in word.preps:
            obj = next((g for g in child.children if g.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None and obj.lower_ not in PRONOUN_OBJECTS:
                return list(obj.subtree), "noun"
    head = token.head
    if word.takes("acl") and token.dep_ == "nsubj" and head.lemma_ == "be":
        clause = next((c for c in head.rights if c.dep_ in {"ccomp", "attr"} and _is_clause(c)), None)
        if clause is not None:
            return list(clause.subtree), "noun"
    return None


def _phrase_sentence(cue: CueInfo) -> tuple[list[Token], str] | None:
    """The rest of the sentence around a source phrase at its start or end.

    "According to the report, growth slowed." and "Growth slowed, according
    to the report." report the whole rest of the sentence, however many
    clauses it has.
    """
    first = cue.token
    sent = first.sent
    phrase_end = max(cue.span.end, first.right_edge.i + 1)
    words_before = [t for t in first.doc[sent.start : first.i] if not t.is_punct and not t.is_space]
    if not words_before or (len(words_before) == 1 and words_before[0].dep_ == "cc"):
        rest = [t for t in first.doc[phrase_end : sent.end]]
        return (rest, "according_to") if any(not t.is_punct for t in rest) else None
    comma = first.doc[first.i - 1]
    tail = [t for t in first.doc[phrase_end : sent.end] if not t.is_punct and not t.is_space]
    if comma.text in {",", "—", "–", "("} and not tail:
        return list(first.doc[sent.start : comma.i]), "according_to"
    return None


def _host_clause(cue: CueInfo, frame: str) -> tuple[list[Token], str] | None:
    """The clause a cue is attached to, without the cue's own words.

    "According to X, Y happened" and "Y happened, X said" both report the
    clause the cue hangs off; the cue's subtree is cut out of it.
    """
    anchor = cue.token
    while anchor.dep_ in {"prep", "pobj", "pcomp"} and anchor.head.i != anchor.i and not _is_clause(anchor):
        anchor = anchor.head
    head = anchor.head if anchor.head.i != anchor.i else None
    if head is None or not _is_clause(head):
        return None
    cut_left, cut_right = anchor.left_edge.i, anchor.right_edge.i
    tokens = [t for t in head.subtree if not cut_left <= t.i <= cut_right]
    if not tokens:
        return None
    before = [t for t in tokens if t.i < cut_left]
    after = [t for t in tokens if t.i > cut_right]
    if before and after and any(not t.is_punct for t in before) and any(not t.is_punct for t in after):
        # "The talks, the ministry said, will resume": the claim runs over its attribution
        return list(head.subtree), frame
    return (before if before and any(not t.is_punct for t in before) else after), frame


def _is_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB")


def _is_clause(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children)


def _subject_of(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return child
    return None


def _char_span(doc: Doc, tokens: list[Token]) -> Span | None:
    """The character span of the tokens, trimmed of "that" and edge punctuation."""
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    first, last = 0, len(tokens) - 1
    while first <= last and _skippable(tokens[first], OPEN_MARKS):
        first += 1
    if first <= last and tokens[first].lower_ in LEADING_WORDS and first < last:
        first += 1
    while last >= first and _skippable(tokens[last], CLOSE_MARKS):
        last -= 1
    if first > last:
        return None
    start = tokens[first].idx
    end = tokens[last].idx + len(tokens[last].text)
    text = doc_text(doc)
    while end > start and text[end - 1] in ".,;: \n\t":
        end -= 1
    if end - start < 2:
        return None
    return Span.of(text, start, end)


def _skippable(token: Token, keep: frozenset[str]) -> bool:
    """Whether an edge token is punctuation or space to trim (quote marks in ``keep`` stay)."""
    return token.is_space or (token.is_punct and token.text not in keep)


def _inside(offset: int, regions: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in regions)


def _wholly_quoted(content: Span, regions: list[tuple[int, int]]) -> bool:
    """Whether the content is one quotation, marks included (a direct quote)."""
    for start, end in regions:
        if start <= content.start + 1 and end >= content.end - 1 and end - start >= 0.8 * (content.end - content.start):
            return True
    return False


def _outermost(candidates: list[tuple[Quotation, int]]) -> list[Quotation]:
    """Drop claims whose cue lies inside another claim's content, and duplicates."""
    kept: list[Quotation] = []
    for claim, cue_offset in candidates:
        nested = any(
            other.content.start <= cue_offset < other.content.end
            for other, other_cue in candidates
            if other is not claim and not (claim.content.start <= other_cue < claim.content.end)
        )
        if nested:
            continue
        kept.append(claim)
    kept.sort(key=lambda q: (q.start, -q.end))
    result: list[Quotation] = []
    for claim in kept:
        clash = next((q for q in result if q.start < claim.end and claim.start < q.end), None)
        if clash is None:
            result.append(claim)
        elif claim.confidence > clash.confidence:
            result[result.index(clash)] = claim
    return sorted(result, key=lambda q: (q.start, q.end))


__all__ = ["find_claims"]
