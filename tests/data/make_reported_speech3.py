"""Write ``tests/data/reported_speech3.jsonl``: a third suite of invented reported speech without quote marks.

Run from the repository root::

    python3 tests/data/make_reported_speech3.py

The passages (``reported_speech3_passages.py`` and ``reported_speech3_passages_b.py``) were written in session 9
before the claim rules were read, as an honest unseen check of shapes the first two suites did not try: cues
with an addressee before the content ("appealed to parents to", "pleaded with the judge to", "called on
ministers to", "urged MPs not to", "begged", "implored"); "vowed revenge/to", "confessed to", "admitted to",
"boasted that", "complained ... that", "joked that", "quipped", "hinted that", "signalled that", "let slip
that", "went on to say"; "added that" after a quotation; two joined cues ("said A and stressed that B",
"denied X but conceded that Y"); speech nouns as subjects ("The announcement that ... came as"); "in a
tweet/post/letter/speech, X said"; fronted content with long tails; reported speech inside relative clauses
("the minister, who said last week that ..., has resigned"); "X is quoted as saying / alleged / said to have
told"; "as reported/announced/revealed by X"; indirect questions ("asked why", "queried whether"); speech in
subordinate clauses ("after X said that", "because X told them"); reported speech spanning two sentences;
numbers and lists in the content; and controls (perception "saw that", knowledge "knew that", the generic "it
is said that", "needless to say", "that is to say", "say, 10 people", a headline, a caption, a refusal,
negated speech).

Annotation decisions (speech only, as in ``make_reported_speech.py`` and ``make_reported_speech2.py``):

- The content is the reported clause (an introducing "that", "whether" or question word included), without
  the speaker, the cue, the one told, the medium ("in a tweet") and adjuncts of the reporting verb.
- A directive's addressee stays with its infinitive, whether it follows the cue directly ("urged MPs not to
  amend") or after a preposition ("appealed to parents to keep ...", "pleaded with the judge to ...": the
  content is "parents to keep ...", the preposition left out), as PolNeAR annotates "called on X to".
- "vowed revenge", "confessed to taking ...", "admitted to setting ...": the noun phrase or gerund is the
  content ("to" left out after "confessed"/"admitted").
- Each of two joined cues ("said A and stressed that B", "denied X but conceded that Y", "said A, warning
  that B") is a record of its own, sharing the source; coordinated clauses under one cue are one record.
- In a relative clause ("X, who said last week that ..., has resigned") the content is the clause after the
  cue and the source is the relative's antecedent.
- "X is said/alleged/understood to have told Y that ...": the record is X's telling (source X, cue "told");
  "Two men are alleged to have ..." (no speaker named) is one record of two fragments with cue "alleged".
- "as reported/announced by X": the clause the "as" phrase is attached to is the content.
- "The court heard that ..." and "Staff were told that ..." are claims without a source.
- Perception, knowledge, findings, hopes and suspicions are not speech, nor are "needless to say", "that is to
  say", "say, 10 people", "truth be told", "it goes without saying" or a generic "it is said that" idiom.

A record carries ``group`` (the case it covers) and ``style`` (its beat) besides the gold fields.
"""

from __future__ import annotations

from _generate import sibling

_FIRST = sibling("make_reported_speech")
build, main = _FIRST.suite("reported_speech3", "rs3", "reported_speech3_passages", "reported_speech3_passages_b")

if __name__ == "__main__":
    main()
