"""Write ``tests/data/speech_or_not4.jsonl``: a fourth suite of what counts as speech.

Session 10 wrote this suite before reading the classify and scope stages or the cue
lexicons, and without reading the passages of the first three suites. Its invented news
passages each pair speech that a speech-only annotator counts with a sentence that the
annotator does not count, by group: plain assertions that mention saying ("It would be
wrong to say that", "Hardly anyone now argues that", "Few would claim"), refusals voiced
through "said" against information voiced the same way ("said it had no record of"),
speech nouns as subjects ("Her warning that ... went unheeded") against the same nouns
with nobody's voice, questions ("asked if", "wanted to know why"), predictions and
estimates said by a person against those of a model, a survey or a poll, speech through
actions ("signalled", "hinted", "indicated", "made clear") against gestures and other
senses, posts and messages, interpreters and sign language, testimony, rulings, votes and
decisions, concessions ("acknowledged", "conceded", "agreed that"), memory and
explanation ("recalled", "described how", "explained why"), setting out ("outlined",
"detailed", "set out"), polarity, and quotations whose words mention saying.

The decisions follow the earlier suites' (``make_speech_or_not.py`` to
``make_speech_or_not3.py``), with these more:

- A plain assertion in the writer's voice that mentions saying or arguing ("It would be
  wrong to say that X", "Hardly anyone argues that X", "Few would claim that X", "Some
  say X", "It is often said that X", "There is no denying that X") reports no one's
  speech: ``unsaid``, category ``rhetorical`` (``hypothetical`` for "You could say").
  The same words inside a quotation are part of the quotation, and nothing more.
- "said it would be inappropriate to comment while ...", "said it had nothing (further)
  to add", "said it does not comment on / discuss ...", "said it was not in a position to
  comment", "said it would be premature to say anything more", "said he had no comment"
  are refusals (``non_quotes``, why ``refusal``), as "said it would not comment" is in the
  hard-negative suites. "said it had no record of ...", "said it was unaware of ...",
  "said it had found no evidence of ..." are information: speech.
- A speech noun with its speaker as the subject of a sentence ("the mayor's pledge to
  ... was dropped", "her warning that ... went unheeded", "the company's claim that ...
  has been challenged") is speech, its content the clause or the infinitive. The same
  construction with a mental or evidential noun ("the belief that", "the hope that",
  "fears that", "the finding that", "the expectation that") or with no speaker ("Reports
  that ... circulated", "a rumour that") is not.
- "asked (someone) if / whether / why / how ..." is speech with or without an
  addressee; so are "wanted to know why" and "demanded to know how" after a speaker.
  "are asking whether" of a crowd, "It is worth asking whether", "asked themselves
  whether", "wonder why", "the real question is whether" are not.
- "predicted", "forecast", "projected", "estimated" are speech when a person or a body
  says them ("the fire chief estimated that", "the minister projected ... in his budget
  speech"); the same verbs with a model, a study, a survey, a poll, an analysis or a
  weather service as subject are ``forecast`` or ``finding``. "Analysts calculated that"
  is a finding.
- "signalled that", "hinted that", "indicated that", "made clear that", "let it be
  known that", "intimated that" after a speaker are speech: the speaker communicated the
  proposition. Gestures ("nodded that", "gestured to", "shrugged off questions about"),
  "hinted at relief", "the gauge indicated", "the replay made clear" are not.
- What is written on a social network or sent by e-mail or text ("wrote on X that",
  "tweeted", "posted on Instagram that", "emailed staff that", "texted", "messaged
  reporters that", "replied on X that") is speech. Posting a photo or a loss, sharing or
  liking a post, is not.
- Words said through an interpreter or in sign language ("signed that", "told the
  court through an interpreter that") are the speaker's speech; "signed the register" and
  "signed new contracts" are not.
- Testimony ("testified", "told the jury/inquest/hearing", "gave evidence that", "said in
  a deposition", "swore that") is speech. Rulings and pronouncements of a court, a judge,
  a tribunal, a coroner, an ombudsman or a disciplinary panel ("ruled that", "found
  that", "held that", "concluded that", "declared that", "ordered the firm to pay") are
  speech: they are published judgments in the body's name. What a test, an inspection,
  a study, an audit or a report "found" is a ``finding``.
- Votes and decisions with no words reported ("voted to", "agreed to", "decided to",
  "resolved that", "approved", "rejected", "refused permission") are not speech
  (``intention``, or ``non_reporting`` for a noun-phrase object).
- "acknowledged / conceded / admitted / accepted / granted / allowed / recognised that"
  with a clause are speech; "agreed that" after a speaker at a hearing or a debate is
  speech, "Most experts agree that" and "Everyone agrees that" are beliefs. The
  non-reporting senses ("acknowledged the crowd", "conceded three goals", "admitted two
  new members", "granted bail") are ``non_reporting``.
- "recalled that", "remembered how ... speaking at", "recounted how", "described how",
  "described X as Y", "explained why/that", "told visitors how", "set out how/why",
  "spelled out that", "detailed how", "outlined how", "briefed reporters that" after a
  speaker are speech. Memory with no speech ("Few now remember", "I remember"), "That
  explains why", "The chart outlines", "the carmaker recalled 40,000 cars" are not.
- Polarity: "did not say that", "never claimed that", "stopped short of saying that",
  "was careful not to say that", "did not deny that", "has not said whether",
  "Nobody has suggested that", "The jury was not told that" are ``negated``; "refused to
  say", "would not say" are refusals; "Had she said that", "would have told him that"
  are ``hypothetical``. "denied charges that X" is speech (a denial), its content the
  noun and its clause.

Run from the repository root: ``python3 tests/data/make_speech_or_not4.py``.
"""

from __future__ import annotations

from _generate import sibling

_FIRST = sibling("make_speech_or_not")
render = _FIRST.render
record, build, main = _FIRST.suite(
    "speech_or_not4", "son4", "speech_or_not4_passages:PASSAGES_A", "speech_or_not4_passages_b:PASSAGES_B"
)

if __name__ == "__main__":
    main()
