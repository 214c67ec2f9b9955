"""Write ``tests/data/reported_speech7.jsonl``: a seventh suite of invented reported speech, mostly without quote marks.

Run from the repository root::

    python3 tests/data/make_reported_speech7.py

The passages (``reported_speech7_passages.py`` and ``reported_speech7_passages_b.py``) were written in session 18
before the claim rules were read, as an honest unseen check. They take up, in new sentences and several phrasings
each, the wordings the sixth suite left: a channel verb with an infinitive ("took to the airwaves to urge", "used
a speech to call for", "used the annual meeting to announce that"); a clause hung on an adjunct ("let it be known
through aides that", "told reporters ..., after the verdict, that", "said, after the final whistle, that");
"branded it a disgrace"; a speech verb's noun-phrase figure ("confirmed a rise of 2p in the price"); an adjunct
after a label ("described them as reckless in a report"); a clause with a parenthetical ("The panel heard that X
had, on several occasions, shouted"); content that goes on past "but" ("supported the proposal but wanted more
money"); and a mixed quotation followed by the writer's "and remained ...". New ground: "vowed", "pledged",
"insisted", "conceded", "warned", "hinted", "boasted", "joked", "quipped", "pleaded with", "begged", "signalled",
"floated the idea of", "went on to say", "stressed", "reiterated", "echoed", "repeated his call for"; passives
("It was announced that", "is said to have told", "was quoted as saying", "were told that"); speech in relative
clauses ("a claim he made on Tuesday that", "in which the accused admitted that", "which the mayor insisted would
cost nothing"); nominal reports ("his insistence that", "her warning that", "the chairman's announcement that",
"her pledge to"); and negative neighbours of each ("conceded three goals", "boasts a rooftop pool", "signalled
left", "repeated the year", "the fact that", "the news that", "his hope that", "It is thought that").

Annotation decisions (speech only, as in the first six suites, whose generators record the shared ones):

- Content goes on past "but" when the clause under the cue does ("said it supported the proposal but wanted more
  money": one subject, two predicates, both reported). A writer's "and remained ..." after a mixed quotation is
  not part of it: the cue's subject does it, but the cue does not report it.
- A noun of speech ("insistence", "warning", "promise", "admission", "announcement", "demand", "claim", "pledge")
  with its clause or infinitive is speech: the noun is the cue, its possessor the source (the possessive "'s" left
  out), its clause the content. "The fact that", "the news that", "the chance that" name no speaker and no act of
  saying; "his hope that" is a belief (a ``non_reporting`` non-quote, as the sixth suite's "It is understood").
- In a relative clause the head noun or the verb inside the clause is the cue, the relative clause's subject the
  source ("a claim he made on Tuesday that ...": "claim", "he"; "the second warning the inspectors had given
  that ...": "warning", "the inspectors").
- "The panel/tribunal heard that" reports evidence given to it, with no source (as "The court heard that" in the
  first suite); the cue is the subject with "heard".
- "X is said to have <done>" is split content with no source (the first suite's decision); "X is said to have
  told friends that ..." reports X's own words: X is the source, the clause the content.
- "pleaded with X to Y" takes "X to Y" and "begged X to Y" takes "X to Y" (the addressee with the infinitive, as
  for "urged"); "floated the idea of Y" takes "of Y"; "repeated his call for Y" takes "his call for Y".
- "Staff were told that" is speech with no source; the one told is left out as always.

A record carries ``group`` (the case it covers) and ``style`` (its beat) besides the gold fields.
"""

from __future__ import annotations

from _generate import sibling

_FIRST = sibling("make_reported_speech")
build, main = _FIRST.suite("reported_speech7", "rs7", "reported_speech7_passages", "reported_speech7_passages_b")

if __name__ == "__main__":
    main()
