"""Write ``speakers_unseen.jsonl``: invented articles for speaker cases the speakers suite did not cover.

Run from the repository root::

    python3 tests/data/make_speakers_unseen.py

The articles live in ``speakers_unseen_articles.py``; the annotation conventions and the offset finder
are those of ``make_speakers_suite.py`` (imported from it). The classes:

- ``relative_who``: a name followed by a relative "who" ("X, who chairs the group, said"): person evidence;
- ``addressee``: the person asked or told answers with a pronoun ("I asked the ranger whether ... She said");
- ``nested_i``: a pronoun speaker of a quotation inside a quotation ("“She said, ‘I will not resign,’”");
- ``relatives``: kin named only by their relation ("his wife said", "Mr and Mrs X");
- ``they_org``: "they" for an organisation;
- ``frame_apposition``: an interview frame whose speaker is written with an age or a title
  ("In an interview with the X, Y, now 72, said");
- ``according_carry``: "According to ..." does not carry over to the next speakers of the paragraph;
- ``plain``, ``first_person``, ``nesting``, ``told_outlet``, ``pronoun``: as in the speakers suite.
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite("speakers_unseen", "speakers_unseen_articles")

if __name__ == "__main__":
    main()
