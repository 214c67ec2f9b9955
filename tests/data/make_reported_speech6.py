"""Write ``tests/data/reported_speech6.jsonl``: a sixth suite of invented reported speech without quote marks.

Run from the repository root::

    python3 tests/data/make_reported_speech6.py

The passages (``reported_speech6_passages.py`` and ``reported_speech6_passages_b.py``) were written in session 17
before the claim rules were read, as an honest unseen check of unusual wordings of reported speech: an object
with its predicate ("called him a liar", "branded it a disgrace", "described them as reckless"); speech-noun
idioms ("gave his word that", "gave an undertaking that", "put it bluntly:", "made the case that", "voiced
concern that", "raised the alarm that", "sounded a warning that", "went on record as saying"); a channel verb
with an infinitive ("took to social media to deny that", "used a speech to call for", "wrote to residents to
say"); passives and hearsay ("let it be known through aides that", "It was announced that", "was quoted as
saying", "was heard to say", "was said to have told"); reported questions and answers ("asked whether", "wanted
to know if", "replied that", "answered that"); numeric content ("put the number at 9,000", "confirms a levy of
£2"); adjuncts between the cue and its content ("said on Tuesday in a radio interview that", "told reporters
outside the court, after the verdict, that"); and negative neighbours of each ("called her a taxi", "branded the
cattle", "raised the alarm when", "sounded the whistle", "took to the streets to celebrate", "asked for the
bill", "answered the door", "put the price at the bottom", "said goodbye", "tell the time", "tell apart",
"spoke for an hour").

Annotation decisions (speech only, as in the first five suites, whose generators record the shared ones):

- An object with its predicate ("called him a liar", "described the rota as unworkable", "dismissed the budget
  as a gimmick") is speech: the content is the object with its predicate, as "accused X of Y" takes "X of Y"
  (the object is the subject of what was said).
- A speech-noun idiom ("gave his word", "made the case", "voiced concern", "raised the alarm", "sounded a
  warning", "went on record as saying", "let it be known") is the cue; its "that" clause is the content.
  Without a clause ("raised the alarm when she saw smoke") there is nothing reported.
- A channel verb with an infinitive ("took to social media to deny that ...") reports the speech of the
  infinitive: its verb is the cue ("deny"), its object or clause the content; the channel is left out.
- "It was announced that" is speech with no source. "It is understood that" is not speech: it is the writer's
  own sourcing hedge, naming no speaker and no act of saying (a ``non_reporting`` non-quote); a speech-only
  annotator would not count it.
- "put the number/cost/toll at N" is speech: "put" with a figure can only be a statement of it, so the object
  with its figure is the content. "estimated the damage at N" is not: an estimate is a calculation or a
  judgment, which a speech-only annotator leaves to the attribution scope (a ``non_reporting`` non-quote).
  "confirms/confirmed a levy of £2" takes the noun phrase as content.
- Reported questions take "whether/if/why/how ..." ("wanted to know" is a cue); answers take their clause.
  A study that "asked whether" reports a research question, not speech.
- Adjuncts between the cue and its content (time, place, manner, "in a radio interview", "after the verdict",
  "speaking at ...") are left out of the content, as are the one told and the channel.

A record carries ``group`` (the case it covers) and ``style`` (its beat) besides the gold fields.
"""

from __future__ import annotations

from _generate import sibling

_FIRST = sibling("make_reported_speech")
build, main = _FIRST.suite("reported_speech6", "rs6", "reported_speech6_passages", "reported_speech6_passages_b")

if __name__ == "__main__":
    main()
