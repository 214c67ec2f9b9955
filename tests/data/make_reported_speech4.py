"""Write ``tests/data/reported_speech4.jsonl``: a fourth suite of invented reported speech without quote marks.

Run from the repository root::

    python3 tests/data/make_reported_speech4.py

The passages (``reported_speech4_passages.py`` and ``reported_speech4_passages_b.py``) were written in session 10
before the claim rules were read, as an honest unseen check of shapes the first three suites did not try: vows
with a noun ("vowed revenge", "vowed retaliation"), "let slip that", "blurted out that", "ruled/held that" (courts,
panels, regulators), "wanted/demanded to know whether/why", "raised concerns that/about", "voiced fears that",
"As per X", "per a spokesperson", "according to X's lawyer", "X's position/view/case is that", "in X's words",
"went as far as to say", "was at pains to stress", "made (it) clear that", "put it this way:", "was adamant
that", "is on record as saying", "X, speaking at ..., said"; fronted content with an inverted cue and a long
speaker; two reports in one sentence ("even as Y insisted that", "while Y argued", "said A and urged B to",
"said A but admitted that"); "denied reports/charges/rumours that", "dismissed claims that", "rejected
suggestions that"; "told the jury/the court/reporters/the BBC", "informed", "notified", "assured",
"reassured"; "warned of", "cautioned (against)"; "reiterated", "repeated his call for", "echoed", "seconded",
"renewed", "restated"; wire headlines ("Minister says ..."); cues with "how"/"why"/"what" clauses; numbers,
abbreviations and quoted words inside reported clauses; long clauses with relative clauses, parentheses and
dashes; and controls ("per cent", "per capita", "as per usual", "ruling party", "seconded to", "echoed
around", "assured the club of a place", "made clear progress", "position in the polls", findings,
beliefs, knowledge, a refusal, negated speech, a caption, "the old saying that").

Annotation decisions (speech only, as in the first three suites, whose generators record the shared ones):

- The content is the reported clause or noun phrase (an introducing "that", "whether" or question word
  included), without the speaker, the cue, the one told ("told the jury", "informed staff", "assured MPs"),
  the medium and adjuncts of the reporting verb.
- A preposition that belongs to the cue is left out: "warned of X", "cautioned against X", "raised concerns
  about X", "notified residents of X" take X.
- A noun phrase object of a speech verb is the content: "vowed revenge", "denied reports that ...", "denied
  charges that ...", "dismissed claims that ...", "repeated his call for ...", "echoed the view that ...",
  "reiterated its forecast ...", "seconded the call for ..." (the whole noun phrase, its "that" clause
  included: it is what was denied or repeated).
- A directive's addressee stays with its infinitive ("warned users to update ...", "ordered it not to appear
  ..."), as in the earlier suites; a "that" clause after the one told or promised leaves them out
  ("told/informed/notified/assured/reassured/promised X that ..."). (After the first measurement, two items
  that had kept the addressee before a "that" clause, "promised residents that" and "notified families that",
  were made consistent with "told X that": an annotation slip, not fitted to the output.)
- A possessive speaker ("The government's position is that ...", "In the manager's words, ...") is the
  source, its "'s" included; the cue is the speech noun with its copula where there is one.
- Court and panel rulings ("ruled that", "held that", "concluded that") are pronouncements and count as
  speech here; studies' and data's findings ("the study found that", "the data showed that") do not.
- A wire headline is a ``headline`` non-quote even when it reports speech; the claim is annotated in the body.
- Each of two reports in one sentence is a record of its own; a second cue after "and"/"but" shares the
  first one's source mention.

A record carries ``group`` (the case it covers) and ``style`` (its beat) besides the gold fields.
"""

from __future__ import annotations

from _generate import sibling

_FIRST = sibling("make_reported_speech")
build, main = _FIRST.suite("reported_speech4", "rs4", "reported_speech4_passages", "reported_speech4_passages_b")

if __name__ == "__main__":
    main()
