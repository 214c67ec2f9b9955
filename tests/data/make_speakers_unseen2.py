"""Write ``speakers_unseen2.jsonl``: a second held-out set of invented news articles for speakers and chains.

Run from the repository root::

    python3 tests/data/make_speakers_unseen2.py

The articles live in ``speakers_unseen2_articles.py``; the annotation conventions and the offset finder
are those of ``make_speakers_suite.py`` (imported from it). The set was written before the speaker rules
were read again, as an honest unseen check; besides the suite's classes it tags:

- ``relatives``: kin named by their relation ("Her husband said", "the couple" after "Mr and Mrs X");
- ``groups``: unnamed groups ("Two trustees, who said ...", "the families", "residents", "staff");
- ``org_spokesperson``: an organisation's unnamed spokesperson ("a spokeswoman for X said");
- ``anonymous``: sources who asked not to be named;
- ``chain_three``: chains of three links ("X told Y, according to Z");
- ``long_appositive``: long descriptions of the speaker ("X, the mayor's younger sister and deputy ...");
- ``shared_gender``: two people of the same gender answering with pronouns across paragraphs;
- ``gender_from_words``: gender known only from the speaker's own reported words ("said her team ...").
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite("speakers_unseen2", "speakers_unseen2_articles")

if __name__ == "__main__":
    main()
