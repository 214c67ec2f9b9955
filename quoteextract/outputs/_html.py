"""A self-contained HTML page that shows an article with its quotations highlighted.

Each quotation is coloured by kind (direct, mixed, indirect), its quoted
words and cue are marked, and a label after it names the speaker with their
titles; hovering the label shows the source chain, which the table under the
article also lists. Quote marks judged not to be quotations (scare quotes,
titles...) are marked with their reason, and they and the finder's warnings are
listed under the article. Everything from the text or the result is escaped; the
page loads nothing from elsewhere (no scripts, fonts or images).
"""

from __future__ import annotations

import html
import importlib.resources
import itertools
from collections.abc import Iterable
from string import Template
from typing import NamedTuple

from .._model import Extraction, Quotation, Span
from .._version import __version__
from ._textview import chain_label, class_label, plural, reason_label, rejection_label, speaker_label

ARTICLES_MARK = "<!--ARTICLES-->"
"""Where the articles go in ``templates/page.html``."""

LABEL_WIDTH = 60
"""Characters of speaker name and titles shown in a label; the tooltip and table show all."""


def _template() -> tuple[Template, Template]:
    """The page template, split into the part before and after the articles."""
    page = importlib.resources.files("quoteextract.outputs").joinpath("templates/page.html").read_text(encoding="utf-8")
    head, foot = page.split(ARTICLES_MARK)
    return Template(head), Template(foot)


def page_head(title: str) -> str:
    """The start of a page, up to where the articles go.

    Args:
        title: The page title (escaped here).

    Returns:
        HTML text.

    """
    head, _ = _template()
    return head.substitute(title=html.escape(title), version=html.escape(__version__))


def page_foot() -> str:
    """The end of a page, after the articles.

    Returns:
        HTML text.

    """
    _, foot = _template()
    return foot.safe_substitute()


def render_html(text: str, result: Extraction, title: str | None = None) -> str:
    """Render one article as a whole self-contained HTML page.

    Args:
        text: The article, exactly as it was analysed.
        result: Its extraction (offsets index ``text``).
        title: The page title (default: the result's id).

    Returns:
        The page.

    Raises:
        ValueError: If a span of ``result`` does not match ``text``.

    .. versionadded:: 0.1.0

    """
    name = title if title is not None else (result.id or "quoteextract")
    return page_head(name) + article_html(text, result, anchor="a1") + page_foot()


def render_corpus(articles: Iterable[tuple[str, Extraction]], title: str = "quoteextract") -> str:
    """Render many articles as one page.

    Args:
        articles: ``(text, extraction)`` pairs.
        title: The page title.

    Returns:
        The page.

    .. versionadded:: 0.1.0

    """
    parts = [page_head(title)]
    parts.extend(article_html(text, result, anchor=f"a{n}") for n, (text, result) in enumerate(articles, 1))
    parts.append(page_foot())
    return "".join(parts)


def error_html(id: object, message: str, anchor: str) -> str:
    """An article section that reports a record that could not be processed.

    Args:
        id: The record's id.
        message: What went wrong.
        anchor: The section's HTML id.

    Returns:
        HTML text.

    """
    return (
        f'<article id="{html.escape(anchor)}" class="failed"><h2>{html.escape(str(id))}</h2>'
        f'<p class="error">Not processed: {html.escape(message)}</p></article>\n'
    )


def article_html(text: str, result: Extraction, anchor: str = "a1") -> str:
    """One ``<article>`` section: the highlighted text and a table of quotations.

    Args:
        text: The article.
        result: Its extraction.
        anchor: An HTML id for the section, unique within the page; the
            quotations get ``<anchor>-q<n>``.

    Returns:
        HTML text.

    Raises:
        ValueError: If a span of ``result`` does not match ``text``.

    """
    _check_spans(text, result)
    heading = html.escape(result.id or "Article")
    speakers = {q.speaker.entity for q in result.quotes if q.speaker is not None and q.speaker.entity is not None}
    counts = [
        plural(len(result.quotes), "quotation"),
        plural(len(speakers), "speaker"),
        plural(len(result.entities), "entity", "entities"),
    ]
    if result.rejected:
        counts.append(f"{len(result.rejected)} not {'a quotation' if len(result.rejected) == 1 else 'quotations'}")
    if result.warnings:
        counts.append(plural(len(result.warnings), "warning"))
    summary = " · ".join(counts)
    return (
        f'<article id="{html.escape(anchor)}">\n<h2>{heading}</h2>\n<p class="summary">{summary}</p>\n'
        f'<div class="text">{_highlighted(text, result, anchor)}</div>\n'
        f"{_quote_table(result, anchor)}{_entity_list(result)}{_notes(result)}</article>\n"
    )


def _check_spans(text: str, result: Extraction) -> None:
    """Raise ``ValueError`` unless every quotation's spans are slices of ``text``."""
    for quote in result.quotes:
        spans = (quote.content, *quote.fragments, *quote.marks, quote.cue, quote.speaker)
        for span in (*spans, *(link.mention for link in quote.sources)):
            _check_span(text, span)
    for rejection in result.rejected:
        _check_span(text, rejection.span)


def _check_span(text: str, span: Span | None) -> None:
    """Raise ``ValueError`` unless ``span`` is ``None`` or a slice of ``text``."""
    if span is not None and text[span.start : span.end] != span.text:
        raise ValueError(
            f"span {span.start}:{span.end} {span.text!r} does not match the text; "
            "pass the text exactly as it was analysed"
        )


CLOSING_MARKS = frozenset("”\"’'»«」』›‹")
"""Characters that can close a quotation, for results that record only the opening mark."""


def _extent(text: str, quote: Quotation) -> tuple[int, int]:
    """The characters a quotation covers: its content and its quote marks.

    When the result records no mark after the content but the next character
    closes a quotation, that character is included, so the label follows it.
    """
    starts = [quote.start, *(m.start for m in quote.marks)]
    ends = [quote.end, *(m.end for m in quote.marks)]
    end = max(ends)
    if quote.marks and end == quote.end and text[end : end + 1] in CLOSING_MARKS and end < len(text):
        end += 1
    return min(starts), end


class _Layers(NamedTuple):
    """The character ranges the highlighted text marks, by kind of mark."""

    extents: list[tuple[int, int]]
    cues: list[tuple[int, int]]
    speakers: list[tuple[int, int]]
    fragments: list[tuple[int, int]]
    sources: list[tuple[int, int]]
    rejected: list[tuple[int, int, str]]


def _layers(text: str, result: Extraction) -> _Layers:
    """Collect the ranges of quotations (with their marks), cues, speakers, quoted words, sources and rejections."""
    quotes = result.quotes
    return _Layers(
        extents=[_extent(text, q) for q in quotes],
        cues=[(q.cue.start, q.cue.end) for q in quotes if q.cue is not None],
        speakers=[(q.speaker.start, q.speaker.end) for q in quotes if q.speaker is not None],
        fragments=[(f.start, f.end) for q in quotes if q.kind == "mixed" for f in q.fragments],
        sources=[(m.start, m.end) for q in quotes for link in q.sources if (m := link.mention) is not None],
        rejected=[(r.span.start, r.span.end, r.reason) for r in result.rejected],
    )


def _cuts_and_labels(
    text: str, result: Extraction, layers: _Layers, anchor: str
) -> tuple[list[int], dict[int, list[str]]]:
    """Every offset where a mark starts or ends, and the quotation labels by the offset they follow."""
    boundaries = {0, len(text)}
    labels: dict[int, list[str]] = {}
    for number, (quote, (start, end)) in enumerate(zip(result.quotes, layers.extents, strict=True), 1):
        boundaries.update((start, end))
        for span in (*quote.fragments, *quote.marks, quote.cue, quote.speaker, *(s.mention for s in quote.sources)):
            if span is not None:
                boundaries.update((span.start, span.end))
        labels.setdefault(end, []).append(_label(result, quote, number, anchor))
    for start, end, _ in layers.rejected:
        boundaries.update((start, end))
    return sorted(boundaries), labels


def _piece(text: str, start: int, end: int, result: Extraction, layers: _Layers) -> str:
    """The characters ``text[start:end]``, escaped, in a span with the classes of every mark covering them."""
    piece = html.escape(text[start:end], quote=False)
    inside = [i for i, (s, e) in enumerate(layers.extents) if s <= start and end <= e]
    classes = []
    attributes = ""
    if inside:
        index = max(inside, key=lambda i: (layers.extents[i][0], -layers.extents[i][1]))
        quote = result.quotes[index]
        classes += ["q", quote.kind]
        if _covered(start, end, layers.fragments):
            classes.append("frag")
        elif _is_gap(quote, start, end):
            classes.append("gap")
        attributes = f' data-quote="{index + 1}" title="{_tooltip(result, quote, index + 1)}"'
    if _covered(start, end, layers.cues):
        classes.append("cue")
    if _covered(start, end, layers.speakers):
        classes.append("who")
    elif _covered(start, end, layers.sources):
        classes.append("src")
    reason = next((why for s, e, why in layers.rejected if s <= start and end <= e), None)
    if reason is not None and end > start:
        classes.append("rej")
        if not inside:
            attributes = f' title="not a quotation: {html.escape(reason_label(reason), quote=True)}"'
    return f'<span class="{" ".join(classes)}"{attributes}>{piece}</span>' if classes else piece


def _highlighted(text: str, result: Extraction, anchor: str) -> str:
    """The article text, escaped, with quotations, cues, speakers, rejected marks and labels marked up.

    The text is cut at every span boundary; each piece gets the classes of
    the spans covering it (the innermost quotation wins where two overlap),
    so the markup nests correctly however the spans overlap.
    """
    layers = _layers(text, result)
    cuts, labels = _cuts_and_labels(text, result, layers, anchor)
    out: list[str] = []
    for start, end in itertools.pairwise(cuts):
        out.extend(labels.pop(start, ()))
        out.append(_piece(text, start, end, result, layers))
    for rest in labels.values():
        out.extend(rest)
    return "".join(out)


def _is_gap(quote: Quotation, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies between the quoted pieces of a direct quotation split in two or more."""
    if quote.kind != "direct" or len(quote.fragments) < 2 or not (quote.start <= start and end <= quote.end):
        return False
    pieces = [(span.start, span.end) for span in (*quote.fragments, *quote.marks)]
    return not _covered(start, end, pieces)


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` lies inside one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)


def _tooltip(result: Extraction, quote: Quotation, number: int) -> str:
    """The escaped hover text of a quotation: number, kind, speaker, sources."""
    chain = chain_label(result, quote)
    text = f"[{number}] {quote.kind} · {speaker_label(result, quote)}" + (f" · sources: {chain}" if chain else "")
    text += f" · {class_label(quote)}" if class_label(quote) else ""
    return html.escape(text, quote=True)


def _label(result: Extraction, quote: Quotation, number: int, anchor: str) -> str:
    """The badge after a quotation: its number and speaker, and the hidden source chain."""
    chain = chain_label(result, quote) or "no source chain found"
    return (
        f'<a class="label {quote.kind}" href="#{html.escape(anchor)}-q{number}" '
        f'title="{html.escape(speaker_label(result, quote) + " · sources: " + chain, quote=True)}">'
        f"{number} · {html.escape(_cut(speaker_label(result, quote), LABEL_WIDTH))}</a>"
        f'<span class="chain">{html.escape(chain)}</span>'
    )


def _cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, ending in an ellipsis when cut."""
    return text if len(text) <= width else text[: width - 1] + "…"


def _quote_table(result: Extraction, anchor: str) -> str:
    """The table of quotations under the text: speaker, cue and the full source chain."""
    if not result.quotes:
        return '<p class="muted">No quotations found.</p>\n'
    rows = []
    for number, quote in enumerate(result.quotes, 1):
        cue = html.escape(quote.cue.text) if quote.cue is not None else '<span class="muted">—</span>'
        chain = html.escape(chain_label(result, quote)) or '<span class="muted">—</span>'
        rows.append(
            f'<tr id="{html.escape(anchor)}-q{number}"><td>{number}</td>'
            f'<td><span class="kind {quote.kind}">{quote.kind}</span></td>'
            f"<td>{html.escape(speaker_label(result, quote))}</td><td>{cue}</td><td>{chain}</td>"
            f"<td>{quote.confidence:.2f}</td><td>{html.escape(class_label(quote))}</td></tr>"
        )
    return (
        "<table><thead><tr><th>#</th><th>kind</th><th>speaker</th><th>cue</th><th>source chain</th>"
        "<th>conf.</th><th>class</th></tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody></table>\n"
    )


def _entity_list(result: Extraction) -> str:
    """The speakers and sources under the table: name, type, titles and how often quoted."""
    if not result.entities:
        return ""
    items = []
    for entity in result.entities:
        details: list[str] = [entity.type]
        if entity.titles:
            details.append("; ".join(entity.titles))
        if entity.anonymous is not None:
            anonymous = entity.anonymous
            details += [
                f"{label}: {value}"
                for label, value in (
                    ("count", anonymous.count),
                    ("affiliation", anonymous.affiliation),
                    ("not named because", anonymous.reason),
                )
                if value is not None
            ]
        details.append(f"{len(entity.quotes)} quoted, {plural(len(entity.mentions), 'mention')}")
        if entity.ambiguous:
            details.append("ambiguous")
        items.append(
            f'<li><b>{html.escape(entity.name)}</b> <span class="muted">{html.escape(" · ".join(details))}</span></li>'
        )
    return (
        '<details class="entities" open><summary>Speakers and sources</summary><ul>'
        + "".join(items)
        + "</ul></details>\n"
    )


def _notes(result: Extraction) -> str:
    """Under the article: the quote marks judged not to be quotations, and the finder's warnings."""
    items = [f"<li>{html.escape(rejection_label(r))}</li>" for r in result.rejected]
    items += [f"<li>warning at {w.offset}: {html.escape(w.message)}</li>" for w in result.warnings]
    if not items:
        return ""
    return (
        '<details class="notes" open><summary>Not quotations and warnings</summary><ul>'
        + "".join(items)
        + "</ul></details>\n"
    )
