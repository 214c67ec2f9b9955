"""Plain-text views of an extraction: readable blocks, a table, and labels shared with HTML."""

from __future__ import annotations

import textwrap

from .._model import Entity, Extraction, Quotation, Rejection, SourceLink

WIDTH = 100
"""Line width of the readable view."""

TABLE_QUOTE_WIDTH = 60
"""Characters of a quotation shown in a table cell before it is cut with an ellipsis."""


def _speaker_entity(result: Extraction, quote: Quotation) -> Entity | None:
    """The entity of the speaker mention, else of the first source in the chain."""
    if quote.speaker is not None:
        return result.entity(quote.speaker.entity)
    if quote.sources:
        return result.entity(quote.sources[0].entity)
    return None


def speaker_name(result: Extraction, quote: Quotation) -> str | None:
    """The speaker's canonical name, else the words that mention them, else ``None``.

    Without a speaker mention, the first source of the chain (the immediate
    source) stands in for the speaker.

    Args:
        result: The extraction the quotation belongs to.
        quote: The quotation.

    Returns:
        A name, or ``None`` for an unattributed quotation.

    """
    entity = _speaker_entity(result, quote)
    if entity is not None:
        return entity.name
    if quote.speaker is not None:
        return quote.speaker.text
    if quote.sources and quote.sources[0].mention is not None:
        return quote.sources[0].mention.text
    return None


def speaker_titles(result: Extraction, quote: Quotation) -> tuple[str, ...]:
    """The titles and descriptions of the quotation's speaker (empty if none is known).

    Args:
        result: The extraction.
        quote: The quotation.

    Returns:
        The titles, as written.

    """
    entity = _speaker_entity(result, quote)
    return entity.titles if entity is not None else ()


def speaker_label(result: Extraction, quote: Quotation) -> str:
    """The speaker's name followed by their titles: ``"Ann Lee (mayor; a Democrat)"``.

    Args:
        result: The extraction.
        quote: The quotation.

    Returns:
        The label, or ``"unattributed"``.

    """
    name = speaker_name(result, quote)
    if name is None:
        return "unattributed"
    titles = speaker_titles(result, quote)
    return f"{name} ({'; '.join(titles)})" if titles else name


def link_label(result: Extraction, link: SourceLink) -> str:
    """One hop of a source chain in words: ``"statement: Ann Lee"``, ``"told: Ann Lee (to Bo)"``.

    Args:
        result: The extraction.
        link: The hop.

    Returns:
        The relation and the source's name (or the words naming it).

    """
    entity = result.entity(link.entity)
    if entity is not None:
        who = entity.name
    elif link.mention is not None:
        who = link.mention.text
    elif link.span is not None:
        who = link.span.text
    else:
        who = "?"
    label = f"{link.relation.replace('_', ' ')}: {who}"
    addressee = result.entity(link.addressee)
    return f"{label} (to {addressee.name})" if addressee is not None else label


def chain_label(result: Extraction, quote: Quotation) -> str:
    """The quotation's whole source chain, immediate speaker first, joined by ``" → "``.

    Args:
        result: The extraction.
        quote: The quotation.

    Returns:
        The chain in words, or ``""`` when it is empty.

    """
    return " → ".join(link_label(result, link) for link in quote.sources)


def readable(result: Extraction, title: str | None = None) -> str:
    """A readable block for one article: each quotation with speaker, cue and sources; rejected marks; warnings.

    Args:
        result: The extraction.
        title: The heading (default: the result's id).

    Returns:
        The block, without a trailing newline.

    """
    heading = title if title is not None else (result.id or "(text)")
    speakers = {q.speaker.entity for q in result.quotes if q.speaker is not None and q.speaker.entity is not None}
    lines = [f"== {heading}: {plural(len(result.quotes), 'quotation')}, {plural(len(speakers), 'speaker')}"]
    for number, quote in enumerate(result.quotes, 1):
        cue = f" · cue “{quote.cue.text}”" if quote.cue is not None else ""
        lines.append(
            f"[{number}] {quote.kind} · {speaker_label(result, quote)}{cue} · {quote.start}-{quote.end}"
            f" · confidence {quote.confidence:.2f}{_class_suffix(quote)}"
        )
        lines.extend(textwrap.wrap(quote.text, WIDTH, initial_indent="    ", subsequent_indent="    ") or ["    "])
        chain = chain_label(result, quote)
        if chain:
            lines.append(f"    sources: {chain}")
    lines.extend(notes(result))
    return "\n".join(lines)


def reason_label(reason: str) -> str:
    """A rejection reason in words: ``"scare_quote"`` gives ``"scare quote"``."""
    return reason.replace("_", " ")


def rejection_label(rejection: Rejection) -> str:
    """One rejected quote-mark pair in words: ``“smart” (scare quote) · 300-305``.

    Args:
        rejection: The rejected pair.

    Returns:
        The quoted words (cut when long), the reason and the offsets.

    """
    words = _cut(" ".join(rejection.span.text.split()), TABLE_QUOTE_WIDTH)
    return f"“{words}” ({reason_label(rejection.reason)}) · {rejection.span.start}-{rejection.span.end}"


def notes(result: Extraction) -> list[str]:
    """Lines for what is not a quotation: rejected quote marks, then warnings (none if there are none).

    Args:
        result: The extraction.

    Returns:
        A heading line and an indented line per item, for each kind present.

    """
    lines = []
    if result.rejected:
        lines.append(f"not quotations: {plural(len(result.rejected), 'quote-mark pair')}")
        lines.extend(f"    {rejection_label(r)}" for r in result.rejected)
    if result.warnings:
        lines.append(f"warnings: {len(result.warnings)}")
        lines.extend(f"    at {w.offset}: {w.message}" for w in result.warnings)
    return lines


def table(result: Extraction) -> str:
    """A fixed-width table of one article's quotations, one row each, then rejected marks and warnings.

    Args:
        result: The extraction.

    Returns:
        The table (header, rule, rows), without a trailing newline.

    """
    header = ("#", "kind", "speaker", "cue", "conf", "class", "quotation")
    rows = [
        (
            str(number),
            quote.kind,
            speaker_label(result, quote),
            quote.cue.text if quote.cue is not None else "",
            f"{quote.confidence:.2f}",
            class_label(quote),
            _cut(" ".join(quote.text.split()), TABLE_QUOTE_WIDTH),
        )
        for number, quote in enumerate(result.quotes, 1)
    ]
    limits = (6, 8, 40, 24, 4, 32, TABLE_QUOTE_WIDTH)
    widths = [min(max(len(row[i]) for row in [header, *rows]), limits[i]) for i in range(len(header))]
    lines = [_row(header, widths), _row(tuple("-" * w for w in widths), widths)]
    lines.extend(_row(row, widths) for row in rows)
    extra = notes(result)
    if extra:
        lines += ["", *extra]
    return "\n".join(lines)


def class_label(quote: Quotation) -> str:
    """The claim's classification in words: ``"speech/clause"``, ``"speech/clause/denied"``.

    The polarity is shown only when it is not ``asserted``; unknown parts are left out.

    Args:
        quote: A claim.

    Returns:
        The label, or ``""`` when the claim is not classified.

    """
    polarity = quote.polarity if quote.polarity != "asserted" else None
    return "/".join(part for part in (quote.cue_class, quote.content_type, polarity) if part)


def _class_suffix(quote: Quotation) -> str:
    """`` · speech/clause`` for the readable view, or ``""``."""
    label = class_label(quote)
    return f" · {label}" if label else ""


def _row(cells: tuple[str, ...], widths: list[int]) -> str:
    """Join cells padded (and cut) to their column widths."""
    return "  ".join(_cut(cell, width).ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()


def _cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, ending in an ellipsis when cut."""
    return text if len(text) <= width else text[: width - 1] + "…"


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``"1 quotation"``, ``"2 quotations"``; ``many`` for an irregular plural (``"entities"``).

    Args:
        count: How many.
        noun: The singular.
        many: The plural, when it is not ``noun + "s"``.

    Returns:
        The count and the noun that agrees with it.

    """
    return f"{count} {noun if count == 1 else many or noun + 's'}"
