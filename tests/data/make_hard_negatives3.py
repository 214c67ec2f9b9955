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

Passages: ``hard_negatives3_passages.py`` (finer ``category`` cases such as ``pull_quote``, ``correction``,
``listing``, ``lyric``); gold format, markup and checks: ``make_hard_negatives2.py``.
"""

from __future__ import annotations

from _generate import sibling

_BASE = sibling("make_hard_negatives2")
render, record, build, main = _BASE.suite("hard_negatives3", "hn3")

if __name__ == "__main__":
    main()
