"""Write ``speakers_unseen5.jsonl``: a fifth held-out set of invented news articles for speakers.

Run from the repository root::

    python3 tests/data/make_speakers_unseen5.py

The articles live in ``speakers_unseen5_articles.py`` and ``speakers_unseen5_articles_b.py``; the
annotation conventions and the offset finder are those of ``make_speakers_suite.py`` (imported from it).
The set was written before the speaker rules were read (session 8), as an honest unseen check of the
speaker stage; chains are trivial (the speaker alone) except for "Y quoted X as saying" and "X was quoted
by Y as saying" ([X said, Y ``reported_by``]). Besides the suite's classes it tags:

- ``qa_labels`` / ``qa_short``: printed interviews of two or three questions, labelled by surname in
  capitals ("HARROW:", "ACHTERBERG:"), by initials ("ME:", "TW:"), by "Q:" / "A:", and with two
  interviewees answering by surname; an intro paragraph names the interviewee;
- ``spokesperson``: "A spokesperson for the airline said" after the airline is named, "A Corvane Air
  spokeswoman", "A Post Office spokesman";
- ``less_sure``: a new speaker introduced by a sentence without a cue ("Beatrix Oyelowo was less sure.",
  "Her sister Rekha was less sure.") and then quoted through a pronoun;
- ``two_women_man``: two women and a man (or two men and a woman) alternating in one article;
- ``person_like_place``: a company named after its founder ("Edith Marlowe") and a town with a person's
  name ("Beverley"), a person with a place's name ("Lincoln Barraclough");
- ``quoted_as_saying``: "Valpress quoted the minister, X, as saying", "X was quoted by the Courier as
  saying", credited to X;
- ``role_then_name``: a speaker introduced by role only ("The coroner said", "The head teacher told the
  hearing", "The home side's manager said", "Valdoria's foreign minister has said") and named later;
- ``long_appositive``: descriptions with stacked appositives and relative clauses between the name and the
  cue;
- ``groups``: "the couple", "both women", "campaigners ... They say";
- ``family_first``: family name first (Lee Jae-won ... Lee; Ota Kenji);
- ``titles_honorific``: the Rev, Det Insp, Cllr, Sir, Dame, Prof before names;
- ``documents``: a review and a report credited to the review's leader, a letter credited to its writer, a
  family statement read by a solicitor credited to its author;
- ``anonymous``: "a midwife who ... asked not to be named", "a person with knowledge of ...", "Another
  source, a former manager at ...", "an unnamed official in ...", "asking not to be named";
- ``kin_first_name``: a relative named by first name ("Lamprecht's sister, Hanneke", "Her sister Rekha").

Decisions the gold format leaves open, taken as a speech-only news annotator would:

- Q&A answers are the interviewee's words (kind ``direct``, no source or cue); the questions are not
  annotated.
- An unnamed spokesperson is a descriptive phrase naming the organisation, anonymous; crediting the
  organisation therefore also agrees by name.
- A couple or a pair named together is named by both ("Ray and Margaret Hollis"); an unnamed group by a
  description ("campaigners").
- A statement "read by the family's solicitor" is its author's (the mother's), as is a review's and its
  report's (the reviewer named as leading it).
- Honorifics (Rev, Cllr, Sir, Dame, Prof, Dr) are not titles; ranks and offices before the name are
  ("Det Insp", "Mayor", "Recorder").
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite(
    "speakers_unseen5", "speakers_unseen5_articles:ARTICLES_A", "speakers_unseen5_articles_b:ARTICLES_B"
)

if __name__ == "__main__":
    main()
