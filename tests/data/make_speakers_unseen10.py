"""Write ``speakers_unseen10.jsonl``: a tenth held-out set of invented news articles for speakers.

Run from the repository root::

    python3 tests/data/make_speakers_unseen10.py

The articles live in ``speakers_unseen10_articles.py`` and ``speakers_unseen10_articles_b.py``; the
annotation conventions and the offset finder are those of ``make_speakers_suite.py`` (imported from it).
The set was written before the speaker rules were read (session 18), as an honest unseen check of the
speaker stage; chains are the speaker alone. It tags:

- ``company_as_person``: companies whose names end in "Shipping" or "Logistics" ("Harwell Shipping said",
  "Brennan Logistics said"), which a small model may type as people, and "the company" / "it" after them;
- ``org_backref``: "The firm said" after "according to figures from recruitment agency X", "The chamber",
  "The trust", "The council", "The health board" and "it" for an organisation named earlier;
- ``union_backref``: "Their union said" after "Most of the dockers belong to the X Guild";
- ``plural_org``: "they" for a council, a football club, a supporters' trust and a haulier ("Dunmore Athletic
  said on Friday that they had agreed ...", "“...,” they said in a statement");
- ``plural_they``: "They said" after "The couple met ...", "The siblings said", "they" for a march of nurses;
- ``new_group``: "about 200 nurses from hospitals across the county" as a group other than the "Nurses at X"
  quoted in the paragraph before;
- ``shared_surname``: a husband and wife ("Mrs Kettle", "Mr Kettle"; "Ms Boateng", "Mr Boateng"), a mother,
  daughter and son ("Mrs Farrow", "Ms Farrow", "Mr Farrow"; "Mrs Pike", "Mr Pike", "Ms Pike"), a father and
  son ("the elder Garside");
- ``role_then_name``: "A garage owner accused of selling cars with faulty brakes told a jury" and the named
  defendant after; ``title_then_name``: "The deputy governor told a committee" and "The transport minister
  visited the island", named in the next sentence;
- ``age_epithet`` and ``mother_of``: "The 34-year-old said", "the mother of three said";
- ``pronoun_in_words``: a "he" or "she" inside the reported words ("“He says it was me,” Mrs Pike said";
  "the defendant had promised her that he would fix ...") that is not the speaker;
- ``another_appositive``: "One of the friends, a teacher from Kendal, said" and a "he" after it;
- ``spokesperson`` and ``spokesperson_named``: "A spokeswoman for the board", "A ministry spokesman", "The
  team's spokeswoman, Rachel Ormerod";
- ``qa_labels`` and ``qa_short``: a question-and-answer interview with surname labels;
- ``anonymous``: "A senior official who was not authorised to speak publicly said", "A manager at ..., who
  asked not to be named ..., said", "the official said", "the manager said";
- ``kin_apposition`` and ``pronoun`` as in the earlier sets.

Decisions the gold format leaves open, taken as a speech-only news annotator would:

- An unnamed source known by a description is named by it, anonymous ("a senior official at the health
  board", "one crane driver"); "the official" after it is the same source.
- "The deputy governor told" and "A garage owner accused of ... told" are the person named in the next
  sentences (a role mention resolved later), the role being a title.
- An organisation spoken of as "they" is the organisation; a group of people known only by a description
  ("Economists at Lendrum Bank", "Islanders") is anonymous.
- A couple or siblings quoted together are named by both ("Edna and Walter Pike", "Ruth and Daniel Farrow").
- The answers of a question-and-answer interview are direct quotations of the interviewee with no source
  mention or cue (as in the fifth set); the questions are not quotations.
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite(
    "speakers_unseen10", "speakers_unseen10_articles:ARTICLES_A", "speakers_unseen10_articles_b:ARTICLES_B"
)

if __name__ == "__main__":
    main()
