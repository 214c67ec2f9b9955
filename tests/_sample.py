"""A hand-built extraction with every feature the views show (no model needed)."""

from __future__ import annotations

from quoteextract._model import AnonymousSource, Entity, Extraction, Mention, Quotation, SourceLink, Span

TEXT = (
    "“We will rebuild the bridge by June,” said Mayor Ann Lee, according to a statement "
    "from the city council, as reported by the Daily Ledger.\n"
    "Officials said the cost was “far too high” for a town of <5,000> people & its budget.\n"
    "Lee later said the work would start soon."
)
"""An invented article: a direct quotation with a chain, a mixed one, an indirect one."""


def at(sub: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``sub`` in :data:`TEXT` as a span."""
    index = -1
    for _ in range(nth + 1):
        index = TEXT.index(sub, index + 1)
    return Span.of(TEXT, index, index + len(sub))


def mention(sub: str, entity: int, nth: int = 0) -> Mention:
    """A speaker mention of ``entity`` at the ``nth`` occurrence of ``sub``."""
    span = at(sub, nth)
    return Mention(span.start, span.end, span.text, entity)


def sample_extraction() -> Extraction:
    """The extraction a perfect extractor would give for :data:`TEXT`."""
    first = at("We will rebuild the bridge by June,")
    second = at("the cost was “far too high” for a town of <5,000> people & its budget")
    third = at("the work would start soon")
    quotes = (
        Quotation(
            content=first,
            kind="direct",
            fragments=(first,),
            marks=(at("“"), at("”")),
            cue=at("said"),
            speaker=mention("Mayor Ann Lee", 0),
            sources=(
                SourceLink("said", entity=0, span=at("said")),
                SourceLink(
                    "statement",
                    entity=1,
                    span=at("according to a statement from the city council"),
                    mention=at("the city council"),
                ),
                SourceLink(
                    "reported_by", entity=2, span=at("as reported by the Daily Ledger"), mention=at("the Daily Ledger")
                ),
            ),
            confidence=0.9,
            rule="sample",
        ),
        Quotation(
            content=second,
            kind="mixed",
            fragments=(at("far too high"),),
            marks=(at("“", 1), at("”", 1)),
            cue=at("said", 1),
            speaker=mention("Officials", 3),
            sources=(SourceLink("said", entity=3, span=at("said", 1)),),
            confidence=0.7,
            rule="sample",
        ),
        Quotation(
            content=third,
            kind="indirect",
            cue=at("said", 2),
            speaker=mention("Lee", 0, 1),
            sources=(SourceLink("said", entity=0, span=at("said", 2)),),
            confidence=0.6,
            rule="sample",
        ),
    )
    entities = (
        Entity(0, "Ann Lee", "person", titles=("Mayor",), mentions=(at("Mayor Ann Lee"), at("Lee", 1)), quotes=(0, 2)),
        Entity(1, "the city council", "organisation", mentions=(at("the city council"),)),
        Entity(2, "the Daily Ledger", "organisation", mentions=(at("the Daily Ledger"),)),
        Entity(3, "Officials", "anonymous", mentions=(at("Officials"),), quotes=(1,), anonymous=AnonymousSource()),
    )
    return Extraction(id="sample <1>", quotes=quotes, entities=entities)
