"""Passages of the fourth reported-speech suite (``reported_speech4.jsonl``), by group (second part).

Written in session 10 before the claim rules were read; markup, item short forms and annotation decisions as in
``reported_speech4_passages.py`` and ``make_reported_speech4.py``.
"""

from __future__ import annotations

from typing import Any

from make_news_speech2 import Item

DENIALS = [
    (
        "business",
        "[[s1|The airline]] [[c1|denied]] [[q1|reports that it would cut 800 jobs at its Dublin base]].",
        ("~The airline",),
    ),
    (
        "courts",
        "[[s1|The former mayor]] [[c1|denied]] [[q1|charges that he had taken bribes from two building firms]].",
        ("~The former mayor",),
    ),
    (
        "politics",
        "[[s1|Downing Street]] [[c1|dismissed]] [[q1|claims that the chancellor had offered to resign]].",
        ("Downing Street",),
    ),
    (
        "sport",
        "[[s1|The club]] [[c1|rejected]] [[q1|suggestions that its manager was about to be sacked]].",
        ("~The club",),
    ),
    (
        "world",
        "[[s1|The embassy]] [[c1|denied]] [[q1|that any of its staff had been expelled]].",
        ("~The embassy",),
    ),
    (
        "entertainment",
        "[[s1|A representative for the singer]] [[c1|denied]] [[q1|rumours of a split]] on Sunday.",
        ("~A representative for the singer",),
    ),
    (
        "crime",
        "[[s1|Omar Kessler]], 34, [[c1|denies]] [[q1|causing death by dangerous driving]].",
        ("Omar Kessler",),
    ),
    (
        "business",
        "[[s1|The supermarket]] [[c1|has strongly refuted]] [[q1|allegations that it underpaid its suppliers]].",
        ("~The supermarket",),
    ),
]

TOLD = [
    (
        "courts",
        "[[s1|Mr Haddad]] [[c1|told]] the jury [[q1|he had acted in self-defence]].",
        ("Haddad",),
    ),
    (
        "politics",
        "[[s1|The foreign secretary]] [[c1|told]] reporters [[q1|that the sanctions would stay in place]].",
        ("~The foreign secretary",),
    ),
    (
        "world",
        "[[s1|A spokeswoman for the UN]] [[c1|told]] the BBC [[q1|the convoy had been turned back at the checkpoint]].",
        ("~A spokeswoman for the UN",),
    ),
    (
        "business",
        "[[s1|The owners]] [[c1|informed]] staff [[q1|that the factory would close at the end of the month]].",
        ("~The owners",),
    ),
    (
        "health",
        "[[s1|The hospital]] [[c1|notified]] families [[q1|that visiting hours would be cut]].",
        ("~The hospital",),
    ),
    (
        "council",
        "[[s1|Planners]] [[c1|notified]] residents [[q1|of the decision]] by letter.",
        ("~Planners",),
    ),
    (
        "politics",
        "[[s1|The minister]] [[c1|assured]] MPs [[q1|that the money would be found]].",
        ("~The minister",),
    ),
    (
        "transport",
        "[[s1|The operator]] [[c1|reassured]] passengers [[q1|that refunds would be paid within a week]].",
        ("~The operator",),
    ),
    (
        "sport",
        "[[s1|Ferreira]] [[c1|told]] journalists after the match [[q1|he was not worried about his place]].",
        ("Ferreira",),
    ),
    (
        "crime",
        "[[s1|The witness]] [[c1|told]] the court [[q1|she had heard two shots and then a car driving away]].",
        ("~The witness",),
    ),
    (
        "world",
        "[[s1|President Aliyeva]] [[c1|told]] the assembly on Wednesday [[q1|that her country would not be bullied]].",
        (Item(1, "Aliyeva", titles=("President",)),),
    ),
    (
        "business",
        "[[s1|The chief executive]] [[c1|assured]] investors [[q1|the dividend was safe]].",
        ("~The chief executive",),
    ),
    (
        "schools",
        "[[s1|The head]] [[c1|wrote to]] parents [[q1|to say the school would be closed on Friday]].",
        ("~The head",),
    ),
    (
        "health",
        "[[s1|Doctors]] [[c1|told]] Amira Lowe [[q1|she would never walk again]]. [[s2|She]] [[c2|says]] "
        "[[q2|she proved them wrong within a year]].",
        ("~Doctors", "Amira Lowe"),
    ),
]

WARNINGS = [
    (
        "weather",
        "[[s1|Forecasters]] [[c1|warned of]] [[q1|flooding in low-lying parts of Somerset]].",
        ("~Forecasters",),
    ),
    (
        "business",
        "[[s1|The central bank]] [[c1|cautioned against]] [[q1|cutting interest rates too soon]].",
        ("~The central bank",),
    ),
    (
        "health",
        "[[s1|Pharmacists]] [[c1|cautioned]] [[q1|that the shortage could last into the new year]].",
        ("~Pharmacists",),
    ),
    (
        "world",
        "[[s1|The UN]] [[c1|warned of]] [[q1|a famine in the north if the rains failed again]].",
        ("UN",),
    ),
    (
        "tech",
        "[[s1|Security researchers]] [[c1|warned]] [[q1|users to update their routers immediately]].",
        ("~Security researchers",),
    ),
    (
        "sport",
        "[[s1|The physio]] [[c1|cautioned against]] [[q1|rushing the goalkeeper back]].",
        ("~The physio",),
    ),
]

REPEATS = [
    (
        "politics",
        "[[s1|The opposition leader]] [[c1|repeated]] [[q1|his call for an independent inquiry into the contracts]].",
        ("~The opposition leader",),
    ),
    (
        "world",
        "[[s1|The foreign ministry]] [[c1|reiterated]] [[q1|that the border would stay closed]].",
        ("~The foreign ministry",),
    ),
    (
        "business",
        "[[s1|The company]] [[c1|reiterated]] [[q1|its forecast of flat sales for the year]].",
        ("~The company",),
    ),
    (
        "health",
        "[[s1|Dr Imogen Hale]] [[c1|echoed]] [[q1|those warnings]], [[c2|saying]] [[q2|hospitals were already full]].",
        (Item(1, "Imogen Hale", titles=("Dr",)), Item(2, "Imogen Hale", src=1)),
    ),
    (
        "council",
        "[[s1|Councillor Preet Sandhu]] [[c1|seconded]] [[q1|the call for a public meeting]].",
        (Item(1, "Preet Sandhu", titles=("Councillor",)),),
    ),
    (
        "politics",
        "[[s1|Several backbenchers]] [[c1|echoed]] [[q1|the view that the bill had been rushed]].",
        ("~Several backbenchers",),
    ),
    (
        "sport",
        "[[s1|The players' union]] [[c1|renewed]] [[q1|its demand for a winter break]].",
        ("~The players' union",),
    ),
    (
        "environment",
        "[[s1|Campaigners]] [[c1|restated]] [[q1|their opposition to the new runway]] at the hearing.",
        ("~Campaigners",),
    ),
]

HEADLINES = [
    (
        "wire",
        "[[n:headline|Minister says rail fares will be frozen]]\n\n[[s1|Transport Minister Dara Quinlan]] "
        "[[c1|said]] on Monday [[q1|that rail fares would be frozen for a second year]].",
        (Item(1, "Dara Quinlan", titles=("Transport Minister",)),),
    ),
    (
        "wire",
        "[[n:headline|Police say missing hiker found alive]]\n\n[[q1|A hiker missing for three days in the "
        "Cairngorms has been found alive]], [[s1|police]] [[c1|said]].",
        ("~police",),
    ),
    (
        "wire",
        "[[n:headline|Kenya to reopen border crossing, official says]]\n\n[[q1|Kenya will reopen the crossing "
        "at Namanga on Friday]], [[s1|a senior official]] [[c1|said]].",
        ("~a senior official",),
    ),
    (
        "wire",
        "[[n:headline|Airline denies it will scrap routes]]\n\n[[s1|Skylar Air]] [[c1|denied]] [[q1|that it "
        "planned to scrap its Scottish routes]].",
        ("Skylar Air",),
    ),
    (
        "wire",
        "[[n:headline|Union warns of strike over pay]]\n\n[[s1|The teachers' union]] [[c1|warned]] [[q1|that its "
        "members could strike in March]].",
        ("~The teachers' union",),
    ),
    (
        "wire",
        "[[n:headline|UPDATE 2-Steelmaker sees profit rebound, shares jump]]\n\n[[s1|Norstal]] [[c1|said]] "
        "[[q1|profit would rebound in the second half]].",
        ("Norstal",),
    ),
]

WH = [
    (
        "science",
        "[[s1|The researchers]] [[c1|explained]] [[q1|how the bacteria survive without oxygen]].",
        ("~The researchers",),
    ),
    (
        "crime",
        "[[s1|The inspector]] [[c1|described]] [[q1|how the gang had tunnelled into the vault over a weekend]].",
        ("~The inspector",),
    ),
    (
        "politics",
        "[[s1|Senator Ilse Brandt]] [[n:negated|did not explain why the vote was delayed]], but [[c1|said]] "
        "[[q1|it would happen soon]].",
        (Item(1, "Ilse Brandt", titles=("Senator",)),),
    ),
    (
        "business",
        "[[s1|The founder]] [[c1|revealed]] [[q1|what the company had paid for the rival app]].",
        ("~The founder",),
    ),
    (
        "health",
        "[[s1|The surgeon]] [[c1|told]] the inquiry [[q1|why the operation had been delayed]].",
        ("~The surgeon",),
    ),
    (
        "sport",
        "[[s1|The jockey]] [[c1|recounted]] [[q1|how his horse had stumbled at the last fence]].",
        ("~The jockey",),
    ),
    (
        "world",
        "[[s1|Survivors]] [[c1|told]] aid workers [[q1|how the water had risen in minutes]].",
        ("~Survivors",),
    ),
    (
        "tech",
        "[[s1|The engineer]] [[c1|set out]] [[q1|why the update had bricked thousands of phones]].",
        ("~The engineer",),
    ),
]

NUMBERS = [
    (
        "business",
        "[[s1|The retailer]] [[c1|said]] [[q1|sales rose 3.2% to £1.4bn in the 12 weeks to Jan. 4]].",
        ("~The retailer",),
    ),
    (
        "politics",
        '[[s1|The minister]] [[c1|said]] [[q1|the scheme was "a complete success" and would be extended]].',
        ("~The minister",),
    ),
    (
        "health",
        "[[s1|The trust]] [[c1|said]] [[q1|1,204 operations had been postponed since Nov. 1, up from 876 a year "
        "earlier]].",
        ("~The trust",),
    ),
    (
        "courts",
        '[[s1|Prosecutors]] [[c1|said]] [[q1|the pair had called the scheme "free money" in text messages]].',
        ("~Prosecutors",),
    ),
    (
        "sport",
        "[[s1|The club]] [[c1|said]] [[q1|tickets for the final, priced at £45, had sold out in 11 minutes]].",
        ("~The club",),
    ),
    (
        "world",
        "[[s1|Officials]] [[c1|said]] [[q1|the quake, of magnitude 6.1, struck at 3.42 a.m. local time]].",
        ("~Officials",),
    ),
    (
        "business",
        '[[s1|The watchdog]] [[c1|said]] [[q1|the firm had described its fees as "transparent" when they were '
        "anything but]].",
        ("~The watchdog",),
    ),
    (
        "science",
        "[[s1|The team]] [[c1|reported]] [[q1|that 7 of the 120 patients (5.8%) had side effects]].",
        ("~The team",),
    ),
]

LONG = [
    (
        "politics",
        "[[s1|The senator]] [[c1|said]] [[q1|the agency, which was set up in 2009 to regulate (among other "
        "things) private ambulances, had failed to inspect a single firm last year]].",
        ("~The senator",),
    ),
    (
        "courts",
        "[[s1|The prosecutor]] [[c1|told]] the court [[q1|that the accused, who had moved to Spain after the "
        "collapse of his first business, had opened three accounts under false names]].",
        ("~The prosecutor",),
    ),
    (
        "business",
        "[[s1|The regulator]] [[c1|said]] [[q1|companies that had missed the deadline (about one in five) would "
        "face fines of up to £10,000]], and [[c2|warned]] [[q2|that repeat offenders could lose their "
        "licences]].",
        ("~The regulator", Item(2, "The regulator", src=1, anonymous=True)),
    ),
    (
        "environment",
        "[[s1|The report's authors]] [[c1|said]] [[q1|the wetland - home to the last breeding pairs of bitterns "
        "in the county - was drying out faster than expected]].",
        ("~The report's authors",),
    ),
    (
        "health",
        "[[s1|The coroner]] [[c1|said]] [[q1|the boy, whose parents had taken him to the surgery twice in a "
        "week, should have been referred to hospital]].",
        ("~The coroner",),
    ),
    (
        "world",
        "[[s1|The ministry]] [[c1|said]] [[q1|the refugees who had reached the island on Sunday, most of them "
        "women and children, would be moved to the mainland]] once the weather allowed.",
        ("~The ministry",),
    ),
    (
        "tech",
        "[[s1|A spokesperson]] [[c1|said]] [[q1|the outage, which affected users in Europe and parts of Asia, "
        "had been caused by a faulty configuration change and that no data had been lost]].",
        ("~A spokesperson",),
    ),
    (
        "sport",
        "[[s1|The governing body]] [[c1|announced]] [[q1|that athletes who had tested positive for the "
        "substance (which was banned in January) would be stripped of their medals]].",
        ("~The governing body",),
    ),
]

CONTROLS = [
    ("business", "Inflation fell to 2.1 [[n:non_reporting|per cent]] in March.", ()),
    ("politics", "The [[n:non_reporting|ruling party]] lost four seats in the by-elections.", ()),
    ("world", "Spending [[n:non_reporting|per capita]] is the lowest in the region.", ()),
    ("sport", "Hale [[n:non_reporting|was seconded to the national academy]] for the season.", ()),
    ("politics", "The party's [[n:non_reporting|position in the polls is weak]].", ()),
    ("entertainment", "Applause [[n:non_reporting|echoed around the hall]] as the curtain fell.", ()),
    ("sport", "The win [[n:non_reporting|assured the club of a place in Europe]].", ()),
    ("business", "The data [[n:non_reporting|showed that exports had fallen for a third month]].", ()),
    ("science", "The study [[n:non_reporting|found that the drug reduced pain in older patients]].", ()),
    ("politics", "Aides [[n:non_reporting|believe that the senator will run]].", ()),
    ("crime", "Officers [[n:non_reporting|discovered that the lock had been forced]].", ()),
    ("schools", "As [[n:non_reporting|per usual]], the school fair raised more than £2,000.", ()),
    ("weather", "The old [[n:non_reporting|saying that lightning never strikes twice]] proved wrong in Ely.", ()),
    ("politics", "The minister [[n:refusal|declined to say whether the plan had been costed]].", ()),
    ("world", "The general [[n:negated|never said that the troops would stay]].", ()),
    ("transport", "The works have [[n:non_reporting|made clear progress]] since June.", ()),
    (
        "crime",
        "[[n:caption|Forensic officers at the scene in Harlow on Tuesday (Photo: K. Moss/PA)]]",
        (),
    ),
    ("business", "Mr Lund [[n:non_reporting|knew that the bank was in trouble]].", ()),
]

GROUPS: dict[str, list[tuple[str, str, tuple[Any, ...]]]] = {
    "denials": DENIALS,
    "told": TOLD,
    "warnings": WARNINGS,
    "repeats": REPEATS,
    "headlines": HEADLINES,
    "wh": WH,
    "numbers": NUMBERS,
    "long": LONG,
    "controls": CONTROLS,
}
