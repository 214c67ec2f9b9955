"""Write ``speakers_unseen8.jsonl``: an eighth held-out set of invented news articles for speakers.

Run from the repository root::

    python3 tests/data/make_speakers_unseen8.py

The articles live in ``speakers_unseen8_articles.py`` and ``speakers_unseen8_articles_b.py``; the
annotation conventions and the offset finder are those of ``make_speakers_suite.py`` (imported from it).
The set was written before the speaker rules were read (session 14), as an honest unseen check of the
speaker stage; chains are the speaker alone. It tags:

- ``ranks``: police, military and fire ranks abbreviated with a full stop ("Sgt. Maria Lopes", "Lt. Col.
  Aaron Pike", "Det. Insp.", "Det. Supt.", "Maj. Gen.", "Command Sgt. Maj.", "Lt. Cdr.", "Capt.", "Lt."),
  later mentions as rank and surname ("Sgt. Lopes said"), and "Gen Z" where "Gen" is no rank;
- ``us_offices``: "Gov.", "Sen.", "Rep." with a stop, a party and place in brackets ("(D-Oakland)",
  "(R-Calif.)"), "Former Gov.";
- ``generations``: "Jr.", "Sr." and "III" as part of a name ("Robert Hale Jr.", "Hale Sr. said", "the elder
  Hale", "Marcus Bell Sr., said");
- ``hyphenated``: hyphenated and double-barrelled surnames ("Marchetti-Wells", "Fforde-Lacey"), a
  surname with "St." ("Kayla St. James") and places with "St." ("St. Brendan's Hospital");
- ``possessor_pronoun``: a pronoun after "Her lawyer, X, said" or "Her mother, X, said" that is the
  speaker's, not the possessor's ("“She gave 15 years to that hospital,” she said");
- ``groups``: "the twins", "the brothers", "the sisters" as speakers;
- ``epithets``, ``anonymous`` and ``documents`` as in the earlier sets ("the retired officer", "the chief",
  "a neighbor ..., who asked not to be named", a memo and a study "according to").

Decisions the gold format leaves open, taken as a speech-only news annotator would:

- A rank or office before the name is a title, written as it stands with its stops ("Sgt.", "Lt. Col.",
  "Det. Insp.", "Former Gov."); "Dr.", "Mrs.", "Professor", "Sir" and "the Rev." are honorifics, not titles.
- "Jr.", "Sr." and "III" belong to the speaker's name; a party and place in brackets do not.
- A group quoted together is named by both ("Chidi and Emeka Okonkwo"); one of them by first name and the
  family's surname ("Lotte de Boer").
- A memo is its named author's, also when it is cited "according to" before the author is named.
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite(
    "speakers_unseen8", "speakers_unseen8_articles:ARTICLES_A", "speakers_unseen8_articles_b:ARTICLES_B"
)

if __name__ == "__main__":
    main()
