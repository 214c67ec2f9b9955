"""A user's script, type-checked with ``mypy --strict`` against the installed package (see scripts/check).

It uses the public API the way the docs do; mypy must find every name, its
type and the Literal types of the result fields. Run, it also works (it needs
an English pipeline).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, Literal, assert_type

import quoteextract
from quoteextract import (
    Entity,
    Extraction,
    Extractor,
    ModelInfo,
    Quotation,
    QuoteExtractComponent,
    QuoteScan,
    Rejection,
    SourceLink,
)

TEXT = "“The plan is dead,” the mayor said on Monday, according to the Daily Ledger."


def speakers(result: Extraction) -> dict[str, list[str]]:
    """Quotations by speaker name."""
    by_name: dict[str, list[str]] = {}
    for quote in result.quotes:
        entity: Entity | None = result.entity(quote.speaker.entity) if quote.speaker else None
        by_name.setdefault(entity.name if entity else "unattributed", []).append(quote.text)
    return by_name


def literal_fields(quote: Quotation, link: SourceLink, entity: Entity, rejection: Rejection) -> str:
    """The enumerated fields read as their Literal types."""
    kind: Literal["direct", "mixed", "indirect"] = quote.kind
    assert_type(quote.kind, Literal["direct", "mixed", "indirect"])
    assert_type(entity.type, Literal["person", "organisation", "anonymous", "unknown"])
    assert_type(rejection.reason, quoteextract.RejectionReason)
    return f"{kind} {link.relation} {entity.type} {rejection.reason}"


def main() -> None:
    """Extract, serialise, validate the types of every public entry point used."""
    result: Extraction = quoteextract.extract(TEXT)
    assert_type(result.model, ModelInfo | None)
    print(speakers(result))
    if result.quotes:
        quote = result.quotes[0]
        start: int = quote.start
        assert TEXT[start : quote.end] == quote.text
        for link in quote.sources:
            assert_type(link.relation, quoteextract.Relation)
    document: dict[str, Any] = quoteextract.to_dict(result)
    assert document["schema_version"] == quoteextract.SCHEMA_VERSION
    again: Extraction = quoteextract.from_dict(json.loads(json.dumps(document)))
    assert again == result
    schema: dict[str, Any] = quoteextract.json_schema()
    assert schema["$schema"].endswith("2020-12/schema")

    extractor = Extractor(max_length=100_000)
    many: Iterator[Extraction] = extractor.pipe([TEXT, "Nothing quoted."], ids=["a", "b"])
    print([len(r.quotes) for r in many])
    scan: QuoteScan = quoteextract.find_quotes(TEXT)
    regex_only: Extraction = quoteextract.extract_regex(TEXT)
    page: str = quoteextract.render_html(TEXT, result)
    print(len(scan.quotes), len(regex_only.quotes), len(page) > 0)

    nlp = quoteextract.load_pipeline()
    quoteextract.register_extensions(quotes_attr="quotes", strict=False)
    component: QuoteExtractComponent = QuoteExtractComponent(nlp, min_confidence=0.5)
    print(component.min_confidence, quoteextract.__version__)
    try:
        quoteextract.extract(TEXT, nlp="no_such_pipeline")
    except quoteextract.ModelNotFoundError as err:
        message: str = str(err)
        assert "quoteextract download" in message


if __name__ == "__main__":
    main()
