"""Write ``chains_unseen8.jsonl``: an eighth held-out set of invented news articles for source chains.

Run from the repository root::

    python3 tests/data/make_chains_unseen8.py

The articles live in ``chains_unseen8_articles.py`` and ``_b.py``; the annotation conventions are those of
``make_speakers_suite.py`` and of the earlier chain sets where they overlap. The set was written before the
sources code was read (session 17), as an honest unseen check of shapes the first seven sets are thin on.
Conventions it adds:

- Documents and their authors: "The letter, from the chief inspector of adult care, said", "A second letter, from
  the regional fire officer, X, warned", "The inspection report, written by senior inspector X, ..., found", "The
  report into the riot, by the state's inspector of police, X, found": the author speaks (``wrote``), a person
  (a role-only author is its descriptive phrase), not "the letter"; no outer link without a relay. "A memo from
  X ..., which was seen by Y, said", "a copy obtained by Y", "A reply from X, also obtained by Y, said": Y
  ``reported_by``; "X wrote in the memo" / "The memo, addressed to ..., said" keep it.
- Anonymous sources in different outlets in one article keep each its own outlet: "A person familiar with the
  talks told Reuters" ... "The person ... said" (Reuters ``told``); "An EU official told the Financial Times"
  ... "The official said" (the FT ``told``); "speaking to the broadcaster NRK on condition of anonymity":
  ``interview``; "The first person said" after the other outlet's source goes back to the first outlet.
  "According to the Journal, <clause>" alone: the outlet speaks, no link.
- Court papers: "according to court documents filed by prosecutors, <clause>": prosecutors speak
  (``according_to``), no link; "According to the documents, X told the club's auditor ...": [X ``told``, the
  auditor ``told``, prosecutors ``reported_by``] (the filing's author relays); "The filing also says X wrote in
  an email ...": prosecutors ``reported_by``; "According to a transcript of the hearing published by Y, the judge
  told X ...": [judge, X ``told``, Y ``reported_by``]; "told the court": no link.
- Interviews broadcast by another outlet: "X told the presenter Y in an interview broadcast by Z": [X, Y
  ``interview``, Z ``reported_by``], carried to "He said ..." and "“...,” he said in the interview"; "said in an
  interview with Y, later broadcast as a podcast by Z": the same; "Speaking on the Kickback podcast, which is
  carried by the streaming service S": the podcast ``interview`` (a platform is no link, so S is not required);
  "According to a transcript of the interview published by the station, X also said": the station
  ``reported_by``.
- Social platforms: "wrote on X", "In a Facebook post", "said in a post on Instagram", "wrote in a LinkedIn post":
  no link; "The post, which was captured by Y before it was removed, said": Y ``reported_by``.
- Press releases and statements relayed by agencies: "the company said in a press release", "The release said":
  the company, no link; "said in a statement carried by the state news agency Y", "The ministry said in the same
  statement", "According to a press release from X, relayed by Y", "X was quoted by Y as saying", "Y also quoted
  an unnamed official ... as saying", "The statement, translated from Kestani by the agency, said", "said in a
  televised address, according to a translation published by Y", "Y carried a comment from the foreign ministry,
  which said": Y ``reported_by``.
- "as first reported by Y" and "according to minutes first obtained by Y": Y ``reported_by``; "Y reported" alone
  and "The BBC later reported": the outlet speaks, no link.
- Three deep: "Z reported, citing the news website Y, which cited two people close to the talks": [the people, Y
  ``citing``, Z ``citing``], and "The two people told Y", "One of them said" after it: [the people, Y ``told``, Z
  ``citing``]; "According to Y, which cited a letter to employees from the chairman, X": [X ``wrote``, Y
  ``citing``], kept by "The letter said"; "the group's spokesman said, according to Y, as reported by Z": [the
  spokesman, Y ``reported_by``, Z ``reported_by``]; "told ZNA by telephone" later: ZNA ``told``.
- No link: ordinary quotations ("said", "told the meeting", "told reporters", "told fans at a meeting", a press
  conference, "In a written statement, X said", "in a note"), and "“...,” said Isla Grant" after residents "told
  the Gazette" (a new speaker).

Besides the suite's fields each quotation has ``classes`` naming the shape it tests or a control (a class
ending in ``control``).
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite(
    "chains_unseen8", "chains_unseen8_articles", "chains_unseen8_articles_b"
)

if __name__ == "__main__":
    main()
