"""Write ``chains_unseen.jsonl``: a held-out set of invented news articles for source chains.

Run from the repository root::

    python3 tests/data/make_chains_unseen.py

The articles live in ``chains_unseen_articles.py``; the annotation conventions and the offset finder are
those of ``make_speakers_suite.py`` (imported from it). The set was written before the sources code was
read, as an honest unseen check of "on whose authority we know it". Conventions for the chain (``via``):

- "X told Y" and "in a statement to Y": Y ``told``; "in an interview with Y", "told Y in an interview",
  "said on Y's podcast" and a transcript of Y's programme: Y ``interview`` (the frame carries over to the
  same speaker's quotations in the same passage);
- "Y reported, citing X" and "citing a memo from X, Y reported": Y ``citing``;
- "Y reported", "according to Y" after another speaker, "as (first) reported by Y", "Y quoted X as saying",
  "X was quoted by Y as saying", "in remarks carried by Y", "a memo seen by Y", "a letter published in Y",
  and what Y "obtained" ("In the letter, X wrote"): Y ``reported_by``;
- "according to X" alone, a wire dateline ("(Meridian Press) -"), a platform ("in a post on X", "wrote on
  Chirp") and the evidence a speaker cites ("Citing the office's figures, X said") are no link.

Besides the suite's fields each quotation has ``classes``: ``according_person``, ``according_org``,
``according_document``, ``according_medium``, ``told``, ``told_agency``, ``interview``, ``podcast``,
``citing``, ``citing_document``, ``citing_evidence``, ``first_reported``, ``reported_by``, ``reported_as``,
``quoted_as``, ``remarks_carried``, ``published_in``, ``seen_by``, ``obtained``, ``across_sentences``,
``statement_to``, ``spokesperson_told``, ``platform_post``, ``wire``, ``transcript``, ``heading_day``,
``chain_three``, ``frame_carryover`` and ``control`` (no chain).
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite("chains_unseen", "chains_unseen_articles")

if __name__ == "__main__":
    main()
