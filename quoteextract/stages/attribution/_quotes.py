"""Direct quotations: quoted sentences, their cue and their speaker mention.

A pairing is *standalone* when it opens its sentence (or follows an
introduction ending in a colon, comma or dash) and is not just a phrase of a
longer sentence. For a standalone pairing the rules, tried in order, are:

``quote.trailing`` / ``quote.inverted``
    a cue after the closing mark in the same sentence ("...,” she said.",
    "...,” said the spokeswoman.");
``quote.according_to``
    "...,” according to X.";
``quote.dash``
    a name after a dash ("...” — Commissioner Lee");
``quote.leading`` / ``quote.colon``
    a cue before the opening mark ("She said, “...", "He added: “...") or a
    bare name and colon ("Smith: “...");
``quote.colon_intro``
    a previous sentence ending in a colon ("The senator went further:");
``quote.continuation``
    right after a quotation with a speaker, with nothing in between: the
    same speaker;
``quote.previous_sentence`` / ``quote.next_sentence``
    a cue with a speaker in the neighbouring sentence;
``quote.paragraph``
    a speech cue with a speaker elsewhere in the paragraph (nearest before
    the quotation, else the first after it);
``quote.unattributed``
    none of these: a direct quotation without a speaker.

A quotation split around its attribution ("The plan," she said, "is dead.")
becomes one quotation whose content runs from the first piece to the last
(``quote.split``); the pieces are its fragments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ..._doctext import doc_text
from ..._model import Mention, Quotation, Span
from ...lang.en._lexicon import cue_verb
from ._context import Paragraph, Setting, sentence_start, tokens_in, word_count
from ._cues import CueInfo, mention_span
from ._mention import any_verb_cue, quote_cue, speaker_of, to_mention, to_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CONFIDENCE: dict[str, float] = {
    "quote.trailing": 0.95,
    "quote.inverted": 0.93,
    "quote.according_to": 0.9,
    "quote.leading": 0.9,
    "quote.colon": 0.85,
    "quote.dash": 0.8,
    "quote.trailing_verb": 0.8,
    "quote.leading_verb": 0.75,
    "quote.colon_verb": 0.75,
    "quote.colon_intro": 0.75,
    "quote.continuation": 0.7,
    "quote.previous_sentence": 0.55,
    "quote.next_sentence": 0.5,
    "quote.paragraph": 0.45,
    "quote.unattributed": 0.3,
}
"""How sure each rule is (a speaker found by the rule, or none for the last)."""

INTRO_END = (":", ",", "—", "–", "--")
"""Characters that end an introduction to a standalone quotation."""

NOUN_MODIFIERS: frozenset[str] = frozenset({"DET", "ADJ", "NUM", "PRON", "NOUN", "PROPN"})
"""Words before a noun that show it really is a noun ("a short statement")."""

OPENING_ATTRIBUTION_TOKENS = 4
"""How many words after a quotation may hold its speaker and verb ("the senator's aide replied")."""

SPEAKER_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i", "you"})
"""Pronouns that can open an attribution."""

SPACED_DASHES = (" - ", " — ", " – ", " -- ")
"""Dashes that separate a heading from the name introducing a quotation."""

SENTENCE_FINAL = (".", "!", "?", "…")
"""Punctuation that ends a quoted sentence."""

MAX_BARE_NAME_WORDS = 6
"""Longest bare name before a colon ("Senator Jane Smith: “...")."""

MAX_ATTRIBUTION_WORDS = 25
"""Longest attribution between two pieces of a split quotation."""

INVERTED_VERB_TAGS: frozenset[str] = frozenset({"VBD", "VBZ"})
"""Tags of a verb written before its speaker ("beamed Maria Lopez")."""

MAX_AFTER_STOP_WORDS = 5
"""Longest attribution (in words) taken after a quotation ending in a full stop, when its verb is in no lexicon."""

LEADING_VERB_WINDOW = 3
"""How near the opening mark (in words) a verb outside the lexicon must be to introduce it."""

MAX_VERB_ATTRIBUTION_WORDS = 12
"""Longest attribution whose verb is taken as the cue without being in the lexicon."""


@attrs.frozen
class Attribution:
    """Where a quotation's cue and speaker were found.

    Args:
        rule: The rule's name.
        cue: The cue's words, if any.
        speaker: The speaker mention, if any.
        end: Offset one past the attribution's last character (for joins).

    """

    rule: str
    cue: Span | None = None
    speaker: Mention | None = None
    end: int | None = None


def is_standalone(text: str, setting: Setting, *, piece: bool = False) -> bool:
    """Whether the pairing is a quoted sentence rather than a phrase of a sentence.

    Args:
        text: The article.
        setting: The pairing in its sentence.
        piece: The pairing may be a later piece of a split quotation, which
            can start in lower case ("“The plan,” she said, “is dead.”").

    Returns:
        True when it opens its sentence (or follows an introduction ending in
        ``:``, ``,`` or a dash) and either ends in punctuation or is followed
        by punctuation or the end of the sentence.

    """
    pre = setting.pre.text.rstrip()
    if pre and not pre.endswith(INTRO_END):
        return False
    content = setting.quote.content.text.rstrip()
    opening = content.lstrip("‘'\"([ .…")[:1]
    if pre.endswith(",") and opening.islower() and not piece:
        return False  # "said it is unrealistic to think that if ..., “our oceans will save us.”"
    if content and content[-1] in ".,!?…;:—–-":
        return True
    post = setting.post.text.lstrip()
    if not post or post[0] in ".,;:!?—–-(":
        return True
    # A multi-word quoted sentence followed directly by its attribution ("“...” he said.");
    # a lower-case fragment running on into the sentence is a phrase of it.
    return word_count(content) >= 4 and content.lstrip("‘'\"([")[:1].isupper()


def _cues_in(doc: Doc, start: int, end: int) -> list[CueInfo]:
    """Quotation cues among the tokens in ``[start, end)``: verbs and phrases, not nouns ("a statement")."""
    found = []
    for token in tokens_in(doc, start, end):
        info = quote_cue(token)
        if (info is None or info.kind == "noun") and token.pos_ == "NOUN":
            info = _as_verb(token)
        if info is not None:
            found.append(info)
    return found


def _as_verb(token: Token) -> CueInfo | None:
    """A reporting verb the tagger took for a noun, as a verb cue; ``None`` for a real noun."""
    entry = cue_verb(token.lemma_) or cue_verb(token.lower_.removesuffix("s"))
    before = token.doc[token.i - 1] if token.i > 0 else None
    if entry is None or (before is not None and before.pos_ in NOUN_MODIFIERS):
        return None
    return CueInfo(token=token, span=token.doc[token.i : token.i + 1], word=entry)


def _dash_speaker(doc: Doc, setting: Setting) -> Attribution | None:
    """A name after a dash following the closing mark ("...” — Commissioner Lee")."""
    post = setting.post
    stripped = post.text.lstrip()
    if not stripped.startswith(("—", "–", "--", "-")):
        return None
    dash_at = post.start + len(post.text) - len(stripped)
    dash_len = 2 if stripped.startswith("--") else 1
    tokens = [t for t in tokens_in(doc, dash_at + dash_len, post.end) if not t.is_space]
    names = []
    for token in tokens:
        if token.is_punct and names:
            break
        if token.pos_ in ("PROPN", "NOUN", "ADJ", "DET") or (token.is_title and not token.is_punct):
            names.append(token)
        elif names:
            break
    if not names or not any(t.pos_ in ("PROPN", "NOUN") for t in names):
        return None
    start, last = names[0].idx, names[-1].idx + len(names[-1].text)
    return Attribution(
        rule="quote.dash",
        cue=Span.of(doc_text(doc), dash_at, dash_at + dash_len),
        speaker=Mention(start, last, doc_text(doc)[start:last]),
        end=post.end,
    )


def _from_cue(cue: CueInfo, rule: str, end: int | None, setting: Setting, lead_in: int | None = None) -> Attribution:
    """An attribution from a cue and its speaker (never inside the quoted words)."""
    quote = setting.quote
    avoid = (quote.open.start, setting.outer_end)
    speaker = speaker_of(cue, avoid=avoid, lead_in=lead_in, inverted_ok=lead_in is not None)
    if cue.kind == "phrase":
        rule = "quote.according_to" if rule in ("quote.trailing", "quote.inverted") else rule
    elif rule == "quote.trailing" and speaker is not None and speaker.start > cue.token.idx:
        rule = "quote.inverted"
    return Attribution(rule=rule, cue=to_span(cue.span), speaker=speaker, end=end)


def trailing(doc: Doc, setting: Setting) -> Attribution | None:
    """The attribution after the closing mark, in the same sentence.

    Args:
        doc: The parsed article.
        setting: The pairing in its sentence.

    Returns:
        The attribution, or ``None``.

    """
    post = setting.post
    if setting.quote.content.text.rstrip().endswith(SENTENCE_FINAL) and post.text.rstrip().endswith((",", ":")):
        return None  # "“...?” He answered, “...”": the words introduce the next quotation
    dash = _dash_speaker(doc, setting)
    cues = _cues_in(doc, post.start, post.end)
    if setting.quote.content.text.rstrip().endswith(SENTENCE_FINAL):
        # The quoted sentence ended: only a cue opening the next words attributes it.
        cues = [c for c in cues if word_count(doc_text(doc)[post.start : c.token.idx]) < MAX_AFTER_STOP_WORDS]
    if dash is not None and (not cues or (dash.speaker is not None and dash.speaker.end < cues[0].token.idx)):
        return dash
    opening = _opening_attribution(doc, setting, post)
    if opening is not None and (not cues or cues[0].token.i != opening.cue_token):
        return opening.attribution
    for cue in cues:
        attribution = _from_cue(cue, "quote.trailing", post.end, setting, lead_in=post.start)
        if attribution.speaker is not None or cue is cues[-1]:
            return attribution
    inverted = _inverted_verb(doc, setting, post)
    if inverted is not None:
        return inverted
    if setting.quote.content.text.rstrip().endswith(".") and word_count(post.text) > MAX_AFTER_STOP_WORDS:
        return None  # the quoted sentence ended: a long sentence after it is the writer's own
    return _verb_attribution(doc, setting, post, "quote.trailing_verb", lead_in=post.start)


def _inverted_verb(doc: Doc, setting: Setting, post: Span) -> Attribution | None:
    """A verb no lexicon lists right after the marks, then a name ("...!” beamed Maria Lopez of ...").

    The verb-then-name order marks an attribution however long the words
    after the name run.

    Args:
        doc: The parsed article.
        setting: The pairing in its sentence.
        post: The words after the closing mark.

    Returns:
        The attribution with the name as speaker, or ``None``.

    """
    tokens = [t for t in tokens_in(doc, post.start, post.end) if not t.is_space and not t.is_punct]
    if len(tokens) < 2 or tokens[0].pos_ != "VERB" or tokens[0].tag_ not in INVERTED_VERB_TAGS:
        return None
    if tokens[1].pos_ != "PROPN" or not tokens[0].text[:1].islower():
        return None
    cue = any_verb_cue(tokens[0])
    if cue is None:
        return None
    found = _from_cue(cue, "quote.trailing", post.end, setting, lead_in=post.start)
    if found.speaker is None or found.speaker.start != tokens[1].idx:
        return None
    return attrs.evolve(found, rule="quote.trailing_verb")


@attrs.frozen
class _Opening:
    """An attribution whose speaker and verb open the words after a quotation."""

    attribution: Attribution
    cue_token: int


def _opening_attribution(doc: Doc, setting: Setting, post: Span) -> _Opening | None:
    """A name or pronoun then a verb right after the marks ("...,” he demanded, as the mayor ...").

    Such a verb is the cue even when the lexicon does not list it or lists a
    verb further on.
    """
    tokens = [t for t in tokens_in(doc, post.start, post.end) if not t.is_space and not t.is_punct]
    head = tokens[:OPENING_ATTRIBUTION_TOKENS]
    verb = next((t for t in head if t.pos_ == "VERB"), None)
    if verb is None or verb.i == head[0].i:
        return None
    names = [t for t in head if t.i < verb.i]
    if not all(t.pos_ in ("PROPN", "PRON", "DET", "NOUN") for t in names):
        return None
    if names[0].pos_ == "PRON" and names[0].lower_ not in SPEAKER_PRONOUNS:
        return None
    cue = quote_cue(verb) or any_verb_cue(verb)
    if cue is None:
        return None
    found = _from_cue(cue, "quote.trailing", post.end, setting, lead_in=post.start)
    if found.speaker is None:
        return None
    rule = "quote.trailing" if quote_cue(verb) is not None else "quote.trailing_verb"
    return _Opening(attrs.evolve(found, rule=rule), verb.i)


def _verb_attribution(
    doc: Doc, setting: Setting, region: Span, rule: str, lead_in: int | None = None
) -> Attribution | None:
    """An attribution by any verb with a speaker, in a short attribution.

    After the quotation ("...,” the coach barked.") the whole attribution must be
    short; before it ("..., then leaned in and boomed: “...") the verb must
    be among the last words before the mark.
    """
    tokens = [t for t in tokens_in(doc, region.start, region.end) if not t.is_space]
    if not tokens:
        return None
    if lead_in is not None:
        if word_count(region.text) > MAX_VERB_ATTRIBUTION_WORDS:
            return None
        verbs = [t for t in tokens if t.pos_ == "VERB"]
    else:
        words = [t for t in tokens if not t.is_punct]
        verbs = [t for t in words[-LEADING_VERB_WINDOW:] if t.pos_ == "VERB"][::-1]
    for verb in verbs[:1]:
        cue = any_verb_cue(verb)
        if cue is None:
            continue
        found = _from_cue(cue, "quote.trailing", region.end, setting, lead_in=lead_in)
        if found.speaker is not None:
            return attrs.evolve(found, rule=rule)
    return None


def leading(doc: Doc, setting: Setting) -> Attribution | None:
    """The attribution before the opening mark, in the same sentence.

    Args:
        doc: The parsed article.
        setting: The pairing in its sentence.

    Returns:
        The attribution (the cue nearest the mark), or ``None``.

    """
    pre = setting.pre
    stripped = pre.text.rstrip()
    if not stripped:
        return None
    rule = "quote.colon" if stripped.endswith(":") else "quote.leading"
    if rule == "quote.colon":
        pre = _after_dash(doc_text(doc), pre)
        stripped = pre.text.rstrip()
    cues = _cues_in(doc, pre.start, pre.end)
    verb = _verb_attribution(doc, setting, pre, f"{rule}_verb")
    if verb is not None and verb.cue is not None and (not cues or cues[-1].token.idx < verb.cue.start):
        # The verb right before the mark ("Hillary shot back, “...") beats a cue further away.
        known = any(c.token.idx == verb.cue.start for c in cues)
        return attrs.evolve(verb, rule=rule) if known else verb
    for cue in reversed(cues):
        attribution = _from_cue(cue, rule, pre.end, setting)
        if attribution.speaker is not None:
            return attribution
    if cues:
        return _from_cue(cues[-1], rule, pre.end, setting)
    if verb is not None:
        return verb
    if stripped.endswith(":") and word_count(stripped) <= MAX_BARE_NAME_WORDS:
        return _bare_name(doc, pre)
    return None


def _after_dash(text: str, pre: Span) -> Span:
    """The words after the last spaced dash ("HEADLINE - Jane Smith:" gives "Jane Smith:")."""
    cut = max(pre.text.rfind(d) for d in SPACED_DASHES)
    if cut < 0:
        return pre
    start = pre.start + cut
    while start < pre.end and not text[start].isalnum():
        start += 1
    return Span.of(text, start, pre.end) if start < pre.end else pre


def _bare_name(doc: Doc, pre: Span) -> Attribution | None:
    """A bare name before a colon ("Smith: “...")."""
    colon = pre.start + len(pre.text.rstrip()) - 1
    tokens = [t for t in tokens_in(doc, pre.start, colon) if not t.is_space]
    if not tokens or not any(t.pos_ in ("PROPN", "PRON") or t.is_title for t in tokens):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None
    start, last = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Attribution(
        rule="quote.colon",
        cue=Span.of(doc_text(doc), colon, colon + 1),
        speaker=Mention(start, last, doc_text(doc)[start:last]),
        end=pre.end,
    )


def previous_sentence(doc: Doc, paras: list[Paragraph], setting: Setting) -> tuple[int, int] | None:
    """The sentence before the pairing's sentence (in its paragraph or the one before).

    Args:
        doc: The parsed article.
        paras: The article's paragraphs.
        setting: The pairing in its sentence.

    Returns:
        ``(start, end)`` of that sentence, or ``None`` at the article's start.

    """
    text = doc_text(doc)
    end = setting.pre.start
    para = setting.para
    while end > para.start and text[end - 1].isspace():
        end -= 1
    if end <= para.start:
        if para.index == 0:
            return None
        para = paras[para.index - 1]
        end = para.end
    start = sentence_start(text, para.start, max(para.start, end - 1))
    return (start, end) if start < end else None


def colon_intro(doc: Doc, paras: list[Paragraph], setting: Setting) -> Attribution | None:
    """An introduction in the previous sentence ending with a colon ("The senator went on:").

    Args:
        doc: The parsed article.
        paras: The article's paragraphs.
        setting: The pairing in its sentence.

    Returns:
        The attribution, or ``None``.

    """
    if setting.pre.text.strip():
        return None
    previous = previous_sentence(doc, paras, setting)
    if previous is None or not doc_text(doc)[previous[0] : previous[1]].rstrip().endswith(":"):
        return None
    intro = Span.of(doc_text(doc), previous[0], previous[1])
    found = leading(doc, attrs.evolve(setting, pre=intro)) or _any_verb_subject(doc, intro)
    if found is None:
        return None
    return attrs.evolve(found, rule="quote.colon_intro")


def _any_verb_subject(doc: Doc, intro: Span) -> Attribution | None:
    """Any verb with a subject in an introduction ending in a colon ("The senator went further:")."""
    for token in reversed(tokens_in(doc, intro.start, intro.end)):
        if token.pos_ not in ("VERB", "AUX"):
            continue
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("PROPN", "NOUN", "PRON"):
                return Attribution(
                    rule="quote.colon_intro",
                    cue=to_span(token.doc[token.i : token.i + 1]),
                    speaker=to_mention(mention_span(child)),
                    end=intro.end,
                )
    return None


def neighbour_speaker(
    doc: Doc, start: int, end: int, rule: str, quoted: tuple[tuple[int, int], ...] = (), *, last: bool = False
) -> Attribution | None:
    """A cue with a speaker in a neighbouring sentence ``[start, end)``.

    Args:
        doc: The parsed article.
        start: The sentence's first offset.
        end: Offset one past its end.
        rule: The rule name to report.
        quoted: ``(start, end)`` of quoted words, whose cues do not count.
        last: Take the last cue with a speaker rather than the first.

    Returns:
        The attribution of the first cue that has a speaker, or ``None``.

    """
    cues = _cues_in(doc, start, end)
    for cue in reversed(cues) if last else cues:
        if cue.cls not in ("speech", "phrase") or any(a <= cue.token.idx < b for a, b in quoted):
            continue
        speaker = speaker_of(cue, inverted_ok=False)
        if speaker is not None and speaker.text.lower() not in ("it", "this", "that"):
            return Attribution(rule=rule, cue=to_span(cue.span), speaker=speaker)
    return None


def quotation(text: str, setting: Setting, attribution: Attribution, joined: list[Setting] | None = None) -> Quotation:
    """Build the direct :class:`~quoteextract.Quotation` for a pairing (or a split series).

    Args:
        text: The article.
        setting: The (first) pairing.
        attribution: Its attribution.
        joined: Later pieces of a split quotation, in order.

    Returns:
        The quotation; its content runs from the first piece to the last.

    """
    pieces = [setting, *(joined or [])]
    first, last = pieces[0].quote, pieces[-1].quote
    content = Span.of(text, first.content.start, last.content.end)
    marks: list[Span] = []
    for piece in pieces:
        marks.append(piece.quote.open)
        marks.extend(piece.quote.reopen)
        if piece.quote.close is not None:
            marks.append(piece.quote.close)
    rule = attribution.rule
    confidence = CONFIDENCE.get(rule, 0.5)
    if attribution.speaker is None:
        confidence = min(confidence, 0.45)
    return Quotation(
        content=content,
        kind="direct",
        fragments=tuple(p.quote.content for p in pieces),
        marks=tuple(marks),
        cue=attribution.cue,
        speaker=attribution.speaker,
        confidence=confidence,
        rule=rule if not joined else "quote.split",
    )
