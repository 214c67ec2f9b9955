# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Passages of the fifth speech-or-not suite (written by ``make_speech_or_not5.py``).

Every passage is invented (people, towns, bodies and outlets do not exist) and was
written before reading the classify and scope stages or the cue lexicons. Each passage
holds reported speech that a speech-only annotator counts, next to a sentence that the
annotator does not count. The decisions are listed in ``make_speech_or_not5.py``.

Markup, as in the earlier suites: ``[[Q|...]]``, ``[[C|...]]``, ``[[S|...]]`` a speech
item's content, cue and source; ``[[N:why|...]]`` a non-quote; ``[[U:category|...]]``
an attribution that is not speech (not gold). More groups are in
``speech_or_not5_passages_b.py``.
"""

from __future__ import annotations

REBUTTALS: list[str] = [
    "[[S|The health secretary]] [[C|rejected]] [[Q|the claim that waiting lists had grown under her watch]]. Voters rejected [[N:non_reporting|her party's candidate]] in the by-election a week later.",
    "[[S|Lena Okafor]], the club's chief executive, [[C|pushed back on]] [[Q|suggestions that the stadium would be sold]]. The board pushed back [[N:non_reporting|the deadline for bids]] to June.",
    "[[S|The chief constable]] [[C|hit back at]] [[Q|claims that officers had ignored the warnings]]. Many residents remain convinced that [[U:belief|the warnings were ignored]].",
    "[[S|The water company]]'s [[C|rebuttal]] of [[Q|the regulator's report]] ran to forty pages. The notion that [[U:unattributed|the figures were rigged]] has taken hold online.",
    "[[S|Dr Hana Seto]] [[C|refuted]] [[Q|the suggestion that the vaccine had been rushed]]. A review found that [[U:finding|the trials had met every standard]].",
    "[[S|The mining firm]] [[C|denied]] [[Q|allegations that it had polluted the river]]. Fishermen noticed [[U:perception|dead fish near the outflow]] in April.",
    "[[S|Kemal Arslan]] [[C|rebutted]] [[Q|accusations that he had used party funds for his campaign]]. Border guards denied [[N:non_reporting|him entry]] the following week.",
    "The planning committee rejected [[N:non_reporting|the application for a fourth runway]]. [[S|The airport's lawyers]] [[C|said]] [[Q|that they would appeal]].",
    "[[S|The school's governors]] [[C|contested]] [[Q|the inspectors' finding that pupils were unsafe]]. The inspectors had found that [[U:finding|fire doors were propped open]].",
    "[[S|The broadcaster]] [[C|pushed back against]] [[Q|reports that its chairman had been forced out]]. Reports that [[U:unattributed|two more directors would leave]] went unanswered.",
    "[[S|Juno Park]] [[C|swatted away]] [[Q|suggestions that she would run for the leadership]]. Her allies believe [[U:belief|she will stand next year]].",
]

DISMISSALS: list[str] = [
    "[[S|The prime minister]] [[C|dismissed]] [[Q|the report as “a work of fiction”]]. The head teacher dismissed [[N:non_reporting|the class]] early because of the snow.",
    "[[S|Ferrand]] [[C|dismissed]] [[Q|the allegations as politically motivated]]. He was dismissed [[N:non_reporting|from his post as treasurer]] in 2019.",
    "[[S|The coach]] [[C|dismissed]] [[Q|talk of a crisis as “nonsense”]]. Supporters fear [[U:belief|that the season is slipping away]].",
    "[[S|The opposition leader]] [[C|dismissed]] [[Q|the budget as a “giveaway for the rich”]]. The judge dismissed [[N:non_reporting|the case against the two councillors]] for lack of evidence.",
    "[[S|The bank]] [[C|dismissed]] [[Q|concerns that the merger would cost jobs]]. Staff fear [[U:belief|that the call centre in Dunmore will close]].",
    "[[S|Yara Haddad]] [[C|laughed off]] [[Q|suggestions that she was too young for the job]]. She plans to [[U:intention|stand for the council again in May]].",
    "[[S|The defence secretary]] [[C|dismissed]] [[Q|the leaked memo as out of date]]. Figures show that [[U:finding|the navy is short of 400 sailors]].",
    "[[S|Union leaders]] [[C|dismissed]] [[Q|the pay offer as an insult]]. Members are expected to [[U:forecast|vote for a strike next week]].",
    "The manager was dismissed [[N:non_reporting|after a run of eight defeats]]. [[S|The club's owner]] [[C|said]] [[Q|that the decision had been taken “with a heavy heart”]].",
    "[[S|The singer]] [[C|dismissed]] [[Q|reports of a split as gossip]]. Fans had noticed [[U:perception|that the drummer was missing from the tour photos]].",
    "[[S|The mayor]] [[C|wrote off]] [[Q|the protest as the work of a few agitators]]. The bank wrote off [[N:non_reporting|£2m in bad loans]].",
]

RUMOURS: list[str] = [
    "Rumours that [[U:rumour|the factory would close]] swept the town on Monday. [[S|The plant manager]] [[C|told]] workers [[Q|that no decision had been made]].",
    "There has been speculation that [[U:rumour|the chancellor will raise fuel duty]]. [[S|A Treasury spokesman]] [[C|said]] [[Q|that the budget would be “fair to drivers”]].",
    "Reports that [[U:unattributed|the singer had been taken to hospital]] spread quickly online. [[S|Her manager]] [[C|said]] [[Q|she was resting at home]].",
    "[[S|The Harwick Courier]] [[C|reported]] [[Q|that the council had overspent by £4m]]. Rumours that [[U:rumour|the leader would resign]] followed within hours.",
    "Talk that [[U:rumour|the two clubs would merge]] has resurfaced. [[S|The Rovers chairman]] [[C|said]] [[Q|the idea was “dead and buried”]].",
    "Word spread that [[U:rumour|the border crossing had reopened]]. [[S|Officials at the crossing]] [[C|told]] drivers [[Q|to turn back]].",
    "[[C|According to]] [[S|local media]], [[Q|the mayor was questioned by police on Tuesday]]. There are unconfirmed reports that [[U:unattributed|a second man was detained]].",
    "Whispers that [[U:rumour|the coach had lost the dressing room]] grew louder after the defeat. [[S|The captain]] [[C|insisted]] [[Q|that the players were behind him]].",
    "It is rumoured that [[U:rumour|the prince will marry in the spring]]. [[S|The palace]] [[C|said]] [[Q|the prince was focused on his charity work]].",
    "Online claims that [[U:unattributed|the water supply had been poisoned]] were shared thousands of times. [[S|The water board]] [[C|said]] [[Q|that the water was safe to drink]].",
    "[[S|Two people familiar with the talks]] [[C|told]] the Ledger [[Q|that a deal was close]]. Gossip that [[U:rumour|the chief executive would be replaced]] has swirled for weeks.",
]

BELIEFS: list[str] = [
    "[[S|Nadia Ferro]] [[C|said]] [[Q|that the bridge would reopen on Monday]]. Many commuters believe [[U:belief|it should never have closed]].",
    "Scientists have long suspected that [[U:belief|the lake is warming faster than the sea]]. [[S|Professor Alun Rhys]] [[C|told]] the conference [[Q|that the data now proved it]].",
    "A study by the Tamsin Institute found that [[U:finding|one in five children skips breakfast]]. [[S|The education minister]] [[C|called]] [[Q|the figure “shocking”]].",
    "[[S|The farmer]] [[C|said]] [[Q|his crop had failed for the second year]]. He is convinced that [[U:belief|the new quarry has lowered the water table]].",
    "An audit concluded that [[U:finding|the council had paid twice for the same road repairs]]. [[S|The council leader]] [[C|said]] [[Q|the money would be recovered]].",
    "Police know that [[U:knowledge|the car was parked outside the bank for an hour]]. [[S|A detective]] [[C|urged]] [[Q|witnesses to come forward]].",
    "The data suggest that [[U:finding|crime fell by a tenth last year]]. [[S|The police commissioner]] [[C|warned]] [[Q|that the fall might not last]].",
    "[[S|Elif Demir]], the head of the chamber of commerce, [[C|argued]] [[Q|that the new tax would drive shops out of the centre]]. Traders feel [[U:belief|that nobody at the town hall is listening]].",
    "Records show that [[U:finding|the ferry had missed its last two inspections]]. [[S|The operator]] [[C|insisted]] [[Q|that the vessel was safe]].",
    "[[S|The minister]] [[C|acknowledged]] [[Q|that the scheme had been slow to start]]. Her officials are confident [[U:belief|that it will pick up in the new year]].",
    "It is widely assumed that [[U:belief|the president will stand again]]. [[S|Her press secretary]] [[C|said]] [[Q|that she had not yet decided]].",
]

INTENTIONS: list[str] = [
    "The government plans to [[U:intention|raise the school leaving age to 18]]. [[S|The education minister]] [[C|announced]] [[Q|that the change would start in 2028]].",
    "[[S|The airline]] [[C|announced]] [[Q|that it would cut 600 jobs]]. It hopes to [[U:intention|avoid compulsory redundancies]].",
    "[[S|The mayor]] [[C|pledged]] [[Q|to plant 10,000 trees]]. The council aims to [[U:intention|make the centre car-free by 2030]].",
    "The union is set to [[U:intention|ballot its members over the pay offer]]. [[S|Its general secretary]] [[C|said]] [[Q|that the offer was “nowhere near enough”]].",
    "[[S|The developer]] [[C|said]] [[Q|that it would submit new plans in the spring]]. It is drawing up plans to [[U:intention|add a school to the site]].",
    "Ministers are considering [[U:intention|a ban on disposable vapes]]. [[S|The health secretary]] [[C|told]] MPs [[Q|that a decision would come by the summer]].",
    "[[S|Ruiz]] [[C|vowed]] [[Q|to appeal the ban]]. His team decided to [[U:intention|withdraw him from next week's race]].",
    "The council's plan to [[U:intention|close three libraries]] has angered readers. [[S|The council]] [[C|said]] [[Q|that the buildings cost too much to heat]].",
    "[[S|The chief executive]] [[C|promised]] [[Q|shareholders a higher dividend]]. The firm wants to [[U:intention|buy a rival in Germany]].",
    "The ministry is planning [[U:intention|a new border post at Kessen]]. [[S|A spokeswoman]] [[C|confirmed]] [[Q|that the site had been surveyed]].",
    "[[S|Ola Nwosu]] [[C|threatened]] [[Q|to resign if the vote went ahead]]. She had been hoping to [[U:intention|stay until the summer]].",
]

PASSAGES_A: list[tuple[str, list[str]]] = [
    ("rebuttal", REBUTTALS),
    ("dismissal", DISMISSALS),
    ("rumour", RUMOURS),
    ("belief", BELIEFS),
    ("intention", INTENTIONS),
]
