# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""More passages of the seventh speech-or-not suite (written by ``make_speech_or_not7.py``).

Speech acts in unusual wording, apologies next to thanks and greetings, and what a court,
an inquest or a committee heard, in the markup of ``speech_or_not7_passages.py``.
"""

from __future__ import annotations

UNUSUAL_WORDING: list[str] = [
    "[[S|The new coach]] [[C|made a promise]] [[Q|that the team would play attacking football]]. Supporters hope [[U:belief|that he keeps it]].",
    "[[S|The energy minister]] sought to [[C|give assurances]] [[Q|that no power station would close this winter]]. Unions fear [[U:belief|that two will]].",
    "[[S|The landlord]] [[C|gave an undertaking]] [[Q|that the damp flats would be repaired by the winter]]. The council intends to [[U:intention|inspect them in November]].",
    "[[S|Dr Hallam]] went on the record to [[C|say]] [[Q|that the children's ward was unsafe]]. Colleagues believe [[U:belief|that others share her view]].",
    "[[S|The farmers' leader]] took to the airwaves to [[C|urge]] [[Q|shoppers to buy British lamb]]. Supermarkets plan to [[U:intention|cut the price of imports]].",
    "[[S|The palace]] [[C|let it be known]] [[Q|that the prince would not attend the wedding]]. Guests expect [[U:forecast|a short ceremony]].",
    "[[S|The striker]] [[C|gave his word]] [[Q|that he would stay until the end of the season]]. Many fans doubt [[U:belief|that he will]].",
    "[[S|The senator]] took to social media to [[C|insist]] [[Q|that she had done nothing wrong]]. Her critics suspect [[U:belief|that she knew about the payments]].",
    "[[S|The chief executive]] sought to [[C|reassure]] [[Q|investors that the merger was on track]]. The company intends to [[U:intention|close the deal by June]].",
    "[[S|The bishop]] [[C|made it known]] [[Q|that he would retire at Easter]]. The diocese hopes to [[U:intention|name his successor by the summer]].",
]

APOLOGIES: list[str] = [
    "[[S|The energy firm]] [[C|apologised]] [[Q|for the billing errors]]. It thanked [[N:non_reporting/thanks|customers for their patience]].",
    "[[S|The council]] [[C|said sorry]] [[Q|for the missed bin collections]]. Residents noticed [[U:perception|rubbish piling up in the alleys]].",
    "[[S|The rail company]] [[C|apologised]] [[Q|that trains had been cancelled without warning]]. Commuters hope [[U:belief|that the new timetable will help]].",
    "[[S|The hotel chain]] [[C|issued an apology]] [[Q|for the data breach]]. Its chairman congratulated [[N:non_reporting/thanks|the staff who found the flaw]].",
    "[[S|The bishop]] [[C|said]] [[Q|that he was “truly sorry” for the harm done]]. The congregation welcomed [[N:non_reporting/thanks|his successor]] on Sunday.",
    "[[S|Mr Tarrow]] [[C|apologised]] [[Q|for his remarks about nurses]]. He paid tribute [[N:non_reporting/thanks|to the staff of the ward]].",
    "[[S|The school]] [[C|expressed regret]] [[Q|that parents had not been told sooner]]. The head thanked [[N:non_reporting/thanks|families for their support]].",
    "[[S|The broadcaster]] [[C|apologised]] [[Q|for the delays to its evening bulletins]]. Viewers saw [[U:perception|the presenter leave the studio]].",
    "[[S|The chef]] [[C|said sorry]] [[Q|for the outbreak of food poisoning]]. Diners said goodbye [[N:non_reporting/ordinary_sense|to the restaurant]] on Friday.",
    "[[S|The police chief]] [[C|apologised]] [[Q|for the way the protest had been handled]]. She thanked [[N:non_reporting/thanks|officers for their courage]].",
]

HEARINGS: list[str] = [
    "[[C|The court heard]] [[Q|that the van, which had been reported stolen, was found near the river]]. Neighbours heard [[U:perception|a loud bang]] shortly after midnight.",
    "[[C|The inquest heard]] [[Q|that Mr Doyle, a keen climber, had fallen about 30 metres]]. His family learnt [[U:knowledge|of his death from a friend]].",
    "[[C|Jurors heard]] [[Q|that the defendant, who denies murder, had bought a knife two days earlier]]. The trial is expected to [[U:forecast|last three weeks]].",
    "[[C|The tribunal heard]] [[Q|that, in March last year, the firm dismissed forty staff by text message]]. Former employees believe [[U:belief|that they were targeted]].",
    "[[C|The committee heard]] [[Q|that the scheme, launched in 2021, had cost £3m more than planned, and that no audit had been done]]. Villagers heard [[U:hearsay|that the project would be scrapped]].",
    "[[C|The hearing was told]] [[Q|that the nurse, on duty alone, had missed two checks]]. Relatives fear [[U:belief|that more patients were harmed]].",
    "[[C|The court heard]] [[Q|that the couple, both in their seventies, lost their savings]]. Detectives suspect [[U:belief|that other victims exist]].",
    "[[C|The inquiry heard]] [[Q|that, despite repeated warnings, the cladding was never replaced]]. The report is expected to [[U:forecast|be published in the spring]].",
    "[[C|Magistrates heard]] [[Q|that Ms Penrose, 42, had been driving at twice the speed limit]]. Witnesses saw [[U:perception|the car clip a lamp post]].",
    "[[C|The panel heard]] [[Q|that the coach had, on several occasions, shouted at players]]. Parents had suspected [[U:belief|that something was wrong]].",
]

PASSAGES_B: list[tuple[str, list[str]]] = [
    ("unusual_wording", UNUSUAL_WORDING),
    ("apology", APOLOGIES),
    ("hearing", HEARINGS),
]
