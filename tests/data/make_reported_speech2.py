"""Write ``tests/data/reported_speech2.jsonl``: a second suite of invented reported speech without quote marks.

Run from the repository root::

    python3 tests/data/make_reported_speech2.py

The passages (``reported_speech2_passages.py``) were written in session 8 before the claim rules were read, as an
honest unseen check of shapes the first suite covered lightly or not at all: complement clauses without "that"
("insisted pupils would ...", "said he'd go"); long subjects and speakers with appositives and relative clauses
("a man, described as tall, who was seen ..."); "according to" fronted, inserted and trailing, with long sources
("a study published on Wednesday by ...", "people familiar with the matter", "figures released by ...");
parenthetical attributions ("X, officials said, would ...", "as one organiser put it"); "told reporters/the
BBC/a news conference (that)"; coordinated content and second cues ("said A and that B", "said A but added B");
reported questions ("asked whether", "wanted to know if"); "said in a statement/interview/post on X that";
passive reporting ("It was announced that", "is reported to have", "was quoted as saying"); speech nouns ("his
insistence that", "a warning that"); future and conditional speech ("will say", "would later tell"); verbs such
as stressed, acknowledged, conceded, confirmed, revealed, disclosed, maintained, predicted, promised, warned,
urged; content across a semicolon, a dash or a colon; and controls (headlines and captions that read like
reported speech, beliefs, hopes, findings, perceptions, plans, refusals, negated speech, "said goodbye").

Annotation decisions (speech only, as in ``make_reported_speech.py``):

- The content is the reported clause (an introducing "that" or "whether" included), without the speaker, the
  cue, the one told ("told reporters"), and adjuncts of the reporting verb ("in a statement", "on Monday",
  "after the match"); a directive's addressee stays with its infinitive ("urged parents to vaccinate ...").
- Content split by its attribution ("The ferry, the coastguard said, had lost power") is one record with two
  fragments, as is "X is said to have ...".
- A speech noun ("his insistence that", "a warning that", "reports that") is the cue of the clause after it;
  its possessor is the source. A document ("a study", "figures", "its annual report") is credited to its author
  when the text names one.
- Future and expected speech ("will say", "is due to tell") is annotated: the words are reported as speech.
- A second cue ("but added", "and warned") is a record of its own; coordinated clauses under one cue are one.
- Headlines and captions are non-quotes (``headline``, ``caption``); so are beliefs, hopes, fears, findings,
  perceptions and plans (``non_reporting``), refusals and negated speech.

A record carries ``group`` (the case it covers) and ``style`` (its beat) besides the gold fields.
"""

from __future__ import annotations

from _generate import sibling

_FIRST = sibling("make_reported_speech")
build, main = _FIRST.suite("reported_speech2", "rs2", "reported_speech2_passages")

if __name__ == "__main__":
    main()
