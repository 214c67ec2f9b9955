"""Write ``speakers_unseen6.jsonl``: a sixth held-out set of invented news articles for speakers.

Run from the repository root::

    python3 tests/data/make_speakers_unseen6.py

The articles live in ``speakers_unseen6_articles.py`` and ``speakers_unseen6_articles_b.py``; the
annotation conventions and the offset finder are those of ``make_speakers_suite.py`` (imported from it).
The set was written before the speaker rules were read (session 9), as an honest unseen check of the
speaker stage; chains are the speaker alone. Besides the suite's classes it tags:

- ``post_nominals``: letters and honours after a name ("Miriam Okonjo KC", "Prof Sir Alan Reed FRS",
  "Janet Dorrance MP", "Henry Castellane III", "Robert Ames Jr."), and peers ("Lord Patel of Ingleby");
- ``particles``: surnames with particles and compound surnames ("Ursula von der Hoff", "María José
  García Márquez", "Nguyen Van An" as "Mr Nguyen", "Khalid bin Saeed", "Pierre de la Tour", "Ana Lúcia
  dos Santos"), capitalised at the start of a sentence ("Von der Hoff said");
- ``mononym``: one-word names ("Zephyr", "Madou", "Kev");
- ``colon_subject``: the speaker as the subject or possessor of a sentence ending in a colon ("Brannigan
  was blunt:", "Her message to the region was simple:", "He was brief:", "Her reply drew laughter:");
- ``possessive_speaker``: "The minister's reply: ...", "The peer's verdict on the delay: ...", "Lacey's
  answer to the minister was short: ...";
- ``asked_whether``: a question put before the speaker ("Asked whether ..., Dwyer said:");
- ``role_then_name``: a speaker introduced by role only ("The home side's manager admitted", "its chief
  executive told staff", "The transport secretary confirmed") and named later without the role;
- ``org_plural``: organisations referred to as "they" ("The council said ... They added") or "it";
- ``founder_company``: a company named after its founder's family ("Marchetti & Sons", "Marchetti's")
  beside family members; ``org_like_person``: a person whose name is also a bank's ("Lloyd Barclay");
- ``families``: couples and families sharing a surname ("The Patels", "Mr and Mrs Hale", "her husband,
  Dev", "LIAM and CHLOE WEBB");
- ``photo_essay``: paragraphs headed by a name in capitals, age and job, then the person's words;
- ``nationality_age``: back-references by age, nationality or stage of life ("The 34-year-old", "the
  Brazilian", "The teenager", "The nonagenarian", "the Californian", "The Swede");
- ``singular_they``: one person referred to as "they";
- ``parenthetical``: a speaker named in brackets after the words ("... (Rao)."), and party and ward in
  brackets after a name;
- ``spokesperson``: "A spokesperson said" after the organisation is named, "a council spokesperson";
- ``long_title``: long titles before the name ("Deputy Chief Constable for Operations Janet Ekwueme",
  "The Environment Agency's area director for Yorkshire and the North East, Dr ...");
- ``documents``, ``anonymous``, ``qa_short`` as in the fifth set.

Decisions the gold format leaves open, taken as a speech-only news annotator would:

- Post-nominal letters, honours and generational suffixes are part of no title; "Jr." and "III" are
  kept in the canonical name, "KC", "FRS" and "MP" are not.
- Q&A answers are the interviewee's words (kind ``direct``, no source or cue); the questions are not
  annotated. A photo essay's words are the person named in capitals above them.
- An unnamed spokesperson is a descriptive phrase naming the organisation, anonymous.
- A couple named together is named by both ("Meera and Dev Patel"). Two unnamed employees quoted in turn
  ("one said", "The other said") are "one employee" and "the other employee", as the fourth set names "one"
  of a group (first written as "two employees" for both; changed in session 9 to the fourth set's
  convention, which the speaker stage follows: "one" is one person of the group, not the group).
- A report is its named author's; a company statement the company's.
- Honorifics (Cllr, Sir, Prof, Professor, Dr) are not titles; ranks and offices before the name are
  ("Lt Col", "Judge", "Transport Secretary").
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite(
    "speakers_unseen6", "speakers_unseen6_articles:ARTICLES_A", "speakers_unseen6_articles_b:ARTICLES_B"
)

if __name__ == "__main__":
    main()
