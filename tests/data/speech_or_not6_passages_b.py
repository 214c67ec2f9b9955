# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""More passages of the sixth speech-or-not suite (written by ``make_speech_or_not6.py``).

Promises and assurances with content, apologies, "said X but would not say Y", refusals of
an action (not of speech) and clear speech controls, in the markup of
``speech_or_not6_passages.py``.
"""

from __future__ import annotations

PROMISES: list[str] = [
    "[[S|The governor]] [[C|made a promise]] [[Q|that no school would close]]. Teachers fear [[U:belief|that some will]].",
    "[[S|The minister]] sought to [[C|give assurances]] [[Q|that the pensions were safe]]. Savers remain worried that [[U:belief|they will lose out]].",
    "[[S|The developer]] [[C|gave an undertaking]] [[Q|that the trees would be replanted]]. The council plans to [[U:intention|check the site in spring]].",
    "[[S|Mr Ferrante]] [[C|promised]] voters [[Q|that taxes would not rise]]. Economists expect [[U:forecast|a rise within two years]].",
    "[[S|The club's owners]] [[C|offered assurances]] [[Q|that the team would stay in the city]]. The promise [[N:non_reporting/ordinary_sense|of a new stadium]] has kept fans patient.",
    "[[S|The railway company]] [[C|pledged]] [[Q|to restore the Sunday service by June]]. Commuters hope [[U:belief|that it will]].",
    "[[S|The president]] [[C|vowed]] [[Q|that those responsible would be found]]. Investigators believe [[U:belief|the fire was started deliberately]].",
    "[[S|The chief executive]] [[C|gave a guarantee]] [[Q|that no jobs would be lost]]. Staff plan to [[U:intention|hold him to it]].",
    "[[S|The health board]] [[C|made a commitment]] [[Q|that the clinic would reopen]]. The building shows [[N:non_reporting/ordinary_sense|no sign of work]].",
    "[[S|Ms Kowal]] [[C|reassured]] parents [[Q|that the water was safe to drink]]. Tests later found that [[U:finding|lead levels were normal]].",
]

APOLOGIES: list[str] = [
    "[[S|The rail operator]] [[C|issued an apology]] [[Q|for the delays]]. Passengers hope [[U:belief|that the timetable will improve]].",
    "[[S|The newspaper]] [[C|apologised]] [[Q|for the error]]. Its editor plans to [[U:intention|review how the story was checked]].",
    "[[S|The minister]] [[C|apologised]] [[Q|that the letters had been sent to the wrong addresses]]. Officials expect [[U:forecast|the new letters to arrive next week]].",
    "[[S|The hospital]] [[C|said]] [[Q|it was “deeply sorry” for the distress caused]]. An inquiry found that [[U:finding|the patient had waited eleven hours]].",
    "[[S|The footballer]] [[C|apologised]] to the referee [[Q|for his outburst]] after the match. Fans saw [[U:perception|him shake the referee's hand]].",
    "[[S|The airline]] [[C|offered an apology]] [[Q|for the lost luggage]]. The promise [[N:non_reporting/ordinary_sense|of cheap flights]] has drawn new customers.",
    "[[S|The chief constable]] [[C|apologised]] [[Q|for the way the families had been treated]]. Campaigners want [[U:intention|a public inquiry]].",
    "[[S|The company]] [[C|issued a statement]] [[Q|apologising for the outage]]. Engineers believe [[U:belief|a software update was to blame]].",
    "[[S|The comedian]] [[C|apologised]] [[Q|for the joke]], [[S2|she]] [[C2|said]], [[Q2|“to anyone it hurt”]]. Her fans hope [[U:belief|that she will tour again]].",
    "[[S|The council]] [[C|said sorry]] [[Q|for the missed bin collections]]. Residents noticed [[U:perception|rubbish piling up in the lanes]].",
]

WOULD_NOT_SAY: list[str] = [
    "[[S|The minister]] [[C|said]] [[Q|that the inquiry would be independent]] but would not say [[N:refusal/refused_matter|who would lead it]].",
    "[[S|The club]] [[C|said]] [[Q|that the striker had a knee injury]] but would not say [[N:refusal/refused_matter|how long he would be out]].",
    "[[S|Police]] [[C|said]] [[Q|that a woman had been questioned]] but refused to say [[N:refusal/refused_matter|whether she had been charged]].",
    "[[S|The firm]] [[C|confirmed]] [[Q|that it had been hacked]] but declined to say [[N:refusal/refused_matter|how many customers were affected]].",
    "[[S|The ambassador]] [[C|said]] [[Q|that talks were under way]], but would not say [[N:refusal/refused_matter|where they were being held]].",
    "[[S|Her agent]] [[C|said]] [[Q|that the actress was “taking a break”]] and would not say [[N:refusal/refused_matter|when she would return]].",
    "[[S|The school]] [[C|said]] [[Q|that a pupil had been excluded]] but would not say [[N:refusal/refused_matter|why]].",
    "[[S|The army]] [[C|said]] [[Q|that two soldiers had been wounded]], but it declined to say [[N:refusal/refused_matter|where the attack took place]].",
    "[[S|The museum]] [[C|said]] [[Q|that the painting had been sold]] but would not reveal [[N:refusal/refused_matter|the price]].",
    "[[S|Mr Osei]] [[C|told]] the hearing [[Q|that he had met the buyer twice]] but would not say [[N:refusal/refused_matter|what they had discussed]].",
]

ACTIONS: list[str] = [
    "The striker declined to [[U:intention|join the squad for the friendly]]. [[S|His agent]] [[C|said]] [[Q|that he was injured]].",
    "The senator refused to [[U:intention|sign the letter]]. [[S|She]] [[C|said]] [[Q|that it went “too far”]].",
    "[[S|The union]] [[C|said]] [[Q|that its members would not cross the picket line]]. The company wants to [[U:intention|hire temporary drivers]].",
    "The mayor declined to [[U:intention|attend the ceremony]]. [[S|Her office]] [[C|said]] [[Q|that she had a prior engagement]].",
    "The witness refused to [[U:intention|take the oath]]. [[S|The judge]] [[C|warned]] [[Q|that he could be jailed for contempt]].",
    "[[S|The bishop]] [[C|said]] [[Q|that the church would not sell the hall]]. The diocese hopes to [[U:intention|rent it out instead]].",
    "The champion refused to [[U:intention|shake hands with her opponent]]. [[S|She]] later [[C|said]] [[Q|that she had been “upset by the line calls”]].",
    "The board declined to [[U:intention|raise the offer]]. [[S|Shareholders]] [[C|said]] [[Q|that they would vote against the deal]].",
    "[[S|The landlord]] [[C|told]] tenants [[Q|that the rent would rise in April]]. Several tenants plan to [[U:intention|move out]].",
    "The prisoner refused [[U:intention|food for ten days]]. [[S|His lawyer]] [[C|said]] [[Q|that his health was failing]].",
]

CONTROLS: list[str] = [
    "[[S|The finance minister]] [[C|said]] [[Q|that inflation had peaked]]. Markets expect [[U:forecast|a rate cut in the spring]].",
    "“[[Q|We will rebuild]],” [[S|the mayor]] [[C|said]]. Many residents [[U:belief|doubt that the money will come]].",
    "[[S|Dr Imre]] [[C|told]] the committee [[Q|that the drug had saved lives]]. The trial data show [[U:finding|a fall in deaths of a third]].",
    "[[S|The head of the fire service]] [[C|warned]] [[Q|that the hills were “tinder dry”]]. Firefighters plan to [[U:intention|patrol the forest overnight]].",
    "[[S|Lorna Feld]] [[C|announced]] [[Q|that she would stand for mayor]]. Polls suggest [[U:finding|she is ten points behind]].",
    "[[C|According to]] [[S|the coastguard]], [[Q|the two sailors were found alive]]. Their families had feared [[U:belief|the worst]].",
    "[[S|The defence]] [[C|argued]] [[Q|that the evidence had been obtained illegally]]. The jury is expected to [[U:forecast|retire on Friday]].",
    "[[S|The striker]] [[C|admitted]] [[Q|that he had “not been good enough”]]. His coach thinks [[U:belief|he needs a rest]].",
    "[[S|A spokesman for the council]] [[C|said]]: “[[Q|The road will reopen on Monday]].” Drivers noticed [[U:perception|that the diversion signs had gone]].",
    "[[S|The charity]] [[C|urged]] [[Q|the government to act on child poverty]]. Ministers intend to [[U:intention|publish a plan in the autumn]].",
]

PASSAGES_B: list[tuple[str, list[str]]] = [
    ("promise", PROMISES),
    ("apology", APOLOGIES),
    ("would_not_say", WOULD_NOT_SAY),
    ("action_refusal", ACTIONS),
    ("control", CONTROLS),
]
