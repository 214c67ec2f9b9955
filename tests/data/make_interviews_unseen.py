"""Write ``interviews_unseen.jsonl``: invented interviews, Q&A, transcripts and their look-alikes (session 10).

Run from the repository root::

    python3 tests/data/make_interviews_unseen.py

The articles live in ``interviews_unseen_articles.py`` and ``interviews_unseen_articles_b.py``; the
quotation conventions and the offset finder are those of ``make_speakers_suite.py`` (imported from it), and
each article adds ``non_quotes`` (gold format of /work/shared/bench/README.md). The set was written before
the layout, attribution, speaker and source rules for Q&A were read, as an honest unseen check. It covers a
magazine Q&A with "Q:"/"A:" labels, turns labelled with the outlet's name and the interviewee's surname,
questions in their own paragraphs with no label, one-exchange "Q:/A:" boxes inside ordinary news (one the
paper's own explainer, one answered by a named person), press-conference transcripts ("REPORTER:",
"MINISTER REYES:", "Q.", "MR. SMITH:"), a radio transcript with timestamps, "(CROSSTALK)", "(LAUGHTER)" and
"[inaudible]", podcast show notes with an excerpt, a question-time report with a Hansard extract, a court
transcript ("THE WITNESS:", "THE COURT:"), a "Five minutes with ..." box, a company's answers given by a
spokesperson, and the negatives: a council FAQ, a news quiz ("Q1."), quarterly results ("Q3"), a readers'
recipe and product Q&A and an agony aunt's letter.

Decisions the gold format leaves open, taken as a speech-only news annotator would:

- An answer or a transcript turn is the words of the person answering (kind ``direct``, no source or cue),
  never of "A" or of the label; its span is the turn's text after the label, stage directions inside it
  ("(laughs)", "[inaudible]") kept, a leading one dropped. An answer that runs over several paragraphs is
  one quotation per paragraph.
- The questions of an interviewer, reporter, presenter or counsel are not speech (``non_quotes``, why
  ``non_reporting``), nor is a presenter's sign-off. A member of parliament's question in the House is
  speech (it is the news), and so is a judge's ruling or counsel's objection.
- An interview printed by the outlet that did it is not a relay: its chain is the interviewee alone (as in
  the speakers sets' Q&A boxes); a quotation inside an answer has the chain [inner speaker, ``reported_by``
  the interviewee].
- An FAQ, a quiz, a readers' recipe or product Q&A and an agony aunt's letter and reply have no speaker:
  their questions and answers are ``non_quotes``. A one-exchange box written in the paper's own voice
  ("Q: When do the new charges start? A: On 1 April.") is an explainer, not speech; a box headed with the
  person who answers ("ONE QUESTION FOR ... the headteacher, Marcus Albright") is that person's speech.
- Answers given "by a spokesperson" for a company are the company's spokesperson's (anonymous).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
UNSEEN = HERE / "interviews_unseen.jsonl"


def _non_quotes(text: str, spans: list[tuple[str, str]], article_id: str) -> list[dict[str, Any]]:
    """The non-quote records of one article, each string found after the previous one."""
    records = []
    cursor = 0
    for needle, why in spans:
        start = text.find(needle, cursor)
        if start < 0:
            raise ValueError(f"article {article_id!r}: non-quote {needle!r} not found")
        records.append({"start": start, "end": start + len(needle), "text": needle, "why": why})
        cursor = start + len(needle)
    return records


def build() -> list[dict[str, Any]]:
    """Every article's gold record, in order."""
    sys.path.insert(0, str(HERE))
    try:
        import interviews_unseen_articles as part_a
        import interviews_unseen_articles_b as part_b
        import make_speakers_suite as suite
    finally:
        sys.path.remove(str(HERE))
    records = []
    for article, spans in part_a.ITEMS_A + part_b.ITEMS_B:
        record = suite.build_article(article)
        record["non_quotes"] = _non_quotes(article.text, spans, article.id)
        records.append(record)
    return records


def dumps(records: list[dict[str, Any]]) -> str:
    """The set as JSON lines."""
    sys.path.insert(0, str(HERE))
    try:
        import make_speakers_suite as suite
    finally:
        sys.path.remove(str(HERE))
    return suite.dumps(records)


def main() -> None:
    """Write the set next to this script."""
    records = build()
    UNSEEN.write_text(dumps(records), encoding="utf-8")
    quotes = sum(len(r["quotes"]) for r in records)
    negatives = sum(len(r["non_quotes"]) for r in records)
    print(f"wrote {UNSEEN} ({len(records)} articles, {quotes} quotations, {negatives} non-quotes)")


if __name__ == "__main__":
    main()
