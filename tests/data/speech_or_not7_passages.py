# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Passages of the seventh speech-or-not suite (written by ``make_speech_or_not7.py``).

Every passage is invented (people, towns, bodies and outlets do not exist) and was
written before reading the sense checks, the classify stages or the claims filters for
it. Each passage sets a clause that reports nothing (a cue word in an ordinary sense, an
idiom of "say", a sign's text, a refusal with a topic) next to speech a speech-only
annotator counts. The decisions are listed in ``make_speech_or_not7.py``.

Markup, as in the earlier suites: ``[[Q|...]]``, ``[[C|...]]``, ``[[S|...]]`` a speech
item's content, cue and source; ``[[N:why/category|...]]`` a non-quote; ``[[U:category|...]]``
an attribution that is not speech (not gold). More groups are in
``speech_or_not7_passages_b.py``.
"""

from __future__ import annotations

ORDINARY_SENSES: list[str] = [
    "The accused showed [[N:non_reporting/ordinary_sense|no emotion]] as the sentence was read out. [[S|His mother]] [[C|told]] reporters [[Q|that the family would appeal]].",
    "The young goalkeeper shows [[N:non_reporting/ordinary_sense|great promise]], and scouts from three clubs watched him on Sunday. [[S|His coach]] [[C|said]] [[Q|that he was not for sale]].",
    "The exhibition tells [[N:non_reporting/ordinary_sense|the story of the town's linen mills]]. [[S|The curator]] [[C|said]] [[Q|that most of the looms had been given by local families]].",
    "Hundreds of mourners said goodbye [[N:non_reporting/ordinary_sense|to the former mayor]] at a packed cathedral. [[S|Her successor]] [[C|said]] [[Q|that the city owed her “a great debt”]].",
    "Holiday bookings promise [[N:non_reporting/ordinary_sense|to be strong this summer]]. [[S|The tourist board]] [[C|said]] [[Q|that hotels were already four-fifths full for August]].",
    "[[S|The health secretary]] [[C|insisted]] [[Q|that waiting lists were falling]]. The hospitals' own figures tell [[N:non_reporting/ordinary_sense|a different story]].",
    "The rows of empty seats spoke [[N:non_reporting/ordinary_sense|volumes]]. [[S|The party's chairman]] [[C|said]] [[Q|that turnout had been hit by the rain]].",
    "[[S|The referees' union]] [[C|said]] [[Q|that three officials had been threatened this season]]. That says [[N:non_reporting/ordinary_sense|a lot about the state of the game]].",
    "The new tram line promises [[N:non_reporting/ordinary_sense|to cut journeys across the city by a third]]. [[S|Its critics]] [[C|argued]] [[Q|that the money would be better spent on buses]].",
    "The mural tells [[N:non_reporting/ordinary_sense|the history of the docks]] in twelve panels. [[S|The artist]] [[C|told]] the Courier [[Q|that it had taken her two years to paint]].",
]

SAY_IDIOMS: list[str] = [
    "Needless to say, [[N:non_reporting/idiom|the meeting ended without a deal]]. [[S|The union's negotiator]] [[C|said]] [[Q|that the offer had been “an insult”]].",
    "[[S|The opposition leader]] [[C|said]] [[Q|that the budget could not be balanced without cuts]]. The council has, so to speak, [[N:non_reporting/idiom|painted itself into a corner]].",
    "A rise of, say, [[N:non_reporting/idiom|ten per cent]] would wipe out the farm's profit. [[S|The farmers' union]] [[C|warned]] [[Q|that feed prices were still climbing]].",
    "It goes without saying [[N:non_reporting/idiom|that safety comes first]]. [[S|The site manager]] [[C|said]] [[Q|that the crane had been inspected on Monday]].",
    "Word has it [[U:rumour|that the manager will quit at the end of the season]]. [[S|The club's chairman]] [[C|said]] [[Q|that he had “full confidence” in him]].",
    "The sign at the gate says [[N:non_reporting/sign|that dogs must be kept on a lead]]. [[S|The ranger]] [[C|said]] [[Q|that two ewes had been killed last week]].",
    "[[S|The auditors]] [[C|said]] [[Q|that the firm faced “material uncertainty”]], which is to say [[N:non_reporting/idiom|it might not survive the year]].",
    "Suffice it to say [[N:non_reporting/idiom|that the visitors were not impressed]]. [[S|Their captain]] [[C|said]] [[Q|that the pitch had been “a disgrace”]].",
    "A notice on the surgery door says [[N:non_reporting/sign|that the practice is closed until Monday]]. [[S|The practice manager]] [[C|told]] patients [[Q|that a flood had damaged the waiting room]].",
    "Say what you like about the mayor, [[N:non_reporting/idiom|she turns up]]. [[S|Her deputy]] [[C|said]] [[Q|that she had attended every meeting this year]].",
]

REFUSALS_WITH_A_TOPIC: list[str] = [
    "The mayor's office [[N:refusal/topic|declined to comment on the proposal]]. [[S|A councillor]] [[C|said]] [[Q|that the vote would be held in March]].",
    "[[S|The regulator]] [[C|said]] [[Q|that it had opened an investigation]]. The bank [[N:refusal/topic|refused to comment on the allegations]].",
    "The club [[N:refusal/topic|would not comment on the negotiations]]. [[S|The player's agent]] [[C|said]] [[Q|that talks were “at an advanced stage”]].",
    "The ministry [[N:refusal/topic|declined to discuss the terms of the deal]]. [[S|A diplomat]] [[C|told]] the Ledger [[Q|that the two sides had agreed on a price]].",
    "[[S|The coroner]] [[C|said]] [[Q|that the death had been an accident]]. The family's lawyer [[N:refusal/topic|declined to comment on the verdict]].",
    "Police [[N:refusal/topic|refused to speculate about the cause of the fire]]. [[S|A neighbour]] [[C|said]] [[Q|that she had smelt gas the night before]].",
    "The company [[N:refusal/topic|declined to elaborate on the reasons for the closure]]. [[S|A shop steward]] [[C|said]] [[Q|that staff had been told by email]].",
    "[[S|The school's head]] [[C|confirmed]] [[Q|that a teacher had been suspended]]. The local authority [[N:refusal/topic|has not commented on the case]].",
    "The airline [[N:refusal/topic|declined to give details of the settlement]]. [[S|The passengers' lawyer]] [[C|said]] [[Q|that they were “satisfied”]].",
    "The embassy [[N:refusal/topic|would not comment on the reports]]. [[S|The foreign minister]] [[C|said]] [[Q|that the ambassador had been summoned]].",
]

PASSAGES_A: list[tuple[str, list[str]]] = [
    ("ordinary_sense", ORDINARY_SENSES),
    ("say_idiom", SAY_IDIOMS),
    ("refusal_topic", REFUSALS_WITH_A_TOPIC),
]
