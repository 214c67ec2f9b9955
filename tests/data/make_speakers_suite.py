"""Write ``speakers_suite.jsonl``: invented news articles annotated with speakers, titles and source chains.

Run from the repository root::

    python3 tests/data/make_speakers_suite.py

Every article is invented (no real text). The articles and their annotations
live in ``speakers_suite_people.py``, ``_titles.py``, ``_chains.py`` and
``_formats.py`` as plain strings; this script finds every string in its text
and computes the offsets, so they are exact. The conventions are those of the gold format's optional
fields (``docs/accuracy.md``):

- A direct quotation's span includes its quote marks; a quotation split around
  its attribution runs from its first mark to its last, with its pieces as
  ``fragments``. An indirect claim's span is the reported clause without an
  introducing "that".
- ``source`` is the mention nearest the cue, ``speaker`` the canonical name of
  the immediate speaker (an organisation without "The"; an unnamed source as a
  descriptive phrase); a document is credited to its author.
- ``speaker_titles`` are given once per speaker per article and written on
  every quotation of that speaker: appositives, titles before the name,
  possessive descriptions, indefinite role mentions later resolved; not
  honorifics, ages or short definite back-references.
- ``chain`` runs from the speaker outward: the first relation says how the
  words were produced (``said``, ``statement``, ``wrote``, ``according_to``),
  each later one the link's role towards the previous (``reported_by``,
  ``citing``, ``told``, ``interview``). A frame ("In an interview with X")
  carries over to the same speaker's quotations in the same passage. A
  quotation inside a quotation has the chain [inner speaker, ``reported_by``
  outer speaker].
- Each article lists the issue-12 ``classes`` it exercises and its news ``style``;
  a quotation may narrow the classes it tests.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import _generate
from _generate import dumps as dumps  # the sets written in the earlier shape call ``suite.dumps``
from _generate import write

PARTS = ("people", "titles", "chains", "formats")
"""The modules holding the articles, ``speakers_suite_<part>.py``, in order."""

CLASSES = (
    "person_typing",
    "bare_surname",
    "nickname",
    "shared_surname",
    "possessive_gender",
    "plural_they",
    "first_person",
    "prenominal_title",
    "stacked_titles",
    "org_descriptor",
    "role_before_after",
    "documents",
    "told_outlet",
    "frame_carryover",
    "unquoted_chain",
    "nesting",
    "dash_signoff",
    "qa_transcript",
    "pronoun",
    "plain",
)
"""The classes of issue 12 the suite covers; "pronoun" marks quotations whose source is a pronoun (derived,
not written), "plain" the ordinary attributions kept as a control."""

STYLES = ("wire", "local", "interview", "liveblog", "qa", "opinion")
"""The news styles of the suite."""

PRONOUNS = frozenset("he she they it we i him her them us you".split())
"""Source mentions that make a quotation count as a pronoun case (the "pronoun" class is derived, not written)."""

_OPENING = '“‘"'
_CLOSING = '”’"'


@dataclass
class Q:
    """One annotated quotation, written as strings.

    Args:
        content: The quotation as written (with its marks if direct), or its
            pieces when it is split around the attribution.
        source: The source mention as written (``None`` when there is none).
        speaker: The immediate speaker's canonical name.
        cue: The cue as written (``None`` when there is none).
        at: A stretch of text holding the source and the cue; its occurrence
            nearest the quotation is used (default "source cue" or "cue source").
        how: The first link's relation.
        via: The outer links, ``(name, relation)`` each.
        anonymous: Whether the speaker is unnamed.
        kind: Override of the kind read from the quote marks.
        classes: The issue-12 classes this quotation tests (default: the article's).

    """

    content: str | tuple[str, ...]
    source: str | None
    speaker: str
    cue: str | None = "said"
    at: str | None = None
    how: str = "said"
    via: tuple[tuple[str, str], ...] = ()
    anonymous: bool = False
    kind: str | None = None
    classes: tuple[str, ...] = ()


@dataclass
class A:
    """One invented article.

    Args:
        id: Its identifier.
        style: Its news style (:data:`STYLES`).
        classes: The classes it exercises (:data:`CLASSES`).
        text: The article.
        quotes: Its quotations, in text order (an inner quotation after its outer one).
        titles: The titles of each speaker, by canonical name.

    """

    id: str
    style: str
    classes: tuple[str, ...]
    text: str
    quotes: list[Q]
    titles: dict[str, list[str]] = field(default_factory=dict)


def _find_all(text: str, needle: str) -> list[int]:
    """Every offset of ``needle`` in ``text``, as a whole word when it starts and ends with a word character."""
    pattern = re.escape(needle)
    if re.match(r"\w", needle):
        pattern = r"(?<!\w)" + pattern
    if re.search(r"\w$", needle):
        pattern += r"(?!\w)"
    return [m.start() for m in re.finditer(pattern, text)]


def _nearest(text: str, needle: str, start: int, end: int) -> int:
    """The offset of the occurrence of ``needle`` nearest the span ``[start, end)``."""
    found = _find_all(text, needle)
    if not found:
        raise ValueError(f"{needle!r} not found")

    def gap(offset: int) -> int:
        return max(0, start - (offset + len(needle)), offset - end)

    return min(found, key=gap)


def _kind(content: str) -> str:
    """Direct when the content is all inside quote marks, mixed when it holds some, else indirect."""
    if content[0] in _OPENING and content.rstrip()[-1] in _CLOSING:
        return "direct"
    return "mixed" if any(mark in content for mark in '“”"‘') else "indirect"


def _frame(text: str, quote: Q, start: int, end: int) -> tuple[int, str]:
    """Locate the stretch holding the source and the cue; return its offset and text."""
    candidates = [quote.at] if quote.at else []
    if quote.source and quote.cue:
        candidates += [f"{quote.source} {quote.cue}", f"{quote.cue} {quote.source}"]
    elif quote.source or quote.cue:
        candidates.append(quote.source or quote.cue or "")
    for frame in candidates:
        if _find_all(text, frame):
            return _nearest(text, frame, start, end), frame
    raise ValueError(f"no frame {candidates!r} in the text")


def _annotate(article: A, quote: Q, cursor: int) -> dict[str, Any]:
    """The gold record of one quotation, its offsets found from ``cursor`` on."""
    text = article.text
    pieces = (quote.content,) if isinstance(quote.content, str) else quote.content
    fragments = []
    for piece in pieces:
        offset = text.index(piece, cursor)
        fragments.append([offset, offset + len(piece)])
        cursor = offset + len(piece)
    start, end = fragments[0][0], fragments[-1][1]
    record: dict[str, Any] = {"start": start, "end": end, "text": text[start:end]}
    record["kind"] = quote.kind or ("direct" if len(pieces) > 1 else _kind(text[start:end]))
    record["fragments"] = fragments
    if quote.source or quote.cue:
        offset, frame = _frame(text, quote, start, end)
        for key, value in (("cue", quote.cue), ("source", quote.source)):
            if value is None:
                continue
            inner = _find_all(frame, value)
            if not inner:
                raise ValueError(f"{key} {value!r} is not in the frame {frame!r}")
            record[key] = value
            record[f"{key}_start"] = offset + inner[0]
            record[f"{key}_end"] = offset + inner[0] + len(value)
    record["speaker"] = quote.speaker
    record["speaker_titles"] = article.titles.get(quote.speaker, [])
    record["anonymous"] = quote.anonymous
    record["chain"] = [{"name": quote.speaker, "relation": quote.how}] + [
        {"name": name, "relation": relation} for name, relation in quote.via
    ]
    classes = [c for c in quote.classes or article.classes if c != "pronoun"]
    if quote.source is not None and quote.source.casefold() in PRONOUNS:
        classes.append("pronoun")
    record["classes"] = classes
    return record


def build_article(article: A) -> dict[str, Any]:
    """The gold record of one article.

    Raises:
        ValueError: When a string is not found, naming the article.

    """
    quotes = []
    cursor = 0
    for index, quote in enumerate(article.quotes):
        try:
            record = _annotate(article, quote, cursor)
        except ValueError as err:
            raise ValueError(f"article {article.id!r}, quote {index}: {err}") from None
        cursor = record["start"]
        quotes.append(record)
    return {
        "id": article.id,
        "style": article.style,
        "classes": list(article.classes),
        "text": article.text,
        "quotes": quotes,
    }


def with_non_quotes(article: A, non_quotes: Sequence[tuple[str, str]], *, in_order: bool = True) -> dict[str, Any]:
    """The gold record of an article that also marks what is not a quotation.

    Args:
        article: The article.
        non_quotes: Its non-quotes as ``(text, why)``.
        in_order: Whether they are in text order, each found after the one before; if not, each is the
            first occurrence of its text.

    Raises:
        ValueError: When a non-quote is not found, naming the article.

    """
    record = build_article(article)
    found = []
    cursor = 0
    for needle, why in non_quotes:
        start = article.text.find(needle, cursor)
        if start < 0:
            raise ValueError(f"article {article.id!r}: non-quote {needle!r} not found")
        found.append({"start": start, "end": start + len(needle), "text": needle, "why": why})
        cursor = start + len(needle) if in_order else 0
    record["non_quotes"] = found
    return record


def articles() -> list[A]:
    """Every article of the suite, part after part."""
    return _generate.articles(*(f"speakers_suite_{part}" for part in PARTS))


def build(*parts: str) -> list[dict[str, Any]]:
    """Every article's gold record, in order.

    Args:
        *parts: The data modules holding the articles, as :func:`_generate.articles` takes them (a set built on
            this suite's conventions names its own); none: this suite's.

    """
    return [build_article(article) for article in (_generate.articles(*parts) if parts else articles())]


def suite(name: str, *parts: str) -> tuple[_generate.Build, _generate.Main]:
    """The ``build`` and ``main`` of a set written in this suite's conventions.

    Args:
        name: The set's name (it is written to ``tests/data/<name>.jsonl``).
        *parts: The data modules holding its articles, in order, as :func:`_generate.articles` takes them.

    """
    return _generate.generator(name, lambda: build(*parts))


def main() -> None:
    """Write the suite next to this script."""
    write("speakers_suite", build())


if __name__ == "__main__":
    main()
