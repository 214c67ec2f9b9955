"""Write ``chains_unseen6.jsonl``: a sixth held-out set of invented news articles for source chains.

Run from the repository root::

    python3 tests/data/make_chains_unseen6.py

The articles live in ``chains_unseen6_articles.py`` and ``_b.py``; the annotation conventions and the offset
finder are those of ``make_speakers_suite.py`` (imported from it). The set was written before the sources code
was read (session 11), as an honest unseen check of relay shapes the first five sets did not try. Conventions
for the chain (``via``), those of the earlier sets where they overlap:

- Court and official documents. "According to the charge sheet, X told one driver ..." and "a police report
  ... says the driver told officers that ..." are [X ``told``, the person told ``told``, the document
  ``reported_by``] (no author named: the document is the relay); "The suit quotes an email in which X told
  colleagues ..." names the suit's author ("Riverkeepers Association") as the relay. "According to the
  lawsuit / an audit published by Y, <clause>" with no speaker inside: the author speaks (``according_to``,
  no outer link). "Prosecutors said in court papers", "a jury heard", "told the jury", a police video played
  in court: no link. "Minutes released by the company show X telling directors ...": [X, directors ``told``,
  the company ``reported_by``].
- Leaked material: "In messages seen by Y, X told a senior midwife that ..." [X ``wrote``, the midwife
  ``told``, Y ``reported_by``], and "In a later exchange, he wrote ..." keeps Y; "a recording obtained by Y
  captures X warning ...", "X can be heard saying on the recording": Y ``reported_by``.
- State media: "Xinhua quoted Foreign Minister X as saying", "X was quoted as saying" after it, "CCTV quoted
  spokeswoman X as saying", "the Global Herald quoted an unnamed official as saying": the person speaks, the
  outlet ``reported_by``; "Yonhap quoted X as telling lawmakers that": [X ``told``, lawmakers ``told``, Yonhap
  ``reported_by``]. An outlet's own commentary ("The People's Daily said in a commentary") has no link.
- Broadcasts: "Speaking to Sky News, the minister, X, said": Sky News ``interview``; "X confirmed the delay in a
  later interview with the Weekend Desk programme on Radio Calder. “...,” she said.": the frame, in a sentence
  with no claim of its own, carries to her next quotations (Radio Calder ``interview``); "told BBC One's Sunday
  Morning": BBC One ``told``; "appeared on the Valley Tonight programme on Channel 7 and said" and "On the same
  programme, Y said": Channel 7 ``interview``; "said in a radio interview" (no outlet named) and a press
  conference broadcast live: no link. "In an interview with the club's own channel, Rovers TV": Rovers TV
  ``interview``.
- Relays of people: "X's spokesman, Y, said she had told aides that ...": [X ``told``, aides ``told``, Y
  ``reported_by``]; "A person close to X said she had told friends ...": the person ``reported_by``; "According
  to Q, X said at that meeting ...": Q ``reported_by``; "His sister said he had told her ...", "his wife said her
  husband had told her in a letter ...", "the agent said X had told him ...", "a witness said X had told her",
  "an officer gave evidence that X told her ...": the relative (agent, witness, officer) ``told`` (the person a
  nested speaker told); "he wrote in the letter, which she read aloud to reporters": she ``reported_by``;
  "Prosecutor Y read the jury text messages .... In one, X told his assistant that ...": [X, the assistant
  ``told``, Y ``reported_by``]. "A fellow prisoner later told Haddad's brother that ...": no link (a person
  told, no relay after it).
- Social media: "X wrote on Facebook that ..., according to a screenshot shared by Y", "In a second post,
  captured by Y before it was removed, X wrote": Y ``reported_by``; "a message ... later shared with Y by one
  of its members shows that X told the administrator ...": [X, the administrator ``told``, Y ``reported_by``];
  "In her resignation letter, which was published by the council": the council ``reported_by``. A video on
  the speaker's own account, "tweeted", "said in a post on X": no link.
- A wire story relaying papers: "X told the local Fork Valley Roundup that", "X told the weekly newspaper,
  according to a transcript of the interview posted on its website": the paper ``told``; "told KQFX-TV", "told
  The Associated Press" in AP copy, "told Marlwire" in Marlwire copy, "said in a statement to Marlwire": ``told``.
  "According to a statement from the union, as reported by Y": [union ``statement``, Y ``reported_by``]. "Y
  reported, citing a person close to the board" and "The person said" later: Y ``citing``. "said in remarks
  carried by the regional broadcaster North Vision": ``reported_by``.
- Headlines and captions may name outlets and relays ("fishermen tell Harbour Gazette", "who told the Gazette
  he lost a week's catch"): they hold no annotated claims.
- No link, although two sources appear: "X said ...; Y agreed, saying", "Y rejected X's account, saying",
  "X replied to Y's claim that ..., saying", "Y's reporting prompted X to say", "X praised Y's coverage, saying",
  "X cited figures from Y to argue", "X responded to Y's figures in a statement, saying"; "According to X,
  <clause>" alone; "told reporters / councillors / Parliament / the Commons"; "in a note to clients".

Besides the suite's fields each quotation has ``classes`` naming the shape it tests (see the articles) or a
control (a class ending in ``control``, ``new_report``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
UNSEEN = HERE / "chains_unseen6.jsonl"
PARTS = ("chains_unseen6_articles", "chains_unseen6_articles_b")
"""The modules holding the articles, in order."""


def build() -> list[dict[str, Any]]:
    """Every article's gold record, in order."""
    sys.path.insert(0, str(HERE))
    try:
        import importlib

        import make_speakers_suite as suite

        parts = [importlib.import_module(name) for name in PARTS]
    finally:
        sys.path.remove(str(HERE))
    return [suite.build_article(article) for part in parts for article in part.ARTICLES]


def dumps(records: list[dict[str, Any]]) -> str:
    """The set as JSON lines."""
    sys.path.insert(0, str(HERE))
    try:
        import make_speakers_suite as suite
    finally:
        sys.path.remove(str(HERE))
    return suite.dumps(records)


def main() -> None:
    """Write the set next to this script."""
    records = build()
    UNSEEN.write_text(dumps(records), encoding="utf-8")
    quotes = sum(len(r["quotes"]) for r in records)
    chained = sum(1 for r in records for q in r["quotes"] if len(q["chain"]) > 1)
    print(f"wrote {UNSEEN} ({len(records)} articles, {quotes} quotations, {chained} with outer links)")


if __name__ == "__main__":
    main()
