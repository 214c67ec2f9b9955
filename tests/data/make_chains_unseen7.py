"""Write ``chains_unseen7.jsonl``: a seventh held-out set of invented news articles for source chains.

Run from the repository root::

    python3 tests/data/make_chains_unseen7.py

The articles live in ``chains_unseen7_articles.py`` and ``_b.py``; the annotation conventions are those of
``make_speakers_suite.py`` and of the earlier chain sets where they overlap. The set was written before the
sources code was read (session 14), as an honest unseen check of how an outlet is named, described and named
again. Conventions it adds:

- An outlet described once keeps its name: "telling Nordpress, a Bergen-based news service, that ..." and then
  "told the news service", "Kystnytt, a local news website" and "told the website", "TNB, the national news
  agency" and "she told the agency", "the local news site Deltaside Live" and "told the site", "Kell FM" and
  "told the station": each is that outlet ``told``.
- "the paper" / "the newspaper" point back to the latest printed outlet named ("the Hartley Echo" ... "told the
  paper"; "the Deltaside Gazette" after the news site Deltaside Live); a short name ("the Echo", "the
  Gazette", "the Ledger") is the outlet named in full before. Capitalised local papers ("the Hartley Echo",
  "the Dunmore Gazette", "the Brookvale Herald", "the Belfast Ledger") are outlets.
- "according to a statement from X, as reported by Y": [X ``statement``, Y ``reported_by``], kept by "X said in
  the (same) statement" after it. An outlet's own report ("The Echo ... said the closure had been discussed",
  "..., the state news agency Kazinform reported") has no link.
- Interviews: "said ..., in an interview with the Hartley Echo published on Saturday" (the frame after the
  claim), "saying in an interview with the BBC", "said in an interview with the Brookvale Herald": ``interview``;
  "In the same interview, he said" is the latest interview's outlet (``interview``); "X told the Echo",
  "told the BBC", "told BBC Radio Kentmere's breakfast programme", "told the programme": ``told``; "speaking on
  BBC Radio Ulster's Talkback programme": ``interview``. A plain "she said" next to a "told <outlet>" in the
  same paragraph keeps that outlet.
- Wire copy: "told Korvex" in Korvex copy is ``told``; "The paper quoted her as saying", "The agency quoted X as
  saying", "X was quoted by the agency as saying": the outlet ``reported_by``; "X told his cabinet that ...,
  according to the agency": [X ``told``, cabinet ``told``, the agency ``reported_by``]; an outlet named after a
  description ("the daily Il Giornale del Sud", "the radio station Radio Popolo Centro") is that outlet.
- Documents: "X told officials that ..., according to emails obtained by Y", "In one email, X wrote ...", "In
  another, he told the chief engineer that ...": Y ``reported_by`` (the person told ``told``); "Minutes ...,
  released to the paper last week, show X warning that ...": the paper ``reported_by``; "According to the
  report, the chief engineer told auditors that ...": [engineer ``told``, auditors ``told``, the report
  ``reported_by``].
- No link: "told reporters / councillors / MPs / the Commons", "said in a statement", "in a note to clients",
  "In a post on Instagram, he said", "X praised the Times's reporting, saying", an "Environment Agency" that is
  no outlet, a story "first reported by" a paper.

Besides the suite's fields each quotation has ``classes`` naming the shape it tests or a control (a class
ending in ``control``).
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite(
    "chains_unseen7", "chains_unseen7_articles", "chains_unseen7_articles_b"
)

if __name__ == "__main__":
    main()
