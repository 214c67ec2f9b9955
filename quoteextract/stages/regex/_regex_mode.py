"""The regex-only mode: quotations and speakers from surface patterns, no parser.

For raw speed on huge corpora. It runs the typographic finder
(:func:`quoteextract.find_quotes`) and a handful of surface patterns:

- ``“...,” NAME said`` / ``“...,” said NAME`` (quotation, then attribution),
  with ``“...,” NAME said, “...”`` joined into one two-fragment quotation;
- ``NAME said: “...”`` (attribution, then quotation);
- ``“...,” according to NAME``;
- ``NAME said (that) CLAUSE.`` and ``CLAUSE, NAME said.`` without quote marks
  (indirect, or mixed when the clause holds quoted words).

A speaker is a capitalised name, a pronoun, or a short description ("the
mayor", "two officials"). Pronouns are resolved to the nearest preceding
named speaker; names sharing their last word are one entity. spaCy is never
imported. Each pattern is a registered rule of stage ``"regex"``
(:mod:`quoteextract.stages.regex.surface`), run in order from the
article's rule set. Accuracy and speed against the full pipeline:
``docs/accuracy.md``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import attrs

from ..._input import coerce_text, has_visible, repair_text
from ..._model import Entity, Extraction, Mention, Quotation, QuotedSpan, SourceLink, Span
from ...article import Article
from ...rules import Rule, as_rule_set
from ..layout import is_silent
from ._intervals import Intervals
from ._patterns import patterns
from .surface import CONFIDENCE, Hit, Place

_PRONOUNS = ("he", "she", "they", "we", "i", "it")

_Bounds = tuple[int, int]


@attrs.frozen
class _Found:
    """A quotation found by a rule, before entities are built."""

    content: Span
    kind: str
    fragments: tuple[Span, ...]
    marks: tuple[Span, ...]
    cue: Span | None
    speaker: Span | None
    rule: Rule
    relation: str


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _first_hit(active: tuple[Rule, ...], place: Place) -> tuple[Rule, Hit] | None:
    """The first active rule that answers at ``place``, with its answer."""
    for entry in active:
        hit: Hit | None = entry.func(place)
        if hit is not None:
            return entry, hit
    return None


def _direct(
    article: Article, quotes: list[QuotedSpan], active: tuple[Rule, ...], marks: Intervals, claimed: list[_Bounds]
) -> list[_Found]:
    """Quotations attributed by a rule right after or right before their marks.

    Args:
        article: The article.
        quotes: Its outermost quotations, in text order.
        active: The rules to try, in order.
        marks: Every quotation's span from opening to closing mark.
        claimed: Receives the span (first opening to last closing mark) of each quotation found.

    """
    text = article.text
    found = []
    index = 0
    while index < len(quotes):
        quote = quotes[index]
        line_start = article.layout.paragraph_at(quote.open.start).start
        line_end = _line_end(article, quote.end)
        answer = _first_hit(active, Place(text, quote, line_start, line_end, marks))
        pieces = [quote]
        if answer is not None and answer[1].follows is not None:
            # “A,” he said, “B.” -> one quotation, two fragments.
            follows = answer[1].follows
            if index + 1 < len(quotes) and quotes[index + 1].start <= line_end + 1:
                if patterns()["CONTINUE"].match(text[follows : quotes[index + 1].open.start]):
                    pieces.append(quotes[index + 1])
                    index += 1
        index += 1
        if answer is None:
            continue
        entry, hit = answer
        first, last = pieces[0], pieces[-1]
        found.append(
            _Found(
                content=_span(text, first.start, last.end),
                kind="direct",
                fragments=tuple(p.content for p in pieces),
                marks=tuple(p.open for p in pieces),
                cue=_span(text, *hit.cue),
                speaker=_span(text, *hit.speaker),
                rule=entry,
                relation=hit.relation,
            )
        )
        claimed.append((first.open.start, (last.close or last.content).end))
    return found


def _line_end(article: Article, offset: int) -> int:
    """The first line break at or after ``offset`` (the text's length if none)."""
    if offset >= len(article.text):
        return len(article.text)
    return article.layout.paragraph_at(offset).end if article.text[offset] != "\n" else offset


def _sentences(text: str, quoted: list[_Bounds]) -> list[_Bounds]:
    """Sentence spans, never split inside a quotation.

    The mode splits sentences its own way, not by :attr:`Article.layout`:
    a boundary needs a capital or an opening mark after it, line breaks are
    boundaries, and no boundary falls inside a quotation.
    """
    starts = [s for s, _ in quoted]
    spans = []
    start = 0
    for match in patterns()["SENTENCE_END"].finditer(text):
        cut = match.end()
        i = bisect.bisect_right(starts, match.start()) - 1
        if i >= 0 and quoted[i][0] < match.start() and match.end() < quoted[i][1]:
            continue  # inside a quotation
        if match.group().startswith(".") and patterns()["ABBREVIATION"].search(
            text, max(0, match.start() - 6), match.start() + 1
        ):
            continue
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _strip(text: str, start: int, end: int) -> _Bounds:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    return start, end


def _indirect(
    text: str, quotes: list[QuotedSpan], claimed: list[_Bounds], active: tuple[Rule, ...], marks: Intervals
) -> list[_Found]:
    """Claims without (or with some) quote marks, from the sentence rules.

    Linear in the text: sentences come in order and each question about
    the quotations or the claimed spans is a binary search.
    """
    quoted = [(q.open.start, (q.close or q.content).end) for q in quotes]
    taken = Intervals(claimed)
    opens = [start for start, _ in quoted]  # quotes come sorted by their opening mark
    found = []
    for s_start, s_end in _sentences(text, quoted):
        if taken.overlaps(s_start, s_end):
            continue
        start, end = _strip(text, s_start, s_end)
        if start >= end:
            continue
        first, last = bisect.bisect_left(opens, start), bisect.bisect_left(opens, end)
        inner = [quotes[i] for i in range(first, last) if quoted[i][1] <= end]
        answer = _first_hit(active, Place(text, None, start, end, marks))
        item = None if answer is None else _claim(text, inner, *answer)
        if item is not None:
            found.append(item)
    return found


def _claim(text: str, inner: list[QuotedSpan], entry: Rule, hit: Hit) -> _Found | None:
    """The claim of a sentence rule's hit, if its content has at least three words.

    Args:
        text: The text.
        inner: The quotations inside the sentence.
        entry: The rule that answered.
        hit: Its answer.

    """
    content = hit.content
    if content is None or len(patterns()["WORD"].findall(text, content[0], content[1])) < 3:
        return None
    pieces = [q for q in inner if content[0] <= q.open.start and (q.close or q.content).end <= content[1]]
    whole = len(pieces) == 1 and _strip(text, *content) == (
        pieces[0].open.start,
        (pieces[0].close or pieces[0].content).end,
    )
    return _Found(
        content=_span(text, *content),
        kind="direct" if whole else "mixed" if pieces else "indirect",
        fragments=tuple(q.content for q in pieces),
        marks=tuple(q.open for q in pieces),
        cue=_span(text, *hit.cue),
        speaker=_span(text, *hit.speaker),
        rule=entry,
        relation=hit.relation,
    )


def _entities(found: list[_Found]) -> tuple[list[Quotation], list[Entity]]:
    """One entity per name (names sharing a last word merge); pronouns join the last named speaker."""
    quotes = []
    by_key: dict[str, int] = {}
    names: list[str] = []
    mentions: list[list[Span]] = []
    types: list[str] = []
    last_person: int | None = None
    for item in sorted(found, key=lambda f: f.content.start):
        entity: int | None = None
        if item.speaker is not None:
            words = item.speaker.text.split()
            lowered = item.speaker.text.lower()
            if lowered in _PRONOUNS:
                entity = last_person if lowered in {"he", "she"} else None
            else:
                named = item.speaker.text[:1].isupper() and words[0].lower() not in {
                    "the",
                    "a",
                    "an",
                    "his",
                    "her",
                    "their",
                    "its",
                }
                key = words[-1].lower().rstrip("’'s") if named else lowered
                entity = by_key.get(key)
                if entity is None:
                    entity = by_key[key] = len(names)
                    names.append(item.speaker.text)
                    mentions.append([])
                    types.append("person" if named else "unknown")
                elif len(item.speaker.text) > len(names[entity]):
                    names[entity] = item.speaker.text
                if named:
                    last_person = entity
            if entity is not None:
                mentions[entity].append(item.speaker)
        speaker = (
            None if item.speaker is None else Mention(item.speaker.start, item.speaker.end, item.speaker.text, entity)
        )
        quotes.append(
            Quotation(
                content=item.content,
                kind=item.kind,
                fragments=item.fragments,
                marks=item.marks,
                cue=item.cue,
                speaker=speaker,
                sources=(SourceLink(item.relation, entity, item.cue, item.speaker),) if item.speaker else (),
                confidence=item.rule.confidence if item.rule.confidence is not None else CONFIDENCE,
                rule=item.rule.name,
            )
        )
    entities = [
        Entity(id=i, name=names[i], type=types[i], mentions=tuple(sorted(set(mentions[i]), key=lambda s: s.start)))
        for i in range(len(names))
    ]
    return quotes, entities


def extract_regex(
    text: str | bytes, id: str | None = None, *, enable: Iterable[str] = (), disable: Iterable[str] = ()
) -> Extraction:
    """Extract quotations and speakers with surface patterns only (no parser).

    Much faster than :func:`quoteextract.extract` and far less thorough:
    it finds quotations attributed in the usual news patterns and simple
    reported speech, resolves pronouns to the last named speaker, and never
    imports spaCy. See ``docs/accuracy.md`` for its scores.

    Args:
        text: The article (``str``, or UTF-8 ``bytes``).
        id: An identifier to carry into the result.
        enable: Names of rules to run although they are off by default.
        disable: Names of rules not to run (e.g. ``["regex.said_that"]``;
            ``quoteextract rules`` lists the ``regex.*`` rules).

    Returns:
        The :class:`~quoteextract.Extraction`; offsets index ``text``.

    Lone surrogates are replaced with U+FFFD, with a warning, as in
    :func:`quoteextract.extract`.

    Raises:
        InputError: For non-text input or undecodable bytes, or an unknown rule name.
        TextTooLongError: For text over :data:`~quoteextract.MAX_TEXT_LENGTH`.

    Example:
        >>> from quoteextract.stages.regex._regex_mode import extract_regex
        >>> result = extract_regex("“We are ready,” said Ana Ruiz.")
        >>> result.quotes[0].speaker.text
        'Ana Ruiz'

    .. versionadded:: 0.1.0

    """
    rules = as_rule_set(enable, disable)
    text, problems = repair_text(coerce_text(text))
    if not text.strip():
        return Extraction(id=id, warnings=problems)
    article = Article.build(text, rules)
    scan = article.scan
    outer = [q for q in scan.quotes if q.depth == 0 and has_visible(q.content.text)]
    active = rules.active("regex")
    marks = Intervals([(q.open.start, (q.close or q.content).end) for q in outer])
    claimed: list[_Bounds] = []
    found = _direct(article, outer, active, marks, claimed)
    found += _indirect(text, outer, claimed, active, marks)
    found = [f for f in found if not is_silent(article.layout, f.content.start)]  # headlines, captions: stages.layout
    quotes, entities = _entities(found)
    index: dict[int, list[int]] = {}
    for i, quote in enumerate(quotes):
        if quote.speaker is not None and quote.speaker.entity is not None:
            index.setdefault(quote.speaker.entity, []).append(i)
    entities = [attrs.evolve(e, quotes=tuple(index.get(e.id, ()))) for e in entities]
    warnings = tuple(sorted(problems + scan.warnings, key=lambda w: w.offset))
    return Extraction(id=id, quotes=tuple(quotes), entities=tuple(entities), warnings=warnings)
