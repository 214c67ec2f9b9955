"""Write ``speakers_unseen4.jsonl``: a fourth held-out set of invented news articles for speakers.

Run from the repository root::

    python3 tests/data/make_speakers_unseen4.py

The articles live in ``speakers_unseen4_articles.py`` and ``speakers_unseen4_articles_b.py``; the
annotation conventions and the offset finder are those of ``make_speakers_suite.py`` (imported from it).
The set was written before the speaker rules were read (session 7), as an honest unseen check of the
speaker stage; chains are left trivial (the speaker alone), except that a quotation inside a quotation
has [inner speaker, ``reported_by`` outer speaker]. Besides the suite's classes it tags:

- ``epithet_later``: an epithet for a person named one or more paragraphs earlier ("the 38-year-old",
  "the former striker", "the Oscar winner", "the mother of three", "the Dutchman", "the farmer");
- ``present_profile``: long-form profiles in the present tense ("she says"), with a quotation running
  over several paragraphs (an opening mark on each, a closing mark on the last);
- ``inner_quote``: a quotation inside another's quotation ("I said, ‘...’", "My mother, Odile, used to
  say, ‘...’", "He said, ‘...’") credited to its inner speaker;
- ``org_we_they``: organisations speaking in the plural or through "it" ("the union said in a
  statement", "it said");
- ``org_lawyer``: "The company's lawyer, X, said";
- ``spokesperson``: an unnamed spokesperson for a named organisation;
- ``shared_surname``: spouses, siblings and strangers sharing a surname ("Mr" / "Mrs", "his brother",
  "the Kowalczyks", "Dele Ansah — no relation");
- ``surname_woman``: women referred to by surname after first mention, beside another woman;
- ``nickname``: a nickname in quote marks inside the name (Kwabena “Kobi” Ansah), then the nickname alone;
- ``changing_title``: titles that change over the article ("the then-minister", "now the opposition's
  spokesman");
- ``cue_like_name``: names made of cue-like or common words (Amira Said, Will Bright, Major Dunlap,
  Frank Young, Earl Banks, Summer Price);
- ``family_first``: family name first (Liu Jianhong ... Liu; Park Soo-min ... Park; Nguyen Thi Hoa ...
  Ms Hoa, the given name, as Vietnamese usage has it);
- ``single_name``: people with one name (Suharti, Tiquinho);
- ``across_break``: a quotation alone in a paragraph credited in the next ("That is how X describes ...");
- ``added_later``: "he added" after other sentences or paragraphs;
- ``groups``: groups ("residents", "both managers", "the Garroway sisters", "said one");
- ``anonymous``: sources who asked not to be named, spokespeople, unnamed officials;
- ``documents``: a bulletin, a victim statement, a letter and a study, credited to their authors.

Decisions the gold format leaves open, taken as a speech-only news annotator would:

- An unnamed spokesperson for a named organisation is written as a descriptive phrase naming the
  organisation ("a spokesperson for Skyvale Airways", even when the text says "for the airline") and
  is anonymous; crediting the organisation itself therefore also agrees by name.
- A group of named people is named by both ("Graeme Hollins and Ruud Verbeek", "Maud and Elspeth
  Garroway"); a couple or family by the family ("the Kowalczyks"); an unnamed group by a description.
- "Said one" / "one of them" after a group is the group ("two pilots who fly the affected jets"), or one
  of it when the group is given by place ("one driver at the Eastfield depot").
- An inner quotation's speaker is the person the outer speaker reports: a named relative by the name
  the text gives ("Odile"), an unnamed one by a description ("Lewis Ampofo's mother", anonymous).
- A quotation inside a quotation with no stated speaker (a phrase heard somewhere) is not annotated.
- Vietnamese given-name reference ("Ms Hoa") resolves to the full name.
- A document is credited to its named author (the bulletin "signed by ... Dr Halvard Ness"); a study by
  unnamed researchers to "researchers at Carrow University".
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite(
    "speakers_unseen4", "speakers_unseen4_articles:ARTICLES_A", "speakers_unseen4_articles_b:ARTICLES_B"
)

if __name__ == "__main__":
    main()
