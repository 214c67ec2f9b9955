# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Passages of the third speech-or-not suite (written by ``make_speech_or_not3.py``).

Every passage is invented (people, towns, bodies and outlets do not exist) and was
written before reading the classify and scope stages or the cue lexicons, and without
reading the passages of the first two speech-or-not suites. Each passage holds reported
speech that a speech-only annotator counts, next to a matched sentence that the
annotator does not count. The decisions are listed in ``make_speech_or_not3.py``.

Markup (offsets are computed while the text is assembled), as in the second suite:

- ``[[Q|...]]``, ``[[C|...]]``, ``[[S|...]]``: a speech item's content, cue and source
  (the source may be left out when the text names no speaker: "The court heard that");
  ``[[Q2|...]]``, ``[[C2|...]]``, ``[[S2|...]]`` a second item, and so on;
- ``[[N:why|...]]``: a non-quote (``negated``, ``refusal``, ``non_reporting`` or
  ``slogan``);
- ``[[U:category|...]]``: an attribution that is not speech (belief, intention,
  finding, perception, forecast, hypothetical, hearsay, rhetorical, unattributed). It is
  not gold.

The passages use no fillers: names are written out, so :data:`FILLERS` has one empty
entry. More groups are in ``speech_or_not3_passages_b.py``.
"""

from __future__ import annotations

FILLERS: list[dict[str, str]] = [{}]

FUTURE: list[str] = [
    "[[S|The chancellor]] [[C|will tell]] the party conference on Monday [[Q|that the country cannot borrow its way out of the slump]], according to extracts released overnight. Economists [[U:forecast|expect the speech to move markets only slightly]].",
    "[[S|Mireille Osterhout]] [[C|is due to say]] in a lecture at Carnbridge University tonight [[Q|that regulators have been too slow to act on online lending]]. She [[U:forecast|is expected to announce a review of payday loans]] next week.",
    "In a speech this afternoon, [[S|the health secretary]] [[C|will say]] [[Q|that waiting lists have fallen for a third month in a row]]. Officials [[U:forecast|are likely to unveil a new target]] before the summer.",
    "[[S|Tomas Grell]] [[C|will argue]] in his address to union delegates [[Q|that the four-day week pays for itself]]. The union [[U:forecast|is expected to back the idea]] at its vote on Thursday.",
    "The bank [[U:forecast|is widely expected to announce a cut in interest rates]] on Thursday. Its governor, [[S|Helga Brandvik]], [[C|will tell]] MPs the same day [[Q|that inflation is now under control]], according to remarks circulated in advance.",
    "[[S|The prime minister]] [[C|is set to warn]] in a speech in Glasgow [[Q|that the union faces its greatest test in a generation]], according to excerpts released by Downing Street. Aides [[U:forecast|predict a clash with the Scottish government]].",
    "[[S|Councillor Ama Oduya]] [[C|will propose]] at Tuesday's meeting [[Q|that the market hall be turned into a community centre]]. The council [[U:forecast|may decide to delay the vote]] until spring.",
    "Analysts [[U:forecast|think the company will report a loss for the year]]. [[S|Its chief executive, Darren Pyle]], [[C|is scheduled to tell]] shareholders on Friday [[Q|that the worst of the downturn is over]], according to a copy of his speech seen by reporters.",
    "[[S|The archbishop]] [[C|will say]] in his Christmas sermon [[Q|that loneliness is the great sickness of our age]]. He [[U:forecast|could also mention the refugee crisis]].",
    "[[S|Senator Okafor]] [[C|will tell]] the hearing on Wednesday [[Q|that she was never briefed on the contract]]. [[U:forecast|Committee members are expected to press her]] on the dates.",
]

REFUSAL: list[str] = [
    "Asked how long the bridge would stay closed, the engineer said [[N:refusal|he would not speculate on a reopening date]]. [[S|The transport minister]] [[C|said]] [[Q|that the repairs would be paid for by the county]].",
    "[[S|Police]] [[C|said]] [[Q|they were not ruling anything out]]. A spokeswoman [[N:refusal|refused to rule out a link with the earlier burglaries]].",
    "The minister [[N:refusal|refused to rule out tax rises in the autumn budget]]. [[S|Her deputy]], however, [[C|said]] [[Q|that there were no plans to raise income tax]].",
    "The club said [[N:refusal|it would not comment on speculation about the manager's future]]. [[S|The chairman]] [[C|told]] supporters after the match [[Q|that the manager had the board's full backing]].",
    "[[S|Lindqvist]] [[C|told]] reporters [[Q|that she would not be drawn into a debate about her rival's health]]. Her campaign manager [[N:refusal|would not say whether she planned to debate him at all]].",
    "The coach [[N:refusal|would not name his starting eleven]] for Saturday. [[S|He]] [[C|did say]] [[Q|that the captain had recovered from his knee injury]].",
    "The hospital trust said [[N:refusal|it was unable to comment on individual cases]]. [[S|A spokesman]] [[C|confirmed]] [[Q|that the ward had been closed to visitors]].",
    "Pressed on the figures, [[S|Mr Varga]] [[C|insisted]] [[Q|that it would be wrong to speculate before the inquiry reported]]. His department [[N:refusal|refused to release the draft report]].",
    "The airline [[N:refusal|would not be drawn on how many flights would be cancelled]]. [[S|Its chief operating officer]] [[C|said]] [[Q|that most passengers would be rebooked within a day]].",
    "The striker's agent [[N:refusal|refused to say whether talks with other clubs had taken place]]. [[S|The player himself]] [[C|said]] [[Q|that he was happy and wanted to stay]].",
]

UNSURE: list[str] = [
    "[[S|The fire chief]] [[C|said]] [[Q|she could not say whether the blaze had been started deliberately]]. Investigators [[N:negated|could not say what had caused it]] either.",
    "The ministry [[N:negated|was unable to confirm that the soldiers had been released]]. [[S|A local official]] [[C|told]] the Kessler Post [[Q|that the men had crossed the border on Sunday night]].",
    "[[S|The coastguard]] [[C|said]] [[Q|it was too soon to know whether the missing yacht had sunk]]. It [[N:negated|could not confirm reports that wreckage had been found]].",
    "Officials [[N:negated|could not say how many homes had lost power]]. [[S|The energy company]] [[C|said]] [[Q|that engineers were working through the night]].",
    "[[S|Dr Hallström]] [[C|admitted]] [[Q|that he did not know why the vaccine worked better in older patients]]. The manufacturer [[N:negated|has not said when the full data will be published]].",
    "[[S|The mayor's office]] [[C|said]] [[Q|it had no information about the arrests]]. Police [[N:negated|were unable to say whether anyone had been charged]].",
    "The agency [[N:negated|could not confirm the name of the dead man]]. [[S|His brother]] [[C|told]] reporters outside the house [[Q|that the family had been waiting for news for three days]].",
    "[[S|A spokesman for the school]] [[C|said]] [[Q|he was not in a position to discuss the complaint]]. The head teacher [[N:negated|did not say whether the teacher had been suspended]].",
    "[[S|Brennan]] [[C|said]] [[Q|she was unsure whether the deal would survive the election]]. Her negotiators [[N:negated|have not said what they would accept]].",
    "The regulator [[N:negated|did not confirm that an investigation was under way]]. [[S|Two people briefed on the matter]] [[C|said]] [[Q|that inspectors had visited the firm's offices]].",
]

ASKED: list[str] = [
    "[[S|Reporters]] [[C|asked]] the minister [[Q|whether she would resign]]. Some colleagues [[U:belief|think that she might have to]].",
    "[[S|Ingrid Sollum]] [[C|asked]] the planning officer [[Q|if the new road would pass behind her garden]]. Many residents [[U:belief|wonder whether the scheme will ever be built]].",
    "At the hearing, [[S|Judge Amberley]] [[C|asked]] the witness [[Q|whether he had seen the driver's face]]. [[U:rhetorical|The question is whether anyone did]].",
    "[[S|The opposition leader]] [[C|asked]] the prime minister [[Q|why the hospital had still not been built]]. [[U:unattributed|It remains unclear when work will start]].",
    "[[S|Parents]] [[C|have asked]] the council [[Q|whether the school bus can stop closer to the estate]]. Some of them [[U:belief|doubt that the route is safe]].",
    "[[S|One shareholder]] [[C|asked]] the board [[Q|how the chairman's pay rise could be justified]]. [[U:unattributed|Whether the rise will be approved is far from certain]].",
    "[[S|The inspector]] [[C|asked]] staff [[Q|whether they had been trained to use the new machines]]. Managers [[U:belief|wondered if the visit would lead to a fine]].",
    "[[S|Ahmed Tarrow]] [[C|asked]] his landlord [[Q|if the boiler would be repaired before winter]]. He [[U:belief|has no idea whether it will be]].",
    "[[S|The committee]] [[C|asked]] the company [[Q|whether it had paid any tax in the country since 2019]]. Analysts [[U:belief|suspect that it has not]].",
    "[[S|Tenants]] [[C|asked]] the housing association [[Q|why the repairs had taken eight months]]. [[U:rhetorical|It is a fair question, and nobody has an answer]].",
]

NOUNS: list[str] = [
    "[[S|The minister's]] [[C|admission]] [[Q|that the figures had been wrong]] caused uproar in the chamber. [[U:unattributed|The claim that the figures were manipulated]] has circulated online for months.",
    "[[S|Dr Esther Koll]] repeated [[C|her warning]] [[Q|that the river could flood again this winter]]. [[U:unattributed|Fears that the defences are too low]] have grown since March.",
    "[[S|His]] [[C|claim]] [[Q|that the ballots had been tampered with]] was rejected by the electoral commission. [[U:unattributed|The idea that the election was stolen]] is popular on some forums.",
    "[[S|The company]] broke [[C|its pledge]] [[Q|to keep the factory open until 2030]], the union said. [[U:unattributed|Hopes of a rescue deal]] have faded.",
    "[[S|Olsen's]] [[C|insistence]] [[Q|that she had acted alone]] did not convince the jury. [[U:unattributed|The belief that she had help]] was shared by the detectives.",
    "[[S|The governor]] made [[C|a promise]] [[Q|to end homelessness among veterans]] during the campaign. [[U:unattributed|The suspicion that the promise cannot be kept]] is widespread.",
    "Residents rejected [[S|the council's]] [[C|suggestion]] [[Q|that the noise came from the motorway]]. [[U:unattributed|Rumours that the airport will expand]] have added to their anger.",
    "[[S|The coach's]] [[C|complaint]] [[Q|that his side had been denied two penalties]] earned him a fine. [[U:unattributed|The view that referees favour bigger clubs]] is common among fans.",
    "[[S|Prosecutors]] dropped [[C|their allegation]] [[Q|that the accountant had destroyed documents]]. [[U:unattributed|The theory that the files were deleted by accident]] is now accepted.",
    "Bakr welcomed [[C|the announcement]] by [[S|the regulator]] [[Q|that prices would be capped]]. [[U:unattributed|Expectations that bills will fall]] may be disappointed.",
]

MENTAL: list[str] = [
    "[[S|Mrs Danso]] [[C|said]] [[Q|she feared for her son's safety]]. Her neighbours [[U:belief|fear that the estate is becoming more dangerous]].",
    "[[S|The manager]] [[C|told]] reporters [[Q|he believed his team could still win the league]]. Few supporters [[U:belief|believe that they can]].",
    "[[S|Ryland]] [[C|admitted]] [[Q|he was worried about the state of the company's finances]]. His investors [[U:belief|are worried that he has left it too late]].",
    "[[S|The pilot]] [[C|said]] [[Q|that he had thought the runway was clear]]. Investigators [[U:belief|think he misread the lights]].",
    "[[S|Councillor Pemberton]] [[C|told]] the meeting [[Q|she was convinced the library could be saved]]. Campaigners [[U:belief|are less sure that it can]].",
    "[[S|The singer]] [[C|confessed]] in an interview [[Q|that she had always hated the band's first album]]. Fans [[U:belief|suspect that the rest of the group felt the same]].",
    "[[S|Agnes Mbeki]] [[C|said]] [[Q|she hoped the talks would resume in the new year]]. Diplomats [[U:belief|hope for a breakthrough before then]].",
    "[[S|The farmer]] [[C|told]] the inquiry [[Q|that he suspected the water had been contaminated for years]]. Scientists [[U:belief|suspect the same]].",
    "[[S|Lowe]] [[C|said]] [[Q|he felt betrayed by the party leadership]]. Many members [[U:belief|feel that the leadership has lost its way]].",
    "[[S|The headmistress]] [[C|wrote]] to parents [[Q|that she was deeply concerned about pupils' use of phones]]. Teachers [[U:belief|are concerned that a ban will not work]].",
]

HEARSAY: list[str] = [
    "[[S|The minister]] [[C|is reported to have told]] colleagues [[Q|that she would quit if the bill failed]]. She [[U:hearsay|is believed to be considering a run for the leadership]].",
    "[[S|Holtby]] [[C|allegedly told]] the officers [[Q|that the car belonged to a friend]]. He [[U:hearsay|is thought to have left the country since]].",
    "[[S|The striker]] [[C|reportedly said]] [[Q|that he wanted to leave the club in January]]. He [[U:hearsay|is understood to be unhappy with his wages]].",
    "[[S|Vance]] [[C|is said to have told]] his staff [[Q|that the merger was off]]. The company [[U:hearsay|is rumoured to be looking for another partner]].",
    "[[S|The ambassador]] [[C|apparently told]] the foreign ministry [[Q|that the visit should be postponed]]. Relations [[U:hearsay|are said to be at their lowest point in years]].",
    "[[S|Kerrigan]] [[C|is alleged to have said]] [[Q|that the contract would go to his brother's firm]]. The firm [[U:hearsay|is believed to have donated to his campaign]].",
    "[[S|The chairman]] [[C|was heard telling]] a steward [[Q|that the referee had cost them the game]]. He [[U:hearsay|is reported to be facing a touchline ban]].",
    "[[S|Sommer]] [[C|is understood to have told]] the board [[Q|that he would not seek another term]]. His deputy [[U:hearsay|is tipped to succeed him]].",
    "[[S|The general]] [[C|reportedly warned]] the president [[Q|that the army could not hold the city]]. Thousands of troops [[U:hearsay|are reported to have withdrawn]].",
    "[[S|Mendoza]] [[C|is believed to have told]] friends [[Q|that she had been offered a job in Brussels]]. She [[U:hearsay|is thought to be keen to take it]].",
]

PASSAGES_A: list[tuple[str, list[str]]] = [
    ("future", FUTURE),
    ("refusal", REFUSAL),
    ("unsure", UNSURE),
    ("asked", ASKED),
    ("nouns", NOUNS),
    ("mental", MENTAL),
    ("hearsay", HEARSAY),
]
