"""Write ``wire_unseen.jsonl``: invented wire copy and newspaper stories on datelines, anonymous sources and documents.

Run from the repository root::

    python3 tests/data/make_wire_unseen.py

The articles live in ``wire_unseen_articles.py`` and ``_b.py``; the conventions are those of ``make_speakers_suite.py``
and the chains sets. The set was written (session 15) before the sources and anonymous-speaker code was read. It
covers wire datelines ("WASHINGTON (AP) —", "PARIS, March 3 (AFP) —", "LONDON (Reuters) -"), which are never part of
a claim nor a speaker; anonymous officials and people ("an official who asked not to be named", "three people
familiar with the matter", "two sources briefed on the talks", "who spoke on condition of anonymity because ...")
and their later "one of them", "the source"; documents "seen by", "reviewed by", "obtained by" an outlet, speaking
later as "it", "the memo", "the plan"; and controls. Decisions it adds:

- "X told Reuters / The Associated Press / AFP" in that agency's own copy: the agency ``told`` (as the chains sets).
- A document "seen by / reviewed by / obtained by" a named outlet: the outlet ``reported_by``, kept on the same
  document's later claims; the document speaks when no author is named (``according_to`` after "according to"),
  its author when one is ("which Veltra sent to dealers", "the letter, from ... Margaret Ilott").
- "seen by this newspaper", "obtained by this paper": the publishing outlet itself, no relay; "told this paper"
  keeps its ``told`` link, as the speakers suite's "told this newspaper".
- An anonymous source's speaker is its descriptive phrase; "one of them", "one of the people" is the group. The
  outlet an unnamed source told keeps its ``told`` link on that source's later claims ("the official said", "one
  of the people said"), as the chains sets have it (``sources.unnamed_outlet``): the reader knows the source only
  through that outlet.
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite(
    "wire_unseen", "wire_unseen_articles", "wire_unseen_articles_b:ARTICLES_B"
)

if __name__ == "__main__":
    main()
