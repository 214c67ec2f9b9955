"""Hand-made quotations for testing speaker resolution and source chains without attribution."""

from __future__ import annotations

from quoteextract._model import Mention, Quotation, Span


def find(text: str, sub: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``sub`` in ``text`` as a span."""
    index = -1
    for _ in range(nth + 1):
        index = text.index(sub, index + 1)
    return Span.of(text, index, index + len(sub))


def quote(
    text: str,
    content: str,
    speaker: str | None = None,
    cue: str | None = None,
    *,
    kind: str = "direct",
    speaker_nth: int = 0,
    cue_nth: int = 0,
) -> Quotation:
    """A quotation of ``content`` with the given speaker and cue words (first occurrences unless told)."""
    span = find(text, content)
    mention = None
    if speaker is not None:
        where = find(text, speaker, speaker_nth)
        mention = Mention(where.start, where.end, where.text)
    return Quotation(
        content=span,
        kind=kind,
        fragments=(span,) if kind == "direct" else (),
        cue=find(text, cue, cue_nth) if cue is not None else None,
        speaker=mention,
        rule="handmade",
    )
