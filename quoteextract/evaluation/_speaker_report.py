"""Readable output of the speaker, title and chain scores (printed only when the gold has their fields)."""

from __future__ import annotations

from ._speaker_metrics import SpeakerCase, SpeakerScores

_ROWS = (
    ("resolved speaker", "resolved", "matched quotations with a gold speaker"),
    ("pronoun resolution", "pronoun", "of them with a pronoun source"),
    ("titles recall", "titles", "distinct gold titles of matched speakers"),
    ("anonymous sources", "anonymous", "matched quotations with an anonymous gold speaker"),
    ("chain", "chain", "matched quotations with a chain"),
    ("chain, names only", "chain_names", "the same, relations ignored"),
    ("chain, strict", "chain_strict", "all quotations with a chain, speaker right too"),
)

_ERROR_TITLES = {
    "speaker": "Wrong resolved speakers",
    "pronoun": "Wrong pronoun resolutions",
    "title": "Titles not found",
    "chain": "Wrong chains",
    "spurious_chain": "Spurious chains (outer links the gold does not have)",
}


def _spread(errors: list[SpeakerCase], n: int) -> list[SpeakerCase]:
    """At most ``n`` errors spread evenly over the list, in order (as the main error listing picks them)."""
    if n <= 0:
        return []
    if len(errors) <= n:
        return errors
    return [errors[int(i * len(errors) / n)] for i in range(n)]


def format_speaker_table(scores: SpeakerScores) -> list[str]:
    """The speaker, title and chain scores as lines of the score table.

    Args:
        scores: The speaker scores of a report.

    Returns:
        The lines, a blank line first.

    """
    lines = ["", "speakers, titles and chains (matched quotations):"]
    for label, field, what in _ROWS:
        right, total = getattr(scores, field)
        value = "n/a" if not total else f"{right / total:.3f}"
        lines.append(f"  {label:<20} {value:>6}   ({right}/{total} {what})")
    spurious, total = scores.spurious_chains
    lines.append(
        f"  {'spurious chains':<20} {spurious:>6}   (of {total} matched quotations whose chain is the speaker)"
    )
    return lines


def format_speaker_errors(scores: SpeakerScores, n: int) -> list[str]:
    """List up to ``n`` errors of each speaker metric, each in context.

    Args:
        scores: The speaker scores of a report.
        n: How many of each type to show.

    Returns:
        The lines.

    """
    lines: list[str] = []
    for metric, title in _ERROR_TITLES.items():
        of_type = [e for e in scores.errors if e.metric == metric]
        chosen = _spread(of_type, n)
        lines.append(f"== {title}: showing {len(chosen)} of {len(of_type)}")
        for error in chosen:
            lines.append(
                f"-- {error.article} [{error.start}:{error.end}] expected {error.expected}; found {error.found}"
            )
            lines.append(f"   {error.context}")
        lines.append("")
    return lines
