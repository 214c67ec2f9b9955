"""Write ``speakers_unseen9.jsonl``: a ninth held-out set of invented news articles for speakers.

Run from the repository root::

    python3 tests/data/make_speakers_unseen9.py

The articles live in ``speakers_unseen9_articles.py`` and ``speakers_unseen9_articles_b.py``; the
annotation conventions and the offset finder are those of ``make_speakers_suite.py`` (imported from it).
The set was written before the speaker rules were read (session 17), as an honest unseen check of the
speaker stage; chains are the speaker alone. It tags:

- ``kin_apposition``: a relative named in apposition to a kin word, in full ("His mother, Linda Ferris,
  said") or by first name only ("His grandfather, Dennis, said"; "her mother, Linda, read a statement");
- ``org_backref``: "the company", "the firm", "the council", "the agency", "the party", "the club" and "it"
  for an organisation named earlier, with a second organisation in between ("the firm's managers");
- ``possessive_distractor``: a pronoun after a sentence that names another person only as a possessor
  ("Dubois's coach, Ines Marlow, watched ... her pupil ... she said"; "Amelia's bicycle ... she said");
- ``another_appositive``: "One, Gerald Amos, 81, said" and "Another, a retired teacher, said" after a group;
- ``whose_role``: "a rival whose founder, X, said" (the founder speaks) and "The landlord, Y, whose founder, X,
  bought ..., said" (the landlord speaks);
- ``union_according_to``: an organisation's words given "according to" its officer ("according to branch
  secretary Kofi Mensah"), and "Their union said" for a union named before;
- ``role_then_name``: a speaker known only by role ("Steamwright's chief executive told staff", "The manager
  told reporters") and named in a later sentence;
- ``shared_surname``: husband and wife ("Mrs Gallagher", "Mr Gallagher"), father and son ("the elder
  Hesketh"), father and daughter ("Mr Amos", "Helen Amos"; "Okafor's father, Emeka Okafor");
- ``title_backref``: women and men referred to by office ("the chancellor" beside "the shadow chancellor",
  "the judge", "the chairman", "the captain", "the director");
- ``spokesperson`` and ``spokesperson_named``: an unnamed spokesperson for a named organisation, and a
  named one ("A Treasury spokeswoman, Amira Hassan, said");
- ``named_object``: a pronoun after a quotation whose paragraph names an animal ("a photograph of Jess, the
  family's collie ... he said");
- ``plural_they``: "they" for a couple, a father and son, nurses, students, party members;
- ``first_person``: "I" and "we" inside the quotation, which are the speaker's;
- ``anonymous`` and ``pronoun`` as in the earlier sets.

Decisions the gold format leaves open, taken as a speech-only news annotator would:

- A relative given by first name only is named so ("Dennis", "Linda", "Dev"); the annotator does not add a
  surname the text does not give (the metric still accepts one, as one name's words lie within the other's).
- "Another, a retired teacher, said" is an unnamed source described by its appositive ("a retired teacher");
  "One employee, a designer ..., said" by its head ("one employee").
- An organisation's words given "according to" a named officer are that officer's (the officer speaks for
  the organisation, as a spokesperson does), the office being a title ("branch secretary").
- An unnamed spokesperson is a descriptive phrase naming the organisation, anonymous; a named one is the
  person, "A Treasury spokeswoman" a title.
- A couple or a father and son quoted together are named by both ("Maureen and Bill Gallagher", "Tom and Sam
  Hesketh"); an unnamed group by a description ("about 200 nurses").
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite(
    "speakers_unseen9", "speakers_unseen9_articles:ARTICLES_A", "speakers_unseen9_articles_b:ARTICLES_B"
)

if __name__ == "__main__":
    main()
