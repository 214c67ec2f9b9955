"""Write ``tests/data/speech_or_not7.jsonl``: a seventh suite of what counts as speech.

Session 17 wrote this suite before reading the sense checks, the classify stages or the
claims filters for it. Its 60 invented news passages each set a clause that reports no
speech next to speech that a speech-only annotator counts, by group: cue words in an
ordinary sense ("showed no emotion", "shows great promise", "tells the story of", "said
goodbye to", "Bookings promise to be strong", "the figures tell a different story",
"spoke volumes", "That says a lot about"); idioms of "say" and signs ("Needless to say",
"so to speak", "say, ten per cent", "It goes without saying", "Word has it", "which is
to say", "Suffice it to say", "Say what you like about", "The sign says"); refusals
with a topic ("declined to comment on the proposal"); speech acts in unusual wording
("made a promise that", "sought to give assurances that", "gave an undertaking that",
"went on the record to say", "took to the airwaves to urge", "let it be known that",
"gave his word that"); apologies next to thanks, tributes and greetings; and what a
court, an inquest or a committee heard, its content holding commas.

The decisions follow the earlier suites' (``make_speech_or_not.py`` to
``make_speech_or_not6.py``), with these more:

- An idiom of "say" ("Needless to say", "so to speak", "say" for "for example", "It goes
  without saying", "which is to say", "Suffice it to say", "Say what you like about")
  is the writer's voice and reports nobody's speech: ``non_reporting``, category
  ``idiom``, its span the words it would take as content.
- What a sign, a notice or a label says is a standing text, not an act of speech (as
  the first suite decided for "the sign said", and the third for labels):
  ``non_reporting``, category ``sign``, its span the text.
- "Word has it that X" is a rumour with no speaker: ``unsaid``, category ``rumour``.
- A refusal with a topic ("declined to comment on the proposal", "would not comment on
  the negotiations", "refused to speculate about the cause") says that nothing was
  said: a ``non_quotes`` entry, why ``refusal``, category ``topic``, its span the whole
  refusal, as the sixth suite's bare refusals. The attribution scope keeps it as a
  negated claim (PolNeAR annotates it); the speech scope drops it.
- An apology is speech; its content is what it is for ("apologised for the billing
  errors": ``for the billing errors``) or its clause ("apologised that ..."). "said
  sorry for X" is the same speech act, its cue "said sorry". This settles the sixth
  suite's decision against the third's ("apologised for the delays" there was
  ``non_reporting``; its gold is now a speech item). Thanks, congratulations, welcomes
  and tributes report no words: ``non_reporting``, category ``thanks``.
- A promise, an assurance, an undertaking or one's word given with a clause ("gave his
  word that", "made it known that", "let it be known that") is speech, its content the
  clause; an outer "sought to", "went on the record to" or "took to the airwaves to"
  frames the speech act and is not an intention.
- "The court heard that X" is speech with no source (as in the third suite); its content
  runs from "that" to the end of the clause, over commas, appositions and relative
  clauses, and over a second "and that" clause.

Run from the repository root: ``python3 tests/data/make_speech_or_not7.py``.
"""

from __future__ import annotations

from _generate import sibling

_FIRST = sibling("make_speech_or_not")
render = _FIRST.render
record, build, main = _FIRST.suite(
    "speech_or_not7", "son7", "speech_or_not7_passages:PASSAGES_A", "speech_or_not7_passages_b:PASSAGES_B"
)

if __name__ == "__main__":
    main()
