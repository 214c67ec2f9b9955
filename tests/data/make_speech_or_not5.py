"""Write ``tests/data/speech_or_not5.jsonl``: a fifth suite of what counts as speech.

Session 14 wrote this suite before reading the classify and scope stages or the cue
lexicons. Its 110 invented news passages each pair speech that a speech-only annotator
counts with a sentence that the annotator does not count, by group: rebuttals and
denials ("rejected the claim that", "pushed back on suggestions that", "hit back at
claims that", "refuted", "a rebuttal of") against the non-reporting senses of the same
verbs ("rejected her candidate", "pushed back the deadline", "denied him entry");
dismissals ("dismissed X as Y", "wrote off X as Y", "laughed off suggestions that")
against "dismissed the class", "was dismissed", "wrote off £2m"; rumours and reports with
nobody's voice ("Rumours that", "speculation that", "Word spread that", "unconfirmed
reports that") against an outlet's report; beliefs, knowledge and findings; intentions
and plans; perceptions; modal and hypothetical speech ("could say", "would argue",
"might claim", "may well ask"); scheduled speech; refusals; and clear speech controls.

The decisions follow the earlier suites' (``make_speech_or_not.py`` to
``make_speech_or_not4.py``), with these more:

- A rebuttal or a denial with its speaker ("rejected the claim that X", "pushed back
  on / against suggestions that X", "hit back at claims that X", "refuted the suggestion
  that X", "rebutted accusations that X", "contested the finding that X", "swatted away
  suggestions that X", "X's rebuttal of the report") is speech; its content is the noun
  and its clause ("the claim that X"), as "denied charges that X" in the fourth suite.
- "dismissed X as Y" (also "wrote off X as Y") is speech, its content ``X as Y`` as for
  "described X as Y"; "dismissed concerns/reports that X" and "laughed off suggestions
  that X" are speech, the noun and its clause their content. "dismissed the class", "was
  dismissed from his post", "the judge dismissed the case" and "wrote off £2m in bad
  loans" report nothing: ``non_reporting``.
- Rumours, speculation, talk, whispers, gossip and word with nobody's voice ("Rumours
  that X swept the town", "There has been speculation that X", "Word spread that X", "It
  is rumoured that X") are not speech: ``unsaid``, category ``rumour``. Reports and
  claims with no reporter ("Reports that X spread online", "There are unconfirmed reports
  that X", "Online claims that X") are ``unattributed``. A named outlet's report ("The
  Courier reported that X", "According to local media, X") is speech.
- Scheduled speech whose words are given in advance ("will tell the conference that X,
  according to extracts released by her office", "is due to say in a speech tonight that
  X, according to a text seen by", "is set to tell MPs that X, according to a draft") is
  speech. Scheduled speech whose content is only expected ("is expected to announce",
  "is due to set out", "is scheduled to deliver her verdict", "will make a statement",
  "is expected to testify that") is a ``forecast``.
- Modal and hypothetical speech ("Critics could say that", "would argue that", "might
  claim that", "If asked, the club would say that", "One could argue that", "might have
  told him that", "may well ask why") is ``hypothetical``; "is likely to argue that" is
  a ``forecast``.
- What a speaker reports perceiving ("told police that they had heard shouting", "said
  that she had seen the boy go under", "reported seeing a drone") is speech; perceptions
  with no speech ("Witnesses saw", "Officers noticed", "The footage shows", "could see
  that", "It looked as if") are ``perception``.
- Refusals ("declined to comment on", "refused to say", "would not say", "refused to be
  drawn on", "did not respond to requests for comment", "would neither confirm nor
  deny", "refused to reveal", "would not discuss", "declined to answer questions about",
  "said it would not comment on") are ``non_quotes``, why ``refusal``, their span the
  refused matter (or the whole refusal, for "declined to comment on the report").

Run from the repository root: ``python3 tests/data/make_speech_or_not5.py``.
"""

from __future__ import annotations

from _generate import sibling

_FIRST = sibling("make_speech_or_not")
render = _FIRST.render
record, build, main = _FIRST.suite(
    "speech_or_not5", "son5", "speech_or_not5_passages:PASSAGES_A", "speech_or_not5_passages_b:PASSAGES_B"
)

if __name__ == "__main__":
    main()
