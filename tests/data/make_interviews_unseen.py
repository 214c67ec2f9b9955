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

from typing import Any

from _generate import articles, generator, sibling

PARTS = ("interviews_unseen_articles:ITEMS_A", "interviews_unseen_articles_b:ITEMS_B")
"""The data modules holding the ``(article, non-quotes)`` pairs, in order."""


def _records() -> list[dict[str, Any]]:
    """Every article's gold record with its non-quotes, in order."""
    suite = sibling("make_speakers_suite")
    return [suite.with_non_quotes(article, non_quotes) for article, non_quotes in articles(*PARTS)]


build, main = generator("interviews_unseen", _records)

if __name__ == "__main__":
    main()
