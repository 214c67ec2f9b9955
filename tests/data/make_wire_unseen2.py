"""Write ``wire_unseen2.jsonl``: invented wire stories on datelines, capitals as speakers and agency furniture.

Run from the repository root::

    python3 tests/data/make_wire_unseen2.py

The stories live in ``wire_unseen2_articles.py`` and ``wire_unseen2_articles_b.py``; the conventions are those of
``make_wire_unseen.py`` and ``make_speakers_suite.py``, with non-quotes as in ``make_interviews_unseen2.py``. The set
was written (session 17) before the layout, speaker and sources rules were read. It covers datelines in many shapes
("BERLIN (Reuters) -", "PARIS, March 3 (AFP) –", "WASHINGTON —", "LONDON, (PA Media) -", "BEIJING, Jan. 12
(Xinhua) --", "NAIROBI, Kenya (AP) —"), "By ..., Associated Press" bylines, "(Reporting by ...; Editing by ...)"
tails, copyright lines, agency corrections and "ADDS quote ..." notes; governments named by their capital or seat
("Beijing said", "Moscow denied", "Washington has warned", "Downing Street said", "the Kremlin said", "Brussels
insisted") and their later "it"; a quotation standing alone above the story that the body then attributes (a pull
quote or standfirst) beside a genuine headline in quote marks; "told reporters", "told a news conference", "said in
a statement carried by the state news agency KCNA"; "a spokesperson for X said"; and "on condition of anonymity
because ..." clauses. Decisions it adds:

- A dateline, byline, reporting tail, copyright line, correction or "ADDS ..." note is never a speaker, a claim or
  a quotation (``byline`` or ``non_reporting`` non-quotes); the first sentence after a dateline keeps its claims.
- A capital or seat standing for a government ("Beijing", "Moscow", "Downing Street", "the Kremlin", "Brussels")
  is the speaker under that name (without "the"), kept through its later "it" and repeats; it is not merged with a
  ministry or institution the story names elsewhere ("the commission", "the Kremlin" beside "Moscow"), since the
  text does not say which body the seat stands for.
- Free indirect continuation: after "X said the new rules would take effect in May.", the following sentences
  without a cue of their own ("Fines would double.") are not marked; only the clause with the cue is a claim, as a
  speech-only annotator marks it.
- "told reporters", "told a news conference", "told a radio station": relation ``told`` with no outer link; "told
  France Inter", "told Xinhua" in Xinhua's own copy, "told Yonhap": the outlet ``told``; "in a statement carried by
  the state news agency KCNA": ``statement``, the agency ``reported_by``, kept on "the statement said".
- "on condition of anonymity because ...", "who declined to be named because ...": the clause is not content (a
  ``non_reporting`` non-quote); "a spokesperson for X" is an anonymous speaker named by that phrase.
- A quotation standing alone above the story and repeated in the body is a pull quote (``subheading``); the body's
  quotation is the one reported. A headline in quote marks is a ``headline``.
"""

from __future__ import annotations

from typing import Any

from _generate import articles, generator, sibling

PARTS = ("wire_unseen2_articles:ITEMS_A", "wire_unseen2_articles_b:ITEMS_B")
"""The data modules holding the ``(article, non-quotes)`` pairs, in order."""


def _records() -> list[dict[str, Any]]:
    """Every story's gold record with its non-quotes, in order."""
    suite = sibling("make_speakers_suite")
    return [suite.with_non_quotes(article, non_quotes) for article, non_quotes in articles(*PARTS)]


build, main = generator("wire_unseen2", _records)

if __name__ == "__main__":
    main()
