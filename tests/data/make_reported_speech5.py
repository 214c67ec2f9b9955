"""Write ``tests/data/reported_speech5.jsonl``: a fifth suite of invented reported speech without quote marks.

Run from the repository root::

    python3 tests/data/make_reported_speech5.py

The passages (``reported_speech5_passages.py`` and ``reported_speech5_passages_b.py``) were written in session 14
before the claim rules were read, as an honest unseen check of claims the first four suites tried lightly: speech
with a colon object ("said one thing: the plant stays open", "put it bluntly: ...", "gave drivers a clear
warning: ..."); say-idioms that are not speech ("that is to say", "needless to say", "so to speak", "suffice it to
say", "I must say", "to say the least", "as they say", "say, £20,000") and the same idioms inside real content;
"according to" fronted, trailing and inserted, with its controls ("according to plan/tradition/their age");
speech nouns with a light verb ("gave assurances that", "issued a warning that", "made a promise that", "gave an
undertaking that", "offered reassurances that", "issued an apology for") and their controls ("life assurance",
"showed great promise"); ", said X" after content whose own verb is a cue word ("The union will hold a vote,
said X", "The government will announce ..., officials said", "The report will warn of ..."); "told"/"asked"
frames (the one told, passives, questions, directives); relayed speech ("X said a neighbour had told her ...");
and controls ("asking price", "tell the difference", "a say in", "said goodbye", "promise to be", "tells the
story", "told off", "tell-tale", "the promise of peace", "I would say", findings, hopes, knowledge).

Annotation decisions (speech only, as in the first four suites, whose generators record the shared ones):

- A colon object: the content is what follows the colon; the placeholder before it ("one thing", "a simple
  message for his players", "a clear warning", "its advice was unchanged") is left out, with the one told.
- A speech noun with a light verb ("gave assurances", "issued a warning", "made the claim") is the cue; its
  "that" clause (or its "for" phrase, "issued an apology for the delays") is the content.
- A say-idiom is the writer's own voice, not a report: a ``non_reporting`` non-quote over the words a prediction
  would report. Inside reported content it stays in the content.
- Relayed speech ("X said Y had told her that ...") is one record: the outer report, whose content holds the
  inner one. The inner report is not annotated as a record of its own (the writer reports only what X said).
- "asked X to do Y" keeps the addressee with its infinitive (a directive, as in the earlier suites); "asked
  X when ..." leaves it out, as "told X that" does; a passive ("was asked why", "were told that") has no source
  (its subject is the one addressed), as in the second suite.

A record carries ``group`` (the case it covers) and ``style`` (its beat) besides the gold fields.
"""

from __future__ import annotations

from _generate import sibling

_FIRST = sibling("make_reported_speech")
build, main = _FIRST.suite("reported_speech5", "rs5", "reported_speech5_passages", "reported_speech5_passages_b")

if __name__ == "__main__":
    main()
