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
imported. Accuracy and speed against the full pipeline: ``docs/accuracy.md``.
"""

from __future__ import annotations

import bisect
import functools
from importlib import resources

import attrs
import regex

from ..._input import coerce_text, has_visible, repair_text
from ..._model import Entity, Extraction, Mention, Quotation, QuotedSpan, SourceLink, Span
from ...lang.en._lexicon import cue_verbs
from ..finder._marks import find_quotes
from ._intervals import Intervals as _Intervals
from ._intervals import LineStarts as _LineStarts

_MIN_WEIGHT = 0.7
"""Cue verbs below this lexicon weight are too ambiguous without a parse."""

_PRONOUNS = ("he", "she", "they", "we", "i", "it")

_NAME_WORD = r"\p{Lu}[\p{L}\-]*(?:['’]\p{L}{2,}[\p{L}\-]*)?\.?"  # "Ruiz", "O'Neill", "St." (not "He's")
_NAME = rf"""
    (?<![\p{{L}}\p{{N}}'’])(?!(?:NOT_NAMES)\b)                                # a word start, not a function word
    (?<!(?<!\p{{L}})(?:NOT_NAMES)\s+)                                         # nor right after one ("As Soviet")
    (?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev|Lt|Col|Capt|Sgt)\.?\s+)?   # honorific
    {_NAME_WORD}                                                          # first capitalised word
    (?:\s+(?:{_NAME_WORD}|de|van|von|bin|al|la|le|da|di|del)){{0,3}}        # more name words
"""
_DESCRIPTION = r"""
    (?<![\p{L}\p{N}'’])                                                    # a word start
    (?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther)
    (?:\s+[\p{L}\-’']+){1,4}?                                              # up to four words, lazily
"""
_BARE_PLURAL = r"""
    (?<![\p{L}\p{N}'’])                                                    # a word start
    (?:\p{Ll}[\p{L}\-’']*\s+){0,2}\p{Ll}[\p{L}\-’']*s\b                   # "officials", "senior aides"
"""
_ADVERBS = r"""
    (?:\s+(?:has|have|had|also|later|then|previously|repeatedly|once|often|recently|
            publicly|privately|reportedly|would|will|again|simply|flatly))*   # words between subject and verb
"""
_TIME = r"""
    (?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|
            last\s+week|this\s+week|earlier|in\s+a\s+statement|in\s+an\s+interview))?  # when or how
"""


@functools.cache
def _not_names() -> tuple[str, ...]:
    """Capitalised function words that never start a name (``data/regex_not_names.txt``)."""
    data = resources.files("quoteextract.lang.en").joinpath("data", "regex_not_names.txt").read_text(encoding="utf-8")
    return tuple(w for w in (line.split("#", 1)[0].strip() for line in data.splitlines()) if w)


@functools.cache
def _verb_forms(told: bool = False) -> tuple[str, ...]:
    """Surface forms of the cue verbs usable without a parse, longest first.

    Args:
        told: The verbs that take an addressee ("told reporters that"), or
            (``False``) all the others.

    """
    irregular: dict[str, list[str]] = {}
    data = resources.files("quoteextract.lang.en").joinpath("data", "regex_verb_forms.tsv").read_text(encoding="utf-8")
    for line in data.splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, forms = line.split("\t")
            irregular[lemma.strip()] = [f.strip() for f in forms.split(",") if f.strip()]
    forms: set[str] = set()
    for lemma, entry in cue_verbs().items():
        if entry.weight < _MIN_WEIGHT or entry.cls not in {"speech", "belief"}:
            continue
        if not entry.frames & {"ccomp", "parataxis"} or (entry.relation == "told") != told:
            continue
        if lemma in irregular:
            forms.update(irregular[lemma])
            continue
        if lemma.endswith("e"):
            forms.update({lemma + "d", lemma + "s"})
        elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            forms.update({lemma[:-1] + "ied", lemma[:-1] + "ies"})
        elif lemma.endswith(("s", "x", "ch", "sh", "z")):
            forms.update({lemma + "ed", lemma + "es"})
        else:
            forms.update({lemma + "ed", lemma + "s"})
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    """The surface patterns of this module, one named, commented entry each (built once)."""
    verb = r"(?:" + "|".join(regex.escape(f) for f in _verb_forms()) + r")"
    told = r"(?:" + "|".join(regex.escape(f) for f in _verb_forms(told=True)) + r")"
    addressee = r"(?:\s+[\p{L}’'.\-]+){1,4}?"
    extra = r"(?:[ \t]+[\p{L}’'.]+){0,3}?"  # "told reporters", "said in Ohio"
    said = verb  # verbs whose next words are the claim
    verb = rf"(?:{said}|{told})"  # every cue verb
    name = _NAME.replace("NOT_NAMES", "|".join(regex.escape(w) for w in _not_names()))
    subject = rf"(?:{name}|(?<![\p{{L}}’'])(?i:he|she|they|we|I)|{_DESCRIPTION})"
    loose = rf"(?:{subject}|{_BARE_PLURAL})"  # after a comma or closing mark a bare plural is a subject too
    flags = regex.VERBOSE | regex.V1
    return {
        # After a closing mark: ", SPEAKER said" ("“...,” the mayor said").
        "AFTER_SPEAKER_VERB": regex.compile(rf"\A[ \t]*(?P<speaker>{loose}){_ADVERBS}[ \t]+(?P<cue>{verb})\b", flags),
        # After a closing mark: "said SPEAKER" ("“...,” said Ana Ruiz").
        "AFTER_VERB_SPEAKER": regex.compile(
            rf"\A[ \t]*(?P<cue>{verb})[ \t]+(?P<speaker>{name}|{_DESCRIPTION})\b", flags
        ),
        # After a closing mark: "according to SPEAKER".
        "AFTER_ACCORDING": regex.compile(
            rf"\A[ \t]*,?[ \t]*(?P<cue>according\s+to)[ \t]+(?P<speaker>{name}|{_DESCRIPTION})\b", flags
        ),
        # Before an opening mark: "SPEAKER said:" / "SPEAKER told reporters," at the end of the text before it.
        "BEFORE": regex.compile(
            rf"(?P<speaker>{subject}){_ADVERBS}[ \t]+(?P<cue>{verb}){extra}{_TIME}[ \t]*[,:][ \t]*\Z",
            flags,
        ),
        # Inside a sentence: "SPEAKER told ADDRESSEE that " before a clause.
        "TOLD_THAT": regex.compile(
            rf"(?P<speaker>{subject}){_ADVERBS}\s+(?P<cue>{told}){addressee}{_TIME}\s+that\s+", flags
        ),
        # Mid-sentence: "CLAUSE, SPEAKER said, CLAUSE." (the claim is the whole sentence).
        "PARENTHETICAL": regex.compile(rf",\s+(?P<speaker>{loose}){_ADVERBS}\s+(?P<cue>{verb}){_TIME},\s+", flags),
        # Inside a sentence: "SPEAKER said (on Monday) (that) " before an unquoted clause.
        "SAID_THAT": regex.compile(
            rf"(?P<speaker>{subject}){_ADVERBS}\s+(?P<cue>{said}){_TIME}(?:,)?\s+(?:that\s+)?", flags
        ),
        # At a sentence's end: ", SPEAKER said." or ", said SPEAKER." after a clause.
        "CLAUSE_SAID": regex.compile(
            rf",\s+(?:(?P<speaker>{loose}){_ADVERBS}\s+(?P<cue>{verb})|(?P<cue2>{verb})\s+(?P<speaker2>{name}|{_DESCRIPTION})){_TIME}\s*[.!?]?\s*\Z",
            flags,
        ),
        # A sentence end: terminal punctuation, optional closing marks, space, then a capital or opening mark.
        "SENTENCE_END": regex.compile(r"[.!?][”’\"]?(?=\s+[“‘\"]?\p{Lu})|\n+"),
        # Abbreviations that end with a dot but not a sentence.
        "ABBREVIATION": regex.compile(
            r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Prof|Rev|Lt|Col|Capt|Sgt|Inc|Co|Corp|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|vs)|\b\p{Lu}|\.\p{Lu})\.\Z"
        ),
        # Joining a second fragment: optional appositive, then a comma or colon before the next opening mark.
        "CONTINUE": regex.compile(r"\A(?:,[^,.;“”\"\n]{1,60})?[ \t]*[,:][ \t]*\Z"),
        # Words a clause must have to be a claim (at least three).
        "WORD": regex.compile(r"\p{L}[\p{L}'’\-]*"),
    }


@attrs.frozen
class _Found:
    """A quotation found by a pattern, before entities are built."""

    content: Span
    kind: str
    fragments: tuple[Span, ...]
    marks: tuple[Span, ...]
    cue: Span | None
    speaker: Span | None
    rule: str


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _trim_speaker(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop trailing punctuation and a possessive from a speaker match."""
    while end > start and text[end - 1] in ",.;: ":
        end -= 1
    return start, end


def _after(text: str, quote: QuotedSpan, limit: int) -> tuple[str, regex.Match[str]] | None:
    """Match an attribution right after a closing mark (within the paragraph)."""
    if quote.close is None:
        return None
    window = text[quote.close.end : min(limit, quote.close.end + 120)]
    for name in ("AFTER_SPEAKER_VERB", "AFTER_VERB_SPEAKER", "AFTER_ACCORDING"):
        match = _patterns()[name].match(window)
        if match is not None:
            return name, match
    return None


def _direct(text: str, quotes: list[QuotedSpan], claimed: list[tuple[int, int]]) -> list[_Found]:
    """Quotations attributed by a pattern right after or right before their marks."""
    found = []
    index = 0
    paragraph_end = -1
    lines = _LineStarts(text)
    while index < len(quotes):
        quote = quotes[index]
        if paragraph_end < quote.end:  # quotes come in text order: each line end is searched for once
            paragraph_end = text.find("\n", quote.end)
            paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        after = _after(text, quote, paragraph_end)
        pieces = [quote]
        rule = speaker = cue = None
        if after is not None:
            name, match = after
            offset = quote.close.end  # type: ignore[union-attr]
            rule = name
            speaker = _trim_speaker(text, offset + match.start("speaker"), offset + match.end("speaker"))
            cue = (offset + match.start("cue"), offset + match.end("cue"))
            # “A,” he said, “B.” -> one quotation, two fragments.
            if index + 1 < len(quotes) and quotes[index + 1].start <= paragraph_end + 1:
                between = text[offset + match.end() : quotes[index + 1].open.start]
                if _patterns()["CONTINUE"].match(between):
                    pieces.append(quotes[index + 1])
                    index += 1
        else:
            line_start = lines.before(quote.open.start)
            before = _patterns()["BEFORE"].search(text, max(line_start, quote.open.start - 160), quote.open.start)
            if before is not None:
                rule = "BEFORE"
                speaker = _trim_speaker(text, before.start("speaker"), before.end("speaker"))
                cue = (before.start("cue"), before.end("cue"))
        index += 1
        if rule is None:
            continue
        first, last = pieces[0], pieces[-1]
        found.append(
            _Found(
                content=_span(text, first.start, last.end),
                kind="direct",
                fragments=tuple(p.content for p in pieces),
                marks=tuple(p.open for p in pieces),
                cue=_span(text, *cue) if cue else None,
                speaker=_span(text, *speaker) if speaker else None,
                rule=f"regex:{rule.lower()}",
            )
        )
        claimed.append((first.open.start, (last.close or last.content).end))
    return found


def _sentences(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans, never split inside a quotation."""
    starts = [s for s, _ in quoted]
    spans = []
    start = 0
    for match in _patterns()["SENTENCE_END"].finditer(text):
        cut = match.end()
        i = bisect.bisect_right(starts, match.start()) - 1
        if i >= 0 and quoted[i][0] < match.start() and match.end() < quoted[i][1]:
            continue  # inside a quotation
        if match.group().startswith(".") and _patterns()["ABBREVIATION"].search(
            text, max(0, match.start() - 6), match.start() + 1
        ):
            continue
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    return start, end


def _indirect(text: str, quotes: list[QuotedSpan], claimed: list[tuple[int, int]]) -> list[_Found]:
    """Claims without (or with some) quote marks, from sentence-level patterns.

    Linear in the text: sentences come in order and each question about
    the quotations or the claimed spans is a binary search.
    """
    quoted = [(q.open.start, (q.close or q.content).end) for q in quotes]
    taken = _Intervals(claimed)
    marks = _Intervals(quoted)
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
        item = _claim(text, start, end, inner, marks)
        if item is not None:
            found.append(item)
    return found


def _claim(text: str, start: int, end: int, inner: list[QuotedSpan], marks: _Intervals) -> _Found | None:
    """The claim a surface pattern finds in the sentence ``text[start:end]``, if any.

    Args:
        text: The text.
        start: The sentence's start.
        end: Its end.
        inner: The quotations inside it.
        marks: Every quotation's span, from opening to closing mark.

    """
    match = _claim_match(text, start, end, marks)
    if match is None:
        return None
    content, speaker, cue, rule = match
    if len(_patterns()["WORD"].findall(text, content[0], content[1])) < 3:
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
        cue=_span(text, *cue),
        speaker=_span(text, *speaker),
        rule=f"regex:{rule}",
    )


_Bounds = tuple[int, int]


def _claim_match(text: str, start: int, end: int, marks: _Intervals) -> tuple[_Bounds, _Bounds, _Bounds, str] | None:
    """Content, speaker, cue and rule name of the first sentence pattern that matches, if any."""
    patterns = _patterns()
    tail = patterns["CLAUSE_SAID"].search(text, start, end + 1 if end < len(text) else end)
    if tail is not None:
        s_group = "speaker" if tail.group("speaker") else "speaker2"
        c_group = "cue" if tail.group("cue") else "cue2"
        speaker = _trim_speaker(text, tail.start(s_group), tail.end(s_group))
        return (start, tail.start()), speaker, (tail.start(c_group), tail.end(c_group)), "clause_said"
    for name in ("PARENTHETICAL", "TOLD_THAT", "SAID_THAT"):
        head = patterns[name].search(text, start, end)
        if head is None or marks.strictly_contains(head.start()):
            continue
        content = (start, end) if name == "PARENTHETICAL" else (head.end(), end)
        speaker = _trim_speaker(text, head.start("speaker"), head.end("speaker"))
        return content, speaker, (head.start("cue"), head.end("cue")), name.lower()
    return None


def _entities(text: str, found: list[_Found]) -> tuple[list[Quotation], list[Entity]]:
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
        relation = "according_to" if item.rule == "regex:after_according" else "said"
        quotes.append(
            Quotation(
                content=item.content,
                kind=item.kind,
                fragments=item.fragments,
                marks=item.marks,
                cue=item.cue,
                speaker=speaker,
                sources=(SourceLink(relation, entity, item.cue, item.speaker),) if item.speaker else (),
                confidence=0.6,
                rule=item.rule,
            )
        )
    entities = [
        Entity(id=i, name=names[i], type=types[i], mentions=tuple(sorted(set(mentions[i]), key=lambda s: s.start)))
        for i in range(len(names))
    ]
    return quotes, entities


def extract_regex(text: str | bytes, id: str | None = None) -> Extraction:
    """Extract quotations and speakers with surface patterns only (no parser).

    Much faster than :func:`quoteextract.extract` and far less thorough:
    it finds quotations attributed in the usual news patterns and simple
    reported speech, resolves pronouns to the last named speaker, and never
    imports spaCy. See ``docs/accuracy.md`` for its scores.

    Args:
        text: The article (``str``, or UTF-8 ``bytes``).
        id: An identifier to carry into the result.

    Returns:
        The :class:`~quoteextract.Extraction`; offsets index ``text``.

    Lone surrogates are replaced with U+FFFD, with a warning, as in
    :func:`quoteextract.extract`.

    Raises:
        InputError: For non-text input or undecodable bytes.
        TextTooLongError: For text over :data:`~quoteextract.MAX_TEXT_LENGTH`.

    Example:
        >>> from quoteextract.stages.regex._regex_mode import extract_regex
        >>> result = extract_regex("“We are ready,” said Ana Ruiz.")
        >>> result.quotes[0].speaker.text
        'Ana Ruiz'

    .. versionadded:: 0.1.0

    """
    text, problems = repair_text(coerce_text(text))
    if not text.strip():
        return Extraction(id=id, warnings=problems)
    scan = find_quotes(text)
    outer = [q for q in scan.quotes if q.depth == 0 and has_visible(q.content.text)]
    claimed: list[tuple[int, int]] = []
    found = _direct(text, outer, claimed)
    found += _indirect(text, outer, claimed)
    quotes, entities = _entities(text, found)
    index: dict[int, list[int]] = {}
    for i, quote in enumerate(quotes):
        if quote.speaker is not None and quote.speaker.entity is not None:
            index.setdefault(quote.speaker.entity, []).append(i)
    entities = [attrs.evolve(e, quotes=tuple(index.get(e.id, ()))) for e in entities]
    warnings = tuple(sorted(problems + scan.warnings, key=lambda w: w.offset))
    return Extraction(id=id, quotes=tuple(quotes), entities=tuple(entities), warnings=warnings)
