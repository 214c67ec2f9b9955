"""Write ``tests/data/hard_negatives8.jsonl``: an eighth, unseen suite of things that are not quotations.

Written in session 14 before reading the rejection rules and without reading the first seven
suites' passages: lines of novels, plays, films, songs, poems, scripts, libretti and games
quoted in reviews ("The novel opens with '...'", "the villain's threat, '...'"), film taglines,
trailer lines and advertising jingles; nicknames given by a naming verb with words between the
verb and the name ("who fans call '...'", "referred to in court as '...'", "dubbed by residents
'...'", "whom the local paper once branded '...'"); coined terms ("what one analyst has termed
a '...'"); irony and "so-called" quotes; titles of books, albums, plays, reports and podcasts;
signs, notices, placards, murals, screens and T-shirts; headlines, sub-heads, bylines, captions
and teasers that quote any of these; refusals and negated or hypothetical speech about them;
and non-reporting senses of cue verbs with a work as subject ("The script says", "The lyrics
tell of", "The poster promises"). Every passage has a positive control.

Decisions beyond the fifth and seventh suites' (see ``make_hard_negatives5.py`` and
``make_hard_negatives7.py``): a line of fiction, also when a named character "whispers" or
"mutters" it, is ``words_as_words``; taglines, jingles, lyrics and hymns are ``slogan``;
coined terms are ``words_as_words``; a name given with a naming verb is ``nickname``.

Passages: ``hard_negatives8_passages.py``; gold format, markup and checks: ``make_hard_negatives2.py``.
"""

from __future__ import annotations

from _generate import sibling

_BASE = sibling("make_hard_negatives2")
render, record, build, main = _BASE.suite("hard_negatives8", "hn8")

if __name__ == "__main__":
    main()
