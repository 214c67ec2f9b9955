"""Passages of the third reported-speech suite (``reported_speech3.jsonl``), by group (second part).

Written in session 9 before the claim rules were read; markup as in ``reported_speech3_passages.py``.
"""

from __future__ import annotations

from typing import Any

from make_news_speech2 import Item

PASSIVE = [
    (
        "sport",
        "[[s1|The coach]] is alleged to have [[c1|told]] players [[q1|that they would be dropped if they spoke "
        "to the press]].",
        ("~The coach",),
    ),
    (
        "politics",
        "[[s1|The mayor]] [[c1|is quoted as saying]] [[q1|that the stadium would be paid for by the club]].",
        ("~The mayor",),
    ),
    (
        "courts",
        "[[s1|Vance]] is said to have [[c1|told]] a friend [[q1|that he had hidden the cash in a garage]].",
        ("Vance",),
    ),
    (
        "business",
        "[[s1|The founder]] was reported to have [[c1|told]] staff [[q1|the firm would be sold by Christmas]].",
        ("~The founder",),
    ),
    (
        "wire",
        "[[s1|The envoy]] is understood to have [[c1|warned]] [[q1|that sanctions would follow if the troops "
        "did not withdraw]].",
        ("~The envoy",),
    ),
    (
        "health",
        "[[s1|Staff]] were [[c1|told]] [[q1|that the clinic would close at the end of the month]].",
        ("!",),
    ),
    (
        "police",
        "[[q1.1|Two men]] are [[c1|alleged]] to [[q1.2|have threatened the shopkeeper with a knife]].",
        ("!",),
    ),
    (
        "council",
        "It was [[c1|claimed]] at the meeting [[q1|that the consultation had been rigged]].",
        ("!",),
    ),
    (
        "courts",
        "The court [[c1|heard]] [[q1|that the defendant had sent more than 200 messages to the victim]].",
        ("!",),
    ),
    (
        "sport",
        "[[s1|Rossi]] was quoted by [[s2|a local paper]] as [[c1|saying]] [[q1|that he wanted to finish his "
        "career at the club]].",
        (Item(1, "Rossi", chain=(("a local paper", "reported_by"),)),),
    ),
]

REPORTED_BY = [
    (
        "business",
        "[[q1|The factory will close in June]], as [[c1|announced]] by [[s1|the company]] last week.",
        ("~the company",),
    ),
    (
        "politics",
        "[[q1|The minister had dined with the donor twice]], as first [[c1|reported]] by [[s1|the Evening Courier]].",
        (Item(1, "Evening Courier", relation="wrote"),),
    ),
    (
        "science",
        "[[q1|The sea ice reached a record low in September]], as [[c1|revealed]] by [[s1|satellite data "
        "published on Monday]].",
        ("~satellite data published on Monday",),
    ),
    (
        "sport",
        "As [[c1|reported]] by [[s1|this paper]] in March, [[q1|the club owes its players three months' wages]].",
        (Item(1, "this paper", relation="wrote", anonymous=True),),
    ),
    (
        "council",
        "[[q1|The tram project is 200m over budget]], as [[s1|auditors]] [[c1|revealed]] on Tuesday.",
        ("~auditors",),
    ),
    (
        "wire",
        "[[q1|The ceasefire began at midnight]], as [[c1|announced]] by [[s1|both governments]] on Sunday.",
        ("~both governments",),
    ),
    (
        "health",
        "As [[s1|the regulator]] [[c1|disclosed]] last month, [[q1|four hospitals failed their inspections]].",
        ("~the regulator",),
    ),
    (
        "transport",
        "[[q1|Ticket offices will shut at 60 stations]], as [[c1|confirmed]] by [[s1|the rail minister]] "
        "in Parliament.",
        ("~the rail minister",),
    ),
]

QUESTIONS = [
    (
        "council",
        "[[s1|A resident]] [[c1|asked]] [[q1|why the road had not been gritted]] before the snow.",
        ("~A resident",),
    ),
    (
        "politics",
        "[[s1|Labour MP Priya Sandhu]] [[c1|queried]] [[q1|whether the contract had been put out to tender]].",
        (Item(1, "Priya Sandhu", titles=("Labour MP",)),),
    ),
    (
        "courts",
        "[[s1|The judge]] [[c1|asked]] the witness [[q1|how she could be sure of the time]].",
        ("~The judge",),
    ),
    (
        "sport",
        "[[s1|Reporters]] [[c1|asked]] [[q1|if the manager would resign]], but [[s2|he]] [[c2|said]] [[q2|he "
        "would not]].",
        ("~Reporters", "~the manager"),
    ),
    (
        "health",
        "[[s1|Campaigners]] [[c1|questioned]] [[q1|whether the new ward would have enough nurses]].",
        ("~Campaigners",),
    ),
    (
        "business",
        "[[s1|One investor]] [[c1|demanded to know]] [[q1|who had approved the chief executive's bonus]].",
        ("~One investor",),
    ),
    (
        "schools",
        "[[s1|Parents]] have [[c1|asked]] [[q1|when the school will publish its inspection report]].",
        ("~Parents",),
    ),
    (
        "wire",
        "[[s1|The senator]] [[c1|wondered aloud]] [[q1|what the troops were still doing there]].",
        ("~The senator",),
    ),
    (
        "police",
        "[[s1|The victim's father]] [[c1|asked]] [[q1|why it had taken officers two hours to arrive]].",
        ("~The victim's father",),
    ),
    (
        "science",
        "[[s1|Other scientists]] [[c1|queried]] [[q1|whether the results could be repeated]].",
        ("~Other scientists",),
    ),
]

SUBORDINATE = [
    (
        "sport",
        "Fans cheered after [[s1|the coach]] [[c1|said]] [[q1|that he would stay for another season]].",
        ("~the coach",),
    ),
    (
        "council",
        "The families moved out because [[s1|the landlord]] [[c1|told]] them [[q1|they had to leave by Friday]].",
        ("~the landlord",),
    ),
    (
        "business",
        "Shares rose 8 percent when [[s1|the company]] [[c1|said]] [[q1|profits would beat forecasts]].",
        ("~the company",),
    ),
    (
        "politics",
        "The vote was delayed after [[s1|the speaker]] [[c1|ruled]] [[q1|that the amendment was out of order]].",
        ("~the speaker",),
    ),
    (
        "police",
        "The search was called off once [[s1|the woman's husband]] [[c1|told]] officers [[q1|she had phoned "
        "him from a friend's house]].",
        ("~the woman's husband",),
    ),
    (
        "health",
        "Although [[s1|the minister]] [[c1|insisted]] [[q1|the service was safe]], three units closed last year.",
        ("~the minister",),
    ),
    (
        "wire",
        "Markets fell sharply after [[s1|the finance ministry]] [[c1|admitted]] [[q1|it could not pay the "
        "bond due in May]].",
        ("~the finance ministry",),
    ),
    (
        "transport",
        "Passengers were angry because [[s1|staff]] had [[c1|assured]] them [[q1|that the train would leave on time]].",
        ("~staff",),
    ),
    (
        "schools",
        "Since [[s1|the inspectors]] [[c1|said]] [[q1|the school was failing]], four teachers have left.",
        ("~the inspectors",),
    ),
    (
        "courts",
        "The trial collapsed when [[s1|a key witness]] [[c1|told]] the court [[q1|that she had been paid to lie]].",
        ("~a key witness",),
    ),
]

SPANNING = [
    (
        "politics",
        "Aldous Fenn defended the scheme on Monday. [[s1|He]] [[c1|said]] [[q1|the plan was sound]]. "
        "[[q2.1|It would]], [[s2|he]] [[c2|added]], "
        "[[q2.2|save money within five years]].",
        ("Aldous Fenn", "Aldous Fenn"),
    ),
    (
        "business",
        "[[s1|The chairman]] [[c1|said]] [[q1|the board had backed the deal]]. [[q2.1|Shareholders]], "
        "[[s2|he]] [[c2|said]], [[q2.2|would vote on it in April]].",
        ("~The chairman", "~The chairman"),
    ),
    (
        "health",
        "[[s1|The nurse]] [[c1|told]] the inquiry [[q1|that the alarm had not sounded]]. [[q2.1|Nobody]], "
        "[[s2|she]] [[c2|said]], [[q2.2|had checked the batteries for a year]].",
        ("~The nurse", "~The nurse"),
    ),
    (
        "sport",
        "[[s1|Mensah]] [[c1|said]] [[q1|his knee felt fine]]. [[q2|He expected to play on Saturday]], [[s2|he]] "
        "[[c2|added]].",
        ("Mensah", "Mensah"),
    ),
    (
        "wire",
        "[[s1|The spokeswoman]] [[c1|said]] [[q1|the convoy had been stopped at the border]]. [[q2.1|The "
        "drivers]], [[s2|she]] [[c2|said]], [[q2.2|were safe]].",
        ("~The spokeswoman", "~The spokeswoman"),
    ),
    (
        "council",
        "[[s1|Councillor Ames]] [[c1|said]] [[q1|the park would stay open]]. [[s2|She]] [[c2|added]] [[q2|that "
        "the cafe would be run by volunteers]].",
        (Item(1, "Ames", titles=("Councillor",)), "Ames"),
    ),
    (
        "science",
        "[[s1|The team]] [[c1|said]] [[q1|the fossil was 90 million years old]]. [[q2.1|It]], [[c2|according "
        "to]] [[s2|the paper]], [[q2.2|belonged to a new species]].",
        ("~The team", Item(2, "paper", relation="according_to", anonymous=True)),
    ),
    (
        "courts",
        "[[s1|The prosecutor]] [[c1|said]] [[q1|the evidence was overwhelming]]. [[q2.1|The defendant]], [[s2|she]] "
        "[[c2|told]] the jury, [[q2.2|had lied from the start]].",
        ("~The prosecutor", "~The prosecutor"),
    ),
]

NUMBERS = [
    (
        "business",
        "[[s1|The company]] [[c1|said]] [[q1|1,200 jobs, 40 shops and three warehouses would go by 2027]].",
        ("~The company",),
    ),
    (
        "weather",
        "[[s1|Forecasters]] [[c1|said]] [[q1|up to 150mm of rain could fall in 24 hours]], with gusts of 70mph "
        "on the coast.",
        ("~Forecasters",),
    ),
    (
        "politics",
        "[[s1|The minister]] [[c1|promised]] [[q1|£3.5bn for roads, 12 new hospitals and free school meals for "
        "every pupil]].",
        ("~The minister",),
    ),
    (
        "health",
        "[[s1|Officials]] [[c1|said]] [[q1|4.2 percent of adults had the virus, up from 3.1 percent a week earlier]].",
        ("~Officials",),
    ),
    (
        "sport",
        "[[s1|The league]] [[c1|confirmed]] [[q1|that games would kick off at 12.30, 3 and 5.30 on Saturdays]].",
        ("~The league",),
    ),
    (
        "police",
        "[[s1|Police]] [[c1|said]] [[q1|they had seized 14kg of cocaine, £250,000 in cash and two cars]].",
        ("~Police",),
    ),
    (
        "science",
        "[[s1|The report]] [[c1|said]] [[q1|that one in five adults (21%) slept less than six hours]].",
        ("~The report",),
    ),
    (
        "wire",
        "[[s1|Aid agencies]] [[c1|said]] [[q1|at least 3,400 people had died, 12,000 were injured and 1.1 "
        "million were homeless]].",
        ("~Aid agencies",),
    ),
    (
        "transport",
        "[[s1|The airport]] [[c1|said]] [[q1|flights to Oslo, Riga and Tallinn would be cancelled until Tuesday]].",
        ("~The airport",),
    ),
    (
        "council",
        "[[s1|The council]] [[c1|said]] [[q1|rents would rise by 7.7 per cent from April 1]].",
        ("~The council",),
    ),
]

CONTROLS = [
    ("police", "Officers [[n:non_reporting|saw that the back door had been forced]].", ()),
    ("politics", "The minister [[n:non_reporting|knew that the figures were wrong]], the inquiry found.", ()),
    (
        "wire",
        "[[n:non_reporting|It is said that lightning never strikes twice]], but the village has been hit three times.",
        (),
    ),
    ("sport", "[[n:non_reporting|Needless to say]], the match was called off.", ()),
    ("business", "The firm sells to wholesalers, [[n:non_reporting|that is to say]] to other businesses.", ()),
    ("council", "If, [[n:non_reporting|say, 10 people]] turn up, the meeting will go ahead.", ()),
    ("science", "Researchers [[n:non_reporting|noticed that the mice slept longer]] after the treatment.", ()),
    ("health", "Doctors [[n:non_reporting|realised that the boy had swallowed a battery]].", ()),
    ("schools", "Pupils [[n:non_reporting|learned that the test had been cancelled]] from a notice on the door.", ()),
    ("weather", "[[n:headline|Forecasters warn of more storms]]\n\nThe coast is on alert.", ()),
    ("transport", "[[n:caption|Passengers said to be stranded at Ashford station (photo: R. Hale)]]", ()),
    ("courts", "The judge [[n:refusal|declined to say why the hearing was moved]].", ()),
    ("politics", "The senator [[n:negated|did not say whether she would vote for the bill]].", ()),
    ("sport", "Fans [[n:non_reporting|hoped that the striker would stay]].", ()),
    ("business", "It goes without saying that [[n:non_reporting|the results were poor]].", ()),
    ("wire", "The general is [[n:non_reporting|said to be]] a keen chess player.", ()),
    ("council", "Residents [[n:non_reporting|found that the bins had not been emptied]] for a month.", ()),
    ("politics", "Truth be told, [[n:non_reporting|the campaign never recovered]].", ()),
    ("police", "The camera [[n:non_reporting|showed that the car had been parked there]] since Monday.", ()),
    ("science", "Scientists have long [[n:non_reporting|suspected that the lake was warming]].", ()),
]

GROUPS: dict[str, list[tuple[str, str, tuple[Any, ...]]]] = {
    "passive": PASSIVE,
    "reported_by": REPORTED_BY,
    "questions": QUESTIONS,
    "subordinate": SUBORDINATE,
    "spanning": SPANNING,
    "numbers": NUMBERS,
    "controls": CONTROLS,
}
