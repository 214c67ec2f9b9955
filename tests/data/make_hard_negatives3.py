"""Write ``tests/data/hard_negatives3.jsonl``: a third, unseen suite of things that are not quotations.

The first two suites were written alongside, or before, rules that were then
fitted to them (the second suite's first, honest speech-scope figure was 0.106;
after fitting, 0.050). This one was written before reading the rejection and
layout rules and without reading the passages of the first two suites, aiming at
what they did little of: pull quotes repeated from the body, photo credits and
captions in many house styles, editor's notes and corrections, TV and radio
listings, ads and brand slogans, lyrics and poem lines, search terms, hashtags
and usernames, names of laws and cases, questions put to the reader, ironic
scare quotes, signs, banners and T-shirts, poll questions, ordinary senses of
say/tell/claim/report/state, refusals in many phrasings, and future or
hypothetical speech.

Each record is in the gold format of the development data (see the bench
README): ``non_quotes`` (``why`` from the README's list, ``category`` a finer
case such as ``pull_quote``, ``correction``, ``listing``, ``lyric``) and, in most
passages, positive controls in ``quotes``, annotated for speech only. The
passages are in ``hard_negatives3_passages.py``; offsets are computed while the
text is assembled, so they are exact by construction (and checked again).

The markup, the record format and the checks are the second suite's
(``make_hard_negatives2.py``); this script gives them its own passages and id prefix.

Run from the repository root: ``python3 tests/data/make_hard_negatives3.py``.
"""

from __future__ import annotations

from _generate import sibling

_BASE = sibling("make_hard_negatives2")
render = _BASE.render
record, build, main = _BASE.suite("hard_negatives3", "hn3")

if __name__ == "__main__":
    main()
