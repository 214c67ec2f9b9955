"""Write ``speakers_unseen7.jsonl``: a seventh held-out set of invented news articles for speakers.

Run from the repository root::

    python3 tests/data/make_speakers_unseen7.py

The articles live in ``speakers_unseen7_articles.py`` and ``speakers_unseen7_articles_b.py``; the
annotation conventions and the offset finder are those of ``make_speakers_suite.py`` (imported from it).
The set was written before the speaker rules were read (session 10), as an honest unseen check of the
speaker stage; chains are the speaker alone. It tags:

- ``epithets``: later mentions by demonym, position, age or career ("The Swede", "the Kenyan", "the
  Dutchman", "the Portuguese", "the defender", "the veteran", "the 71-year-old", "the former champion",
  "the Donegal TD", "The peer");
- ``role_then_name``: a role named before the person ("Its chief executive told analysts"), the person
  named later only in another construction ("Hannah Obi, who has run the firm since 2019, said");
- ``report_it``: "It said:" / "It added:" after a report or a citation by an organisation;
- ``statement_added``: "The statement added:" after "X said in a statement";
- ``spokesperson_named``: "A spokeswoman for X, Jenna Ward, said";
- ``kin_names``: kin words used as names in a family story ("Gran", "Mum", "Uncle Joe"), "she laughs";
- ``children``: children known only by first name and age ("said Amelia, 9");
- ``among_meet``: speakers introduced by "Meet X" or "Among those at the vigil was X";
- ``particles``: lowercase particles and short or compound surnames ("Ana Lúcia dos Reis", "Pieter de
  Wit", "Abu Bakr al-Hassan", "Mei Ling Ng", "Siobhán O'Neill-Byrne", "Bríd Nic Giolla Phádraig");
- ``long_title`` and ``honorifics``: "Tánaiste", "TD", "Deputy Chief Constable for Operations", "Chief
  Rabbi", "Grand Mufti", "Shri", "Datuk Seri", "Dame", "Rev Canon";
- ``role_change``: a speaker whose role changed ("the former minister", "the then-president");
- ``shared_surname``: a father and son ("Okafor senior", "the younger Okafor"), sisters and their
  grandfather;
- ``groups``: "the couple", "the pair", "the two" (after "Both men") as speakers;
- ``pronoun_chain``: pronouns across a quotation paragraph and a non-quote paragraph about someone else;
- ``lead_clause``: the speaker in a lead paragraph's subordinate clause ("A care worker who told
  investigators she had ...");
- ``documents``, ``anonymous`` and ``peers`` as in the earlier sets.

Decisions the gold format leaves open, taken as a speech-only news annotator would:

- A person known by first name only is named so ("Toby", "Amelia"); a spouse or daughter introduced by
  first name after the family's surname takes it ("Piotr Kowalczyk", "Grace Okafor", "Priya Desai").
- A couple, pair or two people quoted together are named by both ("Meera and Anil Desai").
- An email or report is its author's (an unnamed author as a descriptive phrase, anonymous); a company
  statement the company's; "It said:" after a report is the report's author.
- Honorifics (Dr, Prof, Rabbi, Sheikh, Shri, Datuk Seri, Dame, Rev Canon) are not titles; offices before
  the name are ("Tánaiste", "Grand Mufti", "Deputy Chief Constable for Operations"); "TD" after a name is
  a post-nominal, not a title.
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite(
    "speakers_unseen7", "speakers_unseen7_articles:ARTICLES_A", "speakers_unseen7_articles_b:ARTICLES_B"
)

if __name__ == "__main__":
    main()
