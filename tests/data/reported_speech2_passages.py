"""Passages of the second reported-speech suite (``reported_speech2.jsonl``), by group.

Written in session 8 before the claim rules were read, as an honest unseen check. Every passage is invented
(names, places and events included). Markup and item short forms as in ``make_reported_speech.py``:
``[[qN|content]]``, ``[[cN|cue]]``, ``[[sN|source]]``, ``[[n:WHY|non-quote]]``; an item is a speaker name,
``~description`` (unnamed), ``@name`` ("according to", unnamed), ``!`` (no source) or an ``Item``.
The annotation decisions are listed in ``make_reported_speech2.py``.
"""

from __future__ import annotations

from typing import Any

from make_news_speech2 import Item

THATLESS = [
    (
        "schools",
        "[[s1|The head teacher]] [[c1|insisted]] [[q1|pupils would not lose any lessons over the strike]].",
        ("~The head teacher",),
    ),
    (
        "wire",
        "[[s1|Okonkwo]] [[c1|said]] [[q1|he'd go back to the talks on Friday if the offer improved]].",
        ("Okonkwo",),
    ),
    (
        "council",
        "[[s1|Councillor Brannigan]] [[c1|argued]] [[q1|the car park was the only site big enough for a market]].",
        ("Brannigan",),
    ),
    (
        "business",
        "[[s1|The bakery's owner]] [[c1|admitted]] [[q1|prices had gone up twice since the spring]].",
        ("~The bakery's owner",),
    ),
    (
        "police",
        "Detectives believe [[n:non_reporting|the van was stolen]], but [[s1|a spokeswoman]] "
        "[[c1|stressed]] [[q1|no one had been hurt]].",
        ("~a spokeswoman",),
    ),
    ("sport", "[[s1|The coach]] [[c1|told]] the squad [[q1|nobody's place in the team was safe]].", ("~The coach",)),
    (
        "health",
        "[[s1|Dr Ferreira]] [[c1|warned]] [[q1|the clinic could run out of vaccine by the end of the month]].",
        ("Ferreira",),
    ),
    (
        "courts",
        "[[s1|The defendant]] [[c1|claimed]] [[q1|he had never seen the documents before the trial]].",
        ("~The defendant",),
    ),
    ("tech", "[[s1|Ms Lindqvist]] [[c1|says]] [[q1|the app will be free for students]].", ("Lindqvist",)),
    ("weather", "[[s1|Forecasters]] [[c1|said]] [[q1|the storm would reach the coast overnight]].", ("~Forecasters",)),
    (
        "politics",
        "[[s1|The minister]] [[c1|promised]] [[q1|the hospital would be built before the next election]].",
        ("~The minister",),
    ),
    ("arts", "[[s1|The director]] [[c1|conceded]] [[q1|the second act was too long]].", ("~The director",)),
    ("wire", "[[s1|Rivas]] [[c1|told]] the board [[q1|she would not seek another term]].", ("Rivas",)),
    (
        "transport",
        "[[s1|The operator]] [[c1|confirmed]] [[q1|trains were running again between Hallam and Oxley]].",
        ("~The operator",),
    ),
]

SUBJECTS = [
    (
        "police",
        "[[s1|A man, described as tall and wearing a green coat, who was seen near the bank]] "
        "[[c1|told]] officers [[q1|he had only been waiting for a bus]].",
        ("~A man",),
    ),
    (
        "courts",
        "[[s1|The woman who found the dog]], a retired nurse from Elsby, [[c1|said]] [[q1|it had been "
        "tied to a fence for days]].",
        (Item(1, "The woman who found the dog", titles=("a retired nurse from Elsby",), anonymous=True),),
    ),
    (
        "business",
        "[[s1|Pavel Hruska]], the chief executive of Hruska Freight, which employs 900 people, "
        "[[c1|said]] [[q1|the company would open a depot in the north]].",
        (Item(1, "Pavel Hruska", titles=("the chief executive of Hruska Freight",)),),
    ),
    (
        "council",
        "[[s1|Residents of the estate, many of whom have lived there for decades]], [[c1|said]] "
        "[[q1|they had not been consulted]].",
        ("~Residents of the estate",),
    ),
    (
        "health",
        "[[s1|The consultant in charge of the ward]], Dr Amara Osei, [[c1|said]] [[q1|visiting hours would be cut]].",
        (Item(1, "Amara Osei", titles=("The consultant in charge of the ward",)),),
    ),
    (
        "sport",
        "[[s1|The 19-year-old striker, who scored twice on Saturday]], [[c1|said]] [[q1|he was not "
        "thinking about a transfer]].",
        ("~The 19-year-old striker",),
    ),
    (
        "wire",
        "[[s1|One of the passengers, a teacher travelling with her two children]], [[c1|said]] "
        "[[q1|the plane had dropped suddenly]].",
        ("~One of the passengers",),
    ),
    (
        "science",
        "[[s1|Researchers at the university's marine institute, who tagged 40 seals last year]], "
        "[[c1|reported]] [[q1|that the animals travelled further than expected]].",
        ("~Researchers at the university's marine institute",),
    ),
    (
        "politics",
        "[[s1|Senator Oyelaran]], speaking after a long day of hearings, [[c1|said]] [[q1|the bill "
        "had enough votes to pass]].",
        ("Oyelaran",),
    ),
    (
        "courts",
        "[[s1|A lawyer representing the families of the victims]] [[c1|said]] [[q1|they would appeal]].",
        ("~A lawyer representing the families of the victims",),
    ),
    (
        "business",
        "[[s1|The airline, whose planes have been grounded since May]], [[c1|said]] [[q1|flights "
        "would resume next week]].",
        ("~The airline",),
    ),
    (
        "police",
        "[[s1|A neighbour who asked not to be named]] [[c1|said]] [[q1|the house had been empty for years]].",
        ("~A neighbour who asked not to be named",),
    ),
]

ACCORDING = [
    (
        "science",
        "[[q1|Sea levels in the bay have risen by nine centimetres since 1990]], [[c1|according to]] "
        "[[s1|a study published on Wednesday by the Coastal Research Trust]].",
        (Item(1, "Coastal Research Trust", relation="according_to"),),
    ),
    (
        "business",
        "[[c1|According to]] [[s1|people familiar with the matter]], [[q1|the bank is preparing to cut 300 jobs]].",
        ("@people familiar with the matter",),
    ),
    (
        "wire",
        "[[q1.1|The talks]], [[c1|according to]] [[s1|two diplomats]], [[q1.2|broke down over the border question]].",
        ("@two diplomats",),
    ),
    (
        "economy",
        "[[q1|Unemployment fell to 4.1 per cent in March]], [[c1|according to]] [[s1|figures "
        "released by the statistics office on Thursday]].",
        (Item(1, "statistics office", relation="according_to"),),
    ),
    (
        "police",
        "[[c1|According to]] [[s1|the police]], [[q1|the driver had been travelling at twice the speed limit]].",
        (Item(1, "police", relation="according_to"),),
    ),
    (
        "sport",
        "[[q1|The club will sell its stadium]], [[c1|according to]] [[s1|a report in the Valley Gazette]].",
        (Item(1, "Valley Gazette", relation="according_to"),),
    ),
    (
        "health",
        "[[q1|Waiting times at the hospital have doubled]], [[c1|according to]] [[s1|data obtained by "
        "this newspaper]].",
        ("@data obtained by this newspaper",),
    ),
    (
        "politics",
        "[[q1.1|The governor]], [[c1|according to]] [[s1|aides]], [[q1.2|has decided not to run again]].",
        ("@aides",),
    ),
    (
        "wire",
        "[[q1|At least 14 people were injured]], [[c1|according to]] [[s1|local officials]], and "
        "[[q2|several buildings collapsed]], [[c2|according to]] [[s2|witnesses]].",
        ("@local officials", "@witnesses"),
    ),
    (
        "courts",
        "[[c1|According to]] [[s1|court documents filed in Marlow]], [[q1|the firm paid the consultant £40,000]].",
        ("@court documents filed in Marlow",),
    ),
    (
        "tech",
        "[[q1|The phone's battery can overheat when it is charged overnight]], [[c1|according to]] "
        "[[s1|a safety notice issued by the manufacturer]].",
        ("@the manufacturer",),
    ),
    (
        "arts",
        "[[q1|The museum had 1.2 million visitors last year]], [[c1|according to]] [[s1|its annual report]].",
        ("@the museum",),
    ),
    (
        "economy",
        "[[c1|According to]] [[s1|a survey of 2,000 households by the Fenwick Institute]], "
        "[[q1|one in five families skipped meals last winter]].",
        (Item(1, "Fenwick Institute", relation="according_to"),),
    ),
    (
        "weather",
        "[[q1|The river is expected to peak on Sunday]], [[c1|according to]] [[s1|the Environment "
        "Office]], which has issued flood warnings for six towns.",
        (Item(1, "Environment Office", relation="according_to"),),
    ),
    (
        "police",
        "[[q1.1|The suspect]], who was arrested at the airport on Monday, [[c1|according to]] "
        "[[s1|prosecutors]], [[q1.2|had booked a flight to Lisbon two days earlier]].",
        ("@prosecutors",),
    ),
]

PARENTHETICAL = [
    (
        "wire",
        "[[q1.1|The ferry]], [[s1|the coastguard]] [[c1|said]], [[q1.2|had lost power about a mile from the harbour]].",
        ("~the coastguard",),
    ),
    (
        "business",
        "[[q1.1|Profits]], [[s1|Hallworth]] [[c1|said]], [[q1.2|would be lower this year because of energy costs]].",
        ("Hallworth",),
    ),
    (
        "council",
        "[[q1.1|The new bins]], [[s1|the council]] [[c1|insisted]], [[q1.2|will save money within two years]].",
        ("~the council",),
    ),
    (
        "sport",
        "[[q1.1|The injury]], [[c1|said]] [[s1|the manager]], [[q1.2|was not as bad as first feared]].",
        ("~the manager",),
    ),
    (
        "arts",
        "[[q1.1|The festival]], as [[s1|one organiser]] [[c1|put it]], [[q1.2|had become a victim of "
        "its own success]].",
        ("~one organiser",),
    ),
    (
        "politics",
        "[[q1|The budget was a missed opportunity]], [[s1|opposition leaders]] [[c1|said]].",
        ("~opposition leaders",),
    ),
    (
        "health",
        "[[q1|The outbreak is under control]], [[s1|health officials]] [[c1|said]] on Tuesday, though "
        "[[q2|two more cases were confirmed overnight]], [[s2|they]] [[c2|added]].",
        ("~health officials", Item(2, "health officials", anonymous=True)),
    ),
    (
        "courts",
        "[[q1.1|The evidence]], [[s1|the judge]] [[c1|ruled]], [[q1.2|had been gathered lawfully]].",
        ("~the judge",),
    ),
    (
        "tech",
        "[[q1|The outage was caused by a faulty update]], [[s1|the company]] [[c1|said]] in a brief "
        "statement on Friday.",
        ("~the company",),
    ),
    (
        "wire",
        "[[q1|Ten people have been detained]], [[s1|state television]] [[c1|reported]], citing the interior ministry.",
        (Item(1, "interior ministry", chain=(("state television", "citing"),)),),
    ),
    (
        "economy",
        "[[q1.1|Inflation]], [[s1|economists]] [[c1|say]], [[q1.2|is likely to stay high into next year]].",
        ("~economists",),
    ),
    (
        "police",
        "[[q1|The fire was started deliberately]], [[c1|said]] [[s1|Chief Inspector Moyo]], who is "
        "leading the investigation.",
        ("Moyo",),
    ),
]

TOLD = [
    ("wire", "[[s1|Adebayo]] [[c1|told]] reporters [[q1|that the ceasefire was holding]].", ("Adebayo",)),
    (
        "politics",
        "[[s1|The prime minister]] [[c1|told]] the BBC [[q1|he had no plans to resign]].",
        (Item(1, "The prime minister", anonymous=True, chain=(("BBC", "told"),)),),
    ),
    (
        "business",
        "[[s1|The firm's finance chief]] [[c1|told]] a news conference in Leeds [[q1|that sales had "
        "risen in every region]].",
        ("~The firm's finance chief",),
    ),
    ("police", "[[s1|A detective]] [[c1|told]] the court [[q1|the knife was never found]].", ("~A detective",)),
    (
        "sport",
        "[[s1|Marchetti]] [[c1|told]] Sky Sports after the match [[q1|that the referee had made mistakes]].",
        (Item(1, "Marchetti", chain=(("Sky Sports", "told"),)),),
    ),
    ("health", "[[s1|The chief nurse]] [[c1|told]] MPs on Tuesday [[q1|staff were exhausted]].", ("~The chief nurse",)),
    (
        "tech",
        "[[s1|A company spokesman]] [[c1|told]] The Ledger [[q1|that no customer data had been lost]].",
        (Item(1, "A company spokesman", anonymous=True, chain=(("Ledger", "told"),)),),
    ),
    (
        "council",
        "[[s1|Mayor Quist]] [[c1|told]] a packed town hall meeting [[q1|the pool would reopen in June]].",
        ("Quist",),
    ),
    ("courts", "[[s1|The witness]] [[c1|told]] jurors [[q1|she had heard two shots]].", ("~The witness",)),
    (
        "wire",
        "[[s1|Officials]] [[c1|told]] the Associated Wire [[q1|that the death toll was likely to rise]].",
        (Item(1, "Officials", anonymous=True, chain=(("Associated Wire", "told"),)),),
    ),
    (
        "economy",
        "[[s1|The central bank governor]] [[c1|told]] a conference of bankers [[q1|that interest rates "
        "would stay on hold]].",
        ("~The central bank governor",),
    ),
    (
        "arts",
        "[[s1|The author]] [[c1|told]] an audience at the book festival [[q1|she had written the novel in six weeks]].",
        ("~The author",),
    ),
]

COORDINATED = [
    (
        "council",
        "[[s1|The council]] [[c1|said]] [[q1|the road would close for a month and that buses would use Mill Lane]].",
        ("~The council",),
    ),
    (
        "business",
        "[[s1|Castellano]] [[c1|said]] [[q1|the merger would go ahead]] but [[c2|added]] [[q2|that "
        "some stores might close]].",
        ("Castellano", Item(2, "Castellano", src=1)),
    ),
    (
        "politics",
        "[[s1|The senator]] [[c1|said]] [[q1|she supported the plan]] and [[c2|promised]] [[q2|to vote for it]].",
        ("~The senator", Item(2, "The senator", src=1, anonymous=True)),
    ),
    (
        "police",
        "[[s1|Police]] [[c1|said]] [[q1|the victim was in a stable condition]] and [[c2|appealed]] "
        "[[q2|for witnesses to come forward]].",
        ("~Police", Item(2, "Police", src=1, anonymous=True)),
    ),
    (
        "sport",
        "[[s1|Kowalczyk]] [[c1|said]] [[q1|that he felt fit and that he expected to play on Sunday]].",
        ("Kowalczyk",),
    ),
    (
        "health",
        "[[s1|The trust]] apologised to the family and [[c1|said]] [[q1|an investigation was under way]].",
        ("~The trust",),
    ),
    (
        "courts",
        "[[s1|The defence]] [[c1|argued]] [[q1|that the confession had been forced]], while [[s2|the "
        "prosecution]] [[c2|said]] [[q2|it was given freely]].",
        ("~The defence", "~the prosecution"),
    ),
    (
        "tech",
        "[[s1|The startup]] [[c1|said]] [[q1|it had raised $12m]] but declined [[n:refusal|to name its investors]].",
        ("~The startup",),
    ),
    (
        "economy",
        "[[s1|Analysts]] [[c1|said]] [[q1|house prices would fall]], and [[s2|some]] [[c2|warned]] "
        "[[q2|that rents would keep rising]].",
        ("~Analysts", "~some"),
    ),
    (
        "wire",
        "[[s1|The embassy]] [[c1|confirmed]] [[q1|a citizen had been detained]] but gave no further details.",
        ("~The embassy",),
    ),
]

QUESTIONS = [
    ("council", "[[s1|Residents]] [[c1|asked]] [[q1|whether the new flats would have parking]].", ("~Residents",)),
    ("politics", "[[s1|One MP]] [[c1|wanted to know]] [[q1|if the minister had read the report]].", ("~One MP",)),
    ("courts", "[[s1|The judge]] [[c1|asked]] [[q1|why the files had not been handed over sooner]].", ("~The judge",)),
    ("sport", "[[s1|Reporters]] [[c1|asked]] the manager [[q1|whether he would stay at the club]].", ("~Reporters",)),
    ("business", "[[s1|Shareholders]] [[c1|questioned]] [[q1|whether the bonus was justified]].", ("~Shareholders",)),
    (
        "health",
        "[[s1|Patients' groups]] [[c1|have asked]] [[q1|how the cuts will affect rural clinics]].",
        ("~Patients' groups",),
    ),
    ("wire", "[[s1|Journalists]] [[c1|asked]] the spokesman [[q1|whether talks had taken place]].", ("~Journalists",)),
    ("tech", "[[s1|Users]] [[c1|asked]] on the forum [[q1|when the update would arrive]].", ("~Users",)),
    (
        "arts",
        "[[s1|Critics]] [[c1|asked]] in an open letter [[q1|whether the gallery could survive without public money]].",
        ("~Critics",),
    ),
    ("police", "[[s1|Officers]] [[c1|asked]] [[q1|if anyone had seen a red car in the area]].", ("~Officers",)),
]

STATEMENT = [
    (
        "business",
        "[[s1|The company]] [[c1|said]] in a statement [[q1|that it would appeal against the fine]].",
        (Item(1, "The company", anonymous=True, relation="statement"),),
    ),
    (
        "politics",
        "[[s1|Ngata]] [[c1|said]] in an interview with Radio North [[q1|that she would not stand again]].",
        (Item(1, "Ngata", chain=(("Radio North", "interview"),)),),
    ),
    (
        "tech",
        "[[s1|The founder]] [[c1|said]] in a post on X [[q1|that the service would be back within hours]].",
        (Item(1, "The founder", anonymous=True, relation="wrote"),),
    ),
    (
        "sport",
        "[[s1|The federation]] [[c1|said]] in a statement on Monday [[q1|the match would be replayed]].",
        (Item(1, "The federation", anonymous=True, relation="statement"),),
    ),
    (
        "health",
        "[[s1|The ministry]] [[c1|said]] in a letter to doctors [[q1|that the rules would change in April]].",
        (Item(1, "The ministry", anonymous=True, relation="wrote"),),
    ),
    (
        "courts",
        "[[s1|His lawyers]] [[c1|said]] in court filings [[q1|that he had been wrongly dismissed]].",
        (Item(1, "His lawyers", anonymous=True, relation="wrote"),),
    ),
    (
        "council",
        "[[s1|The council]] [[c1|wrote]] on its website [[q1|that collections would be delayed]].",
        (Item(1, "The council", anonymous=True, relation="wrote"),),
    ),
    (
        "economy",
        "[[s1|The bank]] [[c1|announced]] in a statement [[q1|that it would raise rates by a quarter point]].",
        (Item(1, "The bank", anonymous=True, relation="statement"),),
    ),
    (
        "wire",
        "[[s1|The ministry]] [[c1|said]] in a statement carried by the state news agency [[q1|that the "
        "border would reopen]].",
        (Item(1, "The ministry", anonymous=True, relation="statement"),),
    ),
    (
        "arts",
        "[[s1|The singer]] [[c1|wrote]] on Instagram [[q1|that the tour had been cancelled]].",
        (Item(1, "The singer", anonymous=True, relation="wrote"),),
    ),
]

PASSIVE = [
    ("business", "It was [[c1|announced]] on Monday [[q1|that the factory would close]].", ("!",)),
    ("police", "[[q1.1|The suspect]] is [[c1|reported]] [[q1.2|to have fled the country]].", ("!",)),
    ("courts", "[[s1|Hartley]] was [[c1|quoted as saying]] [[q1|the verdict was a disgrace]].", ("Hartley",)),
    ("politics", "It has been [[c1|claimed]] [[q1|that the minister knew about the payments]].", ("!",)),
    ("sport", "[[q1.1|The midfielder]] is [[c1|said]] [[q1.2|to be unhappy at the club]].", ("!",)),
    ("health", "Staff were [[c1|told]] [[q1|that the ward would close at the weekend]].", ("!",)),
    ("wire", "It was [[c1|reported]] [[q1|that the convoy had crossed the border]].", ("!",)),
    ("council", "Residents have been [[c1|warned]] [[q1|that the water may be unsafe to drink]].", ("!",)),
    ("economy", "[[q1.1|The deal]] is [[c1|understood]] [[q1.2|to be worth about £200m]].", ("!",)),
    (
        "tech",
        "[[s1|Ibarra]] was [[c1|quoted]] by the Wire as saying [[q1|that the product would ship in May]].",
        (Item(1, "Ibarra", chain=(("Wire", "reported_by"),)),),
    ),
    ("courts", "The jury was [[c1|told]] [[q1|the victim had been followed home]].", ("!",)),
    ("police", "It is [[c1|alleged]] [[q1|that the pair stole more than 40 cars]].", ("!",)),
]

NOUNS = [
    (
        "politics",
        "The minister repeated [[s1|his]] [[c1|insistence]] [[q1|that the tax would not rise]].",
        (Item(1, "The minister", anonymous=True),),
    ),
    (
        "business",
        "The union rejected [[s1|the company's]] [[c1|claim]] [[q1|that the site was losing money]].",
        (Item(1, "the company", anonymous=True),),
    ),
    ("weather", "[[s1|Forecasters]] issued [[c1|a warning]] [[q1|that the roads would be icy]].", ("~Forecasters",)),
    (
        "health",
        "[[s1|The hospital's]] [[c1|promise]] [[q1|that no ward would close]] was broken within a year.",
        ("~The hospital",),
    ),
    (
        "courts",
        "The court rejected [[s1|the defence's]] [[c1|argument]] [[q1|that the search was illegal]].",
        ("~the defence",),
    ),
    ("wire", "[[s1|Her]] [[c1|announcement]] [[q1|that she would step down]] surprised her colleagues.", ("~Her",)),
    ("police", "Police are investigating [[c1|reports]] [[q1|that shots were fired near the school]].", ("!",)),
    ("sport", "The club denied [[c1|suggestions]] [[q1|that the coach had been sacked]].", ("!",)),
    (
        "tech",
        "The regulator dismissed [[s1|the firm's]] [[c1|assurance]] [[q1|that the data was safe]].",
        (Item(1, "the firm", anonymous=True),),
    ),
    (
        "economy",
        "[[s1|The governor's]] [[c1|admission]] [[q1|that inflation had been underestimated]] rattled markets.",
        ("~The governor",),
    ),
]

FUTURE = [
    (
        "politics",
        "[[s1|The president]] [[c1|will say]] in a speech on Thursday [[q1|that the war must end]].",
        ("~The president",),
    ),
    (
        "business",
        "[[s1|Okafor]] [[c1|would later tell]] investors [[q1|the company had been close to collapse]].",
        ("Okafor",),
    ),
    ("sport", "[[s1|The manager]] [[c1|is expected to announce]] [[q1|that he will retire]].", ("~The manager",)),
    ("health", "[[s1|The report]] [[c1|will recommend]] [[q1|that the clinics be merged]].", ("~The report",)),
    ("courts", "[[s1|Prosecutors]] [[c1|are set to argue]] [[q1|that the fraud lasted a decade]].", ("~Prosecutors",)),
    (
        "wire",
        "[[s1|The chancellor]] [[c1|is due to tell]] parliament [[q1|that the economy is recovering]].",
        ("~The chancellor",),
    ),
    ("council", "[[s1|Planners]] [[c1|will argue]] [[q1|the tower is too tall for the street]].", ("~Planners",)),
    (
        "arts",
        "[[s1|The director]] [[c1|would later say]] [[q1|she regretted cutting the final scene]].",
        ("~The director",),
    ),
]

VERBS = [
    ("politics", "[[s1|Amadi]] [[c1|stressed]] [[q1|that the vote was not about her]].", ("Amadi",)),
    ("business", "[[s1|The chairman]] [[c1|acknowledged]] [[q1|that mistakes had been made]].", ("~The chairman",)),
    ("sport", "[[s1|The captain]] [[c1|conceded]] [[q1|that the team had played badly]].", ("~The captain",)),
    ("police", "[[s1|Officers]] [[c1|confirmed]] [[q1|that a body had been found]].", ("~Officers",)),
    ("health", "[[s1|The inquiry]] [[c1|revealed]] [[q1|that records had been altered]].", ("~The inquiry",)),
    ("economy", "[[s1|The lender]] [[c1|disclosed]] [[q1|that it had lost $2bn on the trade]].", ("~The lender",)),
    ("courts", "[[s1|Lindahl]] has always [[c1|maintained]] [[q1|that he is innocent]].", ("Lindahl",)),
    (
        "weather",
        "[[s1|Meteorologists]] [[c1|predicted]] [[q1|that the drought would last into autumn]].",
        ("~Meteorologists",),
    ),
    ("council", "[[s1|The mayor]] [[c1|promised]] [[q1|that the library would stay open]].", ("~The mayor",)),
    ("wire", "[[s1|The UN]] [[c1|warned]] [[q1|that millions faced hunger]].", ("UN",)),
    ("health", "[[s1|Doctors]] [[c1|urged]] [[q1|parents to vaccinate their children]].", ("~Doctors",)),
    ("tech", "[[s1|The company]] [[c1|admitted]] [[q1|that the chips were faulty]].", ("~The company",)),
    ("politics", "[[s1|Vance-Ortiz]] [[c1|repeated]] [[q1|that there would be no new taxes]].", ("Vance-Ortiz",)),
    (
        "courts",
        "[[s1|The prosecutor]] [[c1|alleged]] [[q1|that the money had been hidden abroad]].",
        ("~The prosecutor",),
    ),
    ("arts", "[[s1|The gallery]] [[c1|announced]] [[q1|that the painting would be sold]].", ("~The gallery",)),
    ("sport", "[[s1|Ruiz]] [[c1|hinted]] [[q1|that he might leave in the summer]].", ("Ruiz",)),
]

SPANS = [
    (
        "wire",
        "[[s1|The army]] [[c1|said]] [[q1|the bridge had been destroyed; no one was on it at the time]].",
        ("~The army",),
    ),
    ("business", "[[s1|Lemaire]] [[c1|said]] [[q1|the shop would close — but only for a week]].", ("Lemaire",)),
    (
        "police",
        "The road is closed. [[s1|Police]] [[c1|said]] [[q1|it would reopen by the evening]]. Drivers "
        "should avoid the area.",
        ("~Police",),
    ),
    (
        "council",
        "The vote was close. [[s1|The council leader]] [[c1|said]] [[q1|the budget had passed by one "
        "vote]]; [[s2|opponents]] [[c2|said]] [[q2|they would challenge it]].",
        ("~The council leader", "~opponents"),
    ),
    (
        "sport",
        "[[s1|Dubois]] [[c1|said]] [[q1|the knee was fine — he had trained all week — and that he would start]].",
        ("Dubois",),
    ),
    (
        "health",
        "[[s1|The agency]] [[c1|said]] [[q1|52 cases had been recorded]]. It did not give a breakdown by region.",
        ("~The agency",),
    ),
    (
        "economy",
        "Shares fell 4 per cent. [[s1|The company]] blamed the weather, [[c1|saying]] "
        "[[q1|that the wet summer had kept shoppers at home]].",
        ("~The company",),
    ),
    (
        "courts",
        "[[s1|The judge]] [[c1|said]] [[q1|the case was unusual: the victim had asked for leniency]].",
        ("~The judge",),
    ),
]

CONTROLS = [
    (
        "wire",
        "[[n:headline|Mayor says bridge will reopen in May]]\n\n[[s1|The mayor]] [[c1|said]] on Monday "
        "[[q1|that repairs to the bridge were ahead of schedule]].",
        ("~The mayor",),
    ),
    ("sport", "[[n:headline|Coach vows to fight on after cup exit]]\n\nThe team lost 3-1 on Saturday.", ()),
    (
        "police",
        "[[n:caption|Police say the stolen van was found in a lay-by near Crossfield.]] (Photo: Ana "
        "Ruiz)\n\nThe van was recovered on Sunday.",
        (),
    ),
    ("politics", "[[n:headline|Minister denies she misled parliament]]\n\nThe debate resumes on Tuesday.", ()),
    ("business", "Many economists [[n:non_reporting|believe that a recession is coming]].", ()),
    ("health", "Doctors [[n:non_reporting|hope the new drug will shorten hospital stays]].", ()),
    ("courts", "The jury [[n:non_reporting|found that the company had been negligent]].", ()),
    ("weather", "Residents could [[n:non_reporting|tell that the river was rising]].", ()),
    ("council", "The council [[n:non_reporting|plans to build 200 homes on the site]].", ()),
    ("tech", "The survey [[n:non_reporting|shows that most users never read the terms]].", ()),
    ("arts", "Visitors [[n:non_reporting|noticed that the painting had been moved]].", ()),
    ("wire", "[[n:headline|Talks collapse, officials say]]\n\nNo new date has been set.", ()),
    ("sport", "He said [[n:non_reporting|goodbye to the fans]] and thanked them for their support.", ()),
    ("economy", "Investors [[n:non_reporting|fear that rates will rise again]].", ()),
    ("police", "She declined [[n:refusal|to say where the money had gone]].", ()),
    ("politics", "He did not say [[n:negated|whether he would run]].", ()),
    (
        "health",
        "Nurses on the picket line outside St Anne's, who say [[n:caption|they are at breaking point]], "
        "on Monday. Photograph: Lee Chan/Herald\n\nThe strike began at 7 a.m.",
        (),
    ),
    ("council", "[[n:headline|Residents told to boil water]]\n\nThe warning covers 4,000 homes.", ()),
]

GROUPS: dict[str, list[tuple[str, str, tuple[Any, ...]]]] = {
    "thatless": THATLESS,
    "subjects": SUBJECTS,
    "according": ACCORDING,
    "parenthetical": PARENTHETICAL,
    "told": TOLD,
    "coordinated": COORDINATED,
    "questions": QUESTIONS,
    "statement": STATEMENT,
    "passive": PASSIVE,
    "nouns": NOUNS,
    "future": FUTURE,
    "verbs": VERBS,
    "spans": SPANS,
    "controls": CONTROLS,
}
