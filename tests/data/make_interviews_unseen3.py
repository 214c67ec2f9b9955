"""Write ``interviews_unseen3.jsonl``: invented transcripts, hearings, briefings and trials (session 17).

Run from the repository root::

    python3 tests/data/make_interviews_unseen3.py

The articles live in ``interviews_unseen3_articles.py`` and ``interviews_unseen3_articles_b.py``; the
conventions are those of ``make_interviews_unseen.py`` and ``make_interviews_unseen2.py``. The set was written
before the session-17 layout and speaker rules were read, as an honest unseen check. It covers a Q&A whose
answers are labelled with the interviewee's surname in capitals ("KAPOOR:"), a news-conference transcript
labelled "MS HALVORSEN:" and "Q:", a podcast transcript with timestamps ("[00:14:32] Oduya:") and labels that
shorten from full names to surnames, a select-committee hearing ("Chair:", "Witness:", members by title and
surname), a briefing reported in prose ("Asked by a reporter whether ..., she said"), an interview labelled
"Interviewer:" whose answers quote someone else ("My father always said, ‘...’"), a trial where "the jury
heard" what the prosecutor said, an inquiry where "the inquiry heard" what the witness said, a
cross-examination ("Cross-examining the defendant, prosecutor X suggested that ..."), an edited Q&A with an
editor's standfirst and "This interview has been edited for length and clarity.", and a radio transcript whose
labels turn from full names to initials.

Decisions added to those of the first two sets:

- "The jury heard that ...", "the inquiry heard that ..." and a lead's "..., a court heard on Monday." report
  what the counsel or witness named in the nearby sentences said: the speaker is that person, never the jury,
  the court or the inquiry; the cue is "heard" and there is no source mention.
- A "Witness:" label is the witness the introduction names; "Chair:" and members' labels ask questions, which
  are not speech (``non_reporting``), as an interviewer's are.
- A quotation inside an answer is the words of the person it names ("my father", "the engineers"), with the
  chain [inner speaker, ``reported_by`` the interviewee].
- What "asked whether ..." reports is the reporter's question, not speech (``non_reporting``); the answer after
  it is the person's. "X suggested that ..." and "X put it to him that ..." in a cross-examination are
  counsel's speech.
- An editor's standfirst and the note "This interview has been edited for length and clarity." are not
  speech.
"""

from __future__ import annotations

from typing import Any

from _generate import articles, generator, sibling

PARTS = ("interviews_unseen3_articles:ITEMS_A", "interviews_unseen3_articles_b:ITEMS_B")
"""The data modules holding the ``(article, non-quotes)`` pairs, in order."""


def _records() -> list[dict[str, Any]]:
    """Every article's gold record with its non-quotes, in order."""
    suite = sibling("make_speakers_suite")
    return [suite.with_non_quotes(article, non_quotes) for article, non_quotes in articles(*PARTS)]


build, main = generator("interviews_unseen3", _records)

if __name__ == "__main__":
    main()
