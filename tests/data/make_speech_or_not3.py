"""Write ``tests/data/speech_or_not3.jsonl``: a third suite of what counts as speech.

Session 9 wrote this suite before reading the classify and scope stages or the cue
lexicons, and without reading the passages of the first two suites. Its 162 invented
news passages each pair speech that a speech-only annotator counts with a sentence the
annotator does not count, by group: future and scheduled speech, refusals, speech
reported as unsure, questions put to someone, speech nouns, mental states said aloud,
hearsay of a speech act, documents against findings, speech verbs in senses that report
nothing, announcements of events, thanks and apologies, positions with a noun-phrase
content, perception, polarity, chants and greetings, and clauses with no "that"
("warned the clinic could run out").

The decisions follow the first two suites' (``make_speech_or_not.py``,
``make_speech_or_not2.py``), with these more:

- Scheduled speech whose words are known ("will tell the conference on Monday that",
  "is due to say in a lecture tonight that", "is set to warn ... according to excerpts")
  is speech: the text has been released or briefed. A guess about what someone will
  say or do ("is expected to announce a review", "is likely to unveil", "could
  mention") is a ``forecast`` and is not.
- "He said he would not speculate on X" and "said she could not say whether" are
  speech (the speaker says so); "would not speculate on X", "refused to rule out X",
  "could not say whether", "was unable to confirm" with no saying verb above them are
  refusals or negated speech (``non_quotes``).
- "asked the minister whether ..." (a question put to someone) is speech; its content is
  the "whether" clause. "wonders whether", "the question is whether", "it remains
  unclear whether" are not.
- A speech noun with its speaker ("the minister's admission that", "her warning that",
  "the council's suggestion that") is speech, its content the clause or infinitive; the
  same nouns with nobody's voice ("the claim that ... has circulated online", "fears
  that") are ``unsaid`` with category ``unattributed``.
- A mental state said aloud ("said she feared", "told reporters he believed", "admitted
  he was worried") is speech; the same state with no speech verb is a belief.
- Hearsay of a speech act ("is reported to have told colleagues that", "allegedly told
  the officers that", "reportedly said that", "is believed to have told friends that")
  is speech: the words reported are the speaker's. Hearsay of a state or a plan ("is
  believed to be considering", "is thought to be keen") is ``hearsay``.
- "The letter said", "the ruling said", "the indictment alleges", "the lawsuit claims",
  "the complaint accuses", "the memo warned", "in its filing, the company argued" are
  speech; "the audit found", "the data suggest", "records show", "the minutes record
  that" are findings.
- Announcing a thing with no proposition ("announced its quarterly results", "announced
  a merger", "announced its line-up"), thanks, apologies, congratulations, welcomes and
  tributes with no reported words are ``non_reporting``; "apologised, saying that ..." is
  speech through "saying". (Session 17 settled apologies with the seventh suite: an apology
  for something, "apologised for the delays", is speech, its content the "for" phrase; the
  one passage that had it ``non_reporting`` now has it as a speech item, with a thanks beside
  it. An apology with only an addressee, "apologised to the family", stays ``non_reporting``.)
  A demand or a position with a noun-phrase content ("called for a pay rise", "argued for a
  ban", "insisted on a recount", "demanded an inquiry", "urged restraint") is speech, as in
  the first suite; the same verbs in other senses ("the recipe calls for two eggs",
  "insisted on paying") are not.
- Chants, sung lines, placards and banners are ``slogan`` (or ``non_reporting`` for
  cries and greetings) and are not quotations.

Run from the repository root: ``python3 tests/data/make_speech_or_not3.py``.
"""

from __future__ import annotations

from _generate import sibling

_FIRST = sibling("make_speech_or_not")
render = _FIRST.render
record, build, main = _FIRST.suite(
    "speech_or_not3", "son3", "speech_or_not3_passages:PASSAGES_A", "speech_or_not3_passages_b:PASSAGES_B"
)

if __name__ == "__main__":
    main()
