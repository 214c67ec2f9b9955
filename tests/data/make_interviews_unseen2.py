"""Write ``interviews_unseen2.jsonl``: invented Q&A articles and transcripts, the second unseen set (session 15).

Run from the repository root::

    python3 tests/data/make_interviews_unseen2.py

The articles live in ``interviews_unseen2_articles.py`` and ``interviews_unseen2_articles_b.py``; the
conventions are those of ``make_interviews_unseen.py``. The set was written before the session-15 changes to
the layout, Q&A and naming rules were read, as an honest unseen check. It covers "Q:"/"A:" boxes whose answers
are quoted and attributed in the answer line ("A: “I have not decided,” Lopez said."), "Question:"/"Answer:"
labels from a published inquiry transcript, interviewer and interviewee initials ("JT:", "MR:"), a podcast
transcript labelled with full names in mixed case, a police briefing with "Q."/"A." labels, an interview in
dash turns ("— ..."), a radio transcript labelled with the presenter's name and "DR NWOSU:", and a report
that sets a person's evaluative words after "called" ("which the chief executive, Ana Ruiz, called ‘total
political nonsense’") beside the names "called" or "known as" give ("which islanders call ‘the Bathtub’").

Decisions added to those of ``make_interviews_unseen.py``:

- An answer line that quotes and attributes its speaker ("A: “...,” Lopez said.") holds ordinary quotations:
  the quoted words, with the source and cue of the line; the label "A" is never a speaker, and the quotation
  never takes in its own attribution.
- A person's words after "called" with that person as subject ("X called the plan ‘...’") are speech, kind
  direct; a name a group of people gives a thing ("which islanders call ‘...’", "known locally as ‘...’") is
  a ``nickname`` non-quote, a name given to a vessel a ``title``.
- The presenter's or interviewer's label, initials and sign-off are not speech; an interview in dash turns
  alternates question and answer from the first dash after the introduction.
"""

from __future__ import annotations

from typing import Any

from _generate import articles, generator, sibling

PARTS = ("interviews_unseen2_articles:ITEMS_A", "interviews_unseen2_articles_b:ITEMS_B")
"""The data modules holding the ``(article, non-quotes)`` pairs, in order."""


def _records() -> list[dict[str, Any]]:
    """Every article's gold record with its non-quotes, in order."""
    suite = sibling("make_speakers_suite")
    return [suite.with_non_quotes(article, non_quotes) for article, non_quotes in articles(*PARTS)]


build, main = generator("interviews_unseen2", _records)

if __name__ == "__main__":
    main()
