"""Write ``tests/data/hard_negatives9.jsonl``: a ninth, unseen suite of things that are not quotations.

Written in session 17 before reading the rejection and layout rules and without reading the first eight
suites' passages (only their reasons and categories, to choose new ground): words used as words (a word
counted in a report, a spelling, a hashtag, a misprint, a label), translations and glosses ("‘hygge’,
which roughly means cosiness"); poll, survey, quiz, referendum and exam questions and answers written on
forms; corrections and editor's notes (the misquoted words are not speech, the corrected ones are);
social-media embed residue ("— Name (@handle) March 3, 2026", "pic.twitter.com/...", "Show this thread");
live-blog furniture ("Updated 14:05", "1h ago", "Key event"); pull quotes repeating a quote already
attributed; lyrics, hymns, poems and jingles; product, model, app and brand names; case names, bill and
order titles and their nicknames; "so-called" and irony quotes; TV and radio listings; signs, graffiti,
gantries and placards; sports chants and banners; nicknames; headlines, sub-heads, bylines, captions and
teasers quoting any of these; refusals, negated and hypothetical speech; and non-speech senses of cue
verbs in news ("Harlow replied through a header", "added a second goal", "declared on 412 for six", "the
fire claimed the lives of", "admitted to hospital", "the recipe calls for", "the thermometer read").
Every passage has a positive control.

Decisions beyond the earlier suites': misquoted words named by a correction ("misquoted X as saying
...", "was wrongly given as ...") are ``negated``; a pull quote repeating an attributed quotation is a
``caption``; embed and live-blog residue is ``byline``; a poll or form question is ``words_as_words``.

Passages: ``hard_negatives9_passages.py``; gold format, markup and checks: ``make_hard_negatives2.py``.
"""

from __future__ import annotations

from _generate import sibling

_BASE = sibling("make_hard_negatives2")
render, record, build, main = _BASE.suite("hard_negatives9", "hn9")

if __name__ == "__main__":
    main()
