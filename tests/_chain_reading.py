"""Reading speakers and source chains out of an extraction, for the speaker and chain rule tests."""

from __future__ import annotations


def speakers(extractor, text: str) -> list[str | None]:
    """The resolved speaker name of each quotation the extractor finds in ``text`` (``None`` when unresolved)."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    return [names[q.speaker.entity] if q.speaker and q.speaker.entity is not None else None for q in result.quotes]


def chains(result, fragment):
    """The chains of the result's quotations whose text holds ``fragment``, as (relation, name) lists."""
    out = []
    for quote in result.quotes:
        if fragment not in quote.text:
            continue
        chain = []
        for link in quote.sources:
            entity = result.entity(link.entity) if link.entity is not None else None
            chain.append((link.relation, entity.name if entity else (link.mention.text if link.mention else None)))
        out.append(chain)
    return out


def outer(result, fragment):
    """The outer links of the first quotation holding ``fragment``."""
    found = chains(result, fragment)
    assert found, fragment
    return found[0][1:]


def named(links, relation, name):
    """Whether a link of ``relation`` names ``name``."""
    return any(r == relation and n is not None and name in n for r, n in links)
