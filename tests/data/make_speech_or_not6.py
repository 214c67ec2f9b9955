"""Write ``tests/data/speech_or_not6.jsonl``: a sixth suite of what counts as speech.

Session 15 wrote this suite before reading the classify stages, the claims filters and
senses or the cue lexicons for it. Its 90 invented news passages each pair speech that a
speech-only annotator counts with a clause that reports no content, by group: refusals
with nothing refused but comment ("declined to comment on the plan", "would not
elaborate", "could not be reached for comment"); anonymity clauses ("who did not want to
be named", "spoke on condition of anonymity"); senses of cue words that report nothing
("said goodbye to", "tells the story of", "showed no emotion", "The promise of peace",
"Sales promise to be strong"); questions put to a speaker ("was asked why", "were asked
by police to", "Asked about X, she said"); promises and assurances with content ("made a
promise that", "sought to give assurances that"); apologies ("issued an apology for the
delays"); "said X but would not say Y"; refusals of an action ("declined to attend");
and clear speech controls.

The decisions follow the earlier suites' (``make_speech_or_not.py`` to
``make_speech_or_not5.py``), with these more:

- A refusal whose only refused matter is comment itself ("declined to comment on the
  plan", "refused to comment further", "would not elaborate", "declined to say more",
  "did not respond to a request for comment", "declined to be interviewed") is a
  ``non_quotes`` entry, why ``refusal``, category ``bare``, its span the whole refusal.
- An anonymity clause ("who did not want to be named", "asked not to be identified",
  "declined to give her name", "on condition of anonymity", "requested anonymity") is a
  ``non_quotes`` entry, why ``refusal``, category ``anonymity``, its span the matter
  refused ("to be named", "of anonymity"); the speech it goes with is speech.
- "said goodbye to", "tells the story of", "showed no emotion", "shows great promise",
  "The promise of peace", "Sales promise to be strong", "speak for themselves", "The gauge
  read" report nothing: ``non_reporting``, category ``ordinary_sense``, their span the
  object.
- A question put to someone is speech by its asker: "was asked why X" (asker unnamed: no
  source), "were asked by police to X" (source the police). "Asked about the strike, she
  said ..." is one speech item, her words; "about the strike" is a topic, not content:
  ``non_reporting``, category ``question_topic``.
- A promise, pledge, guarantee, undertaking or assurance with a clause or an infinitive
  ("made a promise that", "sought to give assurances that", "gave an undertaking that") is
  speech, its content the clause; the outer "sought to" does not make it an intention.
- An apology is speech, its content what it is for ("issued an apology for the delays":
  ``for the delays``; "apologised that X": the clause). (Session 17, with the seventh suite:
  an apology with only an addressee names no content, so the passage "apologised to the
  referee" now says what the apology was for, "for his outburst".)
- "said that X but would not say Y": X is speech; Y is a ``non_quotes`` entry, why
  ``refusal``, category ``refused_matter``. The content does not run over the refusal.
- A refusal of an action ("declined to attend the ceremony", "refused to sign the
  letter", "refused food") is an intention, not speech: ``unsaid``, category ``intention``.

Run from the repository root: ``python3 tests/data/make_speech_or_not6.py``.
"""

from __future__ import annotations

from _generate import sibling

_FIRST = sibling("make_speech_or_not")
render = _FIRST.render
record, build, main = _FIRST.suite(
    "speech_or_not6", "son6", "speech_or_not6_passages:PASSAGES_A", "speech_or_not6_passages_b:PASSAGES_B"
)

if __name__ == "__main__":
    main()
