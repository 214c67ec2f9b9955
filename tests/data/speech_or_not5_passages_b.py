# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""More passages of the fifth speech-or-not suite (written by ``make_speech_or_not5.py``).

Perceptions, modal and hypothetical speech, scheduled speech, refusals and clear speech
controls, in the markup of ``speech_or_not5_passages.py``.
"""

from __future__ import annotations

PERCEPTIONS: list[str] = [
    "Witnesses saw [[U:perception|smoke rising from the roof]] shortly after midnight. [[S|The fire service]] [[C|said]] [[Q|that the blaze had started in the kitchen]].",
    "[[S|Neighbours]] [[C|told]] police [[Q|that they had heard shouting]]. Officers noticed [[U:perception|that the back door had been forced]].",
    "Residents heard [[U:perception|a loud bang]] at about 3am. [[S|A police spokesman]] [[C|said]] [[Q|a gas main had burst]].",
    "[[S|The lifeguard]] [[C|said]] [[Q|that she had seen the boy go under twice]]. Onlookers watched [[U:perception|as the helicopter lowered a winch]].",
    "The CCTV footage shows [[U:perception|a man in a red jacket leaving the shop]]. [[S|The owner]] [[C|said]] [[Q|that nothing had been taken]].",
    "Drivers felt [[U:perception|the bridge shake]] as the lorry passed. [[S|Engineers]] [[C|said]] [[Q|the structure was sound]].",
    "[[S|The pilot]] [[C|reported]] [[Q|seeing a drone near the runway]]. Staff in the tower spotted [[U:perception|a light over the fields]].",
    "It looked as if [[U:perception|the match would be abandoned]]. [[S|The referee]] [[C|told]] the captains [[Q|that play would resume in ten minutes]].",
    "Passengers smelt [[U:perception|burning]] before the train stopped. [[S|The rail operator]] [[C|said]] [[Q|a brake had overheated]].",
    "[[S|The diver]] [[C|described]] [[Q|the wreck as “perfectly preserved”]]. Photographs reveal [[U:perception|that the hull is intact]].",
    "Reporters at the scene could see [[U:perception|that the police had sealed off the street]]. [[S|A council official]] [[C|said]] [[Q|that residents would be allowed home by evening]].",
]

MODAL: list[str] = [
    "Critics could say that [[U:hypothetical|the plan comes too late]]. [[S|The minister]] [[C|said]] [[Q|it was the most ambitious in Europe]].",
    "Some economists would argue that [[U:hypothetical|the cut is too small]]. [[S|The governor of the central bank]] [[C|said]] [[Q|that the cut was “a first step”]].",
    "[[S|Ms Laine]] [[C|said]] [[Q|she would run again]]. Her rivals might claim that [[U:hypothetical|she has broken her promise]].",
    "If asked, the club would say that [[U:hypothetical|the fee was fair]]. [[S|Supporters' groups]] [[C|have complained]] [[Q|that ticket prices have doubled]].",
    "[[S|Dr Haas]] [[C|warned]] [[Q|that the ward could close within a month]]. Managers may argue that [[U:hypothetical|the staff can be moved to Elmfield]].",
    "One could argue that [[U:hypothetical|the town never needed a second bridge]]. [[S|The engineer who designed it]] [[C|said]] [[Q|that traffic would have ground to a halt without it]].",
    "The defence is likely to argue that [[U:forecast|the confession was forced]]. [[S|The prosecutor]] [[C|told]] the jury [[Q|that the evidence was overwhelming]].",
    "[[S|The inspector]] [[C|said]] [[Q|the kitchen was clean]]. A customer might have told him that [[U:hypothetical|the fridge had broken the week before]].",
    "Opponents would no doubt claim that [[U:hypothetical|the vote was rigged]]. [[S|The returning officer]] [[C|said]] [[Q|the count had been checked three times]].",
    "[[S|The finance chief]] [[C|told]] investors [[Q|that profits would rise]]. Sceptics could point out that [[U:hypothetical|they have fallen for three years]].",
    "Shareholders may well ask why [[U:hypothetical|the bonus was paid]]. [[S|The chairman]] [[C|said]] [[Q|it had been agreed before the crisis]].",
]

SCHEDULED: list[str] = [
    "[[S|The chancellor]] [[C|will tell]] the conference on Monday [[Q|that the economy has “turned the corner”]], according to extracts released by her office. She is expected to announce [[U:forecast|a freeze on fuel duty]].",
    "The prime minister is due to set out [[U:forecast|his plans for the health service]] on Thursday. [[S|His spokesman]] [[C|said]] [[Q|that waiting times would top the agenda]].",
    "The coroner is scheduled to deliver [[U:forecast|her verdict]] next week. [[S|The family's lawyer]] [[C|said]] [[Q|they hoped for answers]].",
    "Mr Kahale is expected to testify [[U:forecast|that he never saw the contract]]. [[S|His lawyer]] [[C|said]] [[Q|that he would cooperate fully]].",
    "The minister will make [[U:forecast|a statement to parliament]] on Tuesday. [[S|Her aides]] [[C|said]] [[Q|that she would not resign]].",
    "[[S|The governor]] [[C|is due to say]] in a speech tonight [[Q|that rates will not rise this year]], according to a text seen by the Ledger. Markets expect [[U:forecast|a cut in the spring]].",
    "The inquiry will publish [[U:forecast|its findings in March]]. [[S|Its chair]] [[C|said]] [[Q|that the delay was regrettable]].",
    "The president will announce [[U:forecast|her running mate]] on Friday. [[S|Her campaign manager]] [[C|said]] [[Q|the choice had been “agonising”]].",
    "Later this week the bishop is expected to call for [[U:forecast|a ceasefire]]. [[S|He]] [[C|told]] worshippers on Sunday [[Q|that the city needed peace]].",
    "[[S|The health secretary]] [[C|is set to tell]] MPs [[Q|that the waiting list has fallen for a sixth month]], according to a draft of her statement. Opposition MPs plan to [[U:intention|press her on ambulance times]].",
    "The board meets on Tuesday and is expected to confirm [[U:forecast|the sale of the stadium]]. [[S|The club's chairman]] [[C|said]] on Sunday [[Q|that no deal had been signed]].",
]

REFUSALS: list[str] = [
    "The prime minister's office [[N:refusal|declined to comment on the report]]. [[S|A senior minister]] [[C|said]] [[Q|that the claims were “baseless”]].",
    "The firm refused to say [[N:refusal|how many staff had been laid off]]. [[S|A union official]] [[C|said]] [[Q|that at least 90 had gone]].",
    "[[S|The minister]] [[C|said]] [[Q|that the inquiry would be independent]] but would not say [[N:refusal|who would lead it]].",
    "Asked whether he would stand down, [[S|Mr Drax]] [[C|said]] [[Q|that he had “a job to finish”]]. He refused to be drawn on [[N:refusal|the timing of the election]].",
    "The embassy did not respond to [[N:refusal|requests for comment]]. [[S|The detained journalist's brother]] [[C|said]] [[Q|that the family had not heard from him in a week]].",
    "[[S|The club]] [[C|confirmed]] [[Q|that the manager had been suspended]]. It declined to give [[N:refusal|a reason]].",
    "The police would neither confirm nor deny [[N:refusal|that an arrest had been made]]. [[S|A neighbour]] [[C|said]] [[Q|that officers had taken a man away at dawn]].",
    "[[S|The singer]] [[C|told]] fans [[Q|that the new album was finished]], but she refused to reveal [[N:refusal|its title]].",
    "The hospital would not discuss [[N:refusal|the patient's condition]]. [[S|His wife]] [[C|told]] reporters [[Q|that he was awake and talking]].",
    "A spokesman for the bank said [[N:refusal|it would not comment on market speculation]]. [[S|Analysts at Torvane Securities]] [[C|said]] [[Q|that a takeover bid was likely]].",
    "[[S|The minister]] [[C|insisted]] [[Q|that the talks were going well]], but she declined to answer [[N:refusal|questions about the deadline]].",
]

CONTROLS: list[str] = [
    "[[Q|“We will rebuild the pier,”]] [[S|the mayor]] [[C|said]] on Sunday. A sign at the gate read [[N:non_reporting|“Danger: keep out”]].",
    "[[S|Gwen Aldous]], 74, [[C|told]] the Chronicle [[Q|that she had lived on the street all her life]]. Her neighbours could not tell [[N:non_reporting|which house had been hit]].",
    "[[C|According to]] [[S|the fire brigade]], [[Q|the fire was started deliberately]]. Investigators suspect that [[U:belief|two other fires are linked]].",
    "[[Q|“This is a great day for the town,”]] [[C|said]] [[S|Councillor Priya Shah]]. The new market hall claimed [[N:non_reporting|first prize in the county awards]].",
    "In a statement, [[S|the charity]] [[C|said]] [[Q|that donations had fallen by a third]]. It expects [[U:forecast|demand to rise again this winter]].",
    "[[S|The defendant]] [[C|admitted]] [[Q|stealing the van]]. Police believe [[U:belief|he had an accomplice]].",
    "[[S|Amira Saleh]], who runs the food bank, [[C|said]] [[Q|the queues had “never been longer”]]. She added [[N:non_reporting|two more tables]] to the hall on Friday.",
    "[[S|Coastguards]] [[C|warned]] [[Q|walkers to stay off the cliffs]]. The path is thought to [[U:belief|be unstable after the rain]].",
    "[[Q|“I never wanted to be famous,”]] [[S|the author]] [[C|told]] the festival audience. Her novel tells [[N:non_reporting|the story of a lighthouse keeper]].",
    "[[S|The chairman]] [[C|announced]] [[Q|that the club would build a new stand]]. The club's accounts show [[U:finding|a loss of £2m]].",
    "[[S|The union]] [[C|accused]] [[Q|the company of breaking the agreement]]. Workers fear [[U:belief|more cuts are coming]].",
]

PASSAGES_B: list[tuple[str, list[str]]] = [
    ("perception", PERCEPTIONS),
    ("modal", MODAL),
    ("scheduled", SCHEDULED),
    ("refusal", REFUSALS),
    ("control", CONTROLS),
]
