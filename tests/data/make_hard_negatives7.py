"""Write ``tests/data/hard_negatives7.jsonl``: a seventh, unseen suite of things that are not quotations.

The first six suites were fitted to rules after they were written (first honest speech-scope
figures 0.257, 0.135 and 0.112 for the fourth to sixth). This one was written in session 10
before reading the rejection and layout rules and without reading the passages of the first
six: slogans on T-shirts, caps, mugs, tattoos, number plates, banners and stadium flags;
lyrics and hymns sung at funerals and gigs; lines of films, plays, poems and novels discussed
by critics; mottos, catchphrases and advertising taglines; dishes and cocktails on menus;
pubs, houses, boats and places by name; awards and their categories; "so-called" labels and
gangs; legal and medical terms of art; bills, laws and schemes; hashtags, handles, emojis,
search terms and passwords; plaques, gravestones, engravings and signs; survey, ballot and
exam questions; packet warnings, labels, screens and sat-navs; the furniture of opinion,
exclusive and live pages, corrections, explainer headings, galleries, sponsored and related
links; refusals, negated and hypothetical speech in new phrasings ("would neither confirm nor
deny", "had 'nothing to add'", "referred questions to", "Few would claim that ..."); chants
at matches and marches ("The terraces rang to '...'"); and non-reporting senses ("the clock
still says", "Legend has it", "The bruising suggested"). Typography: straight, curly,
single, guillemet, low-high and OCR primes, and one em-dash dialogue control. The full list
is in docs/accuracy.md ("A seventh suite"); the decisions the bench README does not settle
are the fifth suite's (see ``make_hard_negatives5.py``): inscriptions, plaques, signs,
labels and survey questions are ``non_reporting`` like the fifth suite's printed text and
survey answers; dishes and awards are ``title``; pubs, houses and boats are ``nickname``.

Passages: ``hard_negatives7_passages.py``; gold format, markup and checks: ``make_hard_negatives2.py``.
"""

from __future__ import annotations

from _generate import sibling

_BASE = sibling("make_hard_negatives2")
render, record, build, main = _BASE.suite("hard_negatives7", "hn7")

if __name__ == "__main__":
    main()
