"""Write ``speakers_unseen3.jsonl``: a third held-out set of invented news articles for speakers and chains.

Run from the repository root::

    python3 tests/data/make_speakers_unseen3.py

The articles live in ``speakers_unseen3_articles.py`` and ``speakers_unseen3_articles_b.py``; the
annotation conventions and the offset finder are those of ``make_speakers_suite.py`` (imported from it).
The set was written before the speaker rules were read again, as an honest unseen check of the speaker
stage (chains are left trivial, except a transcript's interview); besides the suite's classes it tags:

- ``later_named``: a speaker described first and named in a later sentence ("Her husband said ..." ...
  "The husband, X, said ...");
- ``he_after_other_man``: "He said: ..." right after another man is named in the paragraph;
- ``she_after_mention``: "She said ..." after a man's quotation that names her;
- ``particle_surname``: hyphenated and particle surnames (van der, de la, ap, bin, al-, O');
- ``honorific``: Dame, Sir, Lord, the Rev., Sheikh, and later mentions by honorific and first name;
- ``initials``: names with initials ("T.K. Adebanjo", "J. Pieter Vos");
- ``appositive_title``: "The local MP, X, said" (the name, not the role);
- ``long_description``: long descriptions around the name;
- ``org_statement``: organisations speaking ("the council said in a statement", "It said");
- ``groups``: groups ("residents said", "Both men said", "said one");
- ``anonymous``: sources who asked not to be named, spokespeople, unnamed officials;
- ``teaser_line``: a speaker named on the line after a "SEE ALSO:" or "READ MORE:" teaser;
- ``shared_gender``: two or three people of the same gender answering with pronouns.
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite(
    "speakers_unseen3", "speakers_unseen3_articles:ARTICLES_A", "speakers_unseen3_articles_b:ARTICLES_B"
)

if __name__ == "__main__":
    main()
