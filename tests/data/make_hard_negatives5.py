"""Write ``tests/data/hard_negatives5.jsonl``: a fifth, unseen suite of things that are not quotations.

The first four suites were written alongside, or before, rules that were then fitted to
them (first honest speech-scope figures 0.214 for the third suite and 0.257 for the fourth;
after fitting, 0.027 and 0.047). This one was written before reading the rejection and
layout rules and without reading the passages of the first four suites, in layouts and
phrasings they did little of: headlines with a colon and a quote fragment ("Flood defences
'not fit for purpose': report"), kickers and straplines, live-blog and "BREAKING" heads,
sub-heads inside the article, captions with "pictured", "(left)", "Image:", "Photograph:",
"Video:", "Inset:", pull quotes repeating the body, related links, newsletter and paywall
prompts, corrections and amendments, datelines; habitual and generic subjects ("Teachers
joke about ...", "locals still call it ..."), survey answers ("answered 'no'", "ticked
'strongly agree'"), products, apps and brands after verbs, words added to dictionaries,
translations and glosses, hashtags, search terms, passwords, error messages and screens,
hoardings, banners, chants, lyrics and T-shirts, titles of films, shows, podcasts, books
and reports after "in", "on", "the hit", legal and official names ("the so-called
'bedroom tax'", "the 'Safer Streets' bill"), nicknames of places, teams, events and
storms, refusals in new phrasings ("would neither confirm nor deny", "could not be
reached", "did not return calls", "no comment was offered"), negated and hypothetical
speech ("never once said", "if he were to say", "stopped short of saying"), rhetorical
set phrases ("you could say", "so to speak", "that is to say", "suffice it to say",
"rumour has it") and scare quotes.

Decisions the bench README does not settle, taken as a speech-only news annotator would:

- A pull quote (the body's words set apart in display type) is a ``caption`` (category
  ``pull_quote``): the same words in the body are the quotation.
- Survey options and answers ticked or chosen are ``non_reporting`` (nobody speaks them);
  screens, alerts, error messages, recordings and printed text are ``non_reporting`` too.
- Hashtags, search terms and passwords are ``words_as_words``; products, apps, brands,
  websites, bills and schemes are ``title``; storms, operations, teams, places and events
  are ``nickname``; chants, lyrics, banners, hoardings and T-shirts are ``slogan``.
- Corrections, amendment notes, datelines and "Updated" lines are ``byline``; related
  links, newsletter, paywall, cookie, share and "Watch" lines are ``teaser``.
- "you could say", "so to speak", "rumour has it", "legend has it" are ``non_reporting``.

Passages: ``hard_negatives5_passages.py``; gold format, markup and checks: ``make_hard_negatives2.py``.
"""

from __future__ import annotations

from _generate import sibling

_BASE = sibling("make_hard_negatives2")
render, record, build, main = _BASE.suite("hard_negatives5", "hn5")

if __name__ == "__main__":
    main()
