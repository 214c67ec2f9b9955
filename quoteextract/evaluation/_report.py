"""Readable output of an evaluation: the score table and the error listing."""

from __future__ import annotations

from collections.abc import Sequence

from ._scoring import ErrorCase, EvaluationReport, Scores
from ._speaker_report import format_speaker_errors, format_speaker_table

_ERROR_TITLES = {
    "miss": "Misses (gold quotations not found)",
    "false_alarm": "False alarms (predictions matching no gold quotation)",
    "wrong_speaker": "Wrong speakers (matched quotations, speaker not the gold source)",
}


def _row(name: str, scores: Scores) -> str:
    return (
        f"{name:<14} {scores.p:6.3f} {scores.r:6.3f} {scores.f1:6.3f}"
        f"   ({scores.precise}/{scores.predicted} predicted, {scores.recalled}/{scores.gold} gold)"
    )


def format_table(report: EvaluationReport) -> str:
    """The scores as a small plain-text table.

    Args:
        report: The evaluation's result.

    Returns:
        Several lines of text, no trailing newline.

    """
    lines = [
        f"{report.documents} documents, {report.overlap.gold} gold quotations, {report.overlap.predicted} predicted",
        "",
        f"{'':<14} {'P':>6} {'R':>6} {'F1':>6}",
        _row("span strict", report.strict),
        _row("span overlap", report.overlap),
        _row("end to end", report.end_to_end),
        _row("cue", report.cue),
        "",
        "recall by kind (overlap):",
    ]
    for kind, (found, total) in report.kinds.items():
        if total:
            lines.append(f"  {kind:<12} {found / total:6.3f}   ({found}/{total})")
    accuracy = report.speaker_accuracy
    lines.append(
        "speaker accuracy: "
        + ("n/a" if accuracy is None else f"{accuracy:.3f}")
        + f"   ({report.speaker_correct}/{report.speaker_total} matched quotations with a source)"
    )
    right, total = report.cue_on_matched
    lines.append("cue on matched:   " + ("n/a" if not total else f"{right / total:.3f}") + f"   ({right}/{total})")
    if report.speakers is not None:
        lines.extend(format_speaker_table(report.speakers))
    if report.missing:
        lines.append(f"no prediction for {len(report.missing)} article(s): {', '.join(report.missing[:5])}")
    return "\n".join(lines)


def pick(errors: Sequence[ErrorCase], n: int) -> list[ErrorCase]:
    """Choose ``n`` errors spread evenly over the list (deterministic, not just the first article).

    Args:
        errors: Errors of one type, in article order.
        n: How many to keep.

    Returns:
        At most ``n`` errors, in their original order.

    """
    if n <= 0:
        return []
    if len(errors) <= n:
        return list(errors)
    step = len(errors) / n
    return [errors[int(i * step)] for i in range(n)]


def format_errors(report: EvaluationReport, n: int) -> str:
    """List ``n`` misses, ``n`` false alarms and ``n`` wrong speakers, each in context.

    Args:
        report: The evaluation's result.
        n: How many of each type to show.

    Returns:
        The listing, no trailing newline.

    """
    lines: list[str] = []
    for error_type, title in _ERROR_TITLES.items():
        of_type = [e for e in report.errors if e.type == error_type]
        chosen = pick(of_type, n)
        lines.append(f"== {title}: showing {len(chosen)} of {len(of_type)}")
        for error in chosen:
            lines.append(f"-- {error.article} [{error.start}:{error.end}] {error.kind}; {error.detail}")
            lines.append(f"   {error.context}")
        lines.append("")
    if report.speakers is not None:
        lines.extend(format_speaker_errors(report.speakers, n))
    return "\n".join(lines).rstrip()
