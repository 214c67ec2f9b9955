"""The speakers suite, part 3 of 4: "told OUTLET", interview frames, unquoted chains and nesting (all invented).

See ``make_speakers_suite.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "crown-pub",
        "local",
        ("told_outlet", "bare_surname"),
        "Landlord refuses brewery's offer for the Crown\n\n"
        "“We're not selling,” Bram Kettle told the Lowestone Herald. “Not this year, not next.”\n\n"
        "Kettle, who has run the Crown for 31 years, said the brewery had offered twice the pub's value. Regulars "
        "said they were relieved. “It's the last pub with a dartboard,” said Wendy Sayer, 71.",
        [
            Q(
                ("“We're not selling,”", "“Not this year, not next.”"),
                "Bram Kettle",
                "Bram Kettle",
                "told",
                via=(("Lowestone Herald", "told"),),
                classes=("told_outlet",),
            ),
            Q(
                "the brewery had offered twice the pub's value",
                "Kettle",
                "Bram Kettle",
                at="Kettle, who has run the Crown for 31 years, said",
                classes=("bare_surname",),
            ),
            Q("they were relieved", "Regulars", "Regulars", at="Regulars said", classes=("plural_they",)),
            Q("“It's the last pub with a dartboard,”", "Wendy Sayer", "Wendy Sayer", classes=("plain",)),
        ],
    ),
    A(
        "snow-budget",
        "wire",
        ("told_outlet", "prenominal_title"),
        "Mayor says snow budget already spent\n\n"
        "CEDAR FALLS, Dec 14 (Harbour Wire) - Mayor Otis Wendt told KWPX on Tuesday that the city's snow budget was "
        "already spent. “We're borrowing from the pothole fund,” Wendt told the station.\n\n"
        "Council member Ilse Marchbank told the Prairie Ledger she would ask for an audit.",
        [
            Q(
                "the city's snow budget was already spent",
                "Otis Wendt",
                "Otis Wendt",
                "told",
                via=(("KWPX", "told"),),
            ),
            Q("“We're borrowing from the pothole fund,”", "Wendt", "Otis Wendt", "told", via=(("KWPX", "told"),)),
            Q(
                "she would ask for an audit",
                "Ilse Marchbank",
                "Ilse Marchbank",
                "told",
                via=(("Prairie Ledger", "told"),),
            ),
        ],
        titles={"Otis Wendt": ["Mayor"], "Ilse Marchbank": ["Council member"]},
    ),
    A(
        "school-bus",
        "local",
        ("told_outlet", "person_typing"),
        "Parents warn over school bus cut\n\n"
        "Parents in Thornley say a cut to the 44 school bus leaves children walking along an unlit lane. “It's a "
        "matter of time before someone is hurt,” Ffion Garbutt told the Ashby Gleaner.\n\n"
        "The county's transport chief, Declan Oyelowo-Hart, told the Gleaner the route carried only nine pupils. "
        "He said a taxi service would be offered.",
        [
            Q(
                "a cut to the 44 school bus leaves children walking along an unlit lane",
                "Parents in Thornley",
                "Parents in Thornley",
                "say",
                classes=("plural_they",),
            ),
            Q(
                "“It's a matter of time before someone is hurt,”",
                "Ffion Garbutt",
                "Ffion Garbutt",
                "told",
                via=(("Ashby Gleaner", "told"),),
                classes=("told_outlet", "person_typing"),
            ),
            Q(
                "the route carried only nine pupils",
                "Declan Oyelowo-Hart",
                "Declan Oyelowo-Hart",
                "told",
                at="Declan Oyelowo-Hart, told",
                via=(("Ashby Gleaner", "told"),),
                classes=("told_outlet", "role_before_after"),
            ),
            Q("a taxi service would be offered", "He", "Declan Oyelowo-Hart", classes=("pronoun",)),
        ],
        titles={"Declan Oyelowo-Hart": ["The county's transport chief"]},
    ),
    A(
        "oslund-interview",
        "interview",
        ("frame_carryover", "bare_surname", "pronoun"),
        "Former minister breaks his silence\n\n"
        "In an interview with the Tarnby Courier, Viktor Oslund denied taking money from the developer. “Nonsense, "
        "all of it,” he said. “I never met the man.”\n\n"
        "Oslund's lawyer, Petra Wilde, said on Friday that her client would sue.",
        [
            Q(
                "taking money from the developer",
                "Viktor Oslund",
                "Viktor Oslund",
                "denied",
                via=(("Tarnby Courier", "interview"),),
            ),
            Q(
                ("“Nonsense, all of it,”", "“I never met the man.”"),
                "he",
                "Viktor Oslund",
                via=(("Tarnby Courier", "interview"),),
            ),
            Q(
                "her client would sue",
                "Petra Wilde",
                "Petra Wilde",
                at="Petra Wilde, said",
                classes=("role_before_after",),
            ),
        ],
        titles={"Petra Wilde": ["Oslund's lawyer"]},
    ),
    A(
        "barrier-radio",
        "interview",
        ("frame_carryover", "told_outlet", "pronoun"),
        "Flood barrier jams during test\n\n"
        "Speaking to Radio Kestrel on Monday morning, the harbourmaster, Ines Calloway, said the barrier had jammed "
        "twice. “We got lucky with the tide,” she said. “Next time we may not.”\n\n"
        "The Environment Office said in a statement that engineers were on site.",
        [
            Q(
                "the barrier had jammed twice",
                "Ines Calloway",
                "Ines Calloway",
                at="Ines Calloway, said",
                via=(("Radio Kestrel", "interview"),),
            ),
            Q(
                ("“We got lucky with the tide,”", "“Next time we may not.”"),
                "she",
                "Ines Calloway",
                via=(("Radio Kestrel", "interview"),),
            ),
            Q(
                "engineers were on site",
                "The Environment Office",
                "Environment Office",
                how="statement",
                classes=("documents",),
            ),
        ],
        titles={"Ines Calloway": ["the harbourmaster"]},
    ),
    A(
        "porters-strike",
        "wire",
        ("unquoted_chain", "documents"),
        "Hospital porters set to strike\n\n"
        "KESTREL, April 8 (Harbour Wire) - According to a memo from the Porters and Cleaners Guild, as reported by "
        "the Eastbrook Post, staff at Kestrel General will strike on 14 and 15 May.\n\n"
        "The hospital's chief operating officer, Gemma Ruskin, said contingency plans were in place. The Evening "
        "Clarion reported, citing two ward managers, that some operations had already been postponed.",
        [
            Q(
                "staff at Kestrel General will strike on 14 and 15 May",
                "a memo from the Porters and Cleaners Guild",
                "Porters and Cleaners Guild",
                "According to",
                how="according_to",
                via=(("Eastbrook Post", "reported_by"),),
            ),
            Q(
                "contingency plans were in place",
                "Gemma Ruskin",
                "Gemma Ruskin",
                at="Gemma Ruskin, said",
                classes=("role_before_after",),
            ),
            Q(
                "some operations had already been postponed",
                "two ward managers",
                "two ward managers",
                "citing",
                via=(("Evening Clarion", "citing"),),
                anonymous=True,
            ),
        ],
        titles={"Gemma Ruskin": ["The hospital's chief operating officer"]},
    ),
    A(
        "minister-to-quit",
        "wire",
        ("unquoted_chain", "documents"),
        "Transport minister to quit, paper says\n\n"
        "LONDON, Aug 17 (Harbour Wire) - The transport minister, Aurelio Banks, plans to step down in the autumn, "
        "according to three people close to him, the Meridian Times reported on Sunday.\n\n"
        "A spokeswoman for the ministry said she would not comment on speculation. The ministry later said in a "
        "statement that Banks “remains fully focused on the job.”\n\n"
        "Citing a leaked cabinet paper, the Westbury Standard said the ministry's budget would be cut by a tenth.",
        [
            Q(
                "The transport minister, Aurelio Banks, plans to step down in the autumn",
                "three people close to him",
                "three people close to Aurelio Banks",
                "according to",
                how="according_to",
                via=(("Meridian Times", "reported_by"),),
                anonymous=True,
            ),
            Q(
                "she would not comment on speculation",
                "A spokeswoman for the ministry",
                "a spokeswoman for the ministry",
                anonymous=True,
                classes=("role_before_after",),
            ),
            Q(
                "Banks “remains fully focused on the job.”",
                "The ministry",
                "transport ministry",
                at="The ministry later said",
                how="statement",
                classes=("documents",),
            ),
            Q(
                "the ministry's budget would be cut by a tenth",
                "a leaked cabinet paper",
                "a leaked cabinet paper",
                "Citing",
                how="according_to",
                via=(("Westbury Standard", "citing"),),
                anonymous=True,
            ),
        ],
    ),
    A(
        "rail-timetable",
        "wire",
        ("unquoted_chain", "told_outlet", "org_descriptor"),
        "Rail operator to cut services, paper says\n\n"
        "LEEDS, Feb 11 (Harbour Wire) - Northline Rail will cut one in five weekday services from May, the Capital "
        "Gazette reported on Monday, citing an internal Northline timetable.\n\n"
        "A Northline spokesman told Harbour Wire the timetable was “a draft among many.” Passenger group Rail Watch "
        "said the cuts would hit night-shift workers hardest.",
        [
            Q(
                "Northline Rail will cut one in five weekday services from May",
                "an internal Northline timetable",
                "Northline Rail",
                "citing",
                how="statement",
                via=(("Capital Gazette", "citing"),),
                classes=("unquoted_chain", "documents"),
            ),
            Q(
                "the timetable was “a draft among many.”",
                "A Northline spokesman",
                "a Northline spokesman",
                "told",
                via=(("Harbour Wire", "told"),),
                anonymous=True,
                classes=("told_outlet",),
            ),
            Q(
                "the cuts would hit night-shift workers hardest",
                "Rail Watch",
                "Rail Watch",
                at="Rail Watch said",
                classes=("org_descriptor",),
            ),
        ],
        titles={"Rail Watch": ["Passenger group"]},
    ),
    A(
        "port-talks",
        "wire",
        ("unquoted_chain", "plural_they"),
        "Talks on port sale stall\n\n"
        "CARRICK, March 30 (Harbour Wire) - Talks on the sale of Carrick Port have stalled over pension "
        "liabilities, two officials familiar with the negotiations said on Wednesday. They spoke on condition of "
        "anonymity because the talks are private. “Nobody wants to own the pension hole,” one of them said.\n\n"
        "The buyer, Tessaly Holdings, said it remained interested.",
        [
            Q(
                "Talks on the sale of Carrick Port have stalled over pension liabilities",
                "two officials familiar with the negotiations",
                "two officials familiar with the negotiations",
                anonymous=True,
            ),
            Q(
                "“Nobody wants to own the pension hole,”",
                "one of them",
                "two officials familiar with the negotiations",
                anonymous=True,
            ),
            Q(
                "it remained interested",
                "Tessaly Holdings",
                "Tessaly Holdings",
                at="Tessaly Holdings, said",
                classes=("org_descriptor",),
            ),
        ],
        titles={"Tessaly Holdings": ["The buyer"]},
    ),
    A(
        "rounding-error",
        "local",
        ("nesting", "prenominal_title", "documents"),
        "Treasurer's remark angers councillors\n\n"
        "Councillor Bea Lindgren said two officials had told her that the treasurer, Royce Danvers, called the "
        "missing 2 million pounds “a rounding error.” Danvers denied it. “I said no such thing,” he said in a "
        "statement.\n\n"
        "The auditor, Fatima Greaves, said she had asked for the minutes of the meeting.",
        [
            Q(
                "two officials had told her that the treasurer, Royce Danvers, called the missing 2 million pounds "
                "“a rounding error.”",
                "Bea Lindgren",
                "Bea Lindgren",
            ),
            Q(
                "“a rounding error.”",
                "Royce Danvers",
                "Royce Danvers",
                "called",
                at="Royce Danvers, called",
                via=(("two officials", "reported_by"), ("Bea Lindgren", "told")),
                classes=("nesting",),
            ),
            Q("“I said no such thing,”", "he", "Royce Danvers", how="statement", classes=("documents", "pronoun")),
            Q(
                "she had asked for the minutes of the meeting",
                "Fatima Greaves",
                "Fatima Greaves",
                at="Fatima Greaves, said",
                classes=("role_before_after",),
            ),
        ],
        titles={"Bea Lindgren": ["Councillor"], "Royce Danvers": ["the treasurer"], "Fatima Greaves": ["The auditor"]},
    ),
    A(
        "crane-end-farm",
        "local",
        ("nesting", "org_descriptor"),
        "Farmer turns down developer again\n\n"
        "“My father told me, ‘Never sell the land,’ and I won't,” said Hollis Beckwith, 66, whose family has farmed "
        "at Crane End since 1902.\n\n"
        "The developer, Crane Homes, said it had made a fair offer. Its director, Sunil Varma, said: “We offered "
        "the family twice the market price. Mr Beckwith said to me, ‘Come back when I'm dead.’”",
        [
            Q(
                "“My father told me, ‘Never sell the land,’ and I won't,”",
                "Hollis Beckwith",
                "Hollis Beckwith",
                classes=("nesting",),
            ),
            Q(
                "‘Never sell the land,’",
                "My father",
                "Hollis Beckwith's father",
                "told",
                via=(("Hollis Beckwith", "reported_by"),),
                classes=("nesting",),
            ),
            Q(
                "it had made a fair offer",
                "Crane Homes",
                "Crane Homes",
                at="Crane Homes, said",
                classes=("org_descriptor",),
            ),
            Q(
                "“We offered the family twice the market price. Mr Beckwith said to me, ‘Come back when I'm dead.’”",
                "Sunil Varma",
                "Sunil Varma",
                at="Sunil Varma, said",
                classes=("nesting",),
            ),
            Q(
                "‘Come back when I'm dead.’",
                "Mr Beckwith",
                "Hollis Beckwith",
                via=(("Sunil Varma", "reported_by"),),
                classes=("nesting",),
            ),
        ],
        titles={"Crane Homes": ["The developer"], "Sunil Varma": ["Its director"]},
    ),
    A(
        "castell-lighthouse",
        "interview",
        ("frame_carryover", "nesting", "shared_surname", "pronoun"),
        "Interview: the lighthouse keeper's daughter\n\n"
        "Morwenna Castell grew up on Skerry Rock, where her father kept the light until 1986. In an interview with "
        "the Coastline Review, Castell, now 61, said she still dreams in foghorns. “You never sleep through a "
        "foghorn. Not ever,” she said.\n\n"
        "“I asked him once if he was lonely,” Castell said. “He said, ‘Only on land.’”\n\n"
        "Her father, Jory Castell, wrote in a 1979 logbook that the light was “the loneliest job in the county.”",
        [
            Q(
                "she still dreams in foghorns",
                "Castell",
                "Morwenna Castell",
                at="Castell, now 61, said",
                via=(("Coastline Review", "interview"),),
            ),
            Q(
                "“You never sleep through a foghorn. Not ever,”",
                "she",
                "Morwenna Castell",
                via=(("Coastline Review", "interview"),),
            ),
            Q(
                ("“I asked him once if he was lonely,”", "“He said, ‘Only on land.’”"),
                "Castell",
                "Morwenna Castell",
                via=(("Coastline Review", "interview"),),
            ),
            Q(
                "‘Only on land.’",
                "He",
                "Jory Castell",
                via=(("Morwenna Castell", "reported_by"),),
                classes=("nesting", "pronoun"),
            ),
            Q(
                "the light was “the loneliest job in the county.”",
                "Jory Castell",
                "Jory Castell",
                "wrote",
                at="Jory Castell, wrote",
                how="wrote",
                classes=("shared_surname", "documents"),
            ),
        ],
        titles={"Jory Castell": ["Her father"]},
    ),
]
