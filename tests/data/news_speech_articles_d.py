"""News speech suite, part D (all invented): education, transport, crime, environment and farming.

See ``make_news_speech.py`` for the conventions.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "school-phones",
        "local",
        ("education",),
        "Secondary schools to lock away phones from September\n\n"
        "All eleven secondary schools in Westbury will require pupils to lock their phones in pouches for the "
        "whole school day from September, the local education authority announced on Thursday.\n\n"
        "The decision follows a year-long trial at two schools. Head teachers there reported fewer fights, less "
        "bullying and better concentration in afternoon lessons.\n\n"
        '"At first the pupils hated it," said Gareth Pryor, head of Millgate Academy, one of the two trial '
        'schools. "By Christmas," he said, "some of them were thanking us. The lunch hall got loud again," he '
        'added, "in a good way."\n\n'
        "Pryor said staff had confiscated 1,400 phones in the autumn term before the trial and fewer than 100 in "
        "the term after it.\n\n"
        "The authority's director of education, Fiona McAllister, said the pouches would cost about 180,000 "
        "pounds, paid from a central fund rather than from school budgets.\n\n"
        "Not all parents are in favour. Kerry Aldous, whose 14-year-old son attends Westbury High, said she "
        'needed to be able to reach him on his way home. "He walks two miles along a main road. I want to know '
        'he got there," she said.\n\n'
        "McAllister said pupils would be able to unlock their phones at the school gate at the end of the day, "
        "and that parents could still call the school office in an emergency.\n\n"
        "Pupils themselves were divided. Amira, 15, a pupil at Millgate, said the first two weeks had been "
        '"really weird" but that she now preferred it. "You actually talk to people at break," she said.\n\n'
        "The National Association of Head Teachers said it supported the policy in principle but warned that "
        "schools should not be left to pay for the pouches once the central fund ran out.\n\n"
        "A survey of 900 parents carried out by the authority found that 64 percent backed the change.",
        [
            Q(
                "All eleven secondary schools in Westbury will require pupils to lock their phones in pouches for "
                "the whole school day from September",
                "the local education authority",
                "Westbury education authority",
                "announced",
            ),
            Q('"At first the pupils hated it,"', "Gareth Pryor", "Gareth Pryor"),
            Q(
                (
                    '"By Christmas,"',
                    '"some of them were thanking us. The lunch hall got loud again,"',
                    '"in a good way."',
                ),
                "he",
                "Gareth Pryor",
            ),
            Q(
                "staff had confiscated 1,400 phones in the autumn term before the trial and fewer than 100 in the "
                "term after it",
                "Pryor",
                "Gareth Pryor",
            ),
            Q(
                "the pouches would cost about 180,000 pounds, paid from a central fund rather than from school budgets",
                "Fiona McAllister",
                "Fiona McAllister",
                at="Fiona McAllister, said",
            ),
            Q(
                "she needed to be able to reach him on his way home",
                "Kerry Aldous",
                "Kerry Aldous",
                at="Kerry Aldous, whose 14-year-old son attends Westbury High, said",
            ),
            Q(
                '"He walks two miles along a main road. I want to know he got there,"',
                "she",
                "Kerry Aldous",
            ),
            Q(
                "pupils would be able to unlock their phones at the school gate at the end of the day, and that "
                "parents could still call the school office in an emergency",
                "McAllister",
                "Fiona McAllister",
            ),
            Q(
                'the first two weeks had been "really weird" but that she now preferred it',
                "Amira",
                "Amira",
                at="Amira, 15, a pupil at Millgate, said",
            ),
            Q('"You actually talk to people at break,"', "she", "Amira"),
            Q(
                "it supported the policy in principle",
                "The National Association of Head Teachers",
                "National Association of Head Teachers",
            ),
            Q(
                "schools should not be left to pay for the pouches once the central fund ran out",
                "The National Association of Head Teachers",
                "National Association of Head Teachers",
                "warned",
                at="The National Association of Head Teachers said it supported the policy in principle but warned",
            ),
        ],
        titles={
            "Gareth Pryor": ["head of Millgate Academy"],
            "Fiona McAllister": ["The authority's director of education"],
        },
    ),
    A(
        "rail-strike",
        "wire",
        ("transport", "statement"),
        "Rail strike to go ahead after talks collapse\n\n"
        "Train drivers on the Northern Coast line will strike for 48 hours from Friday after last-ditch talks "
        "with the operator broke down on Wednesday evening.\n\n"
        "The drivers' union, ASLEF North, said in a statement: \"We have bent over backwards to reach a deal. "
        "The company has offered a pay rise that is a pay cut once you account for inflation, and it has refused "
        'to guarantee that a second person will remain on every train."\n\n'
        'Coastway Rail said the strike was "unnecessary and deeply disappointing". Its managing director, '
        'Hamish Crane, said the company\'s offer of 4.5 percent over two years was "fair and affordable".\n\n'
        '"We are losing money on this line every day," Crane told BBC Radio Solent. "I would ask the union to '
        'put the offer to its members. I think they would accept it."\n\n'
        "The union's regional organiser, Denise Ogilvy, rejected that suggestion. Drivers had voted 91 percent in "
        'favour of action on a turnout of 84 percent, she said, "and that is the clearest answer anyone could '
        'give".\n\n'
        "Coastway said it expected to run about one train in five on Friday and Saturday, mostly between the "
        "larger stations, and advised passengers to travel only if necessary.\n\n"
        'Commuters at Portsea station were resigned. "It\'s the third strike since the summer," said Nikhil '
        "Rao, who travels to an office in Southampton. \"I've given up being angry about it. I'll work from "
        'home."\n\n'
        "The transport secretary, Olwen Pryce-Jones, said on Wednesday night that she urged both sides to return "
        'to talks. A spokesman for her department said the government had "no role" in the pay negotiations.\n\n'
        "Tickets for Friday and Saturday can be used on Sunday or refunded, the operator said.\n\n"
        "Further strikes have not been ruled out. Ogilvy said the union would meet next week to decide its next "
        "steps.",
        [
            Q(
                '"We have bent over backwards to reach a deal. The company has offered a pay rise that is a pay cut '
                "once you account for inflation, and it has refused to guarantee that a second person will remain on "
                'every train."',
                "ASLEF North",
                "ASLEF North",
                at="ASLEF North, said",
                how="statement",
            ),
            Q(
                'the strike was "unnecessary and deeply disappointing"',
                "Coastway Rail",
                "Coastway Rail",
            ),
            Q(
                'the company\'s offer of 4.5 percent over two years was "fair and affordable"',
                "Hamish Crane",
                "Hamish Crane",
                at="Hamish Crane, said",
            ),
            Q(
                (
                    '"We are losing money on this line every day,"',
                    '"I would ask the union to put the offer to its members. I think they would accept it."',
                ),
                "Crane",
                "Hamish Crane",
                "told",
                via=(("BBC Radio Solent", "told"),),
            ),
            Q(
                (
                    "Drivers had voted 91 percent in favour of action on a turnout of 84 percent",
                    '"and that is the clearest answer anyone could give"',
                ),
                "she",
                "Denise Ogilvy",
                kind="mixed",
            ),
            Q(
                "it expected to run about one train in five on Friday and Saturday, mostly between the larger stations",
                "Coastway",
                "Coastway Rail",
            ),
            Q(
                "passengers to travel only if necessary",
                "Coastway",
                "Coastway Rail",
                "advised",
                at="Coastway said it expected to run about one train in five on Friday and Saturday, mostly between "
                "the larger stations, and advised",
            ),
            Q(
                (
                    '"It\'s the third strike since the summer,"',
                    "\"I've given up being angry about it. I'll work from home.\"",
                ),
                "Nikhil Rao",
                "Nikhil Rao",
            ),
            Q(
                "she urged both sides to return to talks",
                "Olwen Pryce-Jones",
                "Olwen Pryce-Jones",
                at="Olwen Pryce-Jones, said",
            ),
            Q(
                'the government had "no role" in the pay negotiations',
                "A spokesman for her department",
                "a Department for Transport spokesman",
                anonymous=True,
            ),
            Q(
                "Tickets for Friday and Saturday can be used on Sunday or refunded",
                "the operator",
                "Coastway Rail",
            ),
            Q("the union would meet next week to decide its next steps", "Ogilvy", "Denise Ogilvy"),
        ],
        titles={
            "Hamish Crane": ["Its managing director"],
            "Denise Ogilvy": ["The union's regional organiser"],
            "Olwen Pryce-Jones": ["The transport secretary"],
        },
    ),
    A(
        "warehouse-fire",
        "wire",
        ("crime", "statement"),
        "Man charged with arson after warehouse fire\n\n"
        "A 34-year-old man has been charged with arson after a fire destroyed a furniture warehouse on the "
        "Brookfield industrial estate on Sunday night, police said.\n\n"
        "No one was hurt in the blaze, which sent a column of black smoke over the town and forced the closure "
        "of the A41 for several hours.\n\n"
        "According to police, officers were called at 11.40 p.m. by a security guard who reported seeing a man "
        "climbing over a fence at the back of the building. The man was arrested on Monday morning at an "
        "address in the town.\n\n"
        'Detective Inspector Ruth Gallagher said in a statement that the investigation was "at an early stage" '
        "and appealed for anyone with dashcam footage from the area to come forward.\n\n"
        '"We believe this was a deliberate act," she said. "I would particularly like to hear from drivers '
        'who were on Brookfield Road between 11 p.m. and midnight."\n\n'
        "Firefighters from four stations fought the flames through the night. Station manager Kwame Mensah said "
        'crews had stopped the fire spreading to a neighbouring paint store, "which would have been a very '
        'different night for everyone."\n\n'
        "The warehouse's owner, Lionel Farrant, told the Brookfield Echo he had lost stock worth more than 2 "
        'million pounds. "Thirty years of work, gone in an hour," he said. "My staff are devastated. I have '
        'told them their jobs are safe, and I meant it."\n\n'
        "The man, who has not been named, is due to appear before magistrates on Wednesday. A police spokesman "
        "said officers were not looking for anyone else in connection with the fire.\n\n"
        'Neighbours said they had heard a series of loud bangs shortly before midnight. "I thought it was '
        'fireworks," said Patricia Lowe, who lives on Brookfield Road. "Then I saw the sky was orange."',
        [
            Q(
                "A 34-year-old man has been charged with arson after a fire destroyed a furniture warehouse on the "
                "Brookfield industrial estate on Sunday night",
                "police",
                "police",
            ),
            Q(
                "officers were called at 11.40 p.m. by a security guard who reported seeing a man climbing over a "
                "fence at the back of the building",
                "police",
                "police",
                "According to",
                how="according_to",
            ),
            Q(
                'the investigation was "at an early stage"',
                "Ruth Gallagher",
                "Ruth Gallagher",
                at="Ruth Gallagher said",
                how="statement",
            ),
            Q(
                "for anyone with dashcam footage from the area to come forward",
                "Ruth Gallagher",
                "Ruth Gallagher",
                "appealed",
                at='Ruth Gallagher said in a statement that the investigation was "at an early stage" and appealed',
                how="statement",
            ),
            Q(
                (
                    '"We believe this was a deliberate act,"',
                    '"I would particularly like to hear from drivers who were on Brookfield Road between 11 p.m. and '
                    'midnight."',
                ),
                "she",
                "Ruth Gallagher",
            ),
            Q(
                'crews had stopped the fire spreading to a neighbouring paint store, "which would have been a very '
                'different night for everyone."',
                "Kwame Mensah",
                "Kwame Mensah",
            ),
            Q(
                "he had lost stock worth more than 2 million pounds",
                "Lionel Farrant",
                "Lionel Farrant",
                "told",
                at="Lionel Farrant, told",
                via=(("Brookfield Echo", "told"),),
            ),
            Q(
                (
                    '"Thirty years of work, gone in an hour,"',
                    '"My staff are devastated. I have told them their jobs are safe, and I meant it."',
                ),
                "he",
                "Lionel Farrant",
                via=(("Brookfield Echo", "told"),),
            ),
            Q(
                "officers were not looking for anyone else in connection with the fire",
                "A police spokesman",
                "a police spokesman",
                anonymous=True,
            ),
            Q(
                "they had heard a series of loud bangs shortly before midnight",
                "Neighbours",
                "neighbours",
                anonymous=True,
            ),
            Q(
                ('"I thought it was fireworks,"', '"Then I saw the sky was orange."'),
                "Patricia Lowe",
                "Patricia Lowe",
            ),
        ],
        titles={
            "Ruth Gallagher": ["Detective Inspector"],
            "Kwame Mensah": ["Station manager"],
            "Lionel Farrant": ["The warehouse's owner"],
            "Patricia Lowe": ["who lives on Brookfield Road"],
        },
    ),
]

NON_QUOTES: dict[str, list[tuple[str, str]]] = {}
"""Spans that must not be reported, by article: ``(text, why)``."""

ARTICLES += [
    A(
        "river-sewage",
        "local",
        ("environment", "multi_paragraph"),
        "Anglers say sewage has emptied the River Wenn of trout\n\n"
        "Anglers on the River Wenn say trout numbers have collapsed since the water company began discharging "
        "untreated sewage from its Hallam works more often during heavy rain.\n\n"
        "Figures published by the Environment Agency show the Hallam outfall spilled for 2,140 hours last year, "
        "more than any other on the river.\n\n"
        "Owen Bracegirdle, secretary of the Wenn Valley Angling Club, has fished the river since he was a boy. "
        "He walked a reporter along the bank below the works on Sunday.\n\n"
        "“When I was twelve you could stand here and count thirty fish on a summer evening. My father used to "
        "say it was the best mile of water in the county.\n\n"
        "“Last summer I stood here for an hour and saw two.\n\n"
        "“People talk about the river as if it were scenery. It is not scenery. It is alive, or it was,” he "
        "said.\n\n"
        "The club has paid for water samples to be tested by an independent laboratory. According to the "
        "results, seen by the Gazette, levels of E. coli below the outfall were more than ten times the limit for "
        "bathing water on six of the eight days tested.\n\n"
        "Wenn Water said it was investing 38 million pounds in the Hallam works over the next five years. A "
        "spokeswoman said: “We know we need to do better, and we are. The spills at Hallam are permitted when "
        "the works is overwhelmed by rain, but we want to see them reduced as quickly as possible.”\n\n"
        "The local MP, Cressida Vance, said the company's investment was “too little and far too late” and that "
        "she had written to the environment secretary asking for a criminal investigation.\n\n"
        "Dr Felix Amadi, a freshwater ecologist at Hallam University, said trout were “the canary in the coal "
        "mine” for a river’s health. “If the trout go, the insects they eat have usually gone first,” he said.\n\n"
        "The club is now planning a legal challenge against the agency's permit for the outfall. "
        "“We have tried asking nicely for twenty years,” Bracegirdle said.",
        [
            Q(
                "trout numbers have collapsed since the water company began discharging untreated sewage from its "
                "Hallam works more often during heavy rain",
                "Anglers on the River Wenn",
                "anglers on the River Wenn",
                "say",
                anonymous=True,
            ),
            Q(
                "“When I was twelve you could stand here and count thirty fish on a summer evening. My father used "
                "to say it was the best mile of water in the county.\n\n“Last summer I stood here for an hour and "
                "saw two.\n\n“People talk about the river as if it were scenery. It is not scenery. It is alive, or "
                "it was,”",
                "he",
                "Owen Bracegirdle",
            ),
            Q(
                "levels of E. coli below the outfall were more than ten times the limit for bathing water on six of "
                "the eight days tested",
                "the results",
                "Wenn Valley Angling Club",
                "According to",
                how="according_to",
            ),
            Q(
                "it was investing 38 million pounds in the Hallam works over the next five years",
                "Wenn Water",
                "Wenn Water",
            ),
            Q(
                "“We know we need to do better, and we are. The spills at Hallam are permitted when the works is "
                "overwhelmed by rain, but we want to see them reduced as quickly as possible.”",
                "A spokeswoman",
                "a Wenn Water spokeswoman",
                anonymous=True,
            ),
            Q(
                "the company's investment was “too little and far too late” and that she had written to the "
                "environment secretary asking for a criminal investigation",
                "Cressida Vance",
                "Cressida Vance",
                at="Cressida Vance, said",
            ),
            Q(
                "trout were “the canary in the coal mine” for a river’s health",
                "Dr Felix Amadi",
                "Felix Amadi",
                at="Dr Felix Amadi, a freshwater ecologist at Hallam University, said",
            ),
            Q("“If the trout go, the insects they eat have usually gone first,”", "he", "Felix Amadi"),
            Q("“We have tried asking nicely for twenty years,”", "Bracegirdle", "Owen Bracegirdle"),
        ],
        titles={
            "Owen Bracegirdle": ["secretary of the Wenn Valley Angling Club"],
            "Cressida Vance": ["The local MP"],
            "Felix Amadi": ["a freshwater ecologist at Hallam University"],
        },
    ),
    A(
        "drought-farmers",
        "wire",
        ("agriculture", "colon"),
        "Farmers warn of poor harvest as drought bites\n\n"
        "Wheat yields in the eastern counties could fall by a quarter this year after the driest spring in "
        "half a century, the farmers’ union warned on Tuesday.\n\n"
        "The union’s president, Margaret Ellery, who farms 400 acres near Fenby, said many members had already "
        "begun selling livestock because they could not afford to buy in feed. Her message to the government was "
        "simple: “Farmers cannot make it rain. The government can make sure we survive until it does.”\n\n"
        "“Some of my neighbours have sold cattle their grandfathers bred,” said Ellery. “You don’t get those "
        "bloodlines back.”\n\n"
        "The environment department said it was “monitoring the situation closely” and would decide next month "
        "whether to declare a drought in the region, which would allow farmers to apply for emergency grants.\n\n"
        "Hydrologists say the problem is not just this year. Groundwater levels in the region have been below "
        "average for three of the last five years, according to the national water monitoring service.\n\n"
        "“We are drawing down an account that is not being refilled,” said Professor Anil Chaudhary, a "
        "hydrologist at the University of East Fenland who has studied the region’s aquifers for two decades.\n\n"
        "Some farmers are changing what they grow. Tom Whitcombe, 38, has replaced half his wheat with sorghum, a "
        "crop more common in Africa and the American South. His explanation was short: “It doesn’t mind the "
        "heat.”\n\n"
        "His father had called the idea “madness” when he first suggested it, Whitcombe said, but had come round "
        "after seeing the crop survive last summer.\n\n"
        "Supermarkets said shoppers were unlikely to see empty shelves, but bread and flour prices could rise "
        "later in the year.\n\n"
        "The British Retail Consortium said food inflation had already eased from its peak and that it was too "
        "early to say how much the drought would add.",
        [
            Q(
                "Wheat yields in the eastern counties could fall by a quarter this year after the driest spring in "
                "half a century",
                "the farmers’ union",
                "farmers’ union",
                "warned",
            ),
            Q(
                "many members had already begun selling livestock because they could not afford to buy in feed",
                "Margaret Ellery",
                "Margaret Ellery",
                at="Margaret Ellery, who farms 400 acres near Fenby, said",
            ),
            Q(
                "“Farmers cannot make it rain. The government can make sure we survive until it does.”",
                "Her message to the government",
                "Margaret Ellery",
                None,
                at="Her message to the government",
            ),
            Q(
                (
                    "“Some of my neighbours have sold cattle their grandfathers bred,”",
                    "“You don’t get those bloodlines back.”",
                ),
                "Ellery",
                "Margaret Ellery",
            ),
            Q(
                "it was “monitoring the situation closely” and would decide next month whether to declare a drought "
                "in the region, which would allow farmers to apply for emergency grants",
                "The environment department",
                "environment department",
            ),
            Q(
                "the problem is not just this year",
                "Hydrologists",
                "hydrologists",
                "say",
                anonymous=True,
            ),
            Q(
                "Groundwater levels in the region have been below average for three of the last five years",
                "the national water monitoring service",
                "national water monitoring service",
                "according to",
                how="according_to",
            ),
            Q(
                "“We are drawing down an account that is not being refilled,”",
                "Professor Anil Chaudhary",
                "Anil Chaudhary",
            ),
            Q("“It doesn’t mind the heat.”", "His explanation", "Tom Whitcombe", None, at="His explanation"),
            Q(
                (
                    "His father had called the idea “madness” when he first suggested it",
                    "but had come round after seeing the crop survive last summer",
                ),
                "Whitcombe",
                "Tom Whitcombe",
                kind="mixed",
            ),
            Q(
                "shoppers were unlikely to see empty shelves, but bread and flour prices could rise later in the year",
                "Supermarkets",
                "supermarkets",
                anonymous=True,
            ),
            Q(
                "food inflation had already eased from its peak and that it was too early to say how much the drought "
                "would add",
                "The British Retail Consortium",
                "British Retail Consortium",
            ),
        ],
        titles={
            "Margaret Ellery": ["The union’s president"],
            "Anil Chaudhary": ["a hydrologist at the University of East Fenland"],
        },
    ),
]
