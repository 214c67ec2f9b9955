"""Write ``tests/data/hard_negatives6.jsonl``: a sixth, unseen suite of things that are not quotations.

The first five suites were fitted to rules after they were written (first honest speech-scope
figures 0.214, 0.257 and 0.135 for the third to fifth). This one was written in session 9 before
reading the rejection and layout rules and without reading the passages of the first five:
headlines ending with a quoted fragment and "inquest told" or "says", standfirsts, "Most read"
lists, alt text and video captions, result tables and race cards, recipes and tasting notes,
legal notices, grades, ratings and storm categories, operations, ships and horses, words
discussed as words, chants and banners, social-media embeds, transcripts and "Q&A with"
headers, refusals and negated or hypothetical speech in new phrasings, and the furniture of wire
copy, newsletters, live blogs and syndication footers (the full list is in docs/accuracy.md,
"A sixth suite"). The decisions the bench README does not settle are the fifth suite's (see
``make_hard_negatives5.py``).

Each record is in the gold format of the development data: ``non_quotes`` (``why`` from the
README's list, ``category`` a finer case) and, in most passages, positive controls in
``quotes``, annotated for speech only. The passages are in ``hard_negatives6_passages.py``;
the markup, the record format and the checks are the second suite's
(``make_hard_negatives2.py``); this script gives them its own passages and id prefix.

Run from the repository root: ``python3 tests/data/make_hard_negatives6.py``.
"""

from __future__ import annotations

from _generate import sibling

_BASE = sibling("make_hard_negatives2")
render = _BASE.render
record, build, main = _BASE.suite("hard_negatives6", "hn6")

if __name__ == "__main__":
    main()
