"""Write ``chains_unseen9.jsonl``: a ninth held-out set of invented news articles for source chains.

Run from the repository root::

    python3 tests/data/make_chains_unseen9.py

The articles live in ``chains_unseen9_articles.py`` and ``_b.py``; the annotation conventions are those of
``make_speakers_suite.py`` and of the earlier chain sets where they overlap. The set was written before the
sources code was read (session 18), as an honest unseen check of the shapes session 17 left alone and of new
ground. Conventions it adds:

- "According to the documents, X told Y that ...": the speaker is the person X, the document is the medium: its
  filer relays (``reported_by``); a single listener named (a person, "a fellow officer, Y") is a ``told`` hop, a
  group ("investigators", "the board", "the diners", "pilots") is an audience and no hop. "According to a
  recording of the dinner obtained by Y, X told ...", "According to a misconduct notice seen by Y": Y
  ``reported_by``.
- Court filings quoting emails: "The documents quote an email in which X wrote ...", "In a second email, cited
  in the same filing, Z replied ...", "The complaint quotes an internal email in which X wrote ...": X ``wrote``,
  the filer (prosecutors, the attorney general who filed the lawsuit) ``reported_by``.
- Leaked recordings: "In a recording ... obtained by Y, X told pilots ...", "Body-camera footage obtained by Y
  shows X telling ...": Y ``reported_by``, carried to "X can also be heard saying" and "Later in the recording, X
  says".
- Anonymous sources keep their outlet: "One of the people told Y" ... "The person said" and "The first person
  said" after a second source in another outlet; "The cabinet minister said" after "One of the ministers told
  the paper".
- "told <Surname> that ...", a person named before, without a relay ("Aldous told Haddow that", "She told Pryce in
  a letter that"): the addressee, no link, as in the earlier sets (a person told is a ``told`` hop only when a
  relay carries the words on, "According to the documents, X told Y ..."). The set first gave these four a
  ``told`` hop; that slip was mended after the first measure (docs/accuracy.md gives both figures).
- "X said ... "...," as first reported by Y" (a mixed quotation before the relay): Y ``reported_by``; "The post,
  which was captured by Y before it was deleted, said": the post's author (the person who "wrote on Facebook"
  before) ``wrote``, Y ``reported_by``; "wrote on Facebook" alone: no link.
- "told a radio station", "told a local radio station": no named outlet, no link; "told BBC Radio Lanford" and "she
  told the station": the station ``told``.
- "X spoke to the <Paper> on Wednesday. He said ... "...," he said. Asked whether ..., he said: ...": the answers
  that follow, until another person is quoted, came through the paper (``interview``, the relation the earlier
  sets give "spoke to" and "speaking to"); after another speaker, "At a rally on Thursday, X said" or "At the same
  meeting, X said" is a new occasion, no link. "X told the Post that .... He said (that) ...": a new report, no
  link (chains_unseen5's convention). The set first had ``told`` for the six answers and a link for the new
  report; both were mended after the first measure to follow the earlier sets.
- A union's words given "according to" its officer ("The union says ..., according to its branch secretary, X"):
  the officer is the speaker (``according_to``); the union is her affiliation, no hop.
- Podcasts: "X said ..., speaking on the P podcast, as quoted by the Y": [X, P ``interview``, Y ``reported_by``];
  "X said on the podcast that" after it: P ``interview`` (Y not required); "X said on Z's podcast": Z
  ``interview``; "X told the P podcast": P ``told``.
- "said in an interview with the broadcaster B that aired on Sunday that": B ``interview``, carried to "She
  said" and "“...,” she said in the interview".
- A pool report: "X told reporters aboard his plane ..., according to a pool report filed by a reporter for Y"
  and "X said, according to the pool report, that ...": Y ``reported_by``.
- Translated statements via state media: "said in a statement, published in Spanish and translated by the state
  news agency E", "said in a statement published by the state news agency M", "in a speech broadcast by the
  state broadcaster B and translated by the Associated Press" (both relay, broadcaster first), "said in a
  televised speech carried by the state broadcaster T", "M also quoted X as saying": ``reported_by``.
- Wire re-attribution: "..., the BBC reported, citing a European diplomat", "ENA, citing a senior negotiator,
  reported that", "The Maritime Gazette reported that ..., citing a shipbroker": [the source, outlet ``citing``];
  "..., Reuters reported, citing the Danish business daily D": [D, Reuters ``citing``]; "D, which cited a person
  who attended the meeting, said": [the person, D ``citing``].
- "said in a message to the Associated Press": the agency ``told``.
- No link: "told reporters", "told a news conference", "told viewers" of a speech already carried by a broadcaster
  (that speech's relay only), statements, notes to clients, a news conference.

Besides the suite's fields each quotation has ``classes`` naming the shape it tests or a control (a class
ending in ``control``).
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite(
    "chains_unseen9", "chains_unseen9_articles", "chains_unseen9_articles_b"
)

if __name__ == "__main__":
    main()
