"""Write ``tests/data/speech_or_not2.jsonl``: a second suite of what counts as speech.

Session 8 wrote this suite before reading the classify and scope stages or the cue
lexicons, and without reading the first suite's passages. Its 176 invented news
passages each pair speech that a speech-only annotator counts with a sentence that the
annotator does not count, by group: court and inquest language ("the court heard
that", "the jury was told", "prosecutors alleged", "accused X of", "charges that"),
orders and requests ("ordered X to", "urged", "called on", "asked X to", "demanded",
"warned X not to"), promises, pledges, vows and threats, the speech of institutions
(statements, filings, letters, tweets, posts, reports: "the report said" against
"the report found"), testimony and confessions, questions ("asked whether"), denials,
admissions and concessions, predictions said aloud against forecasts in numbers,
"too early to tell" and "could not say" said by someone against refusals, beliefs with
a say-like surface ("feels", "is convinced", "reckons", "fears"; "maintains" is
speech), intentions ("plans to" against "vowed to"), perception and evidence ("data
show", "footage shows", "records indicate", "a study found"), hearsay ("is said to",
"reportedly", "is understood to"; "sources say" is speech), mixed quotations whose cue
is evidence or belief, and polarity (negated, hypothetical and rhetorical "say").

The decisions follow the first suite's (``make_speech_or_not.py``), with these more:

- What a court, a jury or an inquest "heard" or "was told" is speech even when the
  text names no speaker: such an item has no source (``source`` is ``null``).
- An order, a request or a plea to someone ("ordered the firm to pay", "urged parents
  to", "asked residents to") is speech; its content is the object and the infinitive.
  "accused X of Y" is speech; its content is "X of Y". Other senses ("ordered a new
  boiler", "called in engineers", "charged with fraud") are ``non_reporting``.
- "said it was too early to tell" and "said she could not say when" are speech: the
  speaker asserts something. "declined to say", "would not say", "did not say how
  many" are refusals or negated speech.
- Hearsay without a speaker ("is said to", "reportedly", "is understood to", "is
  rumoured to") is listed as ``unsaid`` with category ``hearsay``; "sources say" and
  "people familiar with the matter said" are speech.

The markup is the first suite's (see ``speech_or_not2_passages.py``), and so are the
record fields (``quotes``, ``non_quotes``, ``unsaid``). Offsets are computed while the
text is assembled, so they are exact by construction (and are checked again).

Run from the repository root: ``python3 tests/data/make_speech_or_not2.py``.
"""

from __future__ import annotations

import _generate
from _generate import sibling

_FIRST = sibling("make_speech_or_not")
_BASE = _FIRST._BASE  # the generators written in the earlier shape reach make_hard_negatives2.py through it
check = _generate.check
render = _FIRST.render
record, build, main = _FIRST.suite("speech_or_not2", "son2", "speech_or_not2_passages:PASSAGES")

if __name__ == "__main__":
    main()
